import type { Command } from '../cli-support.js';
import { configArgs, jobContext, noPositionals, parseCommand, printJobResult, withGitHub } from '../cli-support.js';

export const pinIdsCommand: Command = {
  name: 'pin-ids',
  usage: 'pin-ids [--apply]             find the GitHub ids of members without one; --apply opens a PR adding them',
  async run(argv, io) {
    const { values, positionals } = parseCommand(
      argv,
      { apply: { type: 'boolean' }, markdown: { type: 'boolean' } },
      this.usage,
    );
    noPositionals('pin-ids', positionals, this.usage);
    const { runPinIds } = await import('../../jobs/pin-ids.js');
    const paths = configArgs(io, values);
    const ctx = jobContext(io, values);
    return withGitHub(io, ctx, 'pin-ids', async ({ gh }) => {
      const result = await runPinIds({ config: paths.resolved, apply: values.apply === true }, { gh }, ctx);
      return printJobResult(io, result, values.markdown === true);
    });
  },
};
