// The CVE record of one advisory, from GitHub (`psrt cve record GHSA-…`, and the record PRs of
// `psrt cve draft`) or from files alone (`psrt cve record --advisory FILE`: no network, no token).
// Names for credits come from the roster (members and emeritus), then the report file's record.names,
// then GitHub profiles (online only), then the login.
import type { GitHubApi } from '../../clients/github/api.js';
import { isNotFound } from '../../clients/github/failures.js';
import type { Config } from '../../config/load.js';
import { parseReportText } from '../../config/report-files.js';
import type { RepositoryAdvisory } from '../../domain/cve/advisory.js';
import { advisoryRepository, readAdvisoryJson } from '../../domain/cve/advisory.js';
import type { NamesByLogin } from '../../domain/cve/credits.js';
import { loginsWithoutName } from '../../domain/cve/credits.js';
import type { RecordRefusal } from '../../domain/cve/record.js';
import { buildCveRecord } from '../../domain/cve/record.js';
import type { CveRecord } from '../../domain/cve/types.js';
import type { Diagnostic } from '../../domain/findings.js';
import { splitRepo } from '../../domain/policy.js';
import type { ReportFile } from '../../domain/report-file.js';
import type { Roster } from '../../domain/roster.js';
import { UserError } from '../../errors.js';
import { reading } from '../reading.js';

export interface CveReadDeps {
  /** The PSRT's own org (the ops repository). */
  gh: GitHubApi;
  /** The client for a covered repository's owner (an installation token is per org). */
  ghFor: (owner: string) => GitHubApi;
}

/** A file's text and the name its messages print. */
export interface NamedText {
  text: string;
  file: string;
}

export type RecordOutcome =
  | { ok: true; record: CveRecord; repo: string; ghsa: string; advisory: RepositoryAdvisory }
  | {
      ok: false;
      /** Why the record cannot be built: fields to change. */
      refusals: RecordRefusal[];
      /** A report file or advisory file that cannot be read, at file:line:column. */
      diagnostics: Diagnostic[];
      /** Other unreadable input (an advisory file), already "file: …". */
      errors: string[];
    };

/** Display names by login from the roster: members, then emeritus. */
export function rosterNames(roster: Roster): NamesByLogin {
  const names: Record<string, string> = {};
  for (const person of [...roster.members, ...(roster.emeritus ?? [])])
    if (person.login && names[person.login] === undefined) names[person.login] = person.name;
  return names;
}

/** The advisory and its repository: the first covered repository that has it. */
export async function findAdvisory(
  config: Config,
  ghsa: string,
  deps: CveReadDeps,
): Promise<{ repo: string; advisory: RepositoryAdvisory }> {
  for (const repo of config.policy.covered_repos) {
    const gh = deps.ghFor(splitRepo(repo).owner);
    const advisory = await reading(`the advisory ${ghsa} in ${repo}`, async () => {
      try {
        return await gh.getAdvisory(repo, ghsa);
      } catch (err) {
        if (isNotFound(err)) return undefined;
        throw err;
      }
    });
    if (advisory) return { repo, advisory };
  }
  throw new UserError(
    `no covered repository (${config.policy.covered_repos.join(', ')}) has the advisory ${ghsa}: check the id, and that the token can read these repositories' advisories.`,
  );
}

/** Parse a report file for the record; its problems as diagnostics (file:line:column). */
export function readReportInput(
  report: NamedText | undefined,
  config: Config,
  now: Date,
): { report?: ReportFile; diagnostics: Diagnostic[] } {
  if (!report) return { diagnostics: [] };
  const parsed = parseReportText(report.file, report.text, config.policy, now);
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  return errors.length > 0 || !parsed.report ? { diagnostics: errors } : { report: parsed.report, diagnostics: [] };
}

function checkReportMatches(report: ReportFile | undefined, ghsa: string, repo: string): RecordRefusal[] {
  if (!report) return [];
  const out: RecordRefusal[] = [];
  if (report.ghsa !== ghsa)
    out.push({ field: 'report ghsa', reason: `the report file is about ${report.ghsa}, not ${ghsa}` });
  if (report.repo.toLowerCase() !== repo.toLowerCase())
    out.push({ field: 'report repo', reason: `the report file names ${report.repo}; the advisory is in ${repo}` });
  return out;
}

