// What a conditional (cached) GitHub answer keeps: a whitelist per kind of answer, checked for shape.
// Two reasons to keep less than GitHub sends: embargo (advisory summaries and descriptions, issue and
// comment bodies, private-fork branch names and file paths must never reach the disk, and the cache
// is stored between runs) and size (a page of 100 advisories is ~0.5 MB, most of it API links and
// profile fields). A conditional request returns the projected form on a 200 as well as on a 304, so
// a caller sees the same shape whether the cache answered or not. An answer of the wrong shape is a
// MalformedResponseError naming the route: it is never cached and never echoed.
import { MalformedResponseError } from './failures.js';

export interface AccountRef {
  login: string;
  id: number;
}

/** An advisory as the jobs use it from a list: state, dates, people and the private fork; no prose. */
export interface AdvisoryRecord {
  ghsa_id: string;
  cve_id: string | null;
  html_url: string;
  state: 'triage' | 'draft' | 'published' | 'closed' | 'withdrawn';
  created_at: string | null;
  updated_at: string | null;
  published_at: string | null;
  closed_at: string | null;
  withdrawn_at: string | null;
  credits: { login: string; type: string }[] | null;
  credits_detailed: { user: AccountRef; type: string; state: string }[] | null;
  collaborating_users: AccountRef[] | null;
  collaborating_teams: { slug: string }[] | null;
  private_fork: { full_name: string } | null;
  author: AccountRef | null;
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

class Shape {
  constructor(readonly route: string) {}

  fail(problem: string): never {
    throw new MalformedResponseError(this.route, problem);
  }

  object(v: unknown, what: string): Json {
    if (!isObject(v)) return this.fail(`${what} that is not an object`);
    return v;
  }

  list(v: unknown, what: string): unknown[] {
    if (!Array.isArray(v)) return this.fail(`${what} that is not a list`);
    return v;
  }

  string(o: Json, key: string): string {
    const v = o[key];
    if (typeof v !== 'string') return this.fail(`an entry whose "${key}" is not text`);
    return v;
  }

  optionalString(o: Json, key: string): string | null {
    const v = o[key];
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string') return this.fail(`an entry whose "${key}" is not text`);
    return v;
  }

  number(o: Json, key: string): number {
    const v = o[key];
    if (typeof v !== 'number' || !Number.isSafeInteger(v))
      return this.fail(`an entry whose "${key}" is not a whole number`);
    return v;
  }

  account(v: unknown): AccountRef {
    const o = this.object(v, 'an account');
    return { login: this.string(o, 'login'), id: this.number(o, 'id') };
  }

  optionalAccount(v: unknown): AccountRef | null {
    return v === null || v === undefined ? null : this.account(v);
  }

