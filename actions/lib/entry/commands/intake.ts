import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError, errorMessage } from '../../errors.js';
import type { Command } from '../cli-support.js';
import { configArgs, jobContext, parseCommand, stringOption, withGitHub } from '../cli-support.js';
import { printReportResult } from './report-args.js';

const REPO = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\/[A-Za-z0-9._-]{1,100}$/;
/** A body file larger than this cannot be a description GitHub takes (65,535 characters). */
const BODY_FILE_MAX_BYTES = 4 * 65535;

export const intakeCommand: Command = {
  name: 'intake',
  usage:
    'intake --repo OWNER/REPO --title "…" --body-file FILE --reporter "Name <email>" [--received TIME] [--no-credit] [--dry-run]\n                                take in a report on someone\'s behalf: a draft advisory, its report file in a PR, the acknowledgement to send',
  async run(argv, io) {
    const { values, positionals } = parseCommand(
      argv,
      {
        repo: { type: 'string' },
        title: { type: 'string' },
        'body-file': { type: 'string' },
        reporter: { type: 'string' },
        received: { type: 'string' },
        'no-credit': { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        markdown: { type: 'boolean' },
      },
      this.usage,
    );
    const usage = `\n\nusage: psrt ${this.usage}`;
    if (positionals.length > 0) throw new UsageError(`intake takes no positional arguments.${usage}`);
    const repo = stringOption(values, 'repo');
    if (repo === undefined || !REPO.test(repo))
      throw new UsageError(`--repo must name the covered repository as OWNER/REPO (e.g. python/cpython).${usage}`);
    const title = stringOption(values, 'title');
    if (title === undefined) throw new UsageError(`--title is required (the advisory's summary).${usage}`);
    const bodyFile = stringOption(values, 'body-file');
    if (bodyFile === undefined) throw new UsageError(`--body-file is required (the advisory's description).${usage}`);
    const reporterText = stringOption(values, 'reporter');
    if (reporterText === undefined) throw new UsageError(`--reporter "Name <email>" is required.${usage}`);
    // Loaded on demand, so `psrt validate` starts fast.
    const { acknowledgement, intakeOutcome, parseReporter, runIntake } = await import('../../jobs/intake.js');
    const reporter = parseReporter(reporterText);
    if (!reporter)
      throw new UsageError(`--reporter must be "Name <email>", e.g. "Jane Doe <jane@example.org>".${usage}`);
    const body = await readBody(resolve(io.cwd, bodyFile), bodyFile);
    const received = stringOption(values, 'received');

    const paths = configArgs(io, values);
    const ctx = jobContext(io, values);
    return withGitHub(io, ctx, 'intake', async ({ gh }) => {
      const result = await runIntake(
        {
          config: paths.resolved,
          apply: values['dry-run'] !== true,
          repo,
          title,
          body,
          bodyFile,
          reporter: { ...reporter, credit: values['no-credit'] !== true },
          ...(received !== undefined ? { received } : {}),
        },
        { gh },
        ctx,
      );
      const code = printReportResult(io, result, values.markdown === true);
      const plan = result.plan;
      if (!plan) return code;
      const { ghsa } = intakeOutcome(plan, result.results);
      if (ghsa) {
        io.out(
          `\nThe acknowledgement for the reporter (send it from security@python.org in reply to their email):\n\n${acknowledgement({ ghsa, repo: plan.repo, reporter: plan.reporter })}\n`,
        );
      } else if (code === 0) io.out('\nThe acknowledgement for the reporter is printed once the advisory exists.\n');
      return code;
    });
  },
};

async function readBody(path: string, given: string): Promise<string> {
  try {
    if ((await stat(path)).size > BODY_FILE_MAX_BYTES)
      throw new UsageError(`${given} is larger than any advisory description GitHub takes (65,535 characters).`);
    return await readFile(path, 'utf8');
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`cannot read --body-file ${given}: ${errorMessage(err)}`);
  }
}
