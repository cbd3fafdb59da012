// Repository security advisories: cursor-paginated lists (repo and org), get, create, update under
// GitHub's state rules, temporary private forks and CVE requests.
import { jsonBody, ok, type Ctx, type Handler } from '../ctx.js';
import {
  HttpError,
  integrationForbidden,
  notFound,
  validationFailed,
  type FieldError,
  type RouteResult,
} from '../http.js';
import { ghsaId, nodeId } from '../ids.js';
import { linkUrl } from '../pagination.js';
import { parseCvss3 } from '../cvss.js';
import { GitRepo } from '../git.js';
import { advisory as renderAdvisory } from '../render/advisories.js';
import { fullRepo } from '../render/repos.js';
import { compareAdvisories } from '../store.js';
import { forkName } from '../load.js';
import { findOrg, findRepo, noActionsToken } from './common.js';
import type { AdvisoryRec, CreditRec, OrgRec, RepoRec } from '../model.js';
import type { RouteSpec } from '../router.js';
import type { CreditType, WorldVulnerability } from '../../world/types.js';

const SORTS = { created: 'created_at', updated: 'updated_at', published: 'published_at' } as const;
const STATES = ['triage', 'draft', 'published', 'closed'];
export const CREDIT_TYPES: CreditType[] = [
  'analyst',
  'finder',
  'reporter',
  'coordinator',
  'remediation_developer',
  'remediation_reviewer',
  'remediation_verifier',
  'tool',
  'sponsor',
  'other',
];
const ECOSYSTEMS = [
  'rubygems',
  'npm',
  'pip',
  'maven',
  'nuget',
  'composer',
  'go',
  'rust',
  'erlang',
  'actions',
  'pub',
  'other',
  'swift',
];

/** Bad list parameters: GitHub's description gives 400 (not 422) for these list operations. */
function badParam(message: string): HttpError {
  return new HttpError(400, message);
}

function encodeCursor(a: AdvisoryRec, field: (typeof SORTS)[keyof typeof SORTS]): string {
  return Buffer.from(`cursor:v2:${a[field] ?? ''}|${a.ghsa_id}`).toString('base64');
}

function decodeCursor(cursor: string): { value: string; ghsa: string } {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  const m = /^cursor:v2:(.*)\|(GHSA-[\w-]+)$/.exec(text);
  if (!m) throw badParam('The cursor is not valid.');
  return { value: m[1]!, ghsa: m[2]! };
}

/**
 * One page of an advisory list by Link-header cursors, as GitHub pages advisories: `after` moves on,
 * `before` moves back, `page` is ignored, `per_page` is at most 100.
 */
function cursorPage(ctx: Ctx, sorted: AdvisoryRec[], visible: (a: AdvisoryRec) => boolean): RouteResult {
  const sort = ctx.query.get('sort') ?? 'created';
  if (!(sort in SORTS)) throw badParam(`'${sort}' is not a valid sort: use created, updated or published.`);
  const field = SORTS[sort as keyof typeof SORTS];
  const direction = ctx.query.get('direction') ?? 'desc';
  if (direction !== 'asc' && direction !== 'desc')
    throw badParam(`'${direction}' is not a valid direction: use asc or desc.`);
  const state = ctx.query.get('state');
  if (state !== null && !STATES.includes(state))
    throw badParam(`'${state}' is not a valid state: use triage, draft, published or closed.`);
  const perPage = Number(ctx.query.get('per_page') ?? 30);
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) throw badParam('per_page must be between 1 and 100.');
  const sign = direction === 'desc' ? 1 : -1;
  const n = sorted.length;
  const at = (i: number): AdvisoryRec => sorted[direction === 'desc' ? i : n - 1 - i]!;
  const keep = (a: AdvisoryRec): boolean => (state === null || a.state === state) && visible(a);
  // Position of the first item strictly after the cursor in list order.
  const after = ctx.query.get('after');
  const before = ctx.query.get('before');
  const positionAfter = (cursor: string): number => {
    const c = decodeCursor(cursor);
    const probe = { [field]: c.value || null, ghsa_id: c.ghsa } as unknown as AdvisoryRec;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sign * compareAdvisories(at(mid), probe, field) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const items: AdvisoryRec[] = [];
  let hasNext = false;
  let hasPrev = false;
  if (before) {
    // Walk back from just before the cursor.
    let i = positionAfter(before) - 1;
    const c = decodeCursor(before);
    while (i >= 0 && at(i).ghsa_id === c.ghsa) i--;
    for (; i >= 0 && items.length < perPage; i--) if (keep(at(i))) items.unshift(at(i));
    for (; i >= 0 && !hasPrev; i--) hasPrev = keep(at(i));
    hasNext = true;
  } else {
    let i = after ? positionAfter(after) : 0;
    for (; i < n && items.length < perPage; i++) if (keep(at(i))) items.push(at(i));
    for (; i < n && !hasNext; i++) hasNext = keep(at(i));
    hasPrev = after !== null && items.length > 0;
  }
  const links: string[] = [];
  if (hasNext && items.length > 0)
    links.push(
      `<${linkUrl(ctx, { after: encodeCursor(items.at(-1)!, field), before: null, page: null })}>; rel="next"`,
    );
  if (hasPrev && items.length > 0)
    links.push(`<${linkUrl(ctx, { before: encodeCursor(items[0]!, field), after: null, page: null })}>; rel="prev"`);
  return {
    status: 200,
    body: items.map((a) => renderAdvisory(ctx.r, a, ctx.apiVersion)),
    headers: links.length > 0 ? { link: links.join(', ') } : undefined,
  };
}

