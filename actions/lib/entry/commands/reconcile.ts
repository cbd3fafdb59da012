import type { Command } from '../cli-support.js';
import { configArgs, githubFromEnv, jobContext, parseCommand, printDiagnostics, stringOption } from '../cli-support.js';

export const reconcileCommand: Command = {
  name: 'reconcile',
  usage:
    'reconcile [--apply] [--allow-large-removal REASON] [--markdown]\n                                make GitHub, GHSA access and the lists match the roster (dry run unless --apply)',
  async run(argv, io) {
    const { values } = parseCommand(
      argv,
      { apply: { type: 'boolean' }, 'allow-large-removal': { type: 'string' }, markdown: { type: 'boolean' } },
      this.usage,
    );
    // The job and its clients load on demand, so `psrt validate` starts fast.
    const [{ reconcileFailed, runReconcile }, { mailmanEnv, mailmanFor }] = await Promise.all([
      import('../../jobs/reconcile.js'),
      import('../services.js'),
    ]);
    const paths = configArgs(io, values);
    const ctx = jobContext(io, values);
    const { gh, saveCache } = await githubFromEnv(io, ctx.log, 'reconcile');
    try {
      const allow = stringOption(values, 'allow-large-removal');
      const result = await runReconcile(
        { paths: paths.resolved, apply: values.apply === true, ...(allow ? { allowLargeRemoval: allow } : {}) },
        { gh, mailmanFor: mailmanFor(mailmanEnv(io.env)) },
        ctx,
      );
      printDiagnostics(
        io,
        result.diagnostics.filter((d) => d.severity === 'error'),
      );
      io.out(result.render(values.markdown === true ? 'markdown' : 'text'));
      ctx.log.debug(
        `GitHub requests: ${gh.counters.requests} (${gh.counters.notModified} answered 304, ${gh.counters.writes} writes)`,
      );
      return reconcileFailed(result) ? 1 : 0;
    } finally {
      await saveCache();
    }
  },
};
