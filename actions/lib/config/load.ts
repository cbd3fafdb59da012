// Loading members.yaml and policy.yaml: bounded reads, YAML, schema, PEP 811 rules, all turned
// into diagnostics with file, line and column. Every job starts here; nothing runs on bad input.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { UserError } from '../errors.js';
import type { ConfigFile, Diagnostic, Finding } from '../domain/findings.js';
import { hasErrors } from '../domain/findings.js';
import type { Policy } from '../domain/policy.js';
import type { Roster } from '../domain/roster.js';
import { checkReconcilePolicy } from '../domain/reconcile/policy-rules.js';
import { checkPolicy, checkRoster } from '../domain/roster-rules.js';
import { YAML_STYLE } from '../domain/roster-edit.js';
import { checkSchema } from './schema.js';
import type { YamlLimits, YamlSource } from './yaml-source.js';
import { DEFAULT_LIMITS, decodeUtf8, locate, parseYaml } from './yaml-source.js';

export interface ConfigInput {
  /** The name diagnostics print (a path relative to the repository, usually). */
  file: string;
  bytes: Uint8Array;
  /** The file's whole size when `bytes` holds only its start (a file over the limit). */
  size?: number;
}

export interface Config {
  roster: Roster;
  policy: Policy;
  membersSource: YamlSource;
  policySource: YamlSource;
}

export interface ConfigResult {
  /** Present only when there is no error. */
  config?: Config;
  diagnostics: Diagnostic[];
}

function place(sources: Partial<Record<ConfigFile, YamlSource>>, f: Finding): Diagnostic {
  const source = sources[f.file];
  const pos = source ? locate(source, f.path, f.at) : { line: 1, column: 1 };
  let message = f.message;
  for (const r of f.related ?? []) {
    const rs = sources[r.file];
    if (!rs) continue;
    const rp = locate(rs, r.path);
    message += ` (${r.label}: ${rs.file}:${rp.line}:${rp.column})`;
  }
  return {
    rule: f.rule,
    severity: f.severity,
    file: source?.file ?? f.file,
    line: pos.line,
    column: pos.column,
    message,
  };
}

/** Findings about loaded files (e.g. a login GitHub does not know), placed at their line and column. */
export function placeFindings(config: Config, findings: readonly Finding[]): Diagnostic[] {
  const sources = { members: config.membersSource, policy: config.policySource };
  return findings.map((f) => place(sources, f));
}

function parse(input: ConfigInput, limits: YamlLimits): { source?: YamlSource; diagnostics: Diagnostic[] } {
  const decoded = decodeUtf8(input.file, input.bytes, limits, input.size);
  if (decoded.text === undefined) return { diagnostics: decoded.diagnostics };
  return parseYaml(input.file, decoded.text, limits);
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  // Not localeCompare: its first call loads ICU's collator, ~10 ms of the validate action's start-up.
  const byFile = a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  return byFile || a.line - b.line || a.column - b.column;
}

/** How much to check beyond the rules. */
export interface CheckOptions {
  /**
   * Warn where members.yaml is not in the style automated edits keep (default on: validate's job). Jobs
   * that only use the configuration turn it off: on a roster of thousands it is a tenth of a second.
   */
  style?: boolean;
}

/** Check both files; the roster's policy-dependent rules run only when the policy itself is sound. */
export function checkConfig(
  members: ConfigInput,
  policy: ConfigInput,
  now: Date,
  limits: YamlLimits = DEFAULT_LIMITS,
  options: CheckOptions = {},
): ConfigResult {
  const m = parse(members, limits);
  const p = parse(policy, limits);
  const diagnostics = [...m.diagnostics, ...p.diagnostics];
  const sources: Partial<Record<ConfigFile, YamlSource>> = { members: m.source, policy: p.source };
  const findings: Finding[] = [];

  let policyData: Policy | undefined;
  if (p.source) {
    const schema = checkSchema('policy', p.source.data);
    findings.push(...schema);
    if (schema.length === 0) {
      policyData = p.source.data as Policy;
      findings.push(...checkPolicy(policyData), ...checkReconcilePolicy(policyData));
    }
  }
  let roster: Roster | undefined;
  if (m.source) {
    const schema = checkSchema('members', m.source.data);
    findings.push(...schema);
    if (schema.length === 0) {
      roster = m.source.data as Roster;
      const policyOk = policyData !== undefined && !findings.some((f) => f.file === 'policy' && f.severity === 'error');
      findings.push(...checkRoster(roster, policyOk ? policyData : undefined, now));
    }
  }
  diagnostics.push(...findings.map((f) => place(sources, f)));
  if (m.source && roster && options.style !== false) {
    // Tools edit members.yaml (renames, pinned ids, pruning): warn where they would reformat a line.
    const canonical = m.source.doc.toString(YAML_STYLE).split('\n');
    const lines = m.source.text.split('\n');
    const at = lines.findIndex((line, i) => line !== canonical[i]);
    if (at >= 0 || canonical.length !== lines.length) {
      const line = at >= 0 ? at + 1 : Math.min(lines.length, canonical.length);
      diagnostics.push({
        rule: 'format',
        severity: 'warning',
        file: m.source.file,
        line,
        column: 1,
        message: `this line is not in the style automated edits keep (${JSON.stringify(canonical[line - 1] ?? '')}); a PR opened by the tools would reformat it.`,
      });
    }
  }
  diagnostics.sort(byPosition);
  if (hasErrors(diagnostics) || !roster || !policyData || !m.source || !p.source) return { diagnostics };
  return { config: { roster, policy: policyData, membersSource: m.source, policySource: p.source }, diagnostics };
}

/**
 * Read a file without ever holding more than the limit plus one byte. `size` is the file's real size,
 * so a file over the limit is reported with its size and never read whole.
 */
export async function readBounded(path: string, maxBytes: number): Promise<{ bytes: Uint8Array; size: number }> {
  // Non-blocking, so that opening a FIFO returns at once (a blocking open waits for a writer forever).
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error('a directory'), { code: 'EISDIR' });
    if (!info.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
    const buffer = Buffer.alloc(maxBytes + 1);
    let total = 0;
    while (total < buffer.length) {
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    const size = total > maxBytes ? (await handle.stat()).size : total;
    return { bytes: buffer.subarray(0, total), size };
  } finally {
    await handle.close();
  }
}

export class ConfigReadError extends UserError {}

export async function readInput(
  path: string,
  display: string,
  limits: YamlLimits = DEFAULT_LIMITS,
): Promise<ConfigInput> {
  try {
    const { bytes, size } = await readBounded(path, limits.maxBytes);
    return { file: display, bytes, size };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : code === 'ENOTREG'
              ? 'it is not a regular file (a pipe, device or socket): name the file itself'
              : code === 'ENOTDIR'
                ? 'a part of the path is a file, not a directory'
                : `it could not be read (${code ?? 'an error'})`;
    throw new ConfigReadError(`${display}: cannot read the file (${why}).`);
  }
}

export interface ConfigPaths {
  members: string;
  policy: string;
  /** The names diagnostics print (as a person typed them), when they differ from the paths read. */
  names?: { members: string; policy: string };
}

export async function loadConfig(
  paths: ConfigPaths,
  now: Date,
  limits: YamlLimits = DEFAULT_LIMITS,
  options: CheckOptions = {},
): Promise<ConfigResult> {
  const names = paths.names ?? paths;
  const [members, policy] = await Promise.all([
    readInput(paths.members, names.members, limits),
    readInput(paths.policy, names.policy, limits),
  ]);
  return checkConfig(members, policy, now, limits, options);
}
