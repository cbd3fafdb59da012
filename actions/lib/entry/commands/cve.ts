// `psrt cve record|draft|publish|reject`: the CNA desk from a terminal. record prints a CVE record (from
// GitHub, or offline from files); draft, publish and reject are jobs (dry run unless --apply).
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { UsageError, UserError, errorMessage } from '../../errors.js';
import type { CliIo, Command, Values } from '../cli-support.js';
import {
  configArgs,
  jobContext,
  parseCommand,
  printDiagnostics,
  printJobResult,
  stringOption,
  withGitHub,
} from '../cli-support.js';
import { CVE_ID, GHSA_ID } from '../../domain/ids.js';

const USAGE = `cve record GHSA-… [--out FILE]
                                the CVE record of an advisory (JSON 5.2, validated), from GitHub and reports/
  cve record --advisory FILE [--report FILE] [--out FILE]
                                the same offline, from an advisory file (GitHub's REST answer) and a report file
  cve draft GHSA-… [--apply]    open or update the record PR (records/CVE-….json) for review by a second operator
  cve publish [CVE-…] [--apply] publish or update merged records at CVE Services (after the advisory email)
  cve reject CVE-… --reason "…" [--apply]
                                a PR turning records/CVE-….json into its rejection (applied by cve publish on merge)
                                CVE Services: CVE_API_ORG, CVE_API_USER, CVE_API_KEY; CVE_API_URL (default production)`;

function needArgument(positionals: string[], pattern: RegExp, what: string, usage: string): string {
  const [value, ...extra] = positionals;
  if (value === undefined) throw new UsageError(`give the ${what}.\n\nusage: psrt ${usage}`);
  if (!pattern.test(value)) throw new UsageError(`"${value}" is not a ${what}.\n\nusage: psrt ${usage}`);
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}".\n\nusage: psrt ${usage}`);
  return value;
}

async function readNamed(io: CliIo, given: string, what: string): Promise<{ text: string; file: string }> {
  try {
    return { text: await readFile(resolve(io.cwd, given), 'utf8'), file: given };
  } catch (err) {
    throw new UserError(`cannot read the ${what} ${given}: ${errorMessage(err)}`);
  }
}

/** The local report file beside members.yaml (reports/GHSA-….yaml), when there is one. */
async function localReport(
  io: CliIo,
  membersPath: string,
  ghsa: string,
): Promise<{ text: string; file: string } | undefined> {
  const path = join(dirname(membersPath), 'reports', `${ghsa}.yaml`);
  try {
    return { text: await readFile(path, 'utf8'), file: relative(io.cwd, path) || path };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UserError(`cannot read ${path}: ${errorMessage(err)}`);
  }
}

async function loadConfigOrExit(io: CliIo, values: Values, now: Date) {
  const { loadConfig } = await import('../../config/load.js');
  const paths = configArgs(io, values);
  const loaded = await loadConfig(paths.resolved, now, undefined, { style: false });
  if (!loaded.config)
    printDiagnostics(
      io,
      loaded.diagnostics.filter((d) => d.severity === 'error'),
    );
  return { paths, config: loaded.config };
}

async function recordCommand(argv: string[], io: CliIo, usage: string): Promise<number> {
  const { values, positionals } = parseCommand(
    argv,
    { out: { type: 'string' }, advisory: { type: 'string' }, report: { type: 'string' } },
    usage,
  );
  const ctx = jobContext(io, values);
  const now = ctx.now();
  const advisoryFile = stringOption(values, 'advisory');
  const reportFile = stringOption(values, 'report');
  if (advisoryFile && positionals.length > 0)
    throw new UsageError(`give either a GHSA id or --advisory FILE, not both.\n\nusage: psrt ${usage}`);
  if (!advisoryFile && reportFile)
    throw new UsageError(
      `--report goes with --advisory (online, the report file is reports/GHSA-….yaml beside members.yaml).\n\nusage: psrt ${usage}`,
    );
  const ghsa = advisoryFile ? undefined : needArgument(positionals, GHSA_ID, 'GHSA id (GHSA-xxxx-xxxx-xxxx)', usage);
  const { recordFromFiles, recordFromGitHub } = await import('../../jobs/cve/record.js');
  const { formatCveRecordFile } = await import('../../domain/cve/format.js');
  const { paths, config } = await loadConfigOrExit(io, values, now);
  if (!config) return 1;

  let outcome;
  if (advisoryFile) {
    // Offline: only the files named here; no token, no network.
    const advisory = await readNamed(io, advisoryFile, 'advisory file');
    const report = reportFile ? await readNamed(io, reportFile, 'report file') : undefined;
    outcome = recordFromFiles(config, advisory, report, now);
  } else {
    const report = await localReport(io, paths.resolved.members, ghsa!);
    if (report) ctx.log.info(`using the report file ${report.file}`);
    outcome = await withGitHub(io, ctx, 'cve', ({ gh }) =>
      recordFromGitHub(config, ghsa!, report, { gh, ghFor: () => gh }, now),
    );
  }
  if (!outcome.ok) {
    printDiagnostics(io, outcome.diagnostics);
    for (const e of outcome.errors) io.err(`${e}\n`);
    if (outcome.refusals.length > 0) {
      io.err(`no record: ${outcome.refusals.length} reason(s):\n`);
      for (const r of outcome.refusals) io.err(`  ${r.field}: ${r.reason}\n`);
    }
    return 1;
  }
  const text = formatCveRecordFile(outcome.record);
  const out = stringOption(values, 'out');
  if (out) {
    try {
      await writeFile(resolve(io.cwd, out), text);
    } catch (err) {
      throw new UserError(`cannot write ${out}: ${errorMessage(err)}`);
    }
    io.err(`wrote the record of ${outcome.record.cveMetadata.cveId} (${outcome.ghsa}) to ${out}\n`);
  } else io.out(text);
  return 0;
}

