// workflow-commands.ts writes what @actions/core writes: the same calls through both implementations of
// ActionIo give the same stdout, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, byte for byte (the random
// delimiter of multi-line outputs aside), and the same exit code.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ActionIo } from '../../actions/lib/entry/action-io.js';
import * as core from '@actions/core';

/** @actions/core behind the same interface: the reference the actions' own writer must match. */
const coreIo: ActionIo = {
  getInput: (name, options) => core.getInput(name, options),
  setOutput: (name, value) => core.setOutput(name, value),
  setSecret: (secret) => core.setSecret(secret),
  info: (message) => core.info(message),
  debug: (message) => core.debug(message),
  isDebug: () => core.isDebug(),
  warning: (message, properties) => core.warning(message, properties),
  error: (message, properties) => core.error(message, properties),
  setFailed: (message) => core.setFailed(message),
  appendSummary: async (markdown) => {
    await core.summary.addRaw(markdown, true).write();
  },
};
import {
  fileCommandDelimiter,
  formatWorkflowCommand,
  workflowCommands,
} from '../../actions/lib/entry/workflow-commands.js';

const RUNNER_ENV = ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'RUNNER_DEBUG', 'INPUT_MEMBERS-FILE', 'INPUT_WITH_SPACE'];
const saved = Object.fromEntries(RUNNER_ENV.map((k) => [k, process.env[k]]));

afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) Reflect.deleteProperty(process.env, k);
    else process.env[k] = v;
  }
});

/** What an action does with the runner, covering escaping, empty properties, outputs and the summary. */
async function script(io: ActionIo, withFiles: boolean): Promise<unknown> {
  io.info('plain line with %, : and , and a\nsecond line');
  io.debug('multi\nline\r\n100%');
  io.warning('warn: a, b', { title: 'missing-email', file: 'members.yaml', startLine: 19, startColumn: 1 });
  io.error('error%0A', { title: 'rule:x,y', file: 'dir/a,b:c.yaml', startLine: 3, startColumn: 5 });
  io.error('no properties');
  io.warning('empty properties', {});
  io.error('line zero is left out', { file: 'x.yaml', startLine: 0, title: '' });
  io.setSecret('s3cr3t%value');
  io.setOutput('valid', 'true');
  io.setOutput('members', '');
  io.setOutput('multi', 'a\nb');
  // Only with a summary file: entries check for one first (and @actions/core remembers the first one).
  if (withFiles) {
    await io.appendSummary('## Summary\n\n| a | b |');
    await io.appendSummary('second part');
  }
  io.setFailed('failed: see the annotations\nabove');
  let required = '';
  try {
    io.getInput('token', { required: true });
  } catch (err) {
    required = String(err);
  }
  return {
    inputs: [io.getInput('members-file'), io.getInput('with space'), io.getInput('unset')],
    required,
    debug: io.isDebug(),
  };
}

interface Run {
  stdout: string;
  output: string;
  summary: string;
  exitCode: number | string | null | undefined;
  result: unknown;
}

async function run(io: ActionIo, withFiles: boolean): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'psrt-commands-'));
  const output = join(dir, 'output');
  const summary = join(dir, 'summary');
  writeFileSync(output, '');
  writeFileSync(summary, 'before\n');
  if (withFiles) {
    process.env.GITHUB_OUTPUT = output;
    process.env.GITHUB_STEP_SUMMARY = summary;
  } else {
    delete process.env.GITHUB_OUTPUT;
    delete process.env.GITHUB_STEP_SUMMARY;
  }
  process.env.RUNNER_DEBUG = '1';
  process.env['INPUT_MEMBERS-FILE'] = '  roster.yaml \n';
  process.env.INPUT_WITH_SPACE = 'spaced';
  const chunks: string[] = [];
  const write = process.stdout.write;
  const exitCode = process.exitCode;
  let result: unknown;
  let failedWith: number | string | null | undefined;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  try {
    result = await script(io, withFiles).catch((err: unknown) => `threw: ${String(err)}`);
  } finally {
    process.stdout.write = write;
    failedWith = process.exitCode;
    process.exitCode = exitCode;
  }
  const delimiters = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_X');
  return {
    stdout: chunks.join(''),
    output: delimiters(readFileSync(output, 'utf8')),
    summary: readFileSync(summary, 'utf8'),
    exitCode: failedWith,
    result,
  };
}

describe('the delimiter of a file command', () => {
  it('is shaped as a UUID, as @actions/core writes it', () => {
    expect(fileCommandDelimiter('value')).toMatch(
      /^ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('is chosen again while the name or value holds it, so nothing can end the value early', () => {
    // A source that gives 0 for the first delimiter (all zeros, variant 8), then 0.5 (all eights, variant a).
    let calls = 0;
    const random = () => (calls++ < 31 ? 0 : 0.5);
    const first = 'ghadelimiter_00000000-0000-4000-8000-000000000000';
    const value = `x\n${first}\ninjected=1`;
    const chosen = fileCommandDelimiter(value, random);
    expect(chosen).toBe('ghadelimiter_88888888-8888-4888-a888-888888888888');
    expect(value).not.toContain(chosen);
  });
});

describe('workflow commands without @actions/core', () => {
  it('write what @actions/core writes, with GITHUB_OUTPUT and GITHUB_STEP_SUMMARY set', async () => {
    const core = await run(coreIo, true);
    const ours = await run(workflowCommands, true);
    expect(ours).toEqual(core);
    expect(ours.stdout).toContain('::error title=rule%3Ax%2Cy,file=dir/a%2Cb%3Ac.yaml,line=3,col=5::error%250A\n');
    expect(ours.output).toContain('multi<<ghadelimiter_X\na\nb\nghadelimiter_X\n');
    expect(ours.summary).toBe('before\n## Summary\n\n| a | b |\nsecond part\n');
    expect(ours.exitCode).toBe(1);
  });

  it('write what @actions/core writes outside a runner (no output or summary file)', async () => {
    const core = await run(coreIo, false);
    const ours = await run(workflowCommands, false);
    expect(ours).toEqual(core);
    expect(ours.stdout).toContain('\n::set-output name=multi::a%0Ab\n');
  });

  it('leave out empty properties', () => {
    expect(formatWorkflowCommand('warning', { title: '', file: 'a', line: 0, col: undefined }, 'm')).toBe(
      '::warning file=a::m',
    );
    expect(formatWorkflowCommand('add-mask', {}, 'x')).toBe('::add-mask::x');
  });
});
