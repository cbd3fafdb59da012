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
  github?: { team_security_manager?: boolean };
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
  guards: { max_removal_share: number };
  reports: {
    deadline_days: number;
    reminder_from_day: number;
    auto_assign_after_days: number;
    stale_after_days?: number;
    comments_api?: boolean;
    /** Label of vulnerability reports tracked as issues in the ops repo. */
    issue_label?: string;
  };
  cna: { short_name: string; org_id: string; products: Record<string, ProductPolicy> };
  announce: { to: string; archive?: string };
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