function sortOf(ctx: Ctx): keyof typeof SORTS {
  const sort = ctx.query.get('sort') ?? 'created';
  return sort in SORTS ? (sort as keyof typeof SORTS) : 'created';
}

function advisoryRepo(ctx: Ctx, need: 'read' | 'write'): RepoRec {
  noActionsToken(ctx, `repository_advisories=${need}`);
  const repo = findRepo(ctx);
  if (ctx.id.token.kind === 'app') ctx.access.requireRepo(ctx.id, repo, 'repository_advisories', need);
  return repo;
}

const listRepo: Handler = (ctx) => {
  const repo = advisoryRepo(ctx, 'read');
  return cursorPage(ctx, ctx.store.sortedAdvisories(repo, sortOf(ctx)), (a) => ctx.access.canReadAdvisory(ctx.id, a));
};

function orgScope(ctx: Ctx): OrgRec {
  noActionsToken(ctx, 'repository_advisories=write');
  const org = findOrg(ctx);
  if (ctx.id.token.kind === 'app') {
    if (
      !ctx.id.token.orgs.some((o) => o.toLowerCase() === org.login.toLowerCase()) ||
      (ctx.id.token.permissions['repository_advisories'] ?? 'none') !== 'write'
    ) {
      throw integrationForbidden('repository_advisories=write');
    }
  } else if (!ctx.access.isOwner(org, ctx.id.user.id) && !ctx.access.isSecurityManager(org, ctx.id.user.id)) {
    throw notFound();
  }
  return org;
}

const listOrg: Handler = (ctx) => {
  const org = orgScope(ctx);
  const sorted = ctx.store.sortedAdvisories(org, sortOf(ctx));
  const visible =
    ctx.id.token.kind === 'app'
      ? (a: AdvisoryRec) => ctx.access.tokenPermission(ctx.id.token, 'repository_advisories', a.repo) !== 'none'
      : () => true;
  return cursorPage(ctx, sorted, visible);
};

function findAdvisory(ctx: Ctx, repo: RepoRec): AdvisoryRec {
  const adv = ctx.store.advisory(ctx.params['ghsa_id']!);
  if (!adv || adv.repo !== repo || !ctx.access.canReadAdvisory(ctx.id, adv)) throw notFound();
  return adv;
}

const getOne: Handler = (ctx) => {
  const repo = advisoryRepo(ctx, 'read');
  return ok(renderAdvisory(ctx.r, findAdvisory(ctx, repo), ctx.apiVersion));
};

// --- validation of request bodies ----------------------------------------------------------------------
type Body = Record<string, unknown>;

function fieldError(field: string, message: string): FieldError {
  return { resource: 'RepositoryAdvisory', field, code: 'invalid', message };
}

function parseVulnerabilities(value: unknown, errors: FieldError[]): AdvisoryRec['vulnerabilities'] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    errors.push(fieldError('vulnerabilities', 'vulnerabilities must be an array'));
    return undefined;
  }
  const out: AdvisoryRec['vulnerabilities'] = [];
  value.forEach((v: unknown, i) => {
    const o = (typeof v === 'object' && v !== null ? v : {}) as WorldVulnerability & Record<string, unknown>;
    const pkg = o.package as { ecosystem?: unknown; name?: unknown } | undefined;
    if (!pkg || typeof pkg.ecosystem !== 'string' || !ECOSYSTEMS.includes(pkg.ecosystem)) {
      errors.push({
        ...fieldError('vulnerabilities', `vulnerabilities[${i}].package.ecosystem is not a supported ecosystem`),
        index: i,
      } as FieldError);
      return;
    }
    out.push({
      package: { ecosystem: pkg.ecosystem, name: typeof pkg.name === 'string' ? pkg.name : null },
      vulnerable_version_range: typeof o.vulnerable_version_range === 'string' ? o.vulnerable_version_range : null,
      patched_versions: typeof o.patched_versions === 'string' ? o.patched_versions : null,
      vulnerable_functions: Array.isArray(o.vulnerable_functions)
        ? o.vulnerable_functions.filter((f): f is string => typeof f === 'string')
        : [],
    });
  });
  return out;
}

