// The desk's memory between sweeps: what was sent (so nothing is sent twice), when a tag or a
// hand-added collaborator was first seen, what the last sweep saw of each report, the rotation pointer
// and the CNA desk's CVE reservations. Ids, logins and times only: never advisory text.
// The format is documented in STATE.md.
import { UserError } from '../../errors.js';
import type { AdvisoryState } from './advisory.js';
import type { SinceLastSweep, SinceLastSweepEvent } from './plan.js';
import { TITLE_TAGS } from './tags.js';
import { CVE_ID, GHSA_ID } from '../ids.js';

export const DESK_STATE_VERSION = 1;
/** A state larger than this is refused unread: it can only be a mistake. */
export const DESK_STATE_MAX_CHARS = 32 * 1024 * 1024;

export interface ReportSnapshot {
  state: AdvisoryState;
  /** Coordinators' logins, lower case, sorted. */
  coordinators: string[];
  deadline: string;
  cveId: string | null;
  updatedAt: string;
}

export interface AdoptedCollaborator {
  login: string;
  /** When the sweep first saw them on the advisory. */
  firstSeen: string;
}

export interface ReportMemory {
  repo: string;
  /** What the last sweep saw; null for a report known only through its report file. */
  snapshot: ReportSnapshot | null;
  /** Notice key → when it was sent. Each key is sent once. */
  fired: Record<string, string>;
  /** Title tag → when a sweep first saw it. */
  tagsSeen: Record<string, string>;
  /** GitHub id (decimal) → a collaborator added by hand, adopted by the sweep. */
  adopted: Record<string, AdoptedCollaborator>;
}

export interface CveReservation {
  cveId: string;
  repo: string;
  ghsa: string;
  reservedAt: string;
  /** True once the advisory was seen carrying this id (or the PATCH writing it succeeded). */
  written: boolean;
}

export interface DeskState {
  version: typeof DESK_STATE_VERSION;
  /** When the sweep that wrote this state ran; null for a new state. */
  sweptAt: string | null;
  /** By GHSA id. */
  reports: Record<string, ReportMemory>;
  /** Login (lower case) of the member last picked among equals: the next tie goes to the one after. */
  rotation: { lastAssigned: string | null };
  cveReservations: CveReservation[];
  /**
   * A fingerprint of the dashboard body last written (dashboardFingerprint): an unchanged dashboard
   * needs neither a read of its titles nor a write. Null before the first write.
   */
  dashboardHash: string | null;
  /** What the last sweep that saw any change saw, shown on the dashboard until a later sweep sees more. */
  lastChanges: { at: string; reports: SinceLastSweep[] } | null;
}

/**
 * Notice keys that belong to a sequence without end (the deadline clock's days, a stale period count, a
 * CRA step's repeats) carry their place in it. The state keeps only the latest key of each sequence:
 * notices go out in order and never skip, so every earlier threshold was sent too, and the file stays
 * small however long a report stays overdue.
 */
export function noticeSequence(key: string): { sequence: string; position: number } | undefined {
  const day = /^(?:reminder|overdue)\/day-(\d+)$/.exec(key);
  if (day) return { sequence: 'deadline', position: Number(day[1]) };
  const stale = /^(stale\/[^/]+)\/(\d+)$/.exec(key);
  if (stale) return { sequence: stale[1]!, position: Number(stale[2]) };
  const repeat = /^(cra\/[a-z-]+\/repeat|cna\/[^/]+\/repeat)-(\d+)$/.exec(key);
  if (repeat) return { sequence: repeat[1]!, position: Number(repeat[2]) };
  return undefined;
}

/** The latest position sent in each sequence of a report's notices. */
export function sentThrough(fired: Readonly<Record<string, string>>): Map<string, number> {
  const through = new Map<string, number>();
  for (const key of Object.keys(fired)) {
    const s = noticeSequence(key);
    if (s && s.position > (through.get(s.sequence) ?? -1)) through.set(s.sequence, s.position);
  }
  return through;
}

/** Whether a notice key counts as sent: recorded itself, or a later key of its sequence is. */
export function isNoticeSent(
  fired: Readonly<Record<string, string>>,
  through: ReadonlyMap<string, number>,
  key: string,
): boolean {
  if (fired[key] !== undefined) return true;
  const s = noticeSequence(key);
  return s !== undefined && (through.get(s.sequence) ?? -1) >= s.position;
}

