// What the PSRT world takes from a policy.yaml: the org, team and repository names and the labels the
// jobs look for, so the world serves whatever the policy names. Read loosely (the world is test data;
// `psrt validate` is the check of the file), with the live policy's values where a key is absent.
import { parse as parseYaml } from 'yaml';

export interface Setting {
  org: string;
  team: string;
  opsRepo: string;
  covered: string[];
  /** The team whose members may veto a nomination. */
  scTeam: string;
  /** The team proving the release-manager role. */
  rmTeam: string;
  labels: { voteOpen: string; veto: string; report: string; activityReport: string; pruning: string };
}

interface PolicyShape {
  org?: string;
  team?: string;
  ops_repo?: string;
  covered_repos?: string[];
  membership?: {
    vote?: { veto_team?: string; open_label?: string; veto_label?: string };
    inactivity?: { exempt_roles?: Record<string, string>; report_label?: string; prune_label?: string };
  };
  reports?: { issue_label?: string };
}

export function settingFromPolicy(policyText: string): Setting {
  const p = (parseYaml(policyText) ?? {}) as PolicyShape;
  const exempt = p.membership?.inactivity?.exempt_roles ?? {};
  return {
    org: p.org ?? 'python',
    team: p.team ?? 'psrt',
    opsRepo: p.ops_repo ?? 'python/psrt-ops',
    covered: p.covered_repos ?? ['python/cpython', 'pypa/pip'],
    scTeam: p.membership?.vote?.veto_team ?? exempt['steering-council'] ?? 'steering-council',
    rmTeam: exempt['release-manager'] ?? 'release-managers',
    labels: {
      voteOpen: p.membership?.vote?.open_label ?? 'vote-open',
      veto: p.membership?.vote?.veto_label ?? 'sc-veto',
      report: p.reports?.issue_label ?? 'report',
      activityReport: p.membership?.inactivity?.report_label ?? 'activity-report',
      pruning: p.membership?.inactivity?.prune_label ?? 'pruning',
    },
  };
}
