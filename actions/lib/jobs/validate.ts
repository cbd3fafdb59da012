// validate: check members.yaml, policy.yaml and the report files beside them (reports/*.yaml); no
// network, no writes.
import { dirname, join } from 'node:path';
import type { ConfigPaths, ConfigResult } from '../config/load.js';
import { loadConfig } from '../config/load.js';
import { loadReportFiles } from '../config/report-files.js';
import type { Diagnostic } from '../domain/findings.js';
import { REPORTS_DIR } from '../domain/report-file.js';
import type { RosterCounts } from '../domain/roster-summary.js';
import { countRoster, renderDiagnosticsMarkdown, renderRosterMarkdown } from '../domain/roster-summary.js';
import type { JobContext } from './context.js';

export interface ValidateResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  counts?: RosterCounts;
  /** Report files that passed. */
  reports: number;
  summary: string;
}

export function summarizeValidation(result: ConfigResult, reports = 0): ValidateResult {
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (!result.config || errors.length > 0) {
    const title = `## PSRT roster, policy or report files: ${errors.length} error${errors.length === 1 ? '' : 's'}\n\n`;
    return {
      ok: false,
      diagnostics: result.diagnostics,
      reports,
      summary: title + renderDiagnosticsMarkdown(result.diagnostics),
    };
  }
  return {
    ok: true,
    diagnostics: result.diagnostics,
    counts: countRoster(result.config.roster),
    reports,
    summary: renderRosterMarkdown(result.config.roster, result.diagnostics),
  };
}

/** Where report files live: `reports/` beside members.yaml. */
export function reportsDirOf(paths: ConfigPaths): { dir: string; display: string } {
  const shown = dirname(paths.names?.members ?? paths.members);
  return {
    dir: join(dirname(paths.members), REPORTS_DIR),
    display: shown === '.' ? REPORTS_DIR : `${shown}/${REPORTS_DIR}`,
  };
}

export async function runValidate(paths: ConfigPaths, ctx: JobContext): Promise<ValidateResult> {
  const now = ctx.now();
  const config = await loadConfig(paths, now);
  const { dir, display } = reportsDirOf(paths);
  const reports = await loadReportFiles(dir, display, config.config?.policy, now);
  const merged: ConfigResult = {
    ...config,
    diagnostics: [...config.diagnostics, ...reports.diagnostics],
  };
  const result = summarizeValidation(merged, reports.reports.size);
  ctx.log.debug(
    `validated ${paths.members}, ${paths.policy} and ${reports.reports.size} report file(s): ${result.diagnostics.length} finding(s)`,
  );
  return result;
}