function parseCredits(ctx: Ctx, value: unknown, previous: CreditRec[], errors: FieldError[]): CreditRec[] | undefined {
  if (value === undefined) return undefined;
  if (value === null) return [];
  if (!Array.isArray(value)) {
    errors.push(fieldError('credits', 'credits must be an array'));
    return undefined;
  }
  const out: CreditRec[] = [];
  for (const c of value as unknown[]) {
    const o = (typeof c === 'object' && c !== null ? c : {}) as { login?: unknown; type?: unknown };
    const user = typeof o.login === 'string' ? ctx.store.user(o.login) : undefined;
    if (!user) {
      errors.push(fieldError('credits', `${String(o.login)} is not a valid user`));
      continue;
    }
    if (typeof o.type !== 'string' || !CREDIT_TYPES.includes(o.type as CreditType)) {
      errors.push(fieldError('credits', `${String(o.type)} is not a valid credit type`));
      continue;
    }
    const type = o.type as CreditType;
    const prior = previous.find((p) => p.userId === user.id && p.type === type);
    out.push({ userId: user.id, type, state: prior?.state ?? (user.id === ctx.id.user.id ? 'accepted' : 'pending') });
  }
  return out;
}

function applyCommon(
  ctx: Ctx,
  adv: AdvisoryRec | null,
  repo: RepoRec,
  body: Body,
  errors: FieldError[],
): Partial<AdvisoryRec> {
  const patch: Partial<AdvisoryRec> = {};
  for (const f of ['summary', 'description'] as const) {
    if (body[f] === undefined) continue;
    if (typeof body[f] !== 'string') errors.push(fieldError(f, `${f} must be a string`));
    else if ((body[f] as string).length > (f === 'summary' ? 1024 : 65535))
      errors.push(fieldError(f, `${f} is too long`));
    else patch[f] = body[f] as string;
  }
  if (body['cve_id'] !== undefined) {
    if (body['cve_id'] !== null && (typeof body['cve_id'] !== 'string' || !/^CVE-\d{4}-\d{4,}$/.test(body['cve_id'])))
      errors.push(fieldError('cve_id', 'cve_id is not a valid CVE identifier'));
    else patch.cve_id = body['cve_id'] as string | null;
  }
  if (body['severity'] != null && body['cvss_vector_string'] != null) {
    errors.push(fieldError('severity', 'You must choose between setting severity or cvss_vector_string'));
  } else if (body['cvss_vector_string'] !== undefined) {
    const v = body['cvss_vector_string'];
    if (v !== null && (typeof v !== 'string' || !parseCvss3(v)))
      errors.push(fieldError('cvss_vector_string', 'cvss_vector_string must be a valid CVSS 3.x vector'));
    else {
      patch.cvss_vector_string = v;
      patch.severity = null;
    }
  } else if (body['severity'] !== undefined) {
    const s = body['severity'];
    if (s !== null && !['critical', 'high', 'medium', 'low'].includes(String(s)))
      errors.push(fieldError('severity', 'severity is not included in the list'));
    else {
      patch.severity = s as AdvisoryRec['severity'];
      patch.cvss_vector_string = null;
    }
  }
  const vulns = parseVulnerabilities(body['vulnerabilities'], errors);
  if (vulns) patch.vulnerabilities = vulns;
  if (body['cwe_ids'] !== undefined) {
    const ids = body['cwe_ids'];
    if (ids !== null && (!Array.isArray(ids) || ids.some((x) => typeof x !== 'string' || !/^CWE-\d+$/.test(x))))
      errors.push(fieldError('cwe_ids', 'cwe_ids must be CWE identifiers'));
    else patch.cwe_ids = (ids as string[] | null) ?? [];
  }
  const credits = parseCredits(ctx, body['credits'], adv?.credits ?? [], errors);
  if (credits) patch.credits = credits;
  if (body['collaborating_users'] !== undefined) {
    const list = body['collaborating_users'];
    if (list !== null && !Array.isArray(list))
      errors.push(fieldError('collaborating_users', 'collaborating_users must be an array'));
    else {
      const ids: number[] = [];
      for (const login of (list as unknown[] | null) ?? []) {
        const u = typeof login === 'string' ? ctx.store.user(login) : undefined;
        if (!u) errors.push(fieldError('collaborating_users', `${String(login)} is not a valid user`));
        else if (!ids.includes(u.id)) ids.push(u.id);
      }
      patch.collaboratingUsers = ids;
    }
  }
  if (body['collaborating_teams'] !== undefined) {
    const list = body['collaborating_teams'];
    if (list !== null && !Array.isArray(list))
      errors.push(fieldError('collaborating_teams', 'collaborating_teams must be an array'));
    else {
      const ids: number[] = [];
      for (const slug of (list as unknown[] | null) ?? []) {
        const t = typeof slug === 'string' && repo.ownerIsOrg ? ctx.store.team(repo.ownerLogin, slug) : undefined;
        if (!t) errors.push(fieldError('collaborating_teams', `${String(slug)} is not a team of ${repo.ownerLogin}`));
        else if (!ids.includes(t.id)) ids.push(t.id);
      }
      patch.collaboratingTeams = ids;
    }
  }
  return patch;
}