/** The fired keys with each sequence reduced to its latest key. */
export function compactFired(fired: Readonly<Record<string, string>>): Record<string, string> {
  const through = sentThrough(fired);
  return Object.fromEntries(
    Object.entries(fired).filter(([key]) => {
      const s = noticeSequence(key);
      return s === undefined || through.get(s.sequence) === s.position;
    }),
  );
}

/** The state of a desk that has never swept. Use it only when there is no state file at all. */
export function emptyDeskState(): DeskState {
  return {
    version: DESK_STATE_VERSION,
    sweptAt: null,
    reports: {},
    rotation: { lastAssigned: null },
    cveReservations: [],
    dashboardHash: null,
    lastChanges: null,
  };
}

export function emptyReportMemory(repo: string): ReportMemory {
  return { repo, snapshot: null, fired: {}, tagsSeen: {}, adopted: {} };
}

/** The state file could not be understood: the sweep then runs without memory (fail closed). */
export class DeskStateError extends UserError {
  constructor(readonly detail: string) {
    super(
      `the report desk's state cannot be read: ${detail}. The sweep sends no reminder and removes nobody until it can; ` +
        'fix the file, or delete it to start afresh (reminders already sent may then be sent once more).',
    );
    this.name = 'DeskStateError';
  }
}

const UTC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const REPO = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\/[A-Za-z0-9._-]{1,100}$/;
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const NOTICE_KEY = /^[A-Za-z0-9/:._-]{1,200}$/;
const GITHUB_ID = /^[1-9]\d{0,15}$/;
const HASH = /^[0-9a-f]{16,128}$/;
const STATES: readonly AdvisoryState[] = ['triage', 'draft', 'published', 'closed', 'withdrawn'];

type Path = (string | number)[];

function at(path: Path): string {
  return path.length === 0 ? 'the top level' : path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('');
}

function fail(path: Path, what: string): never {
  throw new DeskStateError(`${at(path)} ${what}`);
}

function object(
  value: unknown,
  path: Path,
  keys: readonly string[],
  optional: readonly string[] = [],
): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(path, 'is not an object');
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record))
    if (!keys.includes(key) && !optional.includes(key)) fail([...path, key], 'is not a known key');
  for (const key of keys) if (!(key in record)) fail([...path, key], 'is missing');
  return record;
}

function map(value: unknown, path: Path, keyPattern: RegExp): [string, unknown][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(path, 'is not an object');
  const entries = Object.entries(value as Record<string, unknown>);
  for (const [key] of entries) if (!keyPattern.test(key)) fail([...path, key], 'is not a valid key');
  return entries;
}

function text(value: unknown, path: Path, pattern: RegExp): string {
  if (typeof value !== 'string' || !pattern.test(value)) fail(path, `is not ${describe(pattern)}`);
  return value;
}

function time(value: unknown, path: Path): string {
  const t = text(value, path, UTC_TIME);
  if (Number.isNaN(new Date(t).getTime())) fail(path, 'is not a real time');
  return t;
}

function describe(pattern: RegExp): string {
  if (pattern === UTC_TIME) return 'a UTC time (YYYY-MM-DDTHH:MM:SSZ)';
  if (pattern === GHSA_ID) return 'a GHSA id';
  if (pattern === CVE_ID) return 'a CVE id';
  if (pattern === REPO) return 'a repository (owner/name)';
  if (pattern === LOGIN) return 'a GitHub login';
  if (pattern === HASH) return 'a hexadecimal hash';
  return 'a valid value';
}

function parseSnapshot(value: unknown, path: Path): ReportSnapshot | null {
  if (value === null) return null;
  const o = object(value, path, ['state', 'coordinators', 'deadline', 'cveId', 'updatedAt']);
  if (typeof o.state !== 'string' || !STATES.includes(o.state as AdvisoryState))
    fail([...path, 'state'], `is not one of ${STATES.join(', ')}`);
  if (!Array.isArray(o.coordinators)) fail([...path, 'coordinators'], 'is not a list');
  return {
    state: o.state as AdvisoryState,
    coordinators: o.coordinators.map((c, i) => text(c, [...path, 'coordinators', i], LOGIN)),
    deadline: time(o.deadline, [...path, 'deadline']),
    cveId: o.cveId === null ? null : text(o.cveId, [...path, 'cveId'], CVE_ID),
    updatedAt: time(o.updatedAt, [...path, 'updatedAt']),
  };
}

