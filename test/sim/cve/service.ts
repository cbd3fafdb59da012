// The CVE Services 2.6.2 behaviour the simulator gives: routes, auth, quotas, records. Status codes,
// error names and messages follow the real service (CVEProject/cve-services), so a client tested
// here meets the same answers in production. Everything is synchronous over in-memory state.
import { containerErrors } from './containers.js';
import type { ContainerKind } from './containers.js';
import { formatCveId, loadWorld, dumpWorld, parseCveId } from './world.js';
import type { CveIdEntry, CveIdState, CveRecord, CveWorld, Json, JsonObject, Org, SimState, User } from './world.js';
import { prng } from '../../support/prng.js';

/** CVE Services answers at most this many non-sequential IDs per request. */
const NONSEQUENTIAL_MAX_AMOUNT = 10;
const CVE_ID_REGEX = /^CVE-\d{4}-\d{4,}$/;
const MIN_YEAR = 1999;

interface Auth {
  org: Org;
  user: User;
}

interface Ctx {
  params: Record<string, string>;
  query: URLSearchParams;
  auth: Auth | null;
  body: unknown;
  now: string;
}

export interface Reply {
  status: number;
  body?: Json;
}

export interface RouteDef {
  method: 'GET' | 'POST' | 'PUT';
  /** The path as the OpenAPI description names it (without the /api prefix). */
  path: string;
  auth: 'required' | 'optional' | 'none';
  handle: (ctx: Ctx) => Reply;
}

export interface RouteStats {
  count: number;
  statuses: Record<string, number>;
}

export interface CveSimStats {
  /** Requests the service handled (a fault answered before the service saw a request is not one). */
  total: number;
  /** Keyed "METHOD /path" with the OpenAPI path template, e.g. "POST /cve-id"; "unmatched" for others. */
  routes: Record<string, RouteStats>;
  /** Injected faults that fired, keyed like `routes`. */
  faults: Record<string, number>;
}

const ok = (body: Json, status = 200): Reply => ({ status, body });
const fail = (status: number, error: string, message: string, details?: Json): Reply => ({
  status,
  body: details === undefined ? { error, message } : { error, message, details },
});
const badInput = (param: string, location: 'query' | 'param' | 'body', msg = 'Invalid value'): Reply =>
  fail(400, 'BAD_INPUT', 'Parameters were invalid', [{ msg, param, location }]);

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** CVE Services trims leading and trailing white space from every string value of a body. */
function trimStrings(v: unknown): unknown {
  if (typeof v === 'string') return v.trim();
  if (Array.isArray(v)) return v.map(trimStrings);
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, trimStrings(x)]));
  return v;
}

export class CveService {
  private initial: CveWorld;
  private state: SimState;
  private stats: CveSimStats = { total: 0, routes: {}, faults: {} };
  readonly routes: readonly RouteDef[];

  constructor(
    world: CveWorld,
    private readonly pageSize = 500,
  ) {
    this.initial = { cve: structuredClone(world.cve) };
    this.state = loadWorld(world, new Date());
    this.routes = this.defineRoutes();
  }

  now(): Date {
    return new Date(this.state.frozenAt ?? Date.now());
  }

  setClock(iso: string): void {
    const t = Date.parse(iso);
    if (Number.isNaN(t)) throw new Error(`not an ISO 8601 date: ${iso}`);
    this.state.frozenAt = t;
  }

  advanceClock(seconds: number): void {
    this.state.frozenAt = this.now().getTime() + seconds * 1000;
  }

  reset(world?: CveWorld): void {
    if (world) this.initial = { cve: structuredClone(world.cve) };
    this.state = loadWorld(this.initial, new Date());
    this.stats = { total: 0, routes: {}, faults: {} };
  }

  snapshot(): CveWorld {
    return dumpWorld(this.state, this.now());
  }

  /** The first user of the first org. */
  firstUser(): { org: string; user: string; key: string } {
    const org = this.state.orgs[0]!;
    return { org: org.short_name, user: org.users[0]!.username, key: org.users[0]!.secret };
  }

  getStats(): CveSimStats {
    return structuredClone(this.stats);
  }

