// The CVE Services part of a simulated world: what a world file may say (every field optional) and
// the complete form the simulator keeps and `snapshot()` returns. Documented by world.schema.json.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export type OrgRole = 'CNA' | 'SECRETARIAT' | 'ROOT_CNA' | 'ADP' | 'BULK_DOWNLOAD';
export type CveIdState = 'RESERVED' | 'PUBLISHED' | 'REJECTED';

export interface CveUserSpec {
  username: string;
  secret: string;
  /** 'ADMIN' makes the user an organizational administrator. */
  role?: 'ADMIN' | null;
  active?: boolean;
  UUID?: string;
}

export interface CveOrgSpec {
  short_name: string;
  UUID?: string;
  name?: string;
  /** How many IDs the org may hold in the RESERVED state at once (all years together). */
  id_quota?: number;
  active_roles?: OrgRole[];
  users?: CveUserSpec[];
}

export interface CveIdSpec {
  cve_id: string;
  /** Derived from cve_id; accepted so that snapshots load back. */
  cve_year?: string;
  state: CveIdState;
  /** Short name of the owning org. */
  owning_cna: string;
  requested_by?: { cna: string; user: string };
  reserved?: string;
  time?: { created: string; modified: string };
}

export interface IdRange {
  /** First and last number of the block IDs are reserved from (CVE-YYYY-start … CVE-YYYY-end). */
  start: number;
  end: number;
}

export interface CveSection {
  /** The simulator's clock (ISO 8601). Given: frozen there until moved by /_sim/clock. Absent: real time. */
  now?: string;
  orgs?: CveOrgSpec[];
  ids?: CveIdSpec[];
  /** Full CVE records (CVE Record Format 5.x) of PUBLISHED and REJECTED IDs. */
  records?: CveRecord[];
  /** Blocks per year ("2026": {start, end}). Absent: the current and the next year, 1000–99999. */
  id_ranges?: Record<string, IdRange>;
}

