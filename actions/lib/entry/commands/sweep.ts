import { resolve } from 'node:path';
import type { Command } from '../cli-support.js';
import { cveServicesIfConfigured } from '../cve-connect.js';
import {
  configArgs,
  jobContext,
  noPositionals,
  parseCommand,
  printJobResult,
  stringOption,
  withGitHub,
} from '../cli-support.js';

export const sweepCommand: Command = {
  name: 'sweep',
  usage:
    'sweep [--apply] [--allow-large-removal REASON] [--base-policy FILE] [--markdown]\n                                the report desk: coordinators, title tags, clocks and reminders, outside access, a CVE id on accept, the dashboard (dry run unless --apply)',
  async run(argv, io) {
    const { values, positionals } = parseCommand(
      argv,
      {
        apply: { type: 'boolean' },
        'allow-large-removal': { type: 'string' },
        'base-policy': { type: 'string' },
        markdown: { type: 'boolean' },
      },
      this.usage,
    );
    noPositionals('sweep', positionals, this.usage);
    // The job and its clients load on demand, so `psrt validate` starts fast.
    const { runSweep, sweepDashboardUrl } = await import('../../jobs/sweep.js');
    const paths = configArgs(io, values);
    const ctx = jobContext(io, values);
    const allow = stringOption(values, 'allow-large-removal');
    const base = stringOption(values, 'base-policy');
    const cve = cveServicesIfConfigured(io.env, {
      log: ctx.log,
      ...(io.fetch ? { fetch: io.fetch } : {}),
      fast: io.env.PSRT_FAST_WRITES === '1',
    });
    return withGitHub(io, ctx, 'sweep', async ({ gh }) => {
      const result = await runSweep(
        {
          config: paths.resolved,
          apply: values.apply === true,
          ...(allow ? { allowLargeRemoval: allow } : {}),
          ...(base ? { basePolicy: resolve(io.cwd, base) } : {}),
        },
        { gh, ...(cve ? { cve } : {}) },
        ctx,
      );
      const code = printJobResult(io, result, values.markdown === true);
      const url = sweepDashboardUrl(result);
      if (url) io.out(`dashboard: ${url}\n`);
      return code;
    });
  },
};
