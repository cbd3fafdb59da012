import { resolve } from 'node:path';
import type { Command } from '../cli-support.js';
import { configArgs, jobContext, noPositionals, parseCommand, printJobResult, stringOption } from '../cli-support.js';

export const osvCommand: Command = {
  name: 'osv',
  usage:
    'osv [--out DIR] [--records DIR] [--dry-run]\n' +
    '                                an OSV record (PSF-YYYY-N.json, into DIR, default osv/) per published CVE record in\n' +
    '                                records/; new ids are added to records/osv-ids.yaml; offline',
  async run(argv, io) {
    const { values, positionals } = parseCommand(
      argv,
      {
        out: { type: 'string' },
        records: { type: 'string' },
        'dry-run': { type: 'boolean' },
        markdown: { type: 'boolean' },
      },
      this.usage,
    );
    noPositionals('osv', positionals, this.usage);
    const { runOsv } = await import('../../jobs/osv.js');
    const paths = configArgs(io, values);
    const names = { records: stringOption(values, 'records') ?? 'records', out: stringOption(values, 'out') ?? 'osv' };
    const result = await runOsv(
      {
        config: paths.resolved,
        apply: values['dry-run'] !== true,
        recordsDir: resolve(io.cwd, names.records),
        outDir: resolve(io.cwd, names.out),
        names: { records: names.records.replace(/\/+$/, ''), out: names.out.replace(/\/+$/, '') },
      },
      jobContext(io, values),
    );
    return printJobResult(io, result, values.markdown === true);
  },
};
