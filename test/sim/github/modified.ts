// Last-Modified, as the simulator gives it: a time per scope (a repository, an organization) that moves
// on with every write there, so an answer is "not modified since" only if nothing it could depend on
// was written. GitHub documents that many endpoints send Last-Modified and that a conditional request
// answered 304 costs no rate limit; unlike an ETag, an If-Modified-Since date is not tied to the token,
// so a new App installation token can still be answered 304. The simulator sends it for the kinds of
// answer that carry an `updated_at` on GitHub (advisories, issues, pull requests, comments, reviews) and
// for repositories and file contents. Being coarse (any write in a repository invalidates all of its
// answers) keeps it correct: a stale 304 is never possible.

const LAST_MODIFIED_ROUTES = [
  /^\/repos\/\{owner\}\/\{repo\}$/,
  /^\/repos\/\{owner\}\/\{repo\}\/(security-advisories|issues|pulls|contents)(\/|$)/,
  /^\/orgs\/\{org\}\/security-advisories$/,
];

function scopesOf(path: string): { repo?: string; org?: string } {
  const repo = /^\/repos\/([^/]+)\/([^/?]+)/.exec(path);
  if (repo) return { repo: `${repo[1]}/${repo[2]}`.toLowerCase(), org: repo[1]!.toLowerCase() };
  const org = /^\/orgs\/([^/?]+)/.exec(path);
  return org ? { org: org[1]!.toLowerCase() } : {};
}

export class Modifications {
  private epoch: number;
  private last: number;
  private scopes = new Map<string, number>();

  constructor(nowMs: number) {
    this.epoch = Math.floor(nowMs / 1000) * 1000;
    this.last = this.epoch;
  }

  /** The next modification time: never earlier than the clock, always a whole second after the last. */
  private next(nowMs: number): number {
    this.last = Math.max(Math.floor(nowMs / 1000) * 1000, this.last + 1000);
    return this.last;
  }

  /** A write to `path` succeeded (a write outside any repo or org, e.g. GraphQL, touches everything). */
  written(path: string, nowMs: number): void {
    const at = this.next(nowMs);
    const { repo, org } = scopesOf(path);
    if (!repo && !org) this.epoch = at;
    if (repo) this.scopes.set(`repo:${repo}`, at);
    if (org) this.scopes.set(`org:${org}`, at);
  }

  /** The clock moved or the world changed outside a route: every answer may differ. */
  everything(nowMs: number): void {
    this.epoch = this.next(nowMs);
  }

  /** The Last-Modified of an answer to `path` (for a route whose `template` gets one), or undefined. */
  lastModified(template: string, path: string): string | undefined {
    if (!LAST_MODIFIED_ROUTES.some((r) => r.test(template))) return undefined;
    const { repo, org } = scopesOf(path);
    const scoped = repo ? this.scopes.get(`repo:${repo}`) : org ? this.scopes.get(`org:${org}`) : undefined;
    return new Date(Math.max(this.epoch, scoped ?? 0)).toUTCString();
  }
}

/** Is an answer last modified at `lastModified` unchanged for a client that has it from `ifModifiedSince`? */
export function notModifiedSince(ifModifiedSince: string | undefined, lastModified: string): boolean {
  if (!ifModifiedSince) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && Date.parse(lastModified) <= since;
}
