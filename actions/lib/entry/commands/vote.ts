import { UsageError } from '../../errors.js';
import type { Command } from '../cli-support.js';
import { configArgs, jobContext, parseCommand, printJobResult, withGitHub } from '../cli-support.js';

export const voteCommand: Command = {
  name: 'vote',
  usage:
    'vote [PR] [--dry-run] [--markdown]\n                                count PEP 811 nomination votes: the psrt/vote status and one tally comment per PR (all open PRs when none is named)',
  async run(argv, io) {
    const { values, positionals } = parseCommand(
      argv,
      { 'dry-run': { type: 'boolean' }, markdown: { type: 'boolean' } },
      this.usage,
    );
    if (positionals.length > 1)
      throw new UsageError(`vote takes at most one pull request number.\n\nusage: psrt ${this.usage}`);
    const given = positionals[0]?.replace(/^#/, '');
    const pullRequest = given === undefined ? undefined : Number(given);
    if (pullRequest !== undefined && (!Number.isInteger(pullRequest) || pullRequest < 1))
      throw new UsageError(`"${positionals[0]}" is not a pull request number.\n\nusage: psrt ${this.usage}`);
    // Loaded on demand, so `psrt validate` starts fast.
    const { runVote } = await import('../../jobs/vote.js');
    const paths = configArgs(io, values);
    const ctx = jobContext(io, values);
    return withGitHub(io, ctx, 'vote', async ({ gh }) => {
      const result = await runVote(
        {
          config: paths.resolved,
          apply: values['dry-run'] !== true,
          ...(pullRequest !== undefined ? { pullRequest } : {}),
        },
        { gh },
        ctx,
      );
      return printJobResult(io, result, values.markdown === true);
    });
  },
};
