// A GitHub account as reviews, events, credits and team lists show it, and how it is matched to a
// roster entry: by the immutable id once both sides have one, else by login (case-insensitive).
import { loginKey } from './roster.js';

export interface Account {
  login: string;
  /** Present on everything GitHub sends except the plain `credits` list of an advisory. */
  id?: number;
}

/** The same person: by the pinned id when both sides have one, else by login (case-insensitive). */
export function isPerson(person: { login?: string; id?: number }, account: Account): boolean {
  if (person.id !== undefined && account.id !== undefined) return person.id === account.id;
  return person.login !== undefined && loginKey(person.login) === loginKey(account.login);
}
