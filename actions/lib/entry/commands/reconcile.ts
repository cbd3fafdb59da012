import type { Command } from '../cli-support.js';
import {
  configArgs,
  jobContext,
  noPositionals,
  parseCommand,
  printJobResult,
  stringOption,
  withGitHub,
} from '../cli-support.js';

export const reconcileCommand: Command = {
  name: 'reconcile',
  usage:
    'reconcile [--apply] [--add-only] [--allow-large-removal REASON] [--markdown]\n                                make GitHub, GHSA access and the lists match the roster (dry run unless --apply; --add-only: removals shown, never written)',
  async run(argv, io) {
    const { values, positionals } = parseCommand(
      argv,
      {
        apply: { type: 'boolean' },
        'add-only': { type: 'boolean' },
        'allow-large-removal': { type: 'string' },
        markdown: { type: 'boolean' },
      },
      this.usage,
    );
    noPositionals('reconcile', positionals, this.usage);
    // The job and its clients load on demand, so `psrt validate` starts fast.
    const [{ runReconcile }, { mailmanEnv, mailmanFor }] = await Promise.all([
      import('../../jobs/reconcile.js'),
      import('../services.js'),
    ]);
    const paths = configArgs(io, values);
    const ctx = jobContext(io, values);
    const allow = stringOption(values, 'allow-large-removal');
    return withGitHub(io, ctx, 'reconcile', async ({ gh, memory }) => {
      const result = await runReconcile(
        {
          config: paths.resolved,
          apply: values.apply === true,
          ...(allow ? { allowLargeRemoval: allow } : {}),
          ...(values['add-only'] === true ? { addOnly: true } : {}),
        },
        { gh, memory, mailmanFor: mailmanFor(mailmanEnv(io.env)) },
        ctx,
      );
      return printJobResult(io, result, values.markdown === true);
    });
  },
};
