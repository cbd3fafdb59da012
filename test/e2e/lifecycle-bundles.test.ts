// The vote and audit action bundles, run as GitHub runs them (`node actions/<job>/dist/index.js` with
// INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files), against the simulator over HTTP.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitHubSim } from '../sim/github/index.js';
import { psrtWorld } from '../sim/world/psrt/index.js';
import { workdir } from '../support/psrt.js';

const root = join(import.meta.dirname, '../..');
let sim: GitHubSim;

beforeAll(async () => {
  sim = await GitHubSim.start({ world: psrtWorld('fixture'), frozenClock: true });
});
afterAll(async () => {
  await sim?.close();
});

function runAction(
  job: string,
  inputs: Record<string, string>,
): Promise<{ code: number | null; stdout: string; outputs: string; summary: string }> {
  const dir = mkdtempSync(join(tmpdir(), `psrt-e2e-${job}-`));
  const output = join(dir, 'output.txt');
  const summary = join(dir, 'summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('INPUT_') && !k.startsWith('GITHUB_')),
  );
  const env = {
    ...clean,
    GITHUB_API_URL: sim.url,
    GITHUB_GRAPHQL_URL: sim.graphqlUrl,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    'INPUT_CACHE-FILE': join(dir, 'etags.json'),
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  // Asynchronous: the simulator answers from this process.
  return new Promise((resolve, reject) => {
    // In a workspace holding the fixture roster and policy, as a checkout of the ops repo would.
    const child = spawn(process.execPath, [join(root, `actions/${job}/dist/index.js`)], { cwd: workdir(), env });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout, outputs: readFileSync(output, 'utf8'), summary: readFileSync(summary, 'utf8') }),
    );
  });
}

function output(text: string, name: string): string {
  const m = new RegExp(`${name}<<(\\S+)\\n([\\s\\S]*?)\\n\\1`).exec(text);
  return m?.[2] ?? '';
}

describe('vote action bundle', () => {
  it('sets psrt/vote on the named PR and reports the result as outputs', async () => {
    const r = await runAction('vote', { token: sim.tokens.app, 'pull-request': '4' });
    expect(r.stdout).not.toMatch(/::error/);
    expect(r.code).toBe(0);
    const results = JSON.parse(output(r.outputs, 'results')) as {
      number: number;
      kind: string;
      state: string;
      yes: number;
    }[];
    expect(results).toEqual([expect.objectContaining({ number: 4, kind: 'nomination', state: 'success', yes: 6 })]);
    expect(r.summary).toContain('## PSRT nomination votes in python/psrt-ops');
  });

  it('fails readably on a PR that does not exist', async () => {
    const r = await runAction('vote', { token: sim.tokens.app, 'pull-request': '999' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::python/psrt-ops has no pull request #999.');
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });
});

describe('audit action bundle', () => {
  it('writes the report to the job summary and, on a dry run, nothing to GitHub', async () => {
    sim.resetStats();
    const r = await runAction('audit', { token: sim.tokens.app });
    expect(r.stdout).not.toMatch(/::error/);
    expect(r.code).toBe(0);
    expect(sim.stats().writes).toBe(0);
    const inactive = JSON.parse(output(r.outputs, 'inactive')) as string[];
    expect(inactive).toContain('tam-two');
    expect(inactive).not.toContain('hvlier');
    expect(r.summary).toContain('## PSRT activity audit');
    expect(r.summary).toContain('| `hvlier` Hendrik van Lier | exempt |');
  });
});