/** A world as the simulators share it; only `cve` is read here, other keys are ignored. */
export interface CveWorld {
  cve?: CveSection;
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface CveRecord extends JsonObject {
  cveMetadata: JsonObject & { cveId: string; state: string };
}

export interface User {
  username: string;
  secret: string;
  role: 'ADMIN' | null;
  active: boolean;
  UUID: string;
}

export interface Org {
  short_name: string;
  UUID: string;
  name: string;
  id_quota: number;
  active_roles: OrgRole[];
  users: User[];
  created: string;
}

export interface CveIdEntry {
  cve_id: string;
  cve_year: string;
  state: CveIdState;
  owning_cna: string;
  requested_by: { cna: string; user: string };
  reserved: string;
  time: { created: string; modified: string };
}

export const DEFAULT_ORG = {
  short_name: 'PSF',
  UUID: '28c92f92-d60d-412d-b760-e73465c3df22',
  name: 'Python Software Foundation',
  id_quota: 100,
  username: 'psrt-bot@python.org',
} as const;

export const DEFAULT_RANGE: IdRange = { start: 1000, end: 99999 };
const CVE_ID = /^CVE-(\d{4})-(\d{4,19})$/;

export function parseCveId(id: string): { year: string; number: number } | null {
  const m = CVE_ID.exec(id);
  return m ? { year: m[1]!, number: Number(m[2]) } : null;
}

export function formatCveId(year: string, n: number): string {
  return `CVE-${year}-${String(n).padStart(4, '0')}`;
}

/** A stable v4-shaped UUID derived from a name, so worlds without UUIDs snapshot the same every run. */
export function stableUuid(name: string): string {
  const h = createHash('sha256').update(name).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function stableSecret(name: string): string {
  return createHash('sha256').update(`secret:${name}`).digest('hex').slice(0, 32);
}

export interface SimState {
  /** Frozen clock (ms since epoch), or undefined to follow real time. */
  frozenAt: number | undefined;
  orgs: Org[];
  ids: Map<string, CveIdEntry>;
  records: Map<string, CveRecord>;
  ranges: Record<string, IdRange>;
}

let worldSchema: ValidateFunction | undefined;

function checkShape(world: CveWorld): void {
  if (!worldSchema) {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats.default(ajv);
    worldSchema = ajv.compile(JSON.parse(readFileSync(new URL('./world.schema.json', import.meta.url), 'utf8')));
  }
  if (!worldSchema({ cve: world.cve })) {
    throw new Error(
      `CVE world does not match test/sim/cve/world.schema.json: ${new Ajv().errorsText(worldSchema.errors, { dataVar: 'world' })}`,
    );
  }
}

/** Build the simulator's state from a world: shape and references checked, defaults filled in, so handlers trust it. */
export function loadWorld(world: CveWorld, realNow: Date): SimState {
  checkShape(world);
  const given = world.cve ?? {};
  const frozenAt = given.now === undefined ? undefined : Date.parse(given.now);
  if (frozenAt !== undefined && Number.isNaN(frozenAt))
    throw new Error(`CVE world: now ${given.now} is not an ISO 8601 date`);
  const start = new Date(frozenAt ?? realNow.getTime()).toISOString();

  const orgSpecs: CveOrgSpec[] =
    given.orgs && given.orgs.length > 0 ? given.orgs : [{ short_name: DEFAULT_ORG.short_name }];
  const orgs = orgSpecs.map((o) => loadOrg(o, start));
  const names = new Set<string>();
  for (const o of orgs) {
    if (names.has(o.short_name)) throw new Error(`CVE world: org ${o.short_name} appears twice`);
    names.add(o.short_name);
  }

  const ids = new Map<string, CveIdEntry>();
  for (const i of given.ids ?? []) {
    const parsed = parseCveId(i.cve_id);
    if (!parsed) throw new Error(`CVE world: ${i.cve_id} is not a CVE ID (CVE-YYYY-NNNN)`);
    const owner = orgs.find((o) => o.short_name === i.owning_cna);
    if (!owner) throw new Error(`CVE world: ${i.cve_id} is owned by ${i.owning_cna}, which is not among the orgs`);
    if (ids.has(i.cve_id)) throw new Error(`CVE world: ${i.cve_id} appears twice in ids`);
    const reserved = i.reserved ?? start;
    ids.set(i.cve_id, {
      cve_id: i.cve_id,
      cve_year: parsed.year,
      state: i.state,
      owning_cna: i.owning_cna,
      requested_by: i.requested_by ?? { cna: owner.short_name, user: owner.users[0]!.username },
      reserved,
      time: i.time ?? { created: reserved, modified: reserved },
    });
  }

  const records = new Map<string, CveRecord>();
  for (const r of given.records ?? []) {
    const id = ids.get(r.cveMetadata.cveId);
    if (!id) throw new Error(`CVE world: record ${r.cveMetadata.cveId} has no entry in ids`);
    if (id.state !== r.cveMetadata.state) {
      throw new Error(`CVE world: ${id.cve_id} is ${id.state} in ids but its record is ${r.cveMetadata.state}`);
    }
    records.set(id.cve_id, structuredClone(r));
  }
  for (const id of ids.values()) {
    if (id.state === 'PUBLISHED' && !records.has(id.cve_id))
      throw new Error(`CVE world: ${id.cve_id} is PUBLISHED but has no record`);
  }

  const year = Number(start.slice(0, 4));
  const ranges = structuredClone(
    given.id_ranges ?? { [String(year)]: DEFAULT_RANGE, [String(year + 1)]: DEFAULT_RANGE },
  );
  return { frozenAt, orgs, ids, records, ranges };
}

function loadOrg(o: CveOrgSpec, created: string): Org {
  const isPsf = o.short_name === DEFAULT_ORG.short_name;
  const userSpecs: CveUserSpec[] =
    o.users && o.users.length > 0
      ? o.users
      : [
          {
            username: isPsf ? DEFAULT_ORG.username : `bot@${o.short_name.toLowerCase()}.example`,
            secret: stableSecret(o.short_name),
          },
        ];
  return {
    short_name: o.short_name,
    UUID: o.UUID ?? (isPsf ? DEFAULT_ORG.UUID : stableUuid(`org:${o.short_name}`)),
    name: o.name ?? (isPsf ? DEFAULT_ORG.name : o.short_name),
    id_quota: o.id_quota ?? DEFAULT_ORG.id_quota,
    active_roles: o.active_roles ?? ['CNA'],
    users: userSpecs.map((u) => ({
      username: u.username,
      secret: u.secret,
      role: u.role ?? null,
      active: u.active ?? true,
      UUID: u.UUID ?? stableUuid(`user:${o.short_name}/${u.username}`),
    })),
    created,
  };
}

/** The complete world, every default written out, so loading it again gives the same state. */
export function dumpWorld(state: SimState, now: Date): CveWorld {
  return {
    cve: {
      ...(state.frozenAt === undefined ? {} : { now: now.toISOString() }),
      orgs: state.orgs.map((o) => ({
        short_name: o.short_name,
        UUID: o.UUID,
        name: o.name,
        id_quota: o.id_quota,
        active_roles: [...o.active_roles],
        users: o.users.map((u) => ({ ...u })),
      })),
      ids: [...state.ids.values()].map((i) => structuredClone(i)),
      records: [...state.records.values()].map((r) => structuredClone(r)),
      id_ranges: structuredClone(state.ranges),
    },
  };
}
