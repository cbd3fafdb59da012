// What every job's action does with its result: annotations for configuration errors (file, line,
// column), the plan as the job summary, and a failed step when the files are invalid, a guard
// tripped or a write failed. Outputs are the job's own (its main.ts sets them).
import type { JobResult } from '../jobs/job.js';
import { jobFailed } from '../jobs/job.js';
import { UserError } from '../errors.js';
import { annotate, writeSummary } from './action-runtime.js';

export async function reportJobResult(name: string, result: JobResult<unknown, unknown>): Promise<string> {
  annotate(result.diagnostics);
  const markdown = result.render('markdown');
  await writeSummary(markdown);
  return markdown;
}

export function failIfJobFailed(name: string, result: JobResult<unknown, unknown>): void {
  if (!jobFailed(result)) return;
  const why =
    result.outcome === 'invalid'
      ? 'members.yaml or policy.yaml has errors (see the annotations)'
      : result.outcome === 'blocked'
        ? 'a guard tripped: nothing was written (see the job summary)'
        : 'a write failed: see the job summary for what was done and what was not';
  throw new UserError(`${name} ${result.outcome}: ${why}.`);
}
