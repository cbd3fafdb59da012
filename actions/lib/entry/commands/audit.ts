import type { Command } from '../cli-support.js';
import { configArgs, jobContext, noPositionals, parseCommand, printJobResult, withGitHub } from '../cli-support.js';

export const auditCommand: Command = {
  name: 'audit',
  usage:
    'audit [--apply] [--markdown]\n                                PEP 811 activity report; with --apply, the report issue and the pruning PR (dry run unless --apply)',
  async run(argv, io) {
    const { values, positionals } = parseCommand(
      argv,
      { apply: { type: 'boolean' }, markdown: { type: 'boolean' } },
      this.usage,
    );
    noPositionals('audit', positionals, this.usage);
    // Loaded on demand, so `psrt validate` starts fast.
    const { auditLinks, runAudit } = await import('../../jobs/audit.js');
    const paths = configArgs(io, values);
    const ctx = jobContext(io, values);
    return withGitHub(io, ctx, 'audit', async ({ gh }) => {
      const result = await runAudit({ config: paths.resolved, apply: values.apply === true }, { gh }, ctx);
      const code = printJobResult(io, result, values.markdown === true);
      const links = auditLinks(result);
      if (links.reportIssue) io.out(`report issue: ${links.reportIssue}\n`);
      if (links.pullRequest) io.out(`pruning PR: ${links.pullRequest}\n`);
      return code;
    });
  },
};
