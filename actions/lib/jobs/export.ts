// export: files generated from the roster for other venues (today: the devguide's public lists).
import type { ConfigPaths } from '../config/load.js';
import { loadConfig } from '../config/load.js';
import { renderDevguideCsv } from '../domain/devguide.js';
import type { Diagnostic } from '../domain/findings.js';
import type { JobContext } from './context.js';

export interface ExportResult {
  diagnostics: Diagnostic[];
  /** File name → content; absent when the roster is invalid (nothing is exported from a bad roster). */
  files?: Record<string, string>;
}

export async function runExportDevguide(paths: ConfigPaths, ctx: JobContext): Promise<ExportResult> {
  const result = await loadConfig(paths, ctx.now());
  if (!result.config) return { diagnostics: result.diagnostics };
  return { diagnostics: result.diagnostics, files: renderDevguideCsv(result.config.roster) };
}
