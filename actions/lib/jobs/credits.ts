// credits: the yearly thank-you (issue 14). read (the GHSA credits of the covered repositories' advisories
// that may have ended in the year, the CVE records in records/, the GitHub names of people the roster does
// not know) → plan (domain/credits.ts: each person once, with the reports they coordinated, fixed or
// reviewed) → render (Markdown or CSV). It writes nothing.
import type { AdvisoryRecord, GitHubApi, Profile } from '../clients/github/api.js';
import type { Config } from '../config/load.js';
import type { AdvisoryForCredits, CreditsReport } from '../domain/credits.js';
import { creditsForYear, renderCreditsMarkdown } from '../domain/credits.js';
import type { CveRecord } from '../domain/cve/types.js';
import type { Format, Plan } from '../domain/plan.js';
import { reposByOwner } from '../domain/policy.js';
import { loginKey } from '../domain/roster.js';
import { UserError } from '../errors.js';
import type { JobContext } from './context.js';
import type { Job, JobResult, JobSettings } from './job.js';
import { runJob } from './job.js';
import { readCveRecordFiles } from './osv-records.js';
import { reading } from './reading.js';

export interface CreditsSettings extends JobSettings {
  year: number;
  /** The CVE records (records/CVE-YYYY-NNNN.json). */
  recordsDir: string;
  /** How messages name it. */
  recordsName: string;
}

export interface CreditsDeps {
  gh: GitHubApi;
  /** The client for a covered repository's owner (an installation token is per org); default gh. */
  ghFor?: (owner: string) => GitHubApi;
}

interface CreditsObserved {
  advisories: AdvisoryForCredits[];
  records: CveRecord[];
}

export interface CreditsPlan extends Plan<never> {
  report: CreditsReport;
  advisoriesRead: number;
  recordsRead: number;
}

/** GHSA credit types the report counts (the others, reporter, finder…, are not PSRT work). */
const COUNTED = new Set(['coordinator', 'remediation_developer', 'remediation_reviewer']);

async function readCredits(settings: CreditsSettings, config: Config, deps: CreditsDeps): Promise<CreditsObserved> {
  const since = `${settings.year}-01-01T00:00:00Z`;
  const spelled = new Map(config.policy.covered_repos.map((r) => [r.toLowerCase(), r] as const));
  const lists = await Promise.all(
    [...reposByOwner(config.policy.covered_repos)].map(([owner, repos]) =>
      reading(`the advisories of ${repos.join(', ')}`, () =>
        (deps.ghFor?.(owner) ?? deps.gh).listAdvisoriesSince(owner, repos, since),
      ),
    ),
  );
  const found: { repo: string; advisory: AdvisoryRecord }[] = [];
  for (const byRepo of lists)
    for (const [repo, advisories] of byRepo)
      for (const advisory of advisories) found.push({ repo: spelled.get(repo) ?? repo, advisory });

  const files = await readCveRecordFiles(settings.recordsDir, settings.recordsName);
  if (files.problems.length > 0)
    throw new UserError(`${files.problems.length} record file(s) could not be read:\n  ${files.problems.join('\n  ')}`);

  // Names for people the roster does not know, from their GitHub profiles (one query per hundred).
  const known = new Set(
    [...config.roster.members, ...(config.roster.emeritus ?? [])].flatMap((p) => (p.login ? [loginKey(p.login)] : [])),
  );
  const unknown = [
    ...new Set(
      found.flatMap(({ advisory }) =>
        (advisory.credits_detailed ?? [])
          .filter((c) => COUNTED.has(c.type) && !known.has(loginKey(c.user.login)))
          .map((c) => c.user.login),
      ),
    ),
  ].sort();
  const profiles =
    unknown.length > 0
      ? await reading('the GitHub names of credited people', () => deps.gh.profilesByLogin(unknown))
      : new Map<string, Profile | null>();

  const advisories = found.map(({ repo, advisory: a }): AdvisoryForCredits => ({
    repo,
    ghsa_id: a.ghsa_id,
    cve_id: a.cve_id,
    state: a.state,
    published_at: a.published_at,
    closed_at: a.closed_at,
    credits_detailed: (a.credits_detailed ?? []).map((c) => {
      const name = profiles.get(c.user.login)?.name;
      return { user: { login: c.user.login, ...(name ? { name } : {}) }, type: c.type, state: c.state };
    }),
  }));
  return { advisories, records: files.records };
}

export function planCredits(config: Config, observed: CreditsObserved, settings: CreditsSettings): CreditsPlan {
  return {
    changes: [],
    notes: [],
    guards: [],
    report: creditsForYear({
      year: settings.year,
      advisories: observed.advisories,
      records: observed.records,
      roster: config.roster,
    }),
    advisoriesRead: observed.advisories.length,
    recordsRead: observed.records.length,
  };
}

export const creditsJob: Job<CreditsSettings, CreditsDeps, CreditsObserved, CreditsPlan, never> = {
  name: 'credits',
  read: (settings, config, deps) => readCredits(settings, config, deps),
  plan: (config, observed, settings) => planCredits(config, observed, settings),
  // The thank-you list reads the same in a terminal and in Markdown.
  render: (plan: CreditsPlan, _format: Format) => renderCreditsMarkdown(plan.report),
  apply: async () => [],
};

export function runCredits(
  settings: CreditsSettings,
  deps: CreditsDeps,
  ctx: JobContext,
): Promise<JobResult<CreditsPlan, never>> {
  return runJob(creditsJob, settings, deps, ctx);
}
