import { UsageError } from '../../errors.js';
import type { AccessAction } from '../../jobs/grant.js';
import type { CliIo, Command } from '../cli-support.js';
import { configArgs, jobContext, parseCommand, stringOption, withGitHub } from '../cli-support.js';
import { ghsaArgument, loginArgument, printReportResult } from './report-args.js';

/** grant and revoke: one job, two commands. */
export async function runAccessCommand(kind: 'grant' | 'revoke', usage: string, argv: string[], io: CliIo) {
  const { values, positionals } = parseCommand(
    argv,
    {
      'dry-run': { type: 'boolean' },
      markdown: { type: 'boolean' },
      reason: { type: 'string' },
      ...(kind === 'grant' ? { days: { type: 'string' } } : {}),
    },
    usage,
  );
  if (positionals.length > 2) throw new UsageError(`too many arguments.\n\nusage: psrt ${usage}`);
  const ghsa = ghsaArgument(positionals[0], usage);
  const login = loginArgument(positionals[1], usage);
  // Loaded on demand, so `psrt validate` starts fast.
  const { MAX_GRANT_DAYS, runAccess } = await import('../../jobs/grant.js');
  const reason = stringOption(values, 'reason')?.trim();
  let action: AccessAction;
  if (kind === 'grant') {
    const given = stringOption(values, 'days');
    const days = given === undefined ? NaN : Number(given);
    if (!Number.isInteger(days) || days < 1 || days > MAX_GRANT_DAYS)
      throw new UsageError(
        `--days must be a whole number of days from 1 to ${MAX_GRANT_DAYS}${given === undefined ? '' : `, not "${given}"`}.\n\nusage: psrt ${usage}`,
      );
    if (!reason)
      throw new UsageError(`--reason is required: say why this person needs access.\n\nusage: psrt ${usage}`);
    action = { kind, days, reason };
  } else action = { kind, ...(reason ? { reason } : {}) };
  const paths = configArgs(io, values);
  const ctx = jobContext(io, values);
  return withGitHub(io, ctx, kind, async ({ gh }) => {
    const result = await runAccess(
      { config: paths.resolved, apply: values['dry-run'] !== true, ghsa, login, action },
      { gh },
      ctx,
    );
    return printReportResult(io, result, values.markdown === true);
  });
}

export const grantCommand: Command = {
  name: 'grant',
  usage:
    'grant GHSA-… LOGIN --days N --reason "…" [--dry-run]\n                                give someone outside the PSRT access to one advisory for N days (1–365): a PR to its report file',
  run(argv, io) {
    return runAccessCommand('grant', this.usage, argv, io);
  },
};