/** Build the record from what was read; refusals when the inputs disagree or the builder refuses. */
export function buildRecord(
  config: Config,
  input: { advisory: RepositoryAdvisory; repo: string; report?: ReportFile; profileNames?: NamesByLogin },
): RecordOutcome {
  const { advisory, repo, report } = input;
  const mismatch = checkReportMatches(report, advisory.ghsa_id, repo);
  if (!config.policy.covered_repos.some((r) => r.toLowerCase() === repo.toLowerCase()))
    mismatch.push({
      field: 'advisory.html_url',
      reason: `${repo} is not a covered repository (policy covered_repos: ${config.policy.covered_repos.join(', ')})`,
    });
  if (mismatch.length > 0) return { ok: false, refusals: mismatch, diagnostics: [], errors: [] };
  const product = Object.keys(config.policy.cna.products).find((r) => r.toLowerCase() === repo.toLowerCase());
  const built = buildCveRecord({
    advisory,
    repo: product ?? repo,
    cna: config.policy.cna,
    ...(report?.record ? { recordInputs: report.record } : {}),
    ...(report?.reporter ? { reporter: report.reporter } : {}),
    rosterNames: rosterNames(config.roster),
    ...(input.profileNames ? { profileNames: input.profileNames } : {}),
  });
  return built.ok
    ? { ok: true, record: built.record, repo, ghsa: advisory.ghsa_id, advisory }
    : { ok: false, refusals: built.refusals, diagnostics: [], errors: [] };
}

/** GitHub profile names of the credited logins that neither the roster nor the report file names. */
export async function profileNamesFor(
  gh: GitHubApi,
  config: Config,
  advisory: RepositoryAdvisory,
  report: ReportFile | undefined,
): Promise<NamesByLogin> {
  const logins = loginsWithoutName({
    advisory,
    rosterNames: rosterNames(config.roster),
    ...(report?.record ? { recordInputs: report.record } : {}),
  });
  if (logins.length === 0) return {};
  const profiles = await reading('the GitHub profiles of the credited people', () => gh.profilesByLogin(logins));
  const names: Record<string, string> = {};
  for (const [login, profile] of profiles) if (profile?.name?.trim()) names[login] = profile.name.trim();
  return names;
}

/** Online: the advisory from GitHub, the report file given (the caller reads it), profile names. */
export async function recordFromGitHub(
  config: Config,
  ghsa: string,
  reportInput: NamedText | undefined,
  deps: CveReadDeps,
  now: Date,
): Promise<RecordOutcome> {
  const { report, diagnostics } = readReportInput(reportInput, config, now);
  if (diagnostics.length > 0) return { ok: false, refusals: [], diagnostics, errors: [] };
  const { repo, advisory } = await findAdvisory(config, ghsa, deps);
  const profileNames = await profileNamesFor(deps.gh, config, advisory, report);
  return buildRecord(config, { advisory, repo, ...(report ? { report } : {}), profileNames });
}

/** Offline: an advisory file (GitHub's REST answer) and a report file; no network. */
export function recordFromFiles(
  config: Config,
  advisoryInput: NamedText,
  reportInput: NamedText | undefined,
  now: Date,
): RecordOutcome {
  const reportRead = readReportInput(reportInput, config, now);
  const advisoryRead = readAdvisoryJson(advisoryInput.text, advisoryInput.file);
  const errors = advisoryRead.ok ? [] : advisoryRead.errors;
  if (reportRead.diagnostics.length > 0 || !advisoryRead.ok)
    return { ok: false, refusals: [], diagnostics: reportRead.diagnostics, errors };
  const advisory = advisoryRead.advisory;
  const repo = advisoryRepository(advisory);
  if (!repo)
    return {
      ok: false,
      refusals: [],
      diagnostics: [],
      errors: [
        `${advisoryInput.file}: html_url: not a GitHub advisory URL (https://github.com/OWNER/REPO/security/advisories/GHSA-…)`,
      ],
    };
  return buildRecord(config, { advisory, repo, ...(reportRead.report ? { report: reportRead.report } : {}) });
}
