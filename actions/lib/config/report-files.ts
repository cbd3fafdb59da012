// Report files (reports/GHSA-xxxx-xxxx-xxxx.yaml): the same bounded YAML parse, schema and rules as
// members.yaml, with every finding placed at its file, line and column. A file with an error never
// reaches a job: the report desk and the CNA desk act only on sound files.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic, Finding } from '../domain/findings.js';
import type { Policy } from '../domain/policy.js';
import type { ReportFile } from '../domain/report-file.js';
import { REPORTS_DIR } from '../domain/report-file.js';
import { checkReport } from '../domain/report-rules.js';
import { readInput } from './load.js';
import { checkSchema } from './schema.js';
import type { YamlSource } from './yaml-source.js';
import { DEFAULT_LIMITS, decodeUtf8, locate, parseYaml } from './yaml-source.js';
import { isGhsaId } from '../domain/ids.js';

export interface LoadedReport {
  report: ReportFile;
  source: YamlSource;
}

export interface ReportFilesResult {
  /** Sound report files by GHSA id. */
  reports: Map<string, LoadedReport>;
  diagnostics: Diagnostic[];
}

function place(source: YamlSource, f: Finding): Diagnostic {
  const pos = locate(source, f.path, f.at);
  let message = f.message;
  for (const r of f.related ?? []) {
    const rp = locate(source, r.path);
    message += ` (${r.label}: ${source.file}:${rp.line}:${rp.column})`;
  }
  return { rule: f.rule, severity: f.severity, file: source.file, line: pos.line, column: pos.column, message };
}

/** The stem of a report file's name (`GHSA-….yaml` → `GHSA-…`). */
export function reportStem(fileName: string): string {
  return fileName.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
}

/** Parse and check one report file's text; `file` is the name diagnostics print. */
export function parseReportText(
  file: string,
  text: string,
  policy: Policy | undefined,
  now: Date,
): { report?: ReportFile; source?: YamlSource; diagnostics: Diagnostic[] } {
  const parsed = parseYaml(file, text, DEFAULT_LIMITS);
  if (!parsed.source) return { diagnostics: parsed.diagnostics };
  const source = parsed.source;
  const schema = checkSchema('report', source.data);
  if (schema.length > 0) return { diagnostics: schema.map((f) => place(source, f)) };
  const report = source.data as ReportFile;
  const diagnostics = checkReport(report, reportStem(file), policy, now).map((f) => place(source, f));
  return diagnostics.some((d) => d.severity === 'error') ? { diagnostics } : { report, source, diagnostics };
}

/**
 * Every report file in `dir` (the ops repository's `reports/`). `display` is how diagnostics name the
 * directory. A missing directory holds no reports; any other file there is an error.
 */
export async function loadReportFiles(
  dir: string,
  display: string,
  policy: Policy | undefined,
  now: Date,
): Promise<ReportFilesResult> {
  const reports = new Map<string, LoadedReport>();
  const diagnostics: Diagnostic[] = [];
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { reports, diagnostics };
    throw err;
  }
  for (const name of names.sort()) {
    const file = `${display}/${name}`;
    if (name === 'README.md' || name.startsWith('.')) continue;
    if (!(name.endsWith('.yaml') && isGhsaId(name.slice(0, -'.yaml'.length)))) {
      diagnostics.push({
        rule: 'report-file-name',
        severity: 'error',
        file,
        line: 1,
        column: 1,
        message: `${REPORTS_DIR}/ holds only report files named after their advisory (GHSA-xxxx-xxxx-xxxx.yaml).`,
      });
      continue;
    }
    const input = await readInput(join(dir, name), file);
    const decoded = decodeUtf8(file, input.bytes, DEFAULT_LIMITS, input.size);
    if (decoded.text === undefined) {
      diagnostics.push(...decoded.diagnostics);
      continue;
    }
    const r = parseReportText(file, decoded.text, policy, now);
    diagnostics.push(...r.diagnostics);
    if (r.report && r.source) reports.set(r.report.ghsa, { report: r.report, source: r.source });
  }
  return { reports, diagnostics };
}
