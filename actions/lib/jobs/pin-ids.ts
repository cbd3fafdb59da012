// pin-ids: find the numeric GitHub id of every member who has none (one GraphQL query per hundred
// logins) and, when applying, open or update one PR in the ops repo that adds them to members.yaml.
// Ids are immutable where logins are not: once pinned, reconcile follows renames.
import type { GitHubApi, Profile } from '../clients/github/api.js';
import type { Config } from '../config/load.js';
import type { ChangeResult, Format, Note, Plan } from '../domain/plan.js';
import { headline, renderNote, renderResultsLine, withResult } from '../domain/plan.js';
import { loginKey } from '../domain/roster.js';
import { setMemberIds } from '../domain/roster-edit.js';
import type { ObservedToolPr, ToolPrChange } from '../domain/tool-pr.js';
import { describeToolPrChange, planToolPr } from '../domain/tool-pr.js';
import type { JobContext } from './context.js';
import type { Job, JobResult, JobSettings } from './job.js';
import { applyInOrder, runJob } from './job.js';
import { reading } from './reading.js';
import { applyToolPr, readToolPr } from './tool-pr.js';
import { ROSTER_PATH } from '../domain/roster.js';

export const PIN_BRANCH = 'psrt/pin-ids';

export interface PinIdsDeps {
  gh: GitHubApi;
}

interface PinIdsObserved {
  profiles: Map<string, Profile | null>;
  /** members.yaml on the ops repo's default branch and its pin-ids PR: read only when there is an id to pin. */
  opsRoster?: string;
  pr?: ObservedToolPr;
}

export interface PinIdsPlan extends Plan<ToolPrChange> {
  opsRepo: string;
  /** login (as in members.yaml) → id found on GitHub, and GitHub's spelling of the login. */
  found: { login: string; id: number; current: string }[];
  /** Logins GitHub does not know (renamed or deleted accounts): fix these by hand. */
  missing: string[];
  unpinned: number;
}

function unpinnedLogins({ roster }: Config): string[] {
  return roster.members.filter((m) => m.id === undefined).map((m) => m.login);
}

async function readPinIds(config: Config, deps: PinIdsDeps): Promise<PinIdsObserved> {
  const { gh } = deps;
  const repo = config.policy.ops_repo;
  const profiles = await reading('the ids of members without one', () => gh.profilesByLogin(unpinnedLogins(config)));
  if (![...profiles.values()].some((p) => p !== null)) return { profiles };
  const [file, pr] = await Promise.all([
    reading(`${ROSTER_PATH} of ${repo}`, () => gh.readFile(repo, ROSTER_PATH)),
    reading(`the pin-ids pull request of ${repo}`, () => readToolPr(gh, repo, PIN_BRANCH, [ROSTER_PATH])),
  ]);
  return { profiles, ...(file ? { opsRoster: file.text } : {}), pr };
}

export function planPinIds(config: Config, observed: PinIdsObserved): PinIdsPlan {
  const repo = config.policy.ops_repo;
  const unpinned = unpinnedLogins(config);
  const found = unpinned.flatMap((login) => {
    const p = observed.profiles.get(login);
    return p ? [{ login, id: p.id, current: p.login }] : [];
  });
  const missing = unpinned.filter((login) => !observed.profiles.get(login));
  const notes: Note[] = missing.map((l) => ({
    level: 'warning',
    text: `\`${l}\`: GitHub has no such account (renamed or deleted?): fix members.yaml by hand.`,
  }));
  const changes: ToolPrChange[] = [];
  if (found.length > 0 && observed.pr) {
    if (observed.opsRoster === undefined) {
      notes.push({
        level: 'error',
        text: `${repo} has no ${ROSTER_PATH} on its default branch: no PR can pin the ids.`,
      });
    } else {
      // Placed by the entries of the ops repo's own file: its order may differ from a local checkout's.
      const content = setMemberIds(observed.opsRoster, found);
      const change =
        content === observed.opsRoster
          ? undefined
          : planToolPr(
              {
                repo,
                branch: PIN_BRANCH,
                title: `members.yaml: pin the GitHub ids of ${found.length} member${found.length === 1 ? '' : 's'}`,
                body: `GitHub logins can change; numeric ids cannot. With ids pinned, reconcile follows a rename instead of treating it as a new person.\n\n${found.map((f) => `- \`${f.login}\`: ${f.id}`).join('\n')}\n\nOpened by \`psrt pin-ids\`; later runs update this PR and never merge it.`,
                commitMessage: `members.yaml: pin GitHub ids (${found.length})`,
                files: [{ path: ROSTER_PATH, content }],
                labels: ['psrt-ops'],
                reviewers: { users: [], teams: [] },
              },
              observed.pr,
            );
      if (change) changes.push(change);
      else if (content === observed.opsRoster)
        notes.push({ level: 'info', text: `${repo}'s ${ROSTER_PATH} already pins these ids.` });
    }
  }
  return { opsRepo: repo, changes, notes, guards: [], found, missing, unpinned: unpinned.length };
}

export function renderPinIds(
  plan: PinIdsPlan,
  format: Format,
  results?: readonly ChangeResult<ToolPrChange>[],
): string {
  const md = format === 'markdown';
  const lines = [
    md ? `## ${headline('pin-ids', plan, results)}` : headline('pin-ids', plan, results),
    '',
    plan.unpinned === 0
      ? 'Every member already has a pinned id.'
      : `${plan.found.length} of ${plan.unpinned} member(s) without an id found on GitHub:`,
    ...plan.found.map(
      (f) =>
        `  + ${f.login}: id ${f.id}${loginKey(f.current) !== loginKey(f.login) ? ` (GitHub spells it ${f.current})` : ''}`,
    ),
    ...plan.notes.map((n) => renderNote(n, format)),
  ];
  const status = new Map(results?.map((r) => [r.change, r] as const));
  if (plan.changes.length > 0) {
    lines.push('', ...plan.changes.map((c) => withResult(describeToolPrChange(c), status.get(c))));
    if (!results) lines.push('', `Dry run: use --apply to make this change in ${plan.opsRepo}.`);
  }
  for (const r of results ?? []) if (r.detail) lines.push(`Pull request: ${r.detail}`);
  lines.push(...renderResultsLine(results, format));
  return `${lines.join('\n')}\n`;
}

export const pinIdsJob: Job<JobSettings, PinIdsDeps, PinIdsObserved, PinIdsPlan, ToolPrChange> = {
  name: 'pin-ids',
  read: (_settings, config, deps) => readPinIds(config, deps),
  plan: (config, observed) => planPinIds(config, observed),
  render: renderPinIds,
  apply: (plan, deps, ctx) =>
    applyInOrder(
      plan.changes.map((c) => [c]),
      ([c]) => applyToolPr(deps.gh, c!),
      ctx,
      describeToolPrChange,
    ),
};

export function runPinIds(
  settings: JobSettings,
  deps: PinIdsDeps,
  ctx: JobContext,
): Promise<JobResult<PinIdsPlan, ToolPrChange>> {
  return runJob(pinIdsJob, settings, deps, ctx);
}
