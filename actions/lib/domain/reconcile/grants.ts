// Who the roster granted PSRT access to, as reconcile last recorded it. A person deleted from
// members.yaml (not moved to emeritus) is no longer in the roster, so the roster alone cannot say
// that their team seat, advisory access and list subscription came from it: this record can. Reconcile
// keeps it in the ops repository (GRANTS_PATH on branch GRANTS_BRANCH) and writes it ahead of granting
// (people are recorded before they get anything) and after revoking (people are forgotten only once
// everything the roster gave them is gone), so an apply that stops half-way never loses anyone.
import type { PersonRef } from '../account.js';
import { PersonIndex } from '../account.js';
import { emailKey, loginKey } from '../roster.js';

export const GRANTS_BRANCH = 'psrt/reconcile-state';
export const GRANTS_PATH = 'reconcile-state.json';

const FORMAT = 1;

export interface GrantedPerson {
  login: string;
  id?: number;
  /** The address the roster subscribed to the mailing lists. */
  email?: string;
}

export interface GrantRecord {
  people: GrantedPerson[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The record's text as reconcile writes it: one person a line, sorted, so a diff of the branch reads well. */
export function serializeGrantRecord(record: GrantRecord): string {
  const people = sortedPeople(record.people).map((p) => `    ${JSON.stringify(p)}`);
  return [
    '{',
    `  "format": ${FORMAT},`,
    '  "about": "Who members.yaml granted PSRT access to (written by psrt reconcile; do not edit by hand).",',
    `  "people": [${people.length ? `\n${people.join(',\n')}\n  ` : ''}]`,
    '}',
    '',
  ].join('\n');
}

/** Parse the record; a problem (never the text itself) when it is not one reconcile wrote. */
export function parseGrantRecord(text: string): GrantRecord | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { problem: 'it is not JSON' };
  }
  if (!isRecord(data) || data.format !== FORMAT || !Array.isArray(data.people))
    return { problem: `it is not a format-${FORMAT} record with a "people" list` };
  const people: GrantedPerson[] = [];
  for (const [i, p] of data.people.entries()) {
    if (!isRecord(p) || typeof p.login !== 'string' || p.login === '')
      return { problem: `entry ${i + 1} has no login` };
    if (p.id !== undefined && (typeof p.id !== 'number' || !Number.isSafeInteger(p.id) || p.id < 1))
      return { problem: `entry ${i + 1} has an id that is not a GitHub id` };
    if (p.email !== undefined && typeof p.email !== 'string') return { problem: `entry ${i + 1} has an odd email` };
    people.push({
      login: p.login,
      ...(typeof p.id === 'number' ? { id: p.id } : {}),
      ...(typeof p.email === 'string' ? { email: p.email } : {}),
    });
  }
  return { people };
}

function sortedPeople(people: readonly GrantedPerson[]): GrantedPerson[] {
  return [...people]
    .map((p) => ({
      login: p.login,
      ...(p.id !== undefined ? { id: p.id } : {}),
      ...(p.email ? { email: p.email } : {}),
    }))
    .sort((a, b) => (loginKey(a.login) < loginKey(b.login) ? -1 : loginKey(a.login) > loginKey(b.login) ? 1 : 0));
}

/** Everyone in either record; a person in both keeps the newer entry (`b`), and the older one's address stays known. */
export function unionGrants(a: readonly GrantedPerson[], b: readonly GrantedPerson[]): GrantedPerson[] {
  const index = new PersonIndex<GrantedPerson>(b);
  const out = [...b];
  for (const p of a) {
    const same = index.find(p);
    if (!same) out.push(p);
    // Same person, another address: the old one was granted too (until its subscription is gone).
    else if (p.email && (!same.email || emailKey(p.email) !== emailKey(same.email)))
      out.push({ login: p.login, ...(p.id !== undefined ? { id: p.id } : {}), email: p.email });
  }
  return sortedPeople(out);
}

/** Whether two records say the same thing (order and case of logins aside). */
export function sameGrants(a: readonly GrantedPerson[], b: readonly GrantedPerson[]): boolean {
  const key = (people: readonly GrantedPerson[]) =>
    sortedPeople(people)
      .map((p) => `${loginKey(p.login)}|${p.id ?? ''}|${p.email ? emailKey(p.email) : ''}`)
      .sort()
      .join('\n');
  return key(a) === key(b);
}

/** People of the record who are not `active` (by id, else login): those the roster stopped granting. */
export function formerPeople(record: readonly GrantedPerson[], active: readonly PersonRef[]): GrantedPerson[] {
  const index = new PersonIndex(active);
  return record.filter((p) => !index.has(p));
}