const create: Handler = (ctx) => {
  const repo = advisoryRepo(ctx, 'write');
  const probe = {
    repo,
    state: 'draft',
    collaboratingUsers: [],
    collaboratingTeams: [],
    authorId: null,
  } as unknown as AdvisoryRec;
  if (!ctx.access.canAdministerAdvisory(ctx.id, probe))
    throw ctx.access.canSeeRepo(ctx.id, repo)
      ? new HttpError(403, 'You do not have permission to create advisories for this repository.')
      : notFound();
  if (repo.private) throw validationFailed([], 'Security advisories cannot be created in private repositories.');
  const body = jsonBody(ctx);
  const errors: FieldError[] = [];
  if (typeof body['summary'] !== 'string')
    errors.push({ resource: 'RepositoryAdvisory', field: 'summary', code: 'missing_field' });
  if (typeof body['description'] !== 'string')
    errors.push({ resource: 'RepositoryAdvisory', field: 'description', code: 'missing_field' });
  if (!Array.isArray(body['vulnerabilities']))
    errors.push({ resource: 'RepositoryAdvisory', field: 'vulnerabilities', code: 'missing_field' });
  const patch = applyCommon(ctx, null, repo, body, errors);
  if (errors.length > 0) throw validationFailed(errors);
  const now = ctx.nowIso();
  let ghsa = ghsaId(`${repo.full_name}/${now}/${ctx.store.advisories.size}`);
  while (ctx.store.advisory(ghsa)) ghsa = ghsaId(`${ghsa}/again`);
  const adv: AdvisoryRec = {
    ghsa_id: ghsa,
    repo,
    cve_id: null,
    summary: '',
    description: null,
    severity: null,
    cvss_vector_string: null,
    cvss_v4_vector_string: null,
    state: 'draft',
    authorId: ctx.id.user.id,
    publisherId: null,
    created_at: now,
    updated_at: now,
    published_at: null,
    closed_at: null,
    withdrawn_at: null,
    submission: null,
    credits: [],
    collaboratingUsers: [],
    collaboratingTeams: [],
    vulnerabilities: [],
    cwe_ids: [],
    fork: null,
    comments: [],
    ...patch,
  };
  ctx.store.addAdvisory(adv);
  repo.advisories.push(adv);
  if (body['start_private_fork'] === true) createForkRepo(ctx, adv);
  ctx.store.touchAdvisories();
  return ok(renderAdvisory(ctx.r, adv, ctx.apiVersion), 201);
};

/** GitHub's state machine for PATCH: only published, closed and draft may be asked for. */
function transition(adv: AdvisoryRec, to: unknown): FieldError | null {
  if (to !== 'published' && to !== 'closed' && to !== 'draft')
    return fieldError('state', `state must be one of published, closed, draft`);
  if (to === adv.state) return null;
  if (adv.state === 'published' || adv.state === 'withdrawn')
    return fieldError('state', `A ${adv.state} advisory cannot be moved to ${to}`);
  if (to === 'published' && adv.state !== 'draft')
    return fieldError('state', 'Only draft advisories can be published; accept the report as a draft first');
  return null;
}

