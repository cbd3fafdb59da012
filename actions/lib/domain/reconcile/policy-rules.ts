// The policy's rules for what reconcile drives, beyond what the JSON Schema can say: each covered
// repository and mailing list once (GitHub and Mailman compare them without case), and no secret in
// a REST URL (the URL is printed in plans and messages). Pure: policy in, findings out; a finding never
// repeats a URL that holds a secret.
import type { Finding } from '../findings.js';
import type { Policy } from '../policy.js';

function firstSeen<T>(items: readonly T[], key: (item: T) => string): { first: number; again: number }[] {
  const seen = new Map<string, number>();
  const out: { first: number; again: number }[] = [];
  items.forEach((item, i) => {
    const k = key(item);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, i);
    else out.push({ first, again: i });
  });
  return out;
}

/** Whether a URL carries a user name or password (`https://user:secret@host/…`). */
export function urlHasCredentials(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.username !== '' || parsed.password !== '';
  } catch {
    // Not a URL the parser takes: an "@" before the first "/" of the authority is userinfo all the same.
    return /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(url);
  }
}

export function checkReconcilePolicy(policy: Policy): Finding[] {
  const findings: Finding[] = [];
  for (const { first, again } of firstSeen(policy.covered_repos, (r) => r.toLowerCase())) {
    findings.push({
      rule: 'duplicate-item',
      severity: 'error',
      file: 'policy',
      path: ['covered_repos', again],
      message: `covered_repos lists ${policy.covered_repos[again]} twice (GitHub ignores the case of owner and name): keep one entry.`,
      related: [{ file: 'policy', path: ['covered_repos', first], label: 'first entry' }],
    });
  }
  const lists = policy.mailing_lists ?? [];
  for (const { first, again } of firstSeen(lists, (l) => l.address.trim().toLowerCase())) {
    findings.push({
      rule: 'duplicate-item',
      severity: 'error',
      file: 'policy',
      path: ['mailing_lists', again, 'address'],
      message: `mailing_lists names ${lists[again]!.address} twice: one list has one set of settings; keep one entry.`,
      related: [{ file: 'policy', path: ['mailing_lists', first, 'address'], label: 'first entry' }],
    });
  }
  lists.forEach((l, i) => {
    if (!urlHasCredentials(l.rest_url)) return;
    findings.push({
      rule: 'secret-in-url',
      severity: 'error',
      file: 'policy',
      path: ['mailing_lists', i, 'rest_url'],
      message: `the rest_url of ${l.address} holds a user name or password: policy.yaml is not the place for secrets. Remove them from the URL and set MAILMAN_REST_USER and MAILMAN_REST_PASSWORD (secrets in the workflow), then change that password.`,
    });
  });
  return findings;
}
