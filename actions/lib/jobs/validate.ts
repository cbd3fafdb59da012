// validate: check members.yaml and policy.yaml; no network, no writes.
import type { ConfigPaths, ConfigResult } from '../config/load.js';
import { loadConfig } from '../config/load.js';
import type { Diagnostic } from '../domain/findings.js';
import type { RosterCounts } from '../domain/roster-summary.js';
import { countRoster, renderDiagnosticsMarkdown, renderRosterMarkdown } from '../domain/roster-summary.js';
import type { JobContext } from './context.js';

export interface ValidateResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  counts?: RosterCounts;
  summary: string;
}

export function summarizeValidation(result: ConfigResult): ValidateResult {
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (!result.config) {
    const title = `## PSRT roster has ${errors.length} error${errors.length === 1 ? '' : 's'}\n\n`;
    return {
      ok: false,
      diagnostics: result.diagnostics,
      summary: title + renderDiagnosticsMarkdown(result.diagnostics),
    };
  }
  return {
    ok: errors.length === 0,
    diagnostics: result.diagnostics,
    counts: countRoster(result.config.roster),
    summary: renderRosterMarkdown(result.config.roster, result.diagnostics),
  };
}

export async function runValidate(paths: ConfigPaths, ctx: JobContext): Promise<ValidateResult> {
  const result = summarizeValidation(await loadConfig(paths, ctx.now()));
  ctx.log.debug(`validated ${paths.members} and ${paths.policy}: ${result.diagnostics.length} finding(s)`);
  return result;
}
