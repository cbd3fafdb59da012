// The sweep's writes, advisory by advisory: the exploitation records (one PR per report), then per
// advisory its fork and template comment, its CVE id (reserved, and recorded in the desk's memory
// before anything writes it), and one PATCH combining everything else (re-read right before when it
// replaces a list, and merged with what GitHub holds then). A failure stops only what depends on it:
// a tag stays in the title while what it asks for failed; other advisories go on. Then the dashboard
// issue (as the next sweep will see it), one reminder comment on it, and last the memory, recording
// only what was done.
import { parseDocument } from 'yaml';
import type { AdvisoryPatch, GitHubApi } from '../../clients/github/api.js';
import { CveServicesError } from '../../clients/cve-services.js';
import type { DeskAdvisory } from '../../domain/desk/advisory.js';
import { deskAdvisoryFromRest } from '../../domain/desk/advisory.js';
import { withNoticesSent } from '../../domain/desk/advance.js';
import { mergeCredits } from '../../domain/desk/assign.js';
import { mergeCollaborators } from '../../domain/desk/access.js';
import { renderDashboard } from '../../domain/desk/dashboard.js';
import type { SweepChange, SweepJobChange } from '../../domain/desk/plan.js';
import { blockingFailure, describeSweepJobChange } from '../../domain/desk/plan.js';
import { renderReminderComment } from '../../domain/desk/reminders.js';
import type { CveReservation, DeskState } from '../../domain/desk/state.js';
import { serializeDeskState } from '../../domain/desk/state.js';
import type { Settled, SweepJobPlan } from '../../domain/desk/sweep-job.js';
import { DASHBOARD_MARKER, DASHBOARD_TITLE, sameDeskState, settleSweep } from '../../domain/desk/sweep-job.js';
import { stripTitleTags } from '../../domain/desk/tags.js';
import { isoUtc, parseZonedTime } from '../../domain/desk/time.js';
import type { ChangeResult } from '../../domain/plan.js';
import { splitRepo } from '../../domain/policy.js';
import { newReportText, setInReport } from '../../domain/report-edit.js';
import { loginKey } from '../../domain/roster.js';
import type { JobContext } from '../context.js';
import { describeWriteFailure } from '../job.js';
import { planReportPr, readReportPr } from '../report-pr.js';
import { applyToolPr } from '../tool-pr.js';
import type { SweepDeps, SweepObserved } from './read.js';
import { readAdvisories, readAllTitles, readTitles } from './read.js';

/** The plan the sweep job makes: the desk's, with what it was read from (apply settles from it). */
export interface SweepRunPlan extends SweepJobPlan {
  observed: SweepObserved;
}

type Result = ChangeResult<SweepJobChange>;
type Of<K extends SweepChange['kind']> = Extract<SweepChange, { kind: K }>;

const PATCHED: readonly SweepChange['kind'][] = [
  'tag-action',
  'assign-coordinator',
  'access',
  'member-access',
  'cve-id-write',
];

/** The exploitation record: the report file (or a new one) with `exploited`, in one PR per report. */
async function recordExploited(gh: GitHubApi, opsRepo: string, c: Of<'record-exploited'>): Promise<string> {
  const observed = await readReportPr(gh, opsRepo, c.ghsaId, 'exploited');
  // Recorded on the default branch meanwhile: nothing to add (an open PR left behind is closed).
  const recorded = observed.text !== undefined && parseDocument(observed.text).hasIn(['exploited']);
  const exploited = { aware_at: c.awareAt, approximate: true };
  const content = recorded
    ? observed.text!
    : observed.text !== undefined
      ? setInReport(observed.text, ['exploited'], exploited)
      : newReportText(
          { repo: c.repo, ghsa: c.ghsaId, exploited },
          `The PSRT's data about ${c.ghsaId} (${c.repo}); see README: "Report desk (sweep)".`,
        );
  const change = planReportPr(
    {
      opsRepo,
      ghsa: c.ghsaId,
      purpose: 'exploited',
      title: `${c.ghsaId}: actively exploited since ${c.awareAt} (approximate)`,
      body:
        `The report desk saw \`[EXPLOITED]\` in the title of ${c.ghsaId} (${c.repo}) first at ${c.awareAt}: the Cyber Resilience Act clocks run from then. ` +
        `The time is approximate (up to one sweep late${c.previousSweepAt ? `; the sweep before ran at ${c.previousSweepAt}` : ''}); correct \`aware_at\` here if the PSRT knew earlier, then merge.\n\n` +
        'Opened by `psrt sweep`; it updates this PR on later runs and never merges it.',
    },
    observed,
    content,
  );
  if (!change) return observed.pr.open?.url ?? '';
  return applyToolPr(gh, change);
}

