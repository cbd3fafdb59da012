import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { runExportDevguide } from '../../jobs/export.js';
import type { Command } from '../cli-support.js';
import { configArgs, jobContext, parseCommand, printDiagnostics, stringOption } from '../cli-support.js';

export const exportCommand: Command = {
  name: 'export',
  usage: 'export devguide [--out DIR]   write psrt.csv and psrt-emeritus.csv for the devguide (default DIR: .)',
  async run(argv, io) {
    const { values, positionals } = parseCommand(argv, { out: { type: 'string' } }, this.usage);
    if (positionals[0] !== 'devguide' || positionals.length > 1)
      throw new UsageError(`export: the only target is "devguide".\n\nusage: psrt ${this.usage}`);
    const paths = configArgs(io, values);
    const result = await runExportDevguide(paths.resolved, jobContext(io, values));
    printDiagnostics(
      io,
      result.diagnostics.filter((d) => d.severity === 'error'),
    );
    if (!result.files) {
      io.err('psrt export: the roster has errors; nothing was written.\n');
      return 1;
    }
    const out = stringOption(values, 'out') ?? '.';
    const existing = await stat(resolve(io.cwd, out)).catch(() => undefined);
    if (existing && !existing.isDirectory())
      throw new UsageError(`--out ${out} is not a directory: name a directory (it is created if missing).`);
    await mkdir(resolve(io.cwd, out), { recursive: true });
    for (const [name, content] of Object.entries(result.files)) {
      await writeFile(resolve(io.cwd, out, name), content, 'utf8');
      io.out(`wrote ${join(out, name)}\n`);
    }
    return 0;
  },
};
