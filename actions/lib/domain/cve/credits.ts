// The record's credits: every GHSA credit not declined, as "Display Name (https://github.com/login)"
// with its type spelled as CVE JSON spells it, then the report file's credits for people without a
// GitHub account. A reporter who asked not to be credited (report file `reporter.credit: false`) is
// left out.
import type { RecordInputs, ReportFile } from '../report-file.js';
import type { RepositoryAdvisory } from './advisory.js';
import type { CveCredit, CveCreditType } from './types.js';

/** Display names by GitHub login; logins compare case-insensitively, as GitHub's do. */
export type NamesByLogin = Readonly<Record<string, string>>;

export interface CreditSources {
  advisory: Pick<RepositoryAdvisory, 'credits_detailed'>;
  recordInputs?: RecordInputs;
  reporter?: ReportFile['reporter'];
  /** From the roster (members.yaml): login → name. */
  rosterNames?: NamesByLogin;
  /** From GitHub profiles, fetched by the caller for the logins `loginsWithoutName` lists. */
  profileNames?: NamesByLogin;
  /** policy cna.credit_format: "Name (https://github.com/login)" (default) or the name alone. */
  format?: 'name-and-profile' | 'name';
}

const CREDIT_TYPES: Record<string, CveCreditType> = {
  analyst: 'analyst',
  finder: 'finder',
  reporter: 'reporter',
  coordinator: 'coordinator',
  remediation_developer: 'remediation developer',
  remediation_reviewer: 'remediation reviewer',
  remediation_verifier: 'remediation verifier',
  tool: 'tool',
  sponsor: 'sponsor',
  other: 'other',
};

/** GHSA's credit type (`remediation_developer`) as CVE JSON writes it (`remediation developer`). */
export function cveCreditType(ghsaType: string): CveCreditType {
  return CREDIT_TYPES[ghsaType] ?? 'other';
}

function lookup(names: NamesByLogin | undefined, login: string): string | undefined {
  if (!names) return undefined;
  const direct = names[login];
  if (direct?.trim()) return direct.trim();
  const lower = login.toLowerCase();
  for (const [key, name] of Object.entries(names)) if (key.toLowerCase() === lower && name.trim()) return name.trim();
  return undefined;
}

function creditedEntries(advisory: Pick<RepositoryAdvisory, 'credits_detailed'>) {
  return (advisory.credits_detailed ?? []).filter((c) => c.state !== 'declined');
}

/** The name for a login: roster, then the report file's names, then the GitHub profile, then the login. */
export function displayName(login: string, sources: Omit<CreditSources, 'advisory' | 'reporter'>): string {
  return (
    lookup(sources.rosterNames, login) ??
    lookup(sources.recordInputs?.names, login) ??
    lookup(sources.profileNames, login) ??
    login
  );
}

/** Credited logins whose name neither the roster nor the report file gives: the profiles to fetch. */
export function loginsWithoutName(sources: Omit<CreditSources, 'profileNames'>): string[] {
  const out: string[] = [];
  for (const credit of creditedEntries(sources.advisory)) {
    const login = credit.user.login;
    if (lookup(sources.rosterNames, login) ?? lookup(sources.recordInputs?.names, login)) continue;
    if (!out.some((l) => l.toLowerCase() === login.toLowerCase())) out.push(login);
  }
  return out;
}

const REPORTER_TYPES: readonly CveCreditType[] = ['reporter', 'finder'];

export function buildCredits(sources: CreditSources): CveCredit[] {
  const anonymous = sources.reporter?.credit === false;
  const reporterName = sources.reporter?.name.trim().toLowerCase();
  const isReporter = (name: string): boolean => anonymous && name.trim().toLowerCase() === reporterName;
  const credits: CveCredit[] = [];
  const add = (credit: CveCredit): void => {
    if (!credits.some((c) => c.value === credit.value && c.type === credit.type)) credits.push(credit);
  };
  for (const credit of creditedEntries(sources.advisory)) {
    const type = cveCreditType(credit.type);
    // GHSA does not say which credited account filed the report: an anonymous reporter drops them all.
    if (anonymous && REPORTER_TYPES.includes(type)) continue;
    const login = credit.user.login;
    const name = displayName(login, sources);
    if (isReporter(name)) continue;
    add({ lang: 'en', value: sources.format === 'name' ? name : `${name} (https://github.com/${login})`, type });
  }
  for (const credit of sources.recordInputs?.credits ?? []) {
    if (isReporter(credit.name)) continue;
    add({ lang: 'en', value: credit.name.trim(), type: credit.type });
  }
  return credits;
}