/**
 * One PATCH for an advisory's changes. Lists (credits, collaborators) are replaced whole by GitHub: the
 * advisory is read again right before, and each change applied to what it holds then.
 */
async function patchAdvisory(
  gh: GitHubApi,
  advisory: DeskAdvisory,
  changes: readonly SweepChange[],
  cveId: string | undefined,
): Promise<DeskAdvisory | undefined> {
  const lists = changes.some(
    (c) => c.kind === 'assign-coordinator' || c.kind === 'access' || c.kind === 'member-access',
  );
  const base = lists
    ? deskAdvisoryFromRest(advisory.repo, await gh.getAdvisory(advisory.repo, advisory.ghsaId))
    : advisory;
  const patch: AdvisoryPatch = {};
  let users = base.collaboratingUsers.map((u) => u.login);
  let usersChanged = false;
  let teams = [...base.collaboratingTeams];
  for (const c of changes) {
    switch (c.kind) {
      case 'tag-action': {
        const open = base.state === 'triage' || base.state === 'draft';
        if (c.to && open && base.state !== c.to) patch.state = c.to;
        const title = lists ? stripTitleTags(base.title, c.tags, base.ghsaId) : c.title;
        if (title !== base.title) patch.summary = title;
        break;
      }
      case 'assign-coordinator': {
        const merged = mergeCredits(base.credits, { login: c.login, ...(c.id !== undefined ? { id: c.id } : {}) });
        if (merged.changed) patch.credits = merged.credits;
        break;
      }
      case 'access': {
        const merged = mergeCollaborators(users, c);
        if (merged.changed) {
          users = merged.users;
          usersChanged = true;
        }
        break;
      }
      case 'member-access': {
        const removing = new Set(c.removeUsers.map(loginKey));
        const kept = users.filter((l) => !removing.has(loginKey(l)));
        const present = new Set(kept.map(loginKey));
        const added = c.addUsers.filter((l) => !present.has(loginKey(l)));
        if (kept.length !== users.length || added.length > 0) {
          users = [...kept, ...added];
          usersChanged = true;
        }
        const newTeams = c.addTeams.filter((t) => !teams.includes(t));
        if (newTeams.length > 0) {
          teams = [...teams, ...newTeams];
          patch.collaborating_teams = teams;
        }
        break;
      }
      case 'cve-id-write':
        if (base.cveId === null) patch.cve_id = c.cveId;
        break;
      default:
        break;
    }
  }
  if (usersChanged) patch.collaborating_users = users;
  if (cveId !== undefined && base.cveId === null) patch.cve_id = cveId;
  if (Object.keys(patch).length === 0) return undefined;
  const written = await gh.updateAdvisoryReturning(advisory.repo, advisory.ghsaId, patch);
  return deskAdvisoryFromRest(advisory.repo, written);
}

/**
 * The dashboard issue: the oldest open one the tool keeps (duplicates folded into it), or a new one,
 * pinned. `update`: give it this body (else only find it, for the reminder comment).
 */
async function upsertDashboard(
  gh: GitHubApi,
  repo: string,
  label: string,
  body: () => Promise<string>,
  update: boolean,
  ctx: JobContext,
): Promise<{ number: number; url: string; written: boolean }> {
  const issues = (await gh.listLabelledIssues(repo, label, 'open'))
    .filter((i) => i.body.includes(DASHBOARD_MARKER))
    .sort((a, b) => a.number - b.number);
  const [keep, ...duplicates] = issues;
  if (!keep) {
    const created = await gh.createPinnableIssue(repo, { title: DASHBOARD_TITLE, body: await body(), labels: [label] });
    try {
      await gh.pinIssue(created.nodeId);
    } catch (err) {
      // A repository pins at most three issues: the dashboard works unpinned, and the log says why.
      ctx.log.warning(`the dashboard issue ${created.url} could not be pinned: ${describeWriteFailure(err)}`);
    }
    return { number: created.number, url: created.url, written: true };
  }
  for (const d of duplicates) {
    await gh.createComment(repo, d.number, `Folded into #${keep.number}: the report desk keeps one dashboard.`);
    await gh.updateIssue(repo, d.number, { state: 'closed' });
  }
  const text = update ? await body() : keep.body;
  const stale = keep.body !== text || keep.title !== DASHBOARD_TITLE;
  if (stale) await gh.updateIssue(repo, keep.number, { title: DASHBOARD_TITLE, body: text });
  return { number: keep.number, url: keep.url, written: stale || duplicates.length > 0 };
}