function parseMemory(value: unknown, path: Path): ReportMemory {
  const o = object(value, path, ['repo', 'snapshot', 'fired', 'tagsSeen', 'adopted']);
  const tagPattern = new RegExp(`^(?:${TITLE_TAGS.join('|')})$`);
  return {
    repo: text(o.repo, [...path, 'repo'], REPO),
    snapshot: parseSnapshot(o.snapshot, [...path, 'snapshot']),
    fired: Object.fromEntries(
      map(o.fired, [...path, 'fired'], NOTICE_KEY).map(([k, v]) => [k, time(v, [...path, 'fired', k])]),
    ),
    tagsSeen: Object.fromEntries(
      map(o.tagsSeen, [...path, 'tagsSeen'], tagPattern).map(([k, v]) => [k, time(v, [...path, 'tagsSeen', k])]),
    ),
    adopted: Object.fromEntries(
      map(o.adopted, [...path, 'adopted'], GITHUB_ID).map(([k, v]) => {
        const a = object(v, [...path, 'adopted', k], ['login', 'firstSeen']);
        return [
          k,
          {
            login: text(a.login, [...path, 'adopted', k, 'login'], LOGIN),
            firstSeen: time(a.firstSeen, [...path, 'adopted', k, 'firstSeen']),
          },
        ];
      }),
    ),
  };
}

/**
 * The state from its file. Strict: an unknown version, an unknown or missing key, or a value of the
 * wrong shape is a DeskStateError, never a partial state.
 */
export function parseDeskState(source: string): DeskState {
  if (source.length > DESK_STATE_MAX_CHARS)
    throw new DeskStateError(`the file has ${source.length} characters; the limit is ${DESK_STATE_MAX_CHARS}`);
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (err) {
    throw new DeskStateError(`it is not JSON (${err instanceof Error ? err.message : 'parse error'})`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) fail([], 'is not an object');
  const version = (data as Record<string, unknown>).version;
  if (version !== DESK_STATE_VERSION)
    throw new DeskStateError(
      `its version is ${JSON.stringify(version) ?? 'missing'}; this psrt reads version ${DESK_STATE_VERSION}`,
    );
  const o = object(
    data,
    [],
    ['version', 'sweptAt', 'reports', 'rotation', 'cveReservations'],
    ['dashboardHash', 'lastChanges'],
  );
  const rotation = object(o.rotation, ['rotation'], ['lastAssigned']);
  if (!Array.isArray(o.cveReservations)) fail(['cveReservations'], 'is not a list');
  const cveReservations = o.cveReservations.map((r, i): CveReservation => {
    const path = ['cveReservations', i];
    const x = object(r, path, ['cveId', 'repo', 'ghsa', 'reservedAt', 'written']);
    if (typeof x.written !== 'boolean') fail([...path, 'written'], 'is not true or false');
    return {
      cveId: text(x.cveId, [...path, 'cveId'], CVE_ID),
      repo: text(x.repo, [...path, 'repo'], REPO),
      ghsa: text(x.ghsa, [...path, 'ghsa'], GHSA_ID),
      reservedAt: time(x.reservedAt, [...path, 'reservedAt']),
      written: x.written,
    };
  });
  const seen = new Set<string>();
  for (const [i, r] of cveReservations.entries()) {
    if (seen.has(r.cveId)) fail(['cveReservations', i, 'cveId'], `repeats ${r.cveId}`);
    seen.add(r.cveId);
  }
  return {
    version: DESK_STATE_VERSION,
    sweptAt: o.sweptAt === null ? null : time(o.sweptAt, ['sweptAt']),
    reports: Object.fromEntries(
      map(o.reports, ['reports'], GHSA_ID).map(([ghsa, m]) => [ghsa, parseMemory(m, ['reports', ghsa])]),
    ),
    rotation: {
      lastAssigned:
        rotation.lastAssigned === null ? null : text(rotation.lastAssigned, ['rotation', 'lastAssigned'], LOGIN),
    },
    cveReservations,
    dashboardHash:
      o.dashboardHash === undefined || o.dashboardHash === null ? null : text(o.dashboardHash, ['dashboardHash'], HASH),
    lastChanges: o.lastChanges === undefined || o.lastChanges === null ? null : parseLastChanges(o.lastChanges),
  };
}

function parseState(value: unknown, path: Path): AdvisoryState {
  if (typeof value !== 'string' || !STATES.includes(value as AdvisoryState))
    fail(path, `is not one of ${STATES.join(', ')}`);
  return value as AdvisoryState;
}

function parseEvent(value: unknown, path: Path): SinceLastSweepEvent {
  const what = (value as { what?: unknown } | null)?.what;
  switch (what) {
    case 'new':
    case 'accepted':
      object(value, path, ['what']);
      return { what };
    case 'finished':
    case 'reopened': {
      const o = object(value, path, ['what', 'state']);
      return { what, state: parseState(o.state, [...path, 'state']) };
    }
    case 'coordinator': {
      const o = object(value, path, ['what', 'from', 'to']);
      const logins = (v: unknown, key: string): string[] => {
        if (!Array.isArray(v)) fail([...path, key], 'is not a list');
        return v.map((l, i) => text(l, [...path, key, i], LOGIN));
      };
      return { what, from: logins(o.from, 'from'), to: logins(o.to, 'to') };
    }
    case 'deadline-moved': {
      const o = object(value, path, ['what', 'from', 'to']);
      return { what, from: time(o.from, [...path, 'from']), to: time(o.to, [...path, 'to']) };
    }
    case 'cve': {
      const o = object(value, path, ['what', 'cveId']);
      return { what, cveId: text(o.cveId, [...path, 'cveId'], CVE_ID) };
    }
    default:
      return fail([...path, 'what'], 'is not a known event');
  }
}

function parseLastChanges(value: unknown): { at: string; reports: SinceLastSweep[] } {
  const o = object(value, ['lastChanges'], ['at', 'reports']);
  if (!Array.isArray(o.reports)) fail(['lastChanges', 'reports'], 'is not a list');
  return {
    at: time(o.at, ['lastChanges', 'at']),
    reports: o.reports.map((r, i) => {
      const path = ['lastChanges', 'reports', i];
      const x = object(r, path, ['repo', 'ghsaId', 'events']);
      if (!Array.isArray(x.events)) fail([...path, 'events'], 'is not a list');
      return {
        repo: text(x.repo, [...path, 'repo'], REPO),
        ghsaId: text(x.ghsaId, [...path, 'ghsaId'], GHSA_ID),
        events: x.events.map((e, j) => parseEvent(e, [...path, 'events', j])),
      };
    }),
  };
}

function sortedDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedDeep);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, sortedDeep(v)]));
  }
  return value;
}

