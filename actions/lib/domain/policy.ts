// The policy (policy.yaml) as typed data; field names mirror the file (see roster.ts for why).
import type { Role } from './roster.js';

export interface MailingListPolicy {
  address: string;
  rest_url: string;
  owners?: 'admins' | 'none';
  remove_unknown?: boolean;
}

export interface ProductPolicy {
  vendor: string;
  product: string;
  repo: string;
  version_type: string;
  package_url?: string;
  package_name?: string;
}

export interface Policy {
  org: string;
  team: string;
  ops_repo: string;
  covered_repos: string[];
  github?: {
    team_security_manager?: boolean;
    /** Days a covered repository's private vulnerability reporting and SECURITY.md are trusted before they are read again (0: every run). */
    recheck_settings_days?: number;
  };
  mailing_lists?: MailingListPolicy[];
  membership: {
    min_admins: number;
    vote: {
      days: number;
      threshold: string;
      quorum?: number;
      veto_team: string;
      open_label?: string;
      veto_label?: string;
      nominator_votes?: boolean;
      /** Fewest votes by members other than the nominator for a nomination to pass (default 1, at least 1). */
      min_votes_besides_nominator?: number;
    };
    inactivity: {
      window_days: number;
      exempt_roles: Partial<Record<Role, string | null>>;
      /** Label of the yearly report issue to the Steering Council in the ops repo. */
      report_label?: string;
      /** Label of the pruning PR. */
      prune_label?: string;
    };
  };
  guards: {
    /** Largest share of the people holding access that may lose it in one run; 0: none without an override. */
    max_removal_share: number;
    /** Logins reconcile never removes from anything (bots, break-glass accounts). */
    keep?: string[];
  };
  reports: {
    deadline_days: number;
    reminder_from_day: number;
    auto_assign_after_days: number;
    stale_after_days?: number;
    comments_api?: boolean;
    /** Label of vulnerability reports tracked as issues in the ops repo. */
    issue_label?: string;
    /** Days between reminders from reminder_from_day until the deadline (default 7: days 76, 83, 90). */
    reminder_every_days?: number;
    /** Days between reminders once the deadline has passed; they never stop while the report is open (default 7). */
    overdue_every_days?: number;
    /** Who escalations go to: "admins" (the roster's admins, the default) or a team to mention, "@org/team". */
    escalate_to?: string;
    /** Label of the report desk's dashboard issue in the ops repo (default psrt-dashboard). */
    dashboard_label?: string;
  };
  /** Access to one advisory for people outside the PSRT (report files' grants, collaborators added by hand). */
  access?: {
    /** Days after a report closed that outside collaborators keep access (default 30). */
    after_close_days?: number;
    /** Days a collaborator added by hand, without a grant, keeps access from when the desk first saw them (default 30). */
    default_days?: number;
  };
  /** The Cyber Resilience Act clocks of actively exploited reports. */
  cra?: {
    /** Hours between escalations of a step still unmet after its deadline (default 24). */
    repeat_every_hours?: number;
  };
  cna: {
    short_name: string;
    org_id: string;
    products: Record<string, ProductPolicy>;
    /** GitHub logins or "@org/team": record PRs request their review; the 24-hour clock escalates to them. */
    operators?: string[];
    /** A credit with a GitHub account: "Name (https://github.com/login)" (name-and-profile, the default) or "Name". */
    credit_format?: 'name-and-profile' | 'name';
  };
  announce: {
    to: string;
    /** The sender, "Name <address>" or an address (default DEFAULT_ANNOUNCE_FROM). */
    from?: string;
    /** The list's archive; a HyperKitty list URL lets a message's archive URL be derived from its Message-ID. */
    archive?: string;
  };
}

/** The advisory email's sender when policy.yaml names none: the PSRT's own address. */
export const DEFAULT_ANNOUNCE_FROM = 'Python Security Response Team <security@python.org>';

/** How long reconcile trusts the covered repositories' settings it read (github.recheck_settings_days). */
export const DEFAULT_RECHECK_SETTINGS_DAYS = 7;

/** Does a SECURITY.md send reporters to the repository's private advisory form? */
export function linksAdvisoryForm(repo: string, securityPolicy: string): boolean {
  return securityPolicy.includes(`https://github.com/${repo}/security/advisories/new`);
}

export interface Fraction {
  numerator: number;
  denominator: number;
}

/** "2/3" → {2, 3}. The schema guarantees the shape; exact integer arithmetic avoids 0.6666… rounding. */
export function parseFraction(text: string): Fraction {
  const [n, d] = text.split('/').map((part) => Number.parseInt(part, 10));
  return { numerator: n ?? 0, denominator: d ?? 1 };
}

export function splitRepo(fullName: string): { owner: string; repo: string } {
  const slash = fullName.indexOf('/');
  return { owner: fullName.slice(0, slash), repo: fullName.slice(slash + 1) };
}

/** Repositories (owner/name) by owner: each org is read with its own token, some lists org-wide. */
export function reposByOwner(repos: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const repo of repos) {
    const { owner } = splitRepo(repo);
    out.set(owner, [...(out.get(owner) ?? []), repo]);
  }
  return out;
}
