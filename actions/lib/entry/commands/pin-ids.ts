import type { Command } from '../cli-support.js';
import { configArgs, githubFromEnv, jobContext, parseCommand, printDiagnostics } from '../cli-support.js';

export const pinIdsCommand: Command = {
  name: 'pin-ids',
  usage: 'pin-ids [--apply]             find the GitHub ids of members without one; --apply opens a PR adding them',
  async run(argv, io) {
    const { values } = parseCommand(argv, { apply: { type: 'boolean' } }, this.usage);
    const { runPinIds } = await import('../../jobs/pin-ids.js');
    const paths = configArgs(io, values);
    const ctx = jobContext(io, values);
    const { gh, saveCache } = await githubFromEnv(io, ctx.log, 'pin-ids');
    try {
      const result = await runPinIds({ paths: paths.resolved, apply: values.apply === true }, gh, ctx);
      printDiagnostics(
        io,
        result.diagnostics.filter((d) => d.severity === 'error'),
      );
      io.out(result.text);
      return result.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
    } finally {
      await saveCache();
    }
  },
};