/**
 * The state as its file holds it: keys sorted at every level, reservations by CVE id, coordinators
 * sorted; one line per report and per reservation (a sweep's diff shows the reports it changed), one
 * final newline.
 */
export function serializeDeskState(state: DeskState): string {
  const reservations = [...state.cveReservations].sort((a, b) => (a.cveId < b.cveId ? -1 : a.cveId > b.cveId ? 1 : 0));
  const reports = Object.entries(state.reports)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([ghsa, m]) => {
      const memory = {
        ...m,
        snapshot: m.snapshot && { ...m.snapshot, coordinators: [...m.snapshot.coordinators].sort() },
      };
      return `    ${JSON.stringify(ghsa)}: ${JSON.stringify(sortedDeep(memory))}`;
    });
  const lines = ['{'];
  lines.push(
    reservations.length === 0
      ? '  "cveReservations": [],'
      : [
          '  "cveReservations": [',
          reservations.map((r) => `    ${JSON.stringify(sortedDeep(r))}`).join(',\n'),
          '  ],',
        ].join('\n'),
  );
  lines.push(`  "dashboardHash": ${JSON.stringify(state.dashboardHash)},`);
  lines.push(`  "lastChanges": ${JSON.stringify(sortedDeep(state.lastChanges))},`);
  lines.push(reports.length === 0 ? '  "reports": {},' : ['  "reports": {', reports.join(',\n'), '  },'].join('\n'));
  lines.push(`  "rotation": ${JSON.stringify(sortedDeep(state.rotation))},`);
  lines.push(`  "sweptAt": ${JSON.stringify(state.sweptAt)},`);
  lines.push(`  "version": ${JSON.stringify(state.version)}`);
  lines.push('}');
  return lines.join('\n') + '\n';
}