  /** Handle one API request; `path` is below the /api prefix. */
  handle(method: string, path: string, query: URLSearchParams, headers: Headers, rawBody: string): Reply {
    const match = this.match(method, path);
    const reply = match
      ? this.run(match.route, match.params, query, headers, rawBody)
      : fail(404, 'NOT_FOUND', '404: resource not found');
    this.count(match ? `${match.route.method} ${match.route.path}` : 'unmatched', reply.status);
    return reply;
  }

  /** "METHOD /template" of the route serving this request, or undefined when none does. */
  routeKey(method: string, path: string): string | undefined {
    const match = this.match(method, path);
    return match ? `${match.route.method} ${match.route.path}` : undefined;
  }

  countFault(key: string): void {
    this.stats.faults[key] = (this.stats.faults[key] ?? 0) + 1;
  }

  private count(key: string, status: number): void {
    this.stats.total++;
    const r = (this.stats.routes[key] ??= { count: 0, statuses: {} });
    r.count++;
    r.statuses[String(status)] = (r.statuses[String(status)] ?? 0) + 1;
  }

  private match(method: string, path: string): { route: RouteDef; params: Record<string, string> } | null {
    const parts = path.split('/').filter(Boolean);
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const tpl = route.path.split('/').filter(Boolean);
      if (tpl.length !== parts.length) continue;
      const params: Record<string, string> = {};
      if (
        tpl.every((seg, i) =>
          seg.startsWith('{') ? ((params[seg.slice(1, -1)] = decodeURIComponent(parts[i]!)), true) : seg === parts[i],
        )
      ) {
        return { route, params };
      }
    }
    return null;
  }

  private run(
    route: RouteDef,
    params: Record<string, string>,
    query: URLSearchParams,
    headers: Headers,
    rawBody: string,
  ): Reply {
    let auth: Auth | null = null;
    if (route.auth !== 'none') {
      const result = this.authenticate(headers);
      if (route.auth === 'required' && !('org' in result)) return result;
      if ('org' in result) auth = result;
    }
    let body: unknown = undefined;
    if (route.method !== 'GET' && rawBody.trim() !== '') {
      try {
        body = trimStrings(JSON.parse(rawBody));
      } catch (e) {
        return fail(400, 'INVALID_JSON_SYNTAX', e instanceof Error ? e.message : 'Unexpected token in JSON');
      }
    }
    return route.handle({ params, query, auth, body, now: this.now().toISOString() });
  }

  /** The real service: a missing header is a 400, wrong credentials a 401 with no detail. */
  private authenticate(headers: Headers): Auth | Reply {
    for (const h of ['CVE-API-ORG', 'CVE-API-USER', 'CVE-API-KEY']) {
      if (!headers.get(h)) return fail(400, 'BAD_REQUEST', `${h} header field required.`);
    }
    const org = this.org(headers.get('CVE-API-ORG')!);
    const user = org?.users.find((u) => u.username === headers.get('CVE-API-USER'));
    if (!org || !user || !user.active || user.secret !== headers.get('CVE-API-KEY'))
      return fail(401, 'UNAUTHORIZED', 'Unauthorized');
    return { org, user };
  }

  private org(shortName: string): Org | undefined {
    return this.state.orgs.find((o) => o.short_name === shortName);
  }

  private isSecretariat(auth: Auth | null): boolean {
    return !!auth && auth.org.active_roles.includes('SECRETARIAT');
  }

  private onlyCnas(auth: Auth): Reply | null {
    const roles = auth.org.active_roles;
    if (roles.includes('SECRETARIAT') || roles.includes('CNA')) return null;
    return fail(
      403,
      'CNA_ONLY',
      'This function is currently only allowed to CNAs. This will change for many functions as more administrative roles are implemented.',
    );
  }

  private reservedCount(org: Org): number {
    let n = 0;
    for (const id of this.state.ids.values()) if (id.owning_cna === org.short_name && id.state === 'RESERVED') n++;
    return n;
  }

  private quota(org: Org): { id_quota: number; total_reserved: number; available: number } {
    const total = this.reservedCount(org);
    return { id_quota: org.id_quota, total_reserved: total, available: org.id_quota - total };
  }

  private cveIdJson(id: CveIdEntry): JsonObject {
    return structuredClone({ ...id }) as unknown as JsonObject;
  }

  private defineRoutes(): RouteDef[] {
    const requireAuth = (ctx: Ctx): Auth => ctx.auth!;
    return [
      { method: 'GET', path: '/health-check', auth: 'none', handle: () => ({ status: 200 }) },
      { method: 'POST', path: '/cve-id', auth: 'required', handle: (ctx) => this.reserve(requireAuth(ctx), ctx) },
      { method: 'GET', path: '/cve-id', auth: 'required', handle: (ctx) => this.listIds(requireAuth(ctx), ctx) },
      { method: 'GET', path: '/cve-id/{id}', auth: 'optional', handle: (ctx) => this.getId(ctx) },
      { method: 'PUT', path: '/cve-id/{id}', auth: 'required', handle: (ctx) => this.updateId(requireAuth(ctx), ctx) },
      { method: 'GET', path: '/cve/{id}', auth: 'none', handle: (ctx) => this.getRecord(ctx) },
      {
        method: 'POST',
        path: '/cve/{id}/cna',
        auth: 'required',
        handle: (ctx) => this.writeCna(requireAuth(ctx), ctx, 'create'),
      },
      {
        method: 'PUT',
        path: '/cve/{id}/cna',
        auth: 'required',
        handle: (ctx) => this.writeCna(requireAuth(ctx), ctx, 'update'),
      },
      {
        method: 'POST',
        path: '/cve/{id}/reject',
        auth: 'required',
        handle: (ctx) => this.writeReject(requireAuth(ctx), ctx, 'create'),
      },
      {
        method: 'PUT',
        path: '/cve/{id}/reject',
        auth: 'required',
        handle: (ctx) => this.writeReject(requireAuth(ctx), ctx, 'update'),
      },
      {
        method: 'GET',
        path: '/org/{identifier}',
        auth: 'required',
        handle: (ctx) => this.getOrg(requireAuth(ctx), ctx),
      },
      {
        method: 'GET',
        path: '/org/{shortname}/id_quota',
        auth: 'required',
        handle: (ctx) => this.getQuota(requireAuth(ctx), ctx),
      },
    ];
  }

  // ---- CVE IDs -------------------------------------------------------------------------------

  private reserve(auth: Auth, ctx: Ctx): Reply {
    const denied = this.onlyCnas(auth);
    if (denied) return denied;
    const q = ctx.query;
    const amountRaw = q.get('amount');
    const yearRaw = q.get('cve_year');
    const shortName = q.get('short_name');
    const batchType = q.get('batch_type');
    const currentYear = this.now().getUTCFullYear();
    if (amountRaw !== null && !/^-?\d+$/.test(amountRaw)) return badInput('amount', 'query');
    if (
      yearRaw !== null &&
      (!/^\d{4}$/.test(yearRaw) || Number(yearRaw) < MIN_YEAR || Number(yearRaw) > currentYear + 1)
    ) {
      return badInput('cve_year', 'query');
    }
    if (shortName !== auth.org.short_name && !this.isSecretariat(auth)) {
      return fail(
        403,
        'ORG_CANNOT_RESERVE_FOR_OTHER',
        'The organization designated by the CVE-API-ORG header is not allowed to reserve IDs for the organization specified by the short_name query parameter.',
      );
    }
    if (!shortName)
      return fail(400, 'NO_ORG_SHORTNAME', 'The short_name query parameter is required to reserve CVE IDs.');
    if (!yearRaw) return fail(400, 'NO_YEAR', 'The cve_year query parameter is required [1999-present+1].');
    if (!amountRaw) return fail(400, 'NO_AMOUNT', 'The amount query parameter is required and needs to be above 0.');
    const amount = Number(amountRaw);
    if (amount <= 0) return fail(400, 'INVALID_AMOUNT', 'The amount query parameter needs to be above 0.');
    if (amount > 1 && !batchType) {
      return fail(
        400,
        'NO_BATCH_TYPE',
        'The batch_type query parameter must be specified when reserving more than one CVE ID. Available values are: sequential, nonsequential, non-sequential.',
      );
    }
    const owner = this.org(shortName);
    if (!owner)
      return fail(
        403,
        'ORG_DNE',
        `The organization '${shortName}' designated by the short_name query parameter does not exist.`,
      );
    const quota = this.quota(owner);
    if (amount > quota.available) {
      return fail(
        403,
        'EXCEEDED_ID_QUOTA',
        "The amount requested would exceed the organization's ID quota. No more IDs can be reserved until the number of IDs in the Reserved state goes below the ID quota or the ID quota is raised. If you feel you are receiving this message in error, please contact support here: https://cveform.mitre.org/",
        quota,
      );
    }
    const sequential = batchType === null || batchType === 'sequential';
    if (!sequential && batchType !== 'non-sequential' && batchType !== 'nonsequential') {
      return fail(
        400,
        'INVALID_BATCH_TYPE',
        'The batch_type provided is invalid. Available values are sequential, nonsequential, non-sequential.',
      );
    }
    if (!sequential && amount > NONSEQUENTIAL_MAX_AMOUNT) {
      return fail(
        403,
        'OVER_NONSEQUENTIAL_MAX_AMOUNT',
        `The amount query parameter exceeds the maximum amount allowed. Only amounts of ${NONSEQUENTIAL_MAX_AMOUNT} ids or less can be reserved at a time.`,
      );
    }
    const range = this.state.ranges[yearRaw];
    if (!range) {
      return fail(
        403,
        'CANNOT_RESERVE_FOR_YEAR',
        `IDR is not currently configured to reserve IDs for year ${yearRaw}. If you believe you are receiving this message in error, please contact an administrator.`,
      );
    }
    const yearFull = fail(
      403,
      'YEAR_RANGE_FULL',
      `IDR cannot currently reserve IDs for year ${yearRaw} as the range it's allowed to reserve from is full. Please contact an administrator to have the range extended.`,
    );
    const taken = new Set<number>();
    for (const id of this.state.ids.values()) {
      const p = parseCveId(id.cve_id);
      if (p && p.year === yearRaw) taken.add(p.number);
    }
    let numbers: number[];
    if (sequential) {
      // Sequential (and single "priority") IDs continue after the highest number handed out.
      let top = range.start - 1;
      for (const n of taken) if (n >= range.start && n <= range.end && n > top) top = n;
      if (top + amount > range.end) return yearFull;
      numbers = Array.from({ length: amount }, (_, i) => top + 1 + i);
    } else {
      // Non-sequential IDs are drawn from a pool of free numbers; when fewer are left than asked for,
      // the service reserves what it can and answers 206.
      const pool: number[] = [];
      const poolSize = Math.max(3 * amount, 50);
      for (let n = range.start; n <= range.end && pool.length < poolSize; n++) if (!taken.has(n)) pool.push(n);
      if (pool.length === 0) return yearFull;
      const random = prng(Number(yearRaw) * 1_000_003 + taken.size);
      numbers = [];
      while (numbers.length < amount && pool.length > 0)
        numbers.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
    }
    const entries = numbers.map((n): CveIdEntry => {
      const entry: CveIdEntry = {
        cve_id: formatCveId(yearRaw, n),
        cve_year: yearRaw,
        state: 'RESERVED',
        owning_cna: owner.short_name,
        requested_by: { cna: auth.org.short_name, user: auth.user.username },
        reserved: ctx.now,
        time: { created: ctx.now, modified: ctx.now },
      };
      this.state.ids.set(entry.cve_id, entry);
      return entry;
    });
    const out = entries.map((e) => {
      const { time: _time, ...rest } = e;
      return rest as unknown as JsonObject;
    });
    if (entries.length < amount) {
      return ok(
        {
          error: 'RESERVED_PARTIAL_AMOUNT',
          message:
            'Only a partial amount of CVE IDs were reserved because there are not enough IDs available in the configured range for IDR to reserve the full amount.',
          details: { amount_reserved: entries.length },
          cve_ids: out,
        },
        206,
      );
    }
    return ok({ cve_ids: out, meta: { remaining_quota: quota.available - amount } });
  }

  private listIds(auth: Auth, ctx: Ctx): Reply {
    const q = ctx.query;
    const state = q.get('state');
    if (state !== null && !['RESERVED', 'PUBLISHED', 'REJECTED'].includes(state)) return badInput('state', 'query');
    const year = q.get('cve_id_year');
    if (year !== null && !/^\d{4}$/.test(year)) return badInput('cve_id_year', 'query');
    const pageRaw = q.get('page');
    if (pageRaw !== null && !/^[1-9]\d*$/.test(pageRaw)) return badInput('page', 'query');
    const bounds: { field: 'reserved' | 'modified'; op: 'lt' | 'gt'; at: number }[] = [];
    for (const field of ['reserved', 'modified'] as const) {
      for (const op of ['lt', 'gt'] as const) {
        const name = `time_${field}.${op}`;
        const v = q.get(name);
        if (v === null) continue;
        const at = Date.parse(v);
        if (Number.isNaN(at)) return badInput(name, 'query', 'Timestamp format must be yyyy-MM-ddTHH:mm:ssZZZZ');
        bounds.push({ field, op, at });
      }
    }
    const all = [...this.state.ids.values()]
      .filter((i) => this.isSecretariat(auth) || i.owning_cna === auth.org.short_name)
      .filter((i) => (state ? i.state === state : true) && (year ? i.cve_year === year : true))
      .filter((i) =>
        bounds.every((b) => {
          const t = Date.parse(b.field === 'reserved' ? i.reserved : i.time.modified);
          return b.op === 'lt' ? t < b.at : t > b.at;
        }),
      )
      .sort((a, b) => a.owning_cna.localeCompare(b.owning_cna) || compareIds(a.cve_id, b.cve_id));
    const page = pageRaw ? Number(pageRaw) : 1;
    const items = all.slice((page - 1) * this.pageSize, page * this.pageSize);
    const body: JsonObject = { cve_ids: items.map((i) => this.cveIdJson(i)) };
    // As the service does, the paging fields appear only once results reach a page's length.
    if (all.length >= this.pageSize) {
      const pageCount = Math.ceil(all.length / this.pageSize);
      Object.assign(body, {
        totalCount: all.length,
        itemsPerPage: this.pageSize,
        pageCount,
        currentPage: page,
        prevPage: page > 1 ? page - 1 : null,
        nextPage: page < pageCount ? page + 1 : null,
      });
    }
    return ok(body);
  }

  private getId(ctx: Ctx): Reply {
    const id = ctx.params.id!;
    if (!CVE_ID_REGEX.test(id)) return badInput('id', 'param');
    const entry = this.state.ids.get(id);
    if (!entry) return fail(404, 'CVE_ID_NOT_FOUND', `${id} not found`);
    if (this.isSecretariat(ctx.auth) || ctx.auth?.org.short_name === entry.owning_cna) return ok(this.cveIdJson(entry));
    // Others see the ID partly; who reserved an ID stays hidden until it is published or rejected.
    return ok({
      cve_id: entry.cve_id,
      cve_year: entry.cve_year,
      state: entry.state,
      owning_cna: entry.state === 'RESERVED' ? '[REDACTED]' : entry.owning_cna,
    });
  }

  private updateId(auth: Auth, ctx: Ctx): Reply {
    const denied = this.onlyCnas(auth);
    if (denied) return denied;
    const id = ctx.params.id!;
    if (!CVE_ID_REGEX.test(id)) return badInput('id', 'param');
    const state = ctx.query.get('state');
    const newOrg = ctx.query.get('org');
    if (state !== null && state !== 'RESERVED' && state !== 'REJECTED') return badInput('state', 'query');
    const entry = this.state.ids.get(id);
    if (!entry) return fail(404, 'CVE_ID_NOT_FOUND', `${id} not found`);
    if (entry.owning_cna !== auth.org.short_name && !this.isSecretariat(auth)) return doesNotOwn(auth, id);
    if (newOrg !== null && !this.isSecretariat(auth)) {
      return fail(
        403,
        'SECRETARIAT_ONLY',
        'This function is currently only allowed to the Secretariat. This will change for many functions as more administrative roles are implemented.',
      );
    }
    if (state !== null && this.state.records.has(id)) {
      return fail(
        403,
        'CANNOT_CHANGE_CVE_ID_WITH_RECORD',
        `A record was found for ${id}. A CVE ID cannot be changed once a record exists for it. Instead, it changes according to the record.`,
      );
    }
    const target = newOrg === null ? this.org(entry.owning_cna)! : this.org(newOrg);
    if (!target) return fail(404, 'ORG_DNE', `The organization '${newOrg}' does not exist.`);
    if (state === 'RESERVED' && entry.state !== 'RESERVED' && this.quota(target).available < 1) {
      return fail(
        403,
        'TRANSITION_STATE_RESERVED_NO_QUOTA',
        'A CVE ID state cannot be changed to RESERVED if the owning organization has no remaining quota.',
      );
    }
    if (state !== null) entry.state = state;
    entry.owning_cna = target.short_name;
    entry.time.modified = ctx.now;
    return ok({ message: `${id} was successfully updated.`, updated: this.cveIdJson(entry) });
  }

  // ---- CVE records -----------------------------------------------------------------------------

  private getRecord(ctx: Ctx): Reply {
    const id = ctx.params.id!;
    if (!CVE_ID_REGEX.test(id)) return badInput('id', 'param');
    const record = this.state.records.get(id);
    if (!record) return fail(404, 'CVE_RECORD_DNE', 'The cve record for the cve id does not exist.');
    return ok(structuredClone(record));
  }

  /**
   * The checks run in the service's middleware order: role, body schema, English entries, ID syntax,
   * ownership; then the state rules of the controller.
   */
  private checkContainer(
    auth: Auth,
    ctx: Ctx,
    kind: ContainerKind,
  ): { container: JsonObject; entry: CveIdEntry; owner: Org } | Reply {
    const denied = this.onlyCnas(auth);
    if (denied) return denied;
    const id = ctx.params.id!;
    const body = ctx.body;
    // providerMetadata is the server's to set: it is overwritten before the body is validated.
    if (isObject(body) && isObject(body.cnaContainer)) {
      body.cnaContainer.providerMetadata = {
        orgId: auth.org.UUID,
        shortName: auth.org.short_name,
        dateUpdated: ctx.now,
      };
    }
    const errors = containerErrors(kind, body ?? {});
    if (errors) {
      const message =
        kind === 'published' ? 'CVE cnaContainer JSON schema validation FAILED.' : 'CVE JSON schema validation FAILED.';
      return fail(400, 'INVALID_JSON_SCHEMA', message, { errors: errors as unknown as Json });
    }
    const container = (body as { cnaContainer: JsonObject }).cnaContainer;
    const langField = kind === 'published' ? 'descriptions' : 'rejectedReasons';
    const duplicate = duplicateEnglish(container[langField]);
    if (duplicate) {
      return badInput(
        `cnaContainer.${langField}`,
        'body',
        `Cannot have more than one English language entry in 'cnaContainer.${langField}'`,
      );
    }
    if (!CVE_ID_REGEX.test(id)) return badInput('id', 'param');
    const entry = this.state.ids.get(id);
    if (!entry || (entry.owning_cna !== auth.org.short_name && !this.isSecretariat(auth))) return doesNotOwn(auth, id);
    return { container, entry, owner: this.org(entry.owning_cna)! };
  }

  private writeCna(auth: Auth, ctx: Ctx, mode: 'create' | 'update'): Reply {
    const checked = this.checkContainer(auth, ctx, 'published');
    if ('status' in checked) return checked;
    const { container, entry, owner } = checked;
    const existing = this.state.records.get(entry.cve_id);
    if (mode === 'create' && existing)
      return fail(400, 'CVE_RECORD_EXISTS', 'The cve record for the cve id already exists.');
    if (mode === 'update' && !existing)
      return fail(403, 'CVE_RECORD_DNE', 'The cve record for the cve id does not exist.');
    const previous = existing?.cveMetadata;
    const record: CveRecord = {
      dataType: 'CVE_RECORD',
      dataVersion: '5.2',
      cveMetadata: {
        cveId: entry.cve_id,
        assignerOrgId: owner.UUID,
        assignerShortName: owner.short_name,
        requesterUserId: this.requesterUuid(entry),
        serial: typeof previous?.serial === 'number' ? previous.serial + 1 : 1,
        dateReserved: entry.reserved,
        datePublished: typeof previous?.datePublished === 'string' ? previous.datePublished : ctx.now,
        dateUpdated: ctx.now,
        state: 'PUBLISHED',
      },
      containers: {
        cna: container,
        ...(isObject(existing?.containers) && existing.containers.adp ? { adp: existing.containers.adp } : {}),
      },
    };
    this.commit(entry, record, 'PUBLISHED', ctx.now);
    return mode === 'create'
      ? ok({ message: `${entry.cve_id} record was successfully created.`, created: structuredClone(record) })
      : ok({ message: `${entry.cve_id} record was successfully updated.`, updated: structuredClone(record) });
  }

  private writeReject(auth: Auth, ctx: Ctx, mode: 'create' | 'update'): Reply {
    const checked = this.checkContainer(auth, ctx, 'rejected');
    if ('status' in checked) return checked;
    const { container, entry, owner } = checked;
    const existing = this.state.records.get(entry.cve_id);
    if (mode === 'create' && existing)
      return fail(400, 'CVE_RECORD_EXISTS', 'The cve record for the cve id already exists.');
    if (mode === 'update' && !existing)
      return fail(403, 'CVE_RECORD_DNE', 'The cve record for the cve id does not exist.');
    const previous = existing?.cveMetadata;
    // A rejected record's metadata has no requesterUserId (the 5.2 schema forbids it).
    const record: CveRecord = {
      dataType: 'CVE_RECORD',
      dataVersion: '5.2',
      cveMetadata: {
        cveId: entry.cve_id,
        assignerOrgId: owner.UUID,
        assignerShortName: owner.short_name,
        serial: typeof previous?.serial === 'number' ? previous.serial + 1 : 1,
        dateReserved: entry.reserved,
        ...(typeof previous?.datePublished === 'string' ? { datePublished: previous.datePublished } : {}),
        dateRejected: ctx.now,
        dateUpdated: ctx.now,
        state: 'REJECTED',
      },
      containers: { cna: container },
    };
    this.commit(entry, record, 'REJECTED', ctx.now);
    return mode === 'create'
      ? ok({ message: `${entry.cve_id} record was successfully created.`, created: structuredClone(record) })
      : ok({ message: `${entry.cve_id} record was successfully updated.`, updated: structuredClone(record) });
  }

  private commit(entry: CveIdEntry, record: CveRecord, state: CveIdState, now: string): void {
    this.state.records.set(entry.cve_id, record);
    entry.state = state;
    entry.time.modified = now;
  }

  private requesterUuid(entry: CveIdEntry): string {
    const org = this.org(entry.requested_by.cna) ?? this.org(entry.owning_cna)!;
    return (org.users.find((u) => u.username === entry.requested_by.user) ?? org.users[0]!).UUID;
  }

  // ---- Orgs ------------------------------------------------------------------------------------

  private visibleOrg(auth: Auth, identifier: string): Org | Reply {
    const sameOrg = identifier === auth.org.short_name || identifier === auth.org.UUID;
    if (!sameOrg && !this.isSecretariat(auth)) {
      return fail(
        403,
        'NOT_SAME_ORG_OR_SECRETARIAT',
        'This information can only be viewed by the users of the same organization or the Secretariat.',
      );
    }
    const org = this.state.orgs.find((o) => o.short_name === identifier || o.UUID === identifier);
    if (!org)
      return fail(
        404,
        'ORG_DNE_PARAM',
        `The '${identifier}' organization designated by the shortname parameter does not exist.`,
      );
    return org;
  }

  private getOrg(auth: Auth, ctx: Ctx): Reply {
    const org = this.visibleOrg(auth, ctx.params.identifier!);
    if ('status' in org) return org;
    return ok({
      short_name: org.short_name,
      name: org.name,
      UUID: org.UUID,
      authority: { active_roles: [...org.active_roles] },
      policies: { id_quota: org.id_quota },
      time: { created: org.created, modified: org.created },
    });
  }

  private getQuota(auth: Auth, ctx: Ctx): Reply {
    const org = this.visibleOrg(auth, ctx.params.shortname!);
    if ('status' in org) return org;
    return ok(this.quota(org));
  }
}

function doesNotOwn(auth: Auth, id: string): Reply {
  return fail(403, 'ORG_DOES_NOT_OWN_ID', `It appears that ${auth.org.short_name} does not own ${id}`);
}

function compareIds(a: string, b: string): number {
  const pa = parseCveId(a)!;
  const pb = parseCveId(b)!;
  return pa.year.localeCompare(pb.year) || pa.number - pb.number;
}

/** Two entries with the same English language code ("en" twice; "en" and "en-GB" is fine). */
function duplicateEnglish(entries: Json | undefined): boolean {
  if (!Array.isArray(entries)) return false;
  const seen = new Set<string>();
  for (const e of entries) {
    if (!isObject(e) || typeof e.lang !== 'string') continue;
    const lang = e.lang.toLowerCase();
    if (!lang.startsWith('en')) continue;
    if (seen.has(lang)) return true;
    seen.add(lang);
  }
  return false;
}
