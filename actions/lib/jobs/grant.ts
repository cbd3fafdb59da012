// grant and revoke: access to one advisory for someone outside the PSRT, written in the report file
// (reports/GHSA-….yaml) on a branch of the ops repository and proposed in one PR per report and person.
// The hourly sweep makes a merged grant true (a collaborating user) and ends it; these commands never
// touch the advisory itself.
//
// A revoke ends the grant today (`until` = today: access ends at the start of this UTC day) rather than
// deleting it: the sweep adopts a collaborator without a grant for `access.default_days`, so a deleted
// grant would keep the person in for weeks, where an ended one has them removed at the next sweep.
import type { GitHubApi, Profile } from '../clients/github/api.js';
import type { Config } from '../config/load.js';
import { PersonIndex } from '../domain/account.js';
import type { PersonRef } from '../domain/account.js';
import type { DeskAdvisory } from '../domain/desk/advisory.js';
import { deskAdvisoryFromRest, isOpen } from '../domain/desk/advisory.js';
import { deskSettings } from '../domain/desk/settings.js';
import type { Note } from '../domain/plan.js';
import type { AccessGrant } from '../domain/report-file.js';
import { reportFilePath } from '../domain/report-file.js';
import { newReportText, setGrant } from '../domain/report-edit.js';
import { loginKey } from '../domain/roster.js';
import type { ToolPrChange } from '../domain/tool-pr.js';
import { planToolPr } from '../domain/tool-pr.js';
import type { JobContext } from './context.js';
import type { Job, JobResult, JobSettings } from './job.js';
import { runJob } from './job.js';
import { reading } from './reading.js';
import type { ReportEditPlan } from './report-commands.js';
import {
  advisoryNotFound,
  applyReportEdit,
  editedReportProblem,
  locateAdvisory,
  refusedPlan,
  renderReportEdit,
  soundReportFile,
  unchangedNotes,
  utcDatePlusDays,
} from './report-commands.js';
import type { ObservedReportPr } from './report-pr.js';
import { planReportPr, readReportPr } from './report-pr.js';

/** The longest grant: a year. Reports finish within 90 days; a longer need is a new grant, reviewed again. */
export const MAX_GRANT_DAYS = 365;

export type AccessAction =
  | { kind: 'grant'; days: number; reason: string }
  /** `reason` is used only when the person has no grant yet (a collaborator added by hand). */
  | { kind: 'revoke'; reason?: string };

export interface AccessSettings extends JobSettings {
  ghsa: string;
  login: string;
  action: AccessAction;
}

export interface AccessDeps {
  gh: GitHubApi;
}

export interface AccessObserved {
  /** GitHub's profile of the login, or null when GitHub has no such account. */
  profile: Profile | null;
  report: ObservedReportPr;
  /** The advisory, found in the report file's repository or else among the covered ones. */
  advisory?: DeskAdvisory;
  /** The repositories searched for it, and whether that is the one the report file names. */
  searched: string[];
  searchedFileRepo: boolean;
}

/** One PR per report and person: a revoke of a grant not yet merged updates (or closes) the grant's PR. */
export function accessPurpose(login: string): string {
  return `access-${loginKey(login)}`;
}

const DEFAULT_REVOKE_REASON = 'access revoked';

async function readAccess(settings: AccessSettings, config: Config, gh: GitHubApi, now: Date): Promise<AccessObserved> {
  const { policy } = config;
  const path = reportFilePath(settings.ghsa);
  const [profiles, report] = await Promise.all([
    reading(`the GitHub account ${settings.login}`, () => gh.profilesByLogin([settings.login])),
    readReportPr(gh, policy.ops_repo, settings.ghsa, accessPurpose(settings.login)),
  ]);
  const file = soundReportFile(path, report.text, policy, now);
  const searched = file ? [file.repo] : policy.covered_repos;
  const located = await reading(`advisory ${settings.ghsa}`, () => locateAdvisory(gh, searched, settings.ghsa));
  return {
    profile: profiles.get(settings.login) ?? null,
    report,
    searched,
    searchedFileRepo: file !== undefined,
    ...(located ? { advisory: deskAdvisoryFromRest(located.repo, located.advisory) } : {}),
  };
}

