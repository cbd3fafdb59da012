import { resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import type { Command } from '../cli-support.js';
import {
  configArgs,
  jobContext,
  noPositionals,
  parseCommand,
  printDiagnostics,
  printJobResult,
  stringOption,
  withGitHub,
} from '../cli-support.js';

export const creditsCommand: Command = {
  name: 'credits',
  usage:
    'credits --year YYYY [--format md|csv] [--records DIR]\n' +
    '                                who coordinated, fixed or reviewed the fixes of the reports that ended in a year\n' +
    '                                (GHSA credits and the CVE records in records/), names from members.yaml',
  async run(argv, io) {
    const { values, positionals } = parseCommand(
      argv,
      { year: { type: 'string' }, format: { type: 'string' }, records: { type: 'string' } },
      this.usage,
    );
    noPositionals('credits', positionals, this.usage);
    const yearText = stringOption(values, 'year');
    if (yearText === undefined || !/^\d{4}$/.test(yearText))
      throw new UsageError(`--year YYYY is required (e.g. --year 2026).\n\nusage: psrt ${this.usage}`);
    const format = stringOption(values, 'format') ?? 'md';
    if (format !== 'md' && format !== 'csv') throw new UsageError(`--format is md or csv, not "${format}".`);
    const { runCredits } = await import('../../jobs/credits.js');
    const { renderCreditsCsv } = await import('../../domain/credits.js');
    const paths = configArgs(io, values);
    const ctx = jobContext(io, values);
    const recordsName = (stringOption(values, 'records') ?? 'records').replace(/\/+$/, '');
    return withGitHub(io, ctx, 'credits', async ({ gh }) => {
      const result = await runCredits(
        {
          config: paths.resolved,
          apply: false,
          year: Number(yearText),
          recordsDir: resolve(io.cwd, recordsName),
          recordsName,
        },
        { gh },
        ctx,
      );
      if (format === 'csv' && result.plan) {
        printDiagnostics(
          io,
          result.diagnostics.filter((d) => d.severity === 'error'),
        );
        io.out(renderCreditsCsv(result.plan.report));
        return 0;
      }
      return printJobResult(io, result, true);
    });
  },
};
