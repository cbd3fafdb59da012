import type { Command } from '../cli-support.js';
import { configArgs, githubFromEnv, jobContext, parseCommand } from '../cli-support.js';

export const auditCommand: Command = {
  name: 'audit',
  usage:
    'audit [--apply] [--markdown]\n                                PEP 811 activity report; with --apply, the report issue and the pruning PR (dry run unless --apply)',
  async run(argv, io) {
    const { values } = parseCommand(argv, { apply: { type: 'boolean' }, markdown: { type: 'boolean' } }, this.usage);
    // Loaded on demand, so `psrt validate` starts fast.
    const { runAudit } = await import('../../jobs/audit.js');
    const paths = configArgs(io, values);
    const ctx = jobContext(io, values);
    const { gh, saveCache } = await githubFromEnv(io, ctx.log, 'audit');
    try {
      const result = await runAudit({ config: paths.resolved, apply: values.apply === true }, gh, ctx);
      io.out(values.markdown === true ? result.summary : result.text);
      if (result.reportIssue) io.out(`report issue: ${result.reportIssue.url}\n`);
      if (result.prunePr) io.out(`pruning PR: ${result.prunePr.url}\n`);
      ctx.log.debug(
        `GitHub requests: ${gh.counters.requests} (${gh.counters.notModified} answered 304, ${gh.counters.writes} writes)`,
      );
      return 0;
    } finally {
      await saveCache();
    }
  },
};