const update: Handler = (ctx) => {
  const repo = advisoryRepo(ctx, 'write');
  const adv = findAdvisory(ctx, repo);
  const body = jsonBody(ctx);
  const administrative = ['state', 'collaborating_users', 'collaborating_teams', 'credits', 'cve_id'].some(
    (k) => body[k] !== undefined,
  );
  const allowed = administrative
    ? ctx.access.canAdministerAdvisory(ctx.id, adv)
    : ctx.access.canEditAdvisory(ctx.id, adv);
  if (!allowed)
    throw ctx.id.token.kind === 'app'
      ? integrationForbidden('repository_advisories=write')
      : new HttpError(403, 'You do not have permission to update this advisory.');
  const errors: FieldError[] = [];
  const patch = applyCommon(ctx, adv, repo, body, errors);
  const stateError = body['state'] === undefined ? null : transition(adv, body['state']);
  if (stateError) errors.push(stateError);
  if (body['state'] === 'published' && (patch.vulnerabilities ?? adv.vulnerabilities).every((v) => !v.package.name)) {
    errors.push(fieldError('vulnerabilities', 'An advisory needs at least one affected package to be published'));
  }
  if (errors.length > 0) throw validationFailed(errors);
  const now = ctx.nowIso();
  Object.assign(adv, patch);
  const to = body['state'];
  if (to !== undefined && to !== adv.state) {
    if (to === 'published') {
      adv.published_at = now;
      adv.publisherId = ctx.id.user.id;
      adv.closed_at = null;
    }
    if (to === 'closed') adv.closed_at = now;
    if (to === 'draft') {
      adv.closed_at = null;
      if (adv.submission && adv.state === 'triage') adv.submission = { accepted: true };
    }
    adv.state = to as AdvisoryRec['state'];
  }
  adv.updated_at = now;
  ctx.store.touchAdvisories();
  return ok(renderAdvisory(ctx.r, adv, ctx.apiVersion));
};

function createForkRepo(ctx: Ctx, adv: AdvisoryRec): RepoRec {
  if (adv.fork) return adv.fork;
  const parent = adv.repo;
  const id = ctx.store.ids.repo.next();
  const now = ctx.nowIso();
  const fork: RepoRec = {
    ...parent,
    id,
    node_id: nodeId('Repository', id),
    name: forkName(parent, adv.ghsa_id),
    full_name: `${parent.ownerLogin}/${forkName(parent, adv.ghsa_id)}`,
    private: true,
    created_at: now,
    updated_at: now,
    pushed_at: now,
    pvr: false,
    userPerms: new Map(),
    teamPerms: new Map(),
    git: new GitRepo(parent.git.blobs),
    labels: new Map(),
    issues: new Map(),
    nextNumber: 1,
    statuses: [],
    advisories: [],
    forkOf: { parent, ghsa_id: adv.ghsa_id },
  };
  fork.git.copyFrom(parent.git, [parent.default_branch]);
  ctx.store.addRepo(fork);
  adv.fork = fork;
  // GitHub creates the fork in the background: with a delay set, it shows on the advisory only later.
  if (ctx.store.forkDelayMs > 0) adv.forkReadyAt = ctx.store.clock.nowMs() + ctx.store.forkDelayMs;
  return fork;
}

const createFork: Handler = (ctx) => {
  const repo = advisoryRepo(ctx, 'write');
  const adv = findAdvisory(ctx, repo);
  if (!ctx.access.canAdministerAdvisory(ctx.id, adv))
    throw new HttpError(403, 'You do not have permission to create a private fork for this advisory.');
  if (adv.state !== 'draft' && adv.state !== 'triage')
    throw validationFailed([], 'A temporary private fork can only be created for an unpublished advisory.');
  const fork = createForkRepo(ctx, adv);
  adv.updated_at = ctx.nowIso();
  ctx.store.touchAdvisories();
  return ok(fullRepo(ctx.r, fork), 202);
};

export const advisoryRoutes: RouteSpec<Handler>[] = [
  { method: 'GET', template: '/repos/{owner}/{repo}/security-advisories', handler: listRepo },
  { method: 'POST', template: '/repos/{owner}/{repo}/security-advisories', handler: create },
  { method: 'GET', template: '/orgs/{org}/security-advisories', handler: listOrg },
  { method: 'GET', template: '/repos/{owner}/{repo}/security-advisories/{ghsa_id}', handler: getOne },
  { method: 'PATCH', template: '/repos/{owner}/{repo}/security-advisories/{ghsa_id}', handler: update },
  { method: 'POST', template: '/repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks', handler: createFork },
];

export { findAdvisory, advisoryRepo };
