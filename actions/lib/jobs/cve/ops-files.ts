// Record files (records/) and report files (reports/) as the ops repository's default branch holds
// them: what was reviewed and merged, whatever a local checkout holds. Both hold embargoed text, so
// they are read without the ETag cache.
import type { GitHubApi } from '../../clients/github/api.js';
import type { Config } from '../../config/load.js';
import { parseReportText } from '../../config/report-files.js';
import { cveRecordFilePath } from '../../domain/cve/format.js';
import type { RecordFileReading } from '../../domain/cve/record-file.js';
import { readCveRecordFile } from '../../domain/cve/record-file.js';
import type { Diagnostic } from '../../domain/findings.js';
import type { ReportFile } from '../../domain/report-file.js';
import { reportFilePath } from '../../domain/report-file.js';
import { reading } from '../reading.js';

export const RECORDS_DIR = 'records';

export interface RecordOnMain {
  path: string;
  text: string;
  reading: RecordFileReading;
}

/** The record file of `cveId` on the default branch, or undefined when there is none. */
export async function readRecordOnMain(
  gh: GitHubApi,
  opsRepo: string,
  cveId: string,
): Promise<RecordOnMain | undefined> {
  const path = cveRecordFilePath(cveId);
  const file = await reading(`${path} of ${opsRepo}`, () => gh.withoutFileCache().readFile(opsRepo, path));
  return file ? { path, text: file.text, reading: readCveRecordFile(file.text, path) } : undefined;
}

export interface ReportOnMain {
  path: string;
  /** Present when the file exists and is sound. */
  report?: ReportFile;
  /** Its errors at file:line:column; none when it is sound or absent. */
  diagnostics: Diagnostic[];
  exists: boolean;
}

/** The report file of `ghsa` on the default branch, parsed and checked like a local one. */
export async function readReportOnMain(gh: GitHubApi, config: Config, ghsa: string, now: Date): Promise<ReportOnMain> {
  const repo = config.policy.ops_repo;
  const path = reportFilePath(ghsa);
  const file = await reading(`${path} of ${repo}`, () => gh.withoutFileCache().readFile(repo, path));
  if (!file) return { path, diagnostics: [], exists: false };
  const parsed = parseReportText(path, file.text, config.policy, now);
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  return errors.length > 0 || !parsed.report
    ? { path, diagnostics: errors, exists: true }
    : { path, report: parsed.report, diagnostics: [], exists: true };
}
