import { UsageError } from '../../errors.js';
import type { CraRequest } from '../../jobs/cra.js';
import type { CraStep } from '../../domain/report-file.js';
import type { Command } from '../cli-support.js';
import { configArgs, jobContext, parseCommand, stringOption, withGitHub } from '../cli-support.js';
import { ghsaArgument, printReportResult } from './report-args.js';

export const craCommand: Command = {
  name: 'cra',
  usage: `cra GHSA-… [--step STEP] [--no-title]  |  cra GHSA-… --done STEP --at TIME [--dry-run]
                                Cyber Resilience Act (Art. 14) steps of an actively exploited report: its clocks
                                and paste-ready text for each STEP (early-warning, notification, final; all
                                three by default; --no-title leaves the embargoed title out); --done records a
                                step as submitted, in a PR to its report file. psrt submits nothing anywhere:
                                ENISA's single reporting platform has no API.`,
  async run(argv, io) {
    const { values, positionals } = parseCommand(
      argv,
      {
        step: { type: 'string' },
        done: { type: 'string' },
        at: { type: 'string' },
        'no-title': { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        markdown: { type: 'boolean' },
      },
      this.usage,
    );
    const usage = `\n\nusage: psrt ${this.usage}`;
    if (positionals.length > 1) throw new UsageError(`cra takes one advisory.${usage}`);
    const ghsa = ghsaArgument(positionals[0], this.usage);
    // Loaded on demand, so `psrt validate` starts fast.
    const { CRA_STEPS, runCra } = await import('../../jobs/cra.js');
    const stepOf = (option: string): CraStep | undefined => {
      const given = stringOption(values, option);
      if (given === undefined) return undefined;
      if (!(CRA_STEPS as readonly string[]).includes(given))
        throw new UsageError(`--${option} must be one of ${CRA_STEPS.join(', ')}, not "${given}".${usage}`);
      return given as CraStep;
    };
    const step = stepOf('step');
    const done = stepOf('done');
    const at = stringOption(values, 'at');
    let request: CraRequest;
    if (done !== undefined) {
      if (step !== undefined || values['no-title'] === true)
        throw new UsageError(`--done records a submission: it takes --at, not --step or --no-title.${usage}`);
      if (at === undefined) throw new UsageError(`--done needs --at TIME: when the step was submitted.${usage}`);
      request = { kind: 'done', step: done, at };
    } else {
      if (at !== undefined || values['dry-run'] === true)
        throw new UsageError(`--at and --dry-run go with --done (the text alone writes nothing).${usage}`);
      request = { kind: 'text', steps: step ? [step] : CRA_STEPS, withTitle: values['no-title'] !== true };
    }
    const paths = configArgs(io, values);
    const ctx = jobContext(io, values);
    return withGitHub(io, ctx, 'cra', async ({ gh }) => {
      const result = await runCra(
        { config: paths.resolved, apply: request.kind === 'done' && values['dry-run'] !== true, ghsa, request },
        { gh },
        ctx,
      );
      return printReportResult(io, result, values.markdown === true);
    });
  },
};