async function draftCommand(argv: string[], io: CliIo, usage: string): Promise<number> {
  const { values, positionals } = parseCommand(
    argv,
    { apply: { type: 'boolean' }, markdown: { type: 'boolean' } },
    usage,
  );
  const ghsa = needArgument(positionals, GHSA_ID, 'GHSA id (GHSA-xxxx-xxxx-xxxx)', usage);
  const { runCveDraft } = await import('../../jobs/cve/draft.js');
  const paths = configArgs(io, values);
  const ctx = jobContext(io, values);
  return withGitHub(io, ctx, 'cve', async ({ gh }) => {
    const result = await runCveDraft(
      { config: paths.resolved, apply: values.apply === true, ghsa },
      { gh, ghFor: () => gh },
      ctx,
    );
    const code = printJobResult(io, result, values.markdown === true);
    const plan = result.plan;
    return code !== 0 || (plan && (plan.refusals.length > 0 || plan.diagnostics.length > 0)) ? 1 : 0;
  });
}

async function publishCommand(argv: string[], io: CliIo, usage: string): Promise<number> {
  const { values, positionals } = parseCommand(
    argv,
    { apply: { type: 'boolean' }, markdown: { type: 'boolean' } },
    usage,
  );
  const cveId = positionals.length > 0 ? needArgument(positionals, CVE_ID, 'CVE ID (CVE-YYYY-NNNN)', usage) : undefined;
  const [{ runCvePublish }, { publishRefusedAsked }, { connectCveServices }] = await Promise.all([
    import('../../jobs/cve/publish.js'),
    import('../../domain/cve/publish-plan.js'),
    import('../cve-connect.js'),
  ]);
  const paths = configArgs(io, values);
  const ctx = jobContext(io, values);
  const cve = connectCveServices(io.env, {
    ...(io.fetch ? { fetch: io.fetch } : {}),
    log: ctx.log,
    fast: io.env.PSRT_FAST_WRITES === '1',
  });
  return withGitHub(io, ctx, 'cve', async ({ gh }) => {
    const result = await runCvePublish(
      { config: paths.resolved, apply: values.apply === true, ...(cveId ? { cveId } : {}) },
      { gh, ghFor: () => gh, cve },
      ctx,
    );
    const code = printJobResult(io, result, values.markdown === true);
    return code !== 0 || (result.plan && publishRefusedAsked(result.plan)) ? 1 : 0;
  });
}

async function rejectCommand(argv: string[], io: CliIo, usage: string): Promise<number> {
  const { values, positionals } = parseCommand(
    argv,
    { apply: { type: 'boolean' }, markdown: { type: 'boolean' }, reason: { type: 'string' } },
    usage,
  );
  const cveId = needArgument(positionals, CVE_ID, 'CVE ID (CVE-YYYY-NNNN)', usage);
  const reason = stringOption(values, 'reason');
  if (reason === undefined) throw new UsageError(`give the public reason with --reason "…".\n\nusage: psrt ${usage}`);
  const [{ runCveReject }, { connectCveServices, hasCveCredentials }] = await Promise.all([
    import('../../jobs/cve/reject.js'),
    import('../cve-connect.js'),
  ]);
  const paths = configArgs(io, values);
  const ctx = jobContext(io, values);
  const cve = hasCveCredentials(io.env)
    ? connectCveServices(io.env, {
        ...(io.fetch ? { fetch: io.fetch } : {}),
        log: ctx.log,
        fast: io.env.PSRT_FAST_WRITES === '1',
      })
    : undefined;
  return withGitHub(io, ctx, 'cve', async ({ gh }) => {
    const result = await runCveReject(
      { config: paths.resolved, apply: values.apply === true, cveId, reason },
      { gh, ghFor: () => gh, ...(cve ? { cve } : {}) },
      ctx,
    );
    const code = printJobResult(io, result, values.markdown === true);
    return code !== 0 || result.plan?.refused ? 1 : 0;
  });
}

interface Subcommand {
  usage: string;
  run: (argv: string[], io: CliIo, usage: string) => Promise<number>;
}

const SUBCOMMANDS = new Map<string, Subcommand>([
  [
    'record',
    {
      usage: 'cve record GHSA-… [--out FILE]  |  cve record --advisory FILE [--report FILE] [--out FILE]',
      run: recordCommand,
    },
  ],
  ['draft', { usage: 'cve draft GHSA-… [--apply] [--markdown]', run: draftCommand }],
  ['publish', { usage: 'cve publish [CVE-…] [--apply] [--markdown]', run: publishCommand }],
  ['reject', { usage: 'cve reject CVE-… --reason "…" [--apply] [--markdown]', run: rejectCommand }],
]);

export const cveCommand: Command = {
  name: 'cve',
  usage: USAGE,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    const entry = sub === undefined ? undefined : SUBCOMMANDS.get(sub);
    if (!entry)
      throw new UsageError(
        `${sub === undefined ? 'give a subcommand' : `unknown subcommand "${sub}"`}.\n\nusage: psrt ${USAGE}`,
      );
    return entry.run(rest, io, entry.usage);
  },
};