export async function applySweep(plan: SweepRunPlan, deps: SweepDeps, ctx: JobContext): Promise<Result[]> {
  const { gh } = deps;
  const ghFor = deps.ghFor ?? (() => gh);
  const ops = plan.scope.opsRepo;
  const previous = plan.input.state;
  const results = new Map<SweepJobChange, Result>();
  const done = (c: SweepJobChange, detail?: string) =>
    results.set(c, { change: c, status: 'done', ...(detail ? { detail } : {}) });
  const fail = (c: SweepJobChange, err: unknown, prefix = '') => {
    const error = `${prefix}${describeWriteFailure(err)}`;
    results.set(c, { change: c, status: 'failed', error });
    ctx.log.error(`${describeSweepJobChange(c)}: ${error}`);
  };
  const failed = (c: SweepJobChange) => results.get(c)?.status === 'failed';

  // The memory as stored, and its blob: reservations are written into it before their PATCH.
  let stored: DeskState | undefined = previous;
  let storedSha = plan.observed.stateSha;
  const writeState = async (state: DeskState, message: string) => {
    storedSha = await gh.writeFileOnBranch(
      ops,
      plan.scope.stateBranch,
      {
        path: plan.scope.statePath,
        content: serializeDeskState(state),
        message,
        ...(storedSha ? { sha: storedSha } : {}),
      },
      plan.observed.defaultBranch,
    );
    stored = state;
  };

  // --- exploitation records ------------------------------------------------------------------------------
  const pendingExploited: string[] = [];
  for (const c of plan.changes) {
    if (c.kind !== 'record-exploited') continue;
    try {
      done(c, await recordExploited(gh, ops, c));
      pendingExploited.push(c.ghsaId);
    } catch (err) {
      fail(c, err);
    }
  }

  // --- each advisory ---------------------------------------------------------------------------------------
  const byGhsa = new Map<string, SweepChange[]>();
  for (const c of plan.changes) {
    if (c.kind === 'dashboard' || c.kind === 'desk-state' || c.kind === 'notify' || c.kind === 'record-exploited')
      continue;
    byGhsa.set(c.ghsaId, [...(byGhsa.get(c.ghsaId) ?? []), c]);
  }
  const advisories = new Map(plan.input.advisories.map((a) => [a.ghsaId, a] as const));
  const reservations: Omit<CveReservation, 'written'>[] = [];
  const written = new Map<string, DeskAdvisory>();
  for (const [ghsa, changes] of byGhsa) {
    const advisory = advisories.get(ghsa)!;
    const owner = ghFor(splitRepo(advisory.repo).owner);
    for (const c of changes) {
      if (c.kind !== 'fork-create' && c.kind !== 'template-comment') continue;
      try {
        if (c.kind === 'fork-create') {
          await owner.createPrivateFork(advisory.repo, ghsa);
          done(c);
        } else done(c, (await owner.createAdvisoryComment(advisory.repo, ghsa, c.body)).url);
      } catch (err) {
        fail(c, err);
      }
    }

    let cveId: string | undefined;
    const reserve = changes.find((c): c is Of<'cve-reserve'> => c.kind === 'cve-reserve');
    if (reserve && stored) {
      const record = async (ids: { cveId: string; reserved?: string }[]) => {
        for (const id of ids)
          reservations.push({
            cveId: id.cveId,
            repo: advisory.repo,
            ghsa,
            reservedAt: utcOr(id.reserved, plan.desk.now),
          });
        const state = { ...stored!, cveReservations: [...stored!.cveReservations] };
        for (const r of reservations)
          if (!state.cveReservations.some((x) => x.cveId === r.cveId))
            state.cveReservations.push({ ...r, written: false });
        await writeState(state, `psrt sweep: CVE id reserved for ${ghsa}`);
      };
      try {
        const known = [...(stored.cveReservations ?? []), ...reservations].map((r) => r.cveId);
        let reserved;
        try {
          reserved = await deps.cve!.reserveIds({ amount: 1, year: reserve.year, knownIds: known });
        } catch (err) {
          // Possibly reserved, unconfirmed: keep every candidate so none is lost (the unused ones are listed for rejection).
          if (err instanceof CveServicesError && err.reservedSince?.length) {
            await record(
              err.reservedSince.map((i) => ({ cveId: i.cveId, ...(i.reserved ? { reserved: i.reserved } : {}) })),
            );
            cveId = err.reservedSince[0]!.cveId;
          }
          throw err;
        }
        const id = reserved.ids[0];
        if (!id) throw new Error('CVE Services answered without an id');
        cveId = id.cveId;
        try {
          await record([{ cveId: id.cveId, ...(id.reserved ? { reserved: id.reserved } : {}) }]);
        } catch (err) {
          // Reserved but not recorded: writing it into the advisory is now the only way to keep it.
          fail(
            reserve,
            err,
            `${id.cveId} was reserved but could not be recorded (it is written into the advisory instead): `,
          );
        }
        if (!failed(reserve)) done(reserve, cveId);
      } catch (err) {
        if (!failed(reserve)) fail(reserve, err);
      }
    }

    const patching = changes.filter((c) => PATCHED.includes(c.kind));
    // What the tags ask for (the report file's record, the fork, the reply) failed: the tag stays.
    const failedSoFar = plan.changes.filter(
      (c): c is SweepChange => c.kind !== 'dashboard' && c.kind !== 'desk-state' && failed(c),
    );
    const blocked = patching.filter((c) => blockingFailure(c, failedSoFar));
    for (const c of blocked) results.set(c, { change: c, status: 'not attempted' });
    const go = patching.filter((c) => !blocked.includes(c));
    if (go.length === 0 && cveId === undefined) continue;
    try {
      const after = await patchAdvisory(owner, advisory, go, cveId);
      if (after) written.set(ghsa, after);
      for (const c of go) done(c);
    } catch (err) {
      for (const c of go) fail(c, err);
      if (reserve && results.get(reserve)?.status === 'done')
        fail(
          reserve,
          err,
          `${cveId} is reserved and recorded; writing it into the advisory failed (the next sweep writes it): `,
        );
    }
  }

  // --- settle: the advisories as GitHub holds them now --------------------------------------------------
  // Read again through the conditional lists after writing: the next sweep then finds them unchanged
  // (304, no rate limit) and a memory that matches them. Titles: as written, else as read.
  let now = plan.input.advisories.map((a) => written.get(a.ghsaId) ?? a);
  if (written.size > 0 || plan.observed.fullRead) {
    try {
      const known = new Map(now.map((a) => [a.ghsaId, a] as const));
      // One changed by someone else meanwhile is kept as this sweep knew it: the next sweep sees the
      // change (and reads its title) rather than taking it for one this sweep has seen.
      now = (await readAdvisories(ghFor, plan.input.policy.covered_repos, plan.observed.since)).map((a) => {
        const before = known.get(a.ghsaId);
        if (!before) return a;
        return before.updatedAt === a.updatedAt ? { ...a, title: before.title } : before;
      });
    } catch (err) {
      ctx.log.warning(
        `the advisories could not be read again after writing (${describeWriteFailure(err)}): the memory records them as written`,
      );
    }
  }
  const doneChanges = (kind?: SweepChange['kind']) =>
    plan.changes.filter(
      (c): c is SweepChange =>
        c.kind !== 'dashboard' &&
        c.kind !== 'desk-state' &&
        (kind === undefined || c.kind === kind) &&
        results.get(c)?.status === 'done',
    );
  const settled: Settled = settleSweep({
    plan,
    applied: doneChanges().filter((c) => c.kind !== 'notify'),
    advisories: now,
    reservations,
    exploitedPending: pendingExploited,
    retryNew: plan.changes.flatMap((c) =>
      c.kind === 'member-access' && results.get(c)?.status !== 'done' ? [c.ghsaId] : [],
    ),
  });

  // --- the dashboard -----------------------------------------------------------------------------------
  const notices = plan.desk.changes.filter((c): c is Of<'notify'> => c.kind === 'notify');
  const dashboard = plan.changes.find((c) => c.kind === 'dashboard');
  let issue: { number: number; url: string } | undefined;
  let dashboardCurrent = false;
  const body = async (): Promise<string> => {
    const titled = new Map<string, string>();
    for (const a of plan.input.advisories) if (plan.observed.titled.has(a.ghsaId)) titled.set(a.ghsaId, a.title);
    for (const [g, a] of written) titled.set(g, a.title);
    const missing = settled.view.reports.filter((r) => !titled.has(r.ghsaId));
    if (missing.length > 0) {
      const few = missing.length <= 2 * new Set(missing.map((r) => splitRepo(r.repo).owner)).size;
      // A Set: on a daily rewrite nearly every open report's title is missing (tens of thousands at scale).
      const missingIds = new Set(missing.map((r) => r.ghsaId));
      const read = few
        ? await readTitles(ghFor, {
            changed: plan.input.advisories.filter((a) => missingIds.has(a.ghsaId)),
            single: [],
          })
        : await readAllTitles(ghFor, plan.input.policy.covered_repos, plan.observed.since);
      for (const [g, t] of read) titled.set(g, t);
    }
    return `${DASHBOARD_MARKER}\n${renderDashboard(settled.view, {
      advisories: [...titled].map(([ghsaId, title]) => ({ ghsaId, title })),
      view: 'issue',
      changes: settled.lastChanges,
    })}`;
  };
  const unchanged = settled.state !== undefined && settled.state.dashboardHash === previous?.dashboardHash;
  if (dashboard) {
    try {
      if (unchanged && notices.length === 0) done(dashboard, 'unchanged');
      else {
        const upserted = await upsertDashboard(gh, ops, plan.scope.label, body, !unchanged, ctx);
        issue = upserted;
        done(dashboard, upserted.written ? upserted.url : `${upserted.url} (unchanged)`);
      }
      dashboardCurrent = true;
    } catch (err) {
      fail(dashboard, err);
    }
  } else if (notices.length > 0) {
    try {
      issue = await upsertDashboard(gh, ops, plan.scope.label, body, false, ctx);
    } catch (err) {
      ctx.log.error(`the dashboard issue could not be found or created: ${describeWriteFailure(err)}`);
    }
  }

  // --- one reminder comment ------------------------------------------------------------------------------
  const failedTags = new Set(
    plan.changes.flatMap((c) => (c.kind === 'tag-action' && results.get(c)?.status !== 'done' ? [c.ghsaId] : [])),
  );
  // The devguide's reply is due only once the report is really closed.
  const sendable = notices.filter((n) => !(n.reason.what === 'template' && failedTags.has(n.ghsaId)));
  const comment =
    issue && sendable.length > 0 ? renderReminderComment({ now: plan.desk.now, changes: sendable }) : undefined;
  if (comment && comment.notices.length > 0 && issue) {
    try {
      const posted = await gh.createComment(ops, issue.number, comment.body);
      for (const n of comment.notices) done(n, posted.url);
    } catch (err) {
      for (const n of comment.notices) fail(n, err);
    }
  }

  // --- the memory, last ---------------------------------------------------------------------------------
  const stateChange = plan.changes.find((c) => c.kind === 'desk-state');
  if (stateChange && settled.state && stored) {
    let next: DeskState = dashboardCurrent
      ? settled.state
      : { ...settled.state, dashboardHash: previous?.dashboardHash ?? null };
    next = withNoticesSent(next, doneChanges('notify'), plan.desk.now, now);
    try {
      if (sameDeskState(next, stored)) done(stateChange, 'unchanged');
      else {
        await writeState(next, `psrt sweep: ${isoUtc(new Date(plan.desk.now))}`);
        done(stateChange);
      }
    } catch (err) {
      fail(stateChange, err);
    }
  }

  return plan.changes.map((c) => results.get(c) ?? { change: c, status: 'not attempted' });
}

/** A time from outside (CVE Services) as the memory keeps it (UTC, to the second), else `fallback`. */
function utcOr(text: string | undefined, fallback: string): string {
  const time = text === undefined ? undefined : parseZonedTime(text);
  return time ? isoUtc(time) : fallback;
}
