// What the report-file commands (grant, revoke, intake, cra) share at the command line: the forms of a
// GHSA id, a login and a time, and how a refused plan ends (its reason on stderr, exit 1).
import { UsageError, UserError } from '../../errors.js';
import type { JobResult } from '../../jobs/job.js';
import type { CliIo } from '../cli-support.js';
import { printJobResult } from '../cli-support.js';
import { isGhsaId } from '../../domain/ids.js';

// As config/report.schema.json spells them.
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

export function ghsaArgument(text: string | undefined, usage: string): string {
  if (text === undefined) throw new UsageError(`name the advisory (GHSA-xxxx-xxxx-xxxx).\n\nusage: psrt ${usage}`);
  if (!isGhsaId(text))
    throw new UsageError(
      `"${text}" is not a GHSA id (GHSA-xxxx-xxxx-xxxx, lower-case letters).\n\nusage: psrt ${usage}`,
    );
  return text;
}

export function loginArgument(text: string | undefined, usage: string): string {
  if (text === undefined) throw new UsageError(`name the person by GitHub login.\n\nusage: psrt ${usage}`);
  if (!LOGIN.test(text))
    throw new UsageError(
      `"${text}" is not a GitHub login (ASCII letters, digits and single inner hyphens, at most 39).\n\nusage: psrt ${usage}`,
    );
  return text;
}

/** The plan's refusal as a user error (exit 1); otherwise the result printed as every job prints it. */
export function printReportResult(
  io: CliIo,
  result: JobResult<{ refusal?: string }, unknown>,
  markdown: boolean,
): number {
  const refusal = result.plan?.refusal;
  if (refusal !== undefined) throw new UserError(refusal);
  return printJobResult(io, result, markdown);
}
