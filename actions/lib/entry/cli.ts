// `psrt <command>`: the same jobs the actions run, from a terminal. This module parses arguments
// and the environment into settings, calls one job and prints its result; actions/cli.ts runs it.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Diagnostic } from '../domain/findings.js';
import { formatDiagnostic } from '../domain/findings.js';
import { UsageError, UserError, errorMessage } from '../errors.js';
import type { JobContext, Logger } from '../jobs/context.js';
import { runExportDevguide } from '../jobs/export.js';
import { runValidate } from '../jobs/validate.js';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Tests and the demo serve GitHub in-process; a terminal uses the global fetch. */
  fetch?: typeof fetch;
}

const USAGE = `usage: psrt <command> [options]

commands:
  validate                      check members.yaml and policy.yaml (no network)
  export devguide [--out DIR]   write psrt.csv and psrt-emeritus.csv for the devguide (default DIR: .)

options for every command:
  --members FILE   the roster (default: members.yaml)
  --policy FILE    the policy (default: policy.yaml)
  -h, --help       this text
`;

interface Common {
  members: string;
  policy: string;
}

function cliLogger(io: CliIo, verbose: boolean): Logger {
  return {
    info: (m) => io.err(`${m}\n`),
    warning: (m) => io.err(`warning: ${m}\n`),
    error: (m) => io.err(`error: ${m}\n`),
    debug: (m) => {
      if (verbose) io.err(`debug: ${m}\n`);
    },
  };
}

/** PSRT_NOW pins the clock (replaying a past run, or a demo world dated in the past). */
function clock(io: CliIo): () => Date {
  const fixed = io.env.PSRT_NOW;
  if (fixed === undefined || fixed === '') return () => new Date();
  const t = Date.parse(fixed);
  if (Number.isNaN(t)) throw new UsageError(`PSRT_NOW="${fixed}" is not a date (use ISO 8601, e.g. 2026-11-26T12:00:00Z).`);
  return () => new Date(t);
}

function printDiagnostics(io: CliIo, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) io.err(`${formatDiagnostic(d)}\n`);
}

type Values = Record<string, string | boolean | undefined>;

function parse(argv: string[], options: Record<string, { type: 'string' | 'boolean'; short?: string }>): { values: Values; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { members: { type: 'string' }, policy: { type: 'string' }, help: { type: 'boolean', short: 'h' }, verbose: { type: 'boolean' }, ...options },
    });
    return { values: values as Values, positionals };
  } catch (err) {
    throw new UsageError(`${errorMessage(err)}\n\n${USAGE}`);
  }
}

function common(values: Values): Common {
  const str = (v: string | boolean | undefined, d: string): string => (typeof v === 'string' ? v : d);
  return { members: str(values.members, 'members.yaml'), policy: str(values.policy, 'policy.yaml') };
}

function context(io: CliIo, values: Values): JobContext {
  return { log: cliLogger(io, values.verbose === true), now: clock(io) };
}

async function cmdValidate(argv: string[], io: CliIo): Promise<number> {
  const { values } = parse(argv, {});
  if (values.help) return usage(io);
  const paths = withCwd(io, common(values));
  const result = await runValidate(paths.resolved, context(io, values));
  printDiagnostics(io, result.diagnostics.map((d) => paths.display(d)));
  if (!result.ok || !result.counts) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    io.err(`psrt validate: ${errors} error(s).\n`);
    return 1;
  }
  const c = result.counts;
  io.out(
    `${paths.given.members}, ${paths.given.policy}: valid. ${c.members} members (${c.admins} admins, ${c.releaseManagers} release managers, ${c.steeringCouncil} Steering Council), ${c.emeritus} emeritus; ${c.withEmail} with email, ${c.withId} with pinned id.\n`,
  );
  return 0;
}

async function cmdExport(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv, { out: { type: 'string' } });
  if (values.help) return usage(io);
  if (positionals[0] !== 'devguide' || positionals.length > 1) throw new UsageError(`export: the only target is "devguide".\n\n${USAGE}`);
  const paths = withCwd(io, common(values));
  const result = await runExportDevguide(paths.resolved, context(io, values));
  printDiagnostics(io, result.diagnostics.filter((d) => d.severity === 'error').map((d) => paths.display(d)));
  if (!result.files) {
    io.err('psrt export: the roster has errors; nothing was written.\n');
    return 1;
  }
  const outDir = resolve(io.cwd, typeof values.out === 'string' ? values.out : '.');
  await mkdir(outDir, { recursive: true });
  for (const [name, content] of Object.entries(result.files)) {
    await writeFile(join(outDir, name), content, 'utf8');
    io.out(`wrote ${join(typeof values.out === 'string' ? values.out : '.', name)}\n`);
  }
  return 0;
}

/** Files are read relative to where the CLI runs and printed as given, so editors can jump to file:line:col. */
function withCwd(io: CliIo, given: Common): { given: Common; resolved: Common; display: (d: Diagnostic) => Diagnostic } {
  const resolved = { members: resolve(io.cwd, given.members), policy: resolve(io.cwd, given.policy) };
  const names = new Map([
    [resolved.members, given.members],
    [resolved.policy, given.policy],
  ]);
  return { given, resolved, display: (d) => ({ ...d, file: names.get(d.file) ?? d.file }) };
}

function usage(io: CliIo): number {
  io.out(USAGE);
  return 0;
}

const COMMANDS: Record<string, (argv: string[], io: CliIo) => Promise<number>> = {
  validate: cmdValidate,
  export: cmdExport,
};

/** The CLI's one error boundary: every failure is a message and an exit code, never a stack trace. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '-h' || name === '--help' || name === 'help') return usage(io);
    const command = COMMANDS[name];
    if (!command) throw new UsageError(`unknown command "${name}".\n\n${USAGE}`);
    return await command(rest, io);
  } catch (err) {
    if (err instanceof UserError) {
      io.err(`psrt ${name ?? ''}: ${err.message}\n`);
      return err.exitCode;
    }
    io.err(`psrt ${name ?? ''}: unexpected failure: ${errorMessage(err)}. Set PSRT_DEBUG=1 for the stack, and report it if it persists.\n`);
    if (io.env.PSRT_DEBUG === '1' && err instanceof Error && err.stack) io.err(`${err.stack}\n`);
    return 1;
  }
}
