// What every `psrt` command shares: argument parsing, the logger, the clock, the config paths, and
// the GitHub connection from the environment (GITHUB_TOKEN, GITHUB_API_URL, GITHUB_GRAPHQL_URL).
import { statSync } from 'node:fs';
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
PSRT_CACHE_SCOPE (a stable identity name for the cache); PSRT_NOW (pin the clock, ISO 8601);
PSRT_TIMEOUT_SECONDS (give up on a GitHub request after this long, default 30); CVE_API_URL,
CVE_API_ORG, CVE_API_USER, CVE_API_KEY (CVE Services: cve, sweep); SMTP_URL (smtp:// with STARTTLS or
smtps://, with the login) and SMTP_CA_FILE (certificates to trust besides the system's) for announce --send.
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

/** Commands that take no file or other argument say so, rather than ignoring it. */
export function noPositionals(command: string, positionals: readonly string[], usage: string): void {
  if (positionals.length === 0) return;
  throw new UsageError(
    `${command} takes no argument ("${positionals[0]}"): name the files with --members FILE and --policy FILE.\n\nusage: psrt ${usage}`,
  );
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

const PSRT_NOW_FORM =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-](\d{2}):(\d{2})))?$/;

/**
 * PSRT_NOW as an instant: a calendar date (midnight UTC) or a date and time with its zone, checked
 * field by field (Date.parse reads 2026-02-30 as 2 March, and "1" as the year 2001).
 */
export function parseFixedNow(text: string): Date | undefined {
  const m = PSRT_NOW_FORM.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (calendar.getUTCFullYear() !== year || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day)
    return undefined;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return undefined;
  if (m[8] !== undefined && (Number(m[8]) > 23 || Number(m[9]) > 59)) return undefined;
  const t = Date.parse(m[4] === undefined ? `${text}T00:00:00Z` : text);
  return Number.isNaN(t) ? undefined : new Date(t);
}

/** PSRT_NOW pins the clock (replaying a past run, or a demo world dated in the past). */
export function clock(io: CliIo): () => Date {
  const fixed = io.env.PSRT_NOW;
  if (fixed === undefined || fixed === '') return () => new Date();
  const at = parseFixedNow(fixed);
  if (!at)
    throw new UsageError(
      `PSRT_NOW="${fixed}" is not a date on the calendar: use ISO 8601, a date (2026-11-26) or a date and time with its zone (2026-11-26T12:00:00Z).`,
    );
  return () => new Date(at.getTime());
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
  const endpoints = githubEndpoints(io.env);
  const cacheDir = resolve(io.cwd, io.env.PSRT_CACHE_DIR || '.psrt-cache');
  if (statSync(cacheDir, { throwIfNoEntry: false })?.isDirectory() === false)
    throw new UsageError(
      `PSRT_CACHE_DIR (${io.env.PSRT_CACHE_DIR || '.psrt-cache'}) is not a directory: name a directory for the ETag cache (it is created if missing).`,
    );
  const timeout = io.env.PSRT_TIMEOUT_SECONDS;
  if (timeout !== undefined && timeout !== '' && !/^[1-9]\d{0,3}$/.test(timeout))
    throw new UsageError(`PSRT_TIMEOUT_SECONDS="${timeout}" is not a whole number of seconds (1 to 9999).`);
  return connectGitHub({
    token,
    ...endpoints,
    log,
    ...(timeout ? { timeoutMs: Number(timeout) * 1000 } : {}),
    // One file per command: each keeps only the answers it used, so commands must not share one.
    cacheFile: join(cacheDir, `${cacheName}.etags`),
    ...(io.env.PSRT_CACHE_SCOPE ? { cacheScope: io.env.PSRT_CACHE_SCOPE } : {}),
    ...(io.fetch ? { fetch: io.fetch } : {}),
    fast: io.env.PSRT_FAST_WRITES === '1',
  });
}

/**
 * A job's result in a terminal: the configuration errors at their file, line and column, the plan
 * (text, or markdown with --markdown), and the exit code: 1 when the files are invalid (also when
 * only GitHub could tell, e.g. a login with no account), a guard tripped or a write failed.
 */
export function printJobResult(io: CliIo, result: JobResult<unknown, unknown>, markdown: boolean): number {
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  printDiagnostics(io, errors);
  io.out(result.render(markdown ? 'markdown' : 'text'));
  // An error only GitHub could tell (a login with no account) fails the run though the rest went ahead.
  return result.outcome === 'invalid' ||
    result.outcome === 'blocked' ||
    result.outcome === 'apply-failed' ||
    errors.length > 0
    ? 1
    : 0;
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