  accounts(v: unknown): AccountRef[] | null {
    return v === null || v === undefined ? null : this.list(v, 'a people list').map((u) => this.account(u));
  }
}

const STATES = new Set(['triage', 'draft', 'published', 'closed', 'withdrawn']);

function advisoryRecord(s: Shape, v: unknown): AdvisoryRecord {
  const a = s.object(v, 'an advisory');
  const state = s.string(a, 'state');
  if (!STATES.has(state)) return s.fail(`an advisory in the unknown state "${state}"`);
  const credits = a.credits;
  const detailed = a.credits_detailed;
  const teams = a.collaborating_teams;
  const fork = a.private_fork;
  return {
    ghsa_id: s.string(a, 'ghsa_id'),
    cve_id: s.optionalString(a, 'cve_id'),
    html_url: s.string(a, 'html_url'),
    state: state as AdvisoryRecord['state'],
    created_at: s.optionalString(a, 'created_at'),
    updated_at: s.optionalString(a, 'updated_at'),
    published_at: s.optionalString(a, 'published_at'),
    closed_at: s.optionalString(a, 'closed_at'),
    withdrawn_at: s.optionalString(a, 'withdrawn_at'),
    credits:
      credits === null || credits === undefined
        ? null
        : s.list(credits, 'credits').map((c) => {
            const o = s.object(c, 'a credit');
            return {
              login: typeof o.login === 'string' ? o.login : '',
              type: typeof o.type === 'string' ? o.type : '',
            };
          }),
    credits_detailed:
      detailed === null || detailed === undefined
        ? null
        : s.list(detailed, 'credits').map((c) => {
            const o = s.object(c, 'a credit');
            return { user: s.account(o.user), type: s.string(o, 'type'), state: s.optionalString(o, 'state') ?? '' };
          }),
    collaborating_users: s.accounts(a.collaborating_users),
    collaborating_teams:
      teams === null || teams === undefined
        ? null
        : s.list(teams, 'teams').map((t) => ({ slug: s.string(s.object(t, 'a team'), 'slug') })),
    private_fork:
      fork === null || fork === undefined ? null : { full_name: s.string(s.object(fork, 'a fork'), 'full_name') },
    author: s.optionalAccount(a.author),
  };
}

/** A list whose every entry keeps only `pick`'s fields. */
function listOf<T>(pick: (s: Shape, o: Json) => T): (data: unknown, route: string) => T[] {
  return (data, route) => {
    const s = new Shape(route);
    return s.list(data, 'a body').map((item) => pick(s, s.object(item, 'an entry')));
  };
}

function one<T>(pick: (s: Shape, o: Json) => T): (data: unknown, route: string) => T {
  return (data, route) => {
    const s = new Shape(route);
    return pick(s, s.object(data, 'a body'));
  };
}

const withUser = (s: Shape, o: Json) => ({
  user: s.optionalAccount(o.user),
  created_at: s.optionalString(o, 'created_at'),
  html_url: s.string(o, 'html_url'),
});

export const PROJECTIONS = {
  account: one((s, o) => s.account(o)),
  accounts: listOf((s, o) => s.account(o)),
  advisories: (data: unknown, route: string): AdvisoryRecord[] => {
    const s = new Shape(route);
    return s.list(data, 'a body').map((a) => advisoryRecord(s, a));
  },
  invitations: listOf((s, o) => ({
    id: s.number(o, 'id'),
    login: s.optionalString(o, 'login'),
    created_at: s.optionalString(o, 'created_at'),
    failed_at: s.optionalString(o, 'failed_at'),
    failed_reason: s.optionalString(o, 'failed_reason'),
  })),
  orgRoles: one((s, o) => ({
    roles: s.list(o.roles ?? [], 'roles').map((r) => {
      const role = s.object(r, 'a role');
      return { id: s.number(role, 'id'), name: s.string(role, 'name') };
    }),
  })),
  teams: listOf((s, o) => ({ slug: s.string(o, 'slug') })),
  privateReporting: one((s, o) => {
    const enabled = o.enabled;
    if (typeof enabled !== 'boolean') return s.fail('an answer without "enabled"');
    return { enabled };
  }),
  /** A file of the contents API: public or ops-repo files only (never a report file: it names reporters). */
  file: (data: unknown, route: string) => {
    const s = new Shape(route);
    if (Array.isArray(data)) return { type: 'dir' as const };
    const o = s.object(data, 'a body');
    const type = s.string(o, 'type');
    return type === 'file'
      ? { type: 'file' as const, sha: s.string(o, 'sha'), content: s.string(o, 'content') }
      : { type: 'other' as const };
  },
  pulls: listOf((s, o) => ({
    number: s.number(o, 'number'),
    html_url: s.string(o, 'html_url'),
    state: s.string(o, 'state'),
    created_at: s.string(o, 'created_at'),
    updated_at: s.string(o, 'updated_at'),
    user: s.optionalAccount(o.user),
  })),
  reviews: listOf((s, o) => ({
    user: s.optionalAccount(o.user),
    state: s.string(o, 'state'),
    submitted_at: s.optionalString(o, 'submitted_at'),
    html_url: s.string(o, 'html_url'),
  })),
  dated: listOf(withUser),
  issueComments: listOf((s, o) => ({ ...withUser(s, o), issue_url: s.optionalString(o, 'issue_url') })),
  labelEvents: listOf((s, o) => {
    const label = o.label;
    return {
      event: s.string(o, 'event'),
      label: label && typeof label === 'object' && 'name' in label ? String((label as Json).name) : null,
      actor: s.optionalAccount(o.actor),
      created_at: s.string(o, 'created_at'),
    };
  }),
  pullFiles: listOf((s, o) => ({
    filename: s.string(o, 'filename'),
    previous_filename: s.optionalString(o, 'previous_filename'),
  })),
  issues: listOf((s, o) => ({
    number: s.number(o, 'number'),
    html_url: s.string(o, 'html_url'),
    state: s.string(o, 'state'),
    created_at: s.string(o, 'created_at'),
    updated_at: s.string(o, 'updated_at'),
    pull_request: o.pull_request !== undefined && o.pull_request !== null,
  })),
} as const;

export type ProjectionName = keyof typeof PROJECTIONS;
export type Projected<N extends ProjectionName> = ReturnType<(typeof PROJECTIONS)[N]>;