function grantOf(grants: readonly AccessGrant[] | undefined, login: string): AccessGrant | undefined {
  return grants?.find((g) => loginKey(g.login) === loginKey(login));
}

function endsLine(until: string): string {
  return `${until} 00:00 UTC`;
}

/** Why a person may not be granted (or revoked) here: members and former members are reconcile's. */
function membershipRefusal(config: Config, profile: Profile, action: AccessAction['kind']): string | undefined {
  const person: PersonRef = { login: profile.login, id: profile.id };
  if (new PersonIndex<PersonRef>(config.roster.members).has(person))
    return action === 'grant'
      ? `${profile.login} is a PSRT member: reconcile gives every member access to every open advisory, so no grant is needed.`
      : `${profile.login} is a PSRT member: reconcile keeps members' access; it ends when they leave members.yaml.`;
  if (new PersonIndex<PersonRef>(config.roster.emeritus ?? []).has(person))
    return action === 'grant'
      ? `${profile.login} is a former PSRT member (emeritus in members.yaml): reconcile removes former members from advisories, so a grant would not last. Nominate them again, or ask an admin.`
      : `${profile.login} is a former PSRT member (emeritus in members.yaml): reconcile removes them from advisories already.`;
  return undefined;
}

export function planAccess(
  config: Config,
  observed: AccessObserved,
  settings: AccessSettings,
  now: Date,
): ReportEditPlan {
  const { policy } = config;
  const { ghsa, action } = settings;
  const opsRepo = policy.ops_repo;
  const job = action.kind;
  const path = reportFilePath(ghsa);
  const refuse = (why: string) => refusedPlan(job, opsRepo, ghsa, why);

  const profile = observed.profile;
  if (!profile) return refuse(`GitHub has no account "${settings.login}": check the spelling of the login.`);
  const member = membershipRefusal(config, profile, action.kind);
  if (member) return refuse(member);
  const advisory = observed.advisory;
  if (!advisory) return refuse(advisoryNotFound(ghsa, observed.searched, observed.searchedFileRepo));

  const before = observed.report.text;
  const base = before ?? newReportText({ repo: advisory.repo, ghsa }, `The PSRT's own data about ${ghsa}.`);
  const existing =
    before === undefined ? undefined : grantOf(soundReportFile(path, before, policy, now)?.access, profile.login);
  const today = utcDatePlusDays(now, 0);
  const desk = deskSettings(policy);
  const isCollaborator = advisory.collaboratingUsers.some((u) => u.id === profile.id);
  const who = `\`${profile.login}\``;
  const notes: Note[] = [];
  const intent: string[] = [];
  // The report file as the PR should hold it; undefined: no file, and no PR wanted.
  let after: string | undefined;
  let title: string;
  let why: string;

  if (action.kind === 'grant') {
    const until = utcDatePlusDays(now, action.days);
    after = setGrant(base, { login: existing?.login ?? profile.login, reason: action.reason, until });
    const closing = `or ${desk.accessAfterCloseDays} days after the report is closed, whichever comes first`;
    intent.push(
      existing
        ? `~ ${who}'s access to ${ghsa} (${advisory.repo}) ends ${endsLine(until)} (was ${endsLine(existing.until)}), ${closing}`
        : `+ grant ${who} access to ${ghsa} (${advisory.repo}): access ends ${endsLine(until)}, ${closing}`,
    );
    title = `${path}: access for ${profile.login} until ${until}`;
    why = `Grants \`${profile.login}\` access to ${ghsa} (${advisory.repo}) until ${until}: access ends at ${endsLine(until)}, ${closing}. Reason: ${action.reason}\n\nOnce this is merged, the hourly sweep adds them as a collaborating user on the advisory and removes them when access ends.`;
    if (!isOpen(advisory))
      notes.push({
        level: 'warning',
        text: `${ghsa} is ${advisory.state}: the sweep adds people to open advisories only (triage, draft).`,
      });
    const credited = advisory.credits.some(
      (c) => c.id === profile.id && (c.type === 'reporter' || c.type === 'finder'),
    );
    if (advisory.author?.id === profile.id || credited)
      notes.push({
        level: 'info',
        text: `${who} is the advisory's ${credited ? 'credited reporter or finder' : 'author'}: the sweep never removes them, so the grant's end changes nothing for them.`,
      });
    if (isCollaborator && !existing)
      notes.push({
        level: 'info',
        text: `${who} is already a collaborator (added by hand): with this grant their access ends on the grant's date instead of ${desk.accessDefaultDays} days after the sweep first saw them.`,
      });
  } else {
    title = `${path}: end ${profile.login}'s access`;
    why = `Ends \`${profile.login}\`'s access to ${ghsa} (${advisory.repo}): the grant ends ${endsLine(today)}. Once this is merged, the hourly sweep removes them from the advisory.`;
    if (existing && existing.until <= today) {
      after = before;
      notes.push({
        level: 'info',
        text: `${who}'s grant already ended ${endsLine(existing.until)}${isCollaborator ? '; the sweep removes them from the advisory at its next run' : ''}.`,
      });
    } else if (existing) {
      after = setGrant(base, { ...existing, until: today });
      intent.push(
        `- end ${who}'s access to ${ghsa} (${advisory.repo}): access ends ${endsLine(today)} (was ${endsLine(existing.until)})`,
      );
    } else if (isCollaborator) {
      after = setGrant(base, { login: profile.login, reason: action.reason ?? DEFAULT_REVOKE_REASON, until: today });
      intent.push(
        `- end ${who}'s access to ${ghsa} (${advisory.repo}), a collaborator added by hand: a grant that ended ${endsLine(today)}`,
      );
    } else {
      after = before;
      notes.push({
        level: 'info',
        text: `${who} has no grant on ${ghsa} and is not a collaborator on it: nothing to revoke${observed.report.pr.open ? ' (the open pull request that would grant it is closed)' : ''}.`,
      });
    }
  }

  if (after !== undefined) {
    const problem = editedReportProblem(path, after, policy, now, before);
    if (problem) return refuse(problem);
  }
  const spec = {
    opsRepo,
    ghsa,
    purpose: accessPurpose(profile.login),
    title,
    body: `${why}\n\nOpened by \`psrt ${job}\`; later runs update this pull request and never merge it.`,
  };
  const change =
    after === undefined
      ? planToolPr(undefined, observed.report.pr, 'Closed by psrt-ops: there is no access to change.', opsRepo)
      : planReportPr(spec, observed.report, after);
  if (after !== undefined) notes.push(...unchangedNotes(path, observed.report, after, change));
  return {
    job,
    opsRepo,
    ghsa,
    intent,
    ...(after !== undefined ? { file: { path, ...(before !== undefined ? { before } : {}), after } } : {}),
    changes: change ? [change] : [],
    notes,
    guards: [],
  };
}

export const accessJob: Job<AccessSettings, AccessDeps, AccessObserved, ReportEditPlan, ToolPrChange> = {
  name: 'access',
  read: (settings, config, deps, ctx) => readAccess(settings, config, deps.gh, ctx.now()),
  plan: planAccess,
  render: renderReportEdit,
  apply: (plan, deps, ctx) => applyReportEdit(plan, deps.gh, ctx),
};

export function runAccess(
  settings: AccessSettings,
  deps: AccessDeps,
  ctx: JobContext,
): Promise<JobResult<ReportEditPlan, ToolPrChange>> {
  return runJob(accessJob, settings, deps, ctx);
}
