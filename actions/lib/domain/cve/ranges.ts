// Affected version ranges: GitHub's `vulnerable_version_range` grammar, extended with ` || ` between
// branches (GitHub has no OR; a CPython advisory names one range per maintained branch), read into CVE
// `versions` entries. The convention for coordinators is written down in config/cve/RANGES.md.
import type { CveVersion } from './types.js';

/** A Python release version as PEP 440 orders it (the subset CPython and pip release: N.N[.N][{a|b|rc}N][.postN][.devN]). */
interface PythonVersion {
  release: number[];
  pre?: { kind: 0 | 1 | 2; number: number };
  post?: number;
  dev?: number;
}

const PYTHON_VERSION = /^(\d+(?:\.\d+)*)(?:(a|b|rc)(\d+))?(?:\.post(\d+))?(?:\.dev(\d+))?$/;
const PRE_KINDS = { a: 0, b: 1, rc: 2 } as const;

function parsePythonVersion(text: string): PythonVersion | undefined {
  const m = PYTHON_VERSION.exec(text);
  if (!m) return undefined;
  const version: PythonVersion = { release: m[1]!.split('.').map(Number) };
  if (m[2]) version.pre = { kind: PRE_KINDS[m[2] as keyof typeof PRE_KINDS], number: Number(m[3]) };
  if (m[4] !== undefined) version.post = Number(m[4]);
  if (m[5] !== undefined) version.dev = Number(m[5]);
  return version;
}

/** PEP 440 order: X.devN < XaN < XbN < XrcN < X < X.postN. */
export function comparePythonVersions(a: string, b: string): number {
  const x = parsePythonVersion(a);
  const y = parsePythonVersion(b);
  if (!x || !y) throw new Error(`not a Python version: ${x ? b : a}`);
  const length = Math.max(x.release.length, y.release.length);
  for (let i = 0; i < length; i++) {
    const d = (x.release[i] ?? 0) - (y.release[i] ?? 0);
    if (d !== 0) return d;
  }
  const key = (v: PythonVersion): number[] => {
    // A development release of a final version sorts before its pre-releases.
    const phase = v.pre ? 0 : v.dev !== undefined && v.post === undefined ? -1 : 1;
    return [phase, v.pre?.kind ?? 0, v.pre?.number ?? 0, v.post ?? -1, v.dev ?? Number.POSITIVE_INFINITY];
  };
  const kx = key(x);
  const ky = key(y);
  for (let i = 0; i < kx.length; i++) {
    if (kx[i] !== ky[i]) return kx[i]! < ky[i]! ? -1 : 1;
  }
  return 0;
}

export function isPythonVersion(text: string): boolean {
  return PYTHON_VERSION.test(text);
}

type Operator = '<' | '<=' | '>=' | '=' | '>';

interface Constraint {
  operator: Operator;
  version: string;
}

/** One branch as the CVE format states it: from `version` (0 = the earliest) up to a bound. */
interface Branch {
  text: string;
  from: string;
  /** Absent for a single version (`= X`). */
  upTo?: { version: string; inclusive: boolean } | 'unbounded';
}

export type RangeReading = { ok: true; versions: CveVersion[] } | { ok: false; reason: string };

const CONSTRAINT = /^(<=|>=|<|>|=)\s*(\S+)$/;

function readConstraint(text: string): Constraint | string {
  const m = CONSTRAINT.exec(text.trim());
  if (!m && /\s(or|and)\s|\|/i.test(text))
    return `"${text.trim()}": join branches with "||" and the bounds of one branch with ","`;
  if (!m) return `"${text.trim()}" is not an operator (<, <=, >=, =) followed by a version`;
  const version = m[2]!;
  if (!isPythonVersion(version)) return `"${version}" is not a release version (such as 3.12.4, 3.14.0rc2 or 25.3)`;
  return { operator: m[1] as Operator, version };
}

function readBranch(text: string): Branch | string {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.some((p) => p === '')) return `"${text}" has an empty condition (a stray comma)`;
  const constraints: Constraint[] = [];
  for (const part of parts) {
    const c = readConstraint(part);
    if (typeof c === 'string') return c;
    constraints.push(c);
  }
  if (constraints.some((c) => c.operator === '>'))
    return `"${text}" uses ">": a CVE range starts at its first affected version, so write ">= <first affected version>"`;
  const lower = constraints.filter((c) => c.operator === '>=');
  const upper = constraints.filter((c) => c.operator === '<' || c.operator === '<=');
  const exact = constraints.filter((c) => c.operator === '=');
  if (exact.length > 0) {
    if (constraints.length > 1) return `"${text}" combines "=" with other conditions: write "= X" alone`;
    return { text, from: exact[0]!.version };
  }
  if (lower.length > 1 || upper.length > 1)
    return `"${text}" has more than one lower or upper bound: write one branch as ">= A, < B"`;
  const from = lower[0]?.version ?? '0';
  const bound = upper[0];
  if (!bound) {
    if (!lower[0]) return `"${text}" has no bound`;
    return { text, from, upTo: 'unbounded' };
  }
  if (lower[0]) {
    const order = comparePythonVersions(lower[0].version, bound.version);
    if (order > 0 || (order === 0 && bound.operator === '<'))
      return `"${text}" contains no version: its lower bound is not below its upper bound`;
  }
  return { text, from, upTo: { version: bound.version, inclusive: bound.operator === '<=' } };
}

/** The highest version a branch can contain, for the overlap check ('unbounded' sorts last). */
function branchEnd(b: Branch): { version: string; inclusive: boolean } | 'unbounded' {
  return b.upTo ?? { version: b.from, inclusive: true };
}

/**
 * Read a `vulnerable_version_range` into CVE version entries of type `versionType`, or the reason it
 * cannot be read. `< X` is `{version: "0", lessThan: X}`; `>= A, < B` is `{version: A, lessThan: B}`;
 * `<= X` uses lessThanOrEqual; `>= A` alone is `{version: A, lessThan: "*"}`; `= X` is one version.
 * Branches are joined with `||` and must not overlap.
 */
export function readVersionRange(range: string, versionType: string): RangeReading {
  const text = range.trim();
  if (text === '') return { ok: false, reason: 'the range is empty' };
  const branches: Branch[] = [];
  for (const part of text.split('||')) {
    if (part.trim() === '') return { ok: false, reason: `"${text}" has an empty branch around "||"` };
    const branch = readBranch(part.trim());
    if (typeof branch === 'string') return { ok: false, reason: branch };
    branches.push(branch);
  }
  const sorted = [...branches].sort((a, b) => comparePythonVersions(a.from, b.from));
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]!;
    const current = sorted[i]!;
    const end = branchEnd(previous);
    const overlaps =
      end === 'unbounded' ||
      comparePythonVersions(end.version, current.from) > 0 ||
      (end.inclusive && comparePythonVersions(end.version, current.from) === 0);
    if (overlaps) return { ok: false, reason: `the branches "${previous.text}" and "${current.text}" overlap` };
  }
  const versions = branches.map((b): CveVersion => {
    if (!b.upTo) return { version: b.from, status: 'affected', versionType };
    if (b.upTo === 'unbounded') return { version: b.from, lessThan: '*', status: 'affected', versionType };
    return b.upTo.inclusive
      ? { version: b.from, lessThanOrEqual: b.upTo.version, status: 'affected', versionType }
      : { version: b.from, lessThan: b.upTo.version, status: 'affected', versionType };
  });
  return { ok: true, versions };
}
