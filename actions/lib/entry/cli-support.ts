// What every `psrt` command shares: argument parsing, the logger, the clock, the config paths, and
// the GitHub connection from the environment (GITHUB_TOKEN, GITHUB_API_URL, GITHUB_GRAPHQL_URL).
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ConfigPaths } from '../config/load.js';
import type { Diagnostic } from '../domain/findings.js';
import { formatDiagnostic } from '../domain/findings.js';
import { UsageError, errorMessage } from '../errors.js';
import type { JobContext, Logger } from '../jobs/context.js';
import type { JobResult } from '../jobs/job.js';
import type { Connection } from './github-connect.js';
import { connectGitHub, githubEndpoints } from './github-connect.js';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Tests and the demo serve GitHub in-process; a terminal uses the global fetch. */
  fetch?: typeof fetch;
}

export interface Command {
  name: string;
  /** One line for the usage text: "name ARGS   what it does". */
  usage: string;
  run: (argv: string[], io: CliIo) => Promise<number>;
}

export const COMMON_OPTIONS_HELP = `options for every command:
  --members FILE   the roster (default: members.yaml)
  --policy FILE    the policy (default: policy.yaml)
  --verbose        debug output
  -h, --help       this text

environment: GITHUB_TOKEN, GITHUB_API_URL, GITHUB_GRAPHQL_URL (as in Actions); MAILMAN_REST_URL,
MAILMAN_REST_USER, MAILMAN_REST_PASSWORD; PSRT_CACHE_DIR (ETag cache, default .psrt-cache);
PSRT_CACHE_SCOPE (a stable identity name for the cache); PSRT_NOW (pin the clock, ISO 8601).
`;

export type Values = Record<string, string | boolean | undefined>;
export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export function parseCommand(
  argv: string[],
  options: OptionSpec,
  usage: string,
): { values: Values; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        members: { type: 'string' },
        policy: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        verbose: { type: 'boolean' },
        ...options,
      },
    });
    return { values: values as Values, positionals };
  } catch (err) {
    throw new UsageError(`${errorMessage(err)}\n\n${usage}`);
  }
}

export function stringOption(values: Values, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

export function cliLogger(io: CliIo, verbose: boolean): Logger {
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
export function clock(io: CliIo): () => Date {
  const fixed = io.env.PSRT_NOW;
  if (fixed === undefined || fixed === '') return () => new Date();
  const t = Date.parse(fixed);
  if (Number.isNaN(t))
    throw new UsageError(`PSRT_NOW="${fixed}" is not a date (use ISO 8601, e.g. 2026-11-26T12:00:00Z).`);
  return () => new Date(t);
}

export function jobContext(io: CliIo, values: Values): JobContext {
  return { log: cliLogger(io, values.verbose === true), now: clock(io) };
}

export function printDiagnostics(io: CliIo, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) io.err(`${formatDiagnostic(d)}\n`);
}

export interface ConfigArgs {
  /** As given on the command line: what diagnostics print. */
  given: { members: string; policy: string };
  /** Resolved against the working directory (what is read), printed as given. */
  resolved: ConfigPaths;
}

export function configArgs(io: CliIo, values: Values): ConfigArgs {
  const given = {
    members: stringOption(values, 'members') ?? 'members.yaml',
    policy: stringOption(values, 'policy') ?? 'policy.yaml',
  };
  return {
    given,
    resolved: { members: resolve(io.cwd, given.members), policy: resolve(io.cwd, given.policy), names: given },
  };
}

export type CliGitHub = Connection;

/** Connect to GitHub as Actions does: token and URLs from the environment; ETags kept in PSRT_CACHE_DIR. */
export async function githubFromEnv(io: CliIo, log: Logger, cacheName = 'psrt'): Promise<CliGitHub> {
  const token = io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN;
  if (!token)
    throw new UsageError(
      'GITHUB_TOKEN is not set: this command reads GitHub. Export a token (see README: "Tokens and permissions").',
    );
  return connectGitHub({
    token,
    ...githubEndpoints(io.env),
    log,
    // One file per command: each keeps only the answers it used, so commands must not share one.
    cacheFile: join(resolve(io.cwd, io.env.PSRT_CACHE_DIR || '.psrt-cache'), `${cacheName}.etags`),
    ...(io.env.PSRT_CACHE_SCOPE ? { cacheScope: io.env.PSRT_CACHE_SCOPE } : {}),
    ...(io.fetch ? { fetch: io.fetch } : {}),
    fast: io.env.PSRT_FAST_WRITES === '1',
    ...requestTimeout(io.env.PSRT_REQUEST_TIMEOUT_MS),
  });
}

/** PSRT_REQUEST_TIMEOUT_MS (for tests against a simulator that stalls): a whole number of milliseconds. */
function requestTimeout(text: string | undefined): { timeoutMs?: number } {
  if (text === undefined || text === '') return {};
  const ms = Number(text);
  if (!Number.isSafeInteger(ms) || ms < 1)
    throw new UsageError(`PSRT_REQUEST_TIMEOUT_MS="${text}" is not a whole number of milliseconds.`);
  return { timeoutMs: ms };
}

/**
 * A job's result in a terminal: the configuration errors at their file, line and column, the plan
 * (text, or markdown with --markdown), and the exit code: 1 when the files are invalid, a guard
 * tripped or a write failed.
 */
export function printJobResult(io: CliIo, result: JobResult<unknown, unknown>, markdown: boolean): number {
  printDiagnostics(
    io,
    result.diagnostics.filter((d) => d.severity === 'error'),
  );
  io.out(result.render(markdown ? 'markdown' : 'text'));
  return result.outcome === 'invalid' || result.outcome === 'blocked' || result.outcome === 'apply-failed' ? 1 : 0;
}

/** Run `body` with a GitHub connection from the environment; the ETag cache is saved whatever happens. */
export async function withGitHub<T>(
  io: CliIo,
  ctx: JobContext,
  cacheName: string,
  body: (connection: CliGitHub) => Promise<T>,
): Promise<T> {
  const connection = await githubFromEnv(io, ctx.log, cacheName);
  try {
    return await body(connection);
  } finally {
    const c = connection.gh.counters;
    ctx.log.debug(`GitHub requests: ${c.requests} (${c.notModified} answered 304, ${c.writes} writes)`);
    await connection.saveCache();
  }
}
