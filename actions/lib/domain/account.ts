// A GitHub account as reviews, events, credits and team lists show it, and how it is matched to a
// roster entry: by the immutable id once both sides have one, else by login (case-insensitive).
import { loginKey } from './roster.js';

/** A GitHub account as the API sends it: the login (which can change) and the immutable id. */
export interface Account {
  login: string;
  id: number;
}

/** Anything that names a person: a roster entry, an account, an invitation. */
export interface PersonRef {
  login?: string;
  id?: number;
}

/** The same person: by the pinned id when both sides have one, else by login (case-insensitive). */
export function isPerson(a: PersonRef, b: PersonRef): boolean {
  if (a.id !== undefined && b.id !== undefined) return a.id === b.id;
  return a.login !== undefined && b.login !== undefined && loginKey(a.login) === loginKey(b.login);
}

/**
 * People indexed by id and by login, asked with the rule of isPerson in O(1): the large orgs the
 * benchmarks use have thousands of members and tens of thousands of advisories.
 */
export class PersonIndex<T extends PersonRef> {
  private byId = new Map<number, T>();
  private byLogin = new Map<string, T[]>();

  constructor(people: Iterable<T>) {
    for (const p of people) this.add(p);
  }

  add(p: T): void {
    if (p.id !== undefined) this.byId.set(p.id, p);
    if (p.login !== undefined) {
      const key = loginKey(p.login);
      this.byLogin.set(key, [...(this.byLogin.get(key) ?? []), p]);
    }
  }

  /** The indexed person who is `q` (isPerson), if any. */
  find(q: PersonRef): T | undefined {
    const byId = q.id === undefined ? undefined : this.byId.get(q.id);
    if (byId) return byId;
    const candidates = q.login === undefined ? [] : (this.byLogin.get(loginKey(q.login)) ?? []);
    return candidates.find((c) => isPerson(c, q));
  }

  has(q: PersonRef): boolean {
    return this.find(q) !== undefined;
  }

  /** Look up by id alone (a pinned id), or by login alone. */
  id(id: number): T | undefined {
    return this.byId.get(id);
  }

  login(login: string): T | undefined {
    return this.byLogin.get(loginKey(login))?.[0];
  }
}
