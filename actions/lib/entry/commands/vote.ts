import { UsageError } from '../../errors.js';
import type { Command } from '../cli-support.js';
import { configArgs, githubFromEnv, jobContext, parseCommand } from '../cli-support.js';

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
    const { gh, saveCache } = await githubFromEnv(io, ctx.log, 'vote');
    try {
      const result = await runVote(
        {
          config: paths.resolved,
          apply: values['dry-run'] !== true,
          ...(pullRequest !== undefined ? { pullRequest } : {}),
        },
        gh,
        ctx,
      );
      io.out(values.markdown === true ? result.summary : result.text);
      ctx.log.debug(
        `GitHub requests: ${gh.counters.requests} (${gh.counters.notModified} answered 304, ${gh.counters.writes} writes)`,
      );
      return 0;
    } finally {
      await saveCache();
    }
  },
};
