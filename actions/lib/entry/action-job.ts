// What every job's action does with its result: annotations for configuration errors (file, line,
// column), the plan as the job summary, and a failed step when the files are invalid, a guard
// tripped or a write failed. Outputs are the job's own (its main.ts sets them).
import type { JobResult } from '../jobs/job.js';
import { jobFailed } from '../jobs/job.js';
import { UserError } from '../errors.js';
import { annotate, writeSummary } from './action-runtime.js';

export async function reportJobResult(result: JobResult<unknown, unknown>): Promise<string> {
  annotate(result.diagnostics);
  const markdown = result.render('markdown');
  await writeSummary(markdown);
  return markdown;
}

export function failIfJobFailed(name: string, result: JobResult<unknown, unknown>): void {
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  if (!jobFailed(result)) {
    // An error only GitHub could tell (a login with no account): the rest went ahead, the step fails.
    if (errors > 0)
      throw new UserError(
        `${name} ${result.outcome}, but members.yaml has ${errors} error(s) GitHub found (see the annotations): fix them.`,
      );
    return;
  }
  const why =
    result.outcome === 'invalid'
      ? 'members.yaml or policy.yaml has errors (see the annotations)'
      : result.outcome === 'blocked'
        ? 'a guard tripped: nothing was written (see the job summary)'
        : 'a write failed: see the job summary for what was done and what was not';
  throw new UserError(`${name} ${result.outcome}: ${why}.`);
}
