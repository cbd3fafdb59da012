// The committed bundles, run as GitHub and a terminal run them: `node actions/<job>/dist/index.js`
// with INPUT_* variables, and the `psrt` CLI bundle, in a directory holding the fixture roster and policy.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/config');
const ONE_ADMIN =
  'members:\n  - name: Barry Warsaw\n    login: warsaw\n    roles: [admin]\n  - name: Adam Turner\n    login: AA-Turner\n';

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('INPUT_') && !k.startsWith('GITHUB_')),
  );
  return spawnSync(process.execPath, [join(root, script), ...args], {
    cwd: fixtures,
    env: { ...clean, ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'psrt-e2e-')), name);
  writeFileSync(path, content);
  return path;
}

describe('validate action bundle', () => {
  it('annotates a roster with one admin at its file and line, and fails', () => {
    const file = tempFile('members.yaml', ONE_ADMIN);
    const r = run('actions/validate/dist/index.js', [], { 'INPUT_MEMBERS-FILE': file });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`::error title=min-admins,file=${file},line=1,col=1::`);
    expect(r.stdout).toContain('::error::');
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it('passes the fixture roster, writing the summary and outputs', () => {
    const summary = tempFile('summary.md', '');
    const output = tempFile('output.txt', '');
    const r = run('actions/validate/dist/index.js', [], { GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('::warning title=missing-email,file=members.yaml,line=18,col=1::');
    expect(readFileSync(summary, 'utf8')).toContain('| 31 | 5 | 7 | 2 | 9 | 5 | 2 |');
    const outputs = readFileSync(output, 'utf8');
    expect(outputs).toMatch(/^valid<<(ghadelimiter_[0-9a-f-]+)\ntrue\n\1\n/);
    expect(outputs).toMatch(/\nerrors<<(ghadelimiter_[0-9a-f-]+)\n0\n\1\n/);
    expect(outputs).toMatch(/\nwarnings<<(ghadelimiter_[0-9a-f-]+)\n[1-9]\d*\n\1\n/);
    expect(outputs).toMatch(/\nmembers<<(ghadelimiter_[0-9a-f-]+)\n31\n\1\n/);
  });

  it('reports an unexpected failure in one line, with the stack at TypeScript lines only when debug is on', () => {
    // An output "file" that is a directory: writing the first output fails, which no user error covers.
    const output = mkdtempSync(join(tmpdir(), 'psrt-e2e-'));
    const plain = run('actions/validate/dist/index.js', [], { GITHUB_OUTPUT: output });
    expect(plain.status).toBe(1);
    expect(plain.stdout).toContain('::error::psrt-ops failed unexpectedly: EISDIR');
    expect(plain.stdout + plain.stderr).not.toMatch(/\n\s+at /);
    expect(plain.stdout).not.toContain('.ts:');

    const debug = run('actions/validate/dist/index.js', [], { GITHUB_OUTPUT: output, RUNNER_DEBUG: '1' });
    expect(debug.status).toBe(1);
    const stack = /^::debug::Error: EISDIR.*$/m.exec(debug.stdout)?.[0] ?? '';
    expect(stack).toContain(`at appendKeyValue (${join(root, 'actions/lib/entry/workflow-commands.ts')}:`);
    expect(stack).toContain(`${join(root, 'actions/validate/main.ts')}:`);
  });
});

describe('the actions that talk to GitHub, given bad inputs', () => {
  // No GitHub is reachable here: each refusal must come before any request.
  const noGitHub = { GITHUB_API_URL: 'http://127.0.0.1:9', INPUT_TOKEN: 'ghs_not_a_real_token' };

  it.each(['audit', 'reconcile', 'vote', 'sweep', 'announce', 'cve-publish'])(
    '%s: an empty token input is a clear error, not an unexpected failure',
    (action) => {
      const r = run(`actions/${action}/dist/index.js`, [], {
        ...noGitHub,
        INPUT_TOKEN: '',
        INPUT_GHSA: 'GHSA-2222-3333-4444',
        CVE_API_ORG: 'PSF',
        CVE_API_USER: 'bot',
        CVE_API_KEY: 'key',
      });
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('::error::the token input is empty');
      expect(r.stdout).not.toContain('unexpectedly');
    },
  );

  it.each([
    ['vote', 'INPUT_DRY-RUN'],
    ['reconcile', 'INPUT_APPLY'],
    ['announce', 'INPUT_DRY-RUN'],
  ])('%s: a yes/no input that is neither true nor false is refused, never guessed', (action, variable) => {
    const r = run(`actions/${action}/dist/index.js`, [], {
      ...noGitHub,
      INPUT_GHSA: 'GHSA-2222-3333-4444',
      [variable]: 'yes',
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error::the (dry-run|apply) input must be true or false, not "yes"/);
  });
});

describe('bundles', () => {
  // The actions (each has an action.yml); the CLI is a terminal program that loads one command's chunk.
  const bundles = readdirSync(join(root, 'actions'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, 'actions', d.name, 'action.yml')))
    .map((d) => join(root, 'actions', d.name, 'dist'))
    .filter((dist) => existsSync(join(dist, 'index.js')));

  it("keep each action's entry and chunks within 1 MB (source maps aside: read only for a debug stack)", () => {
    expect(bundles.length).toBeGreaterThanOrEqual(5);
    for (const dist of bundles) {
      const code = readdirSync(dist).filter((f) => f.endsWith('.js'));
      const bytes = code.reduce((sum, f) => sum + statSync(join(dist, f)).size, 0);
      expect(bytes, dist).toBeLessThanOrEqual(1_000_000);
    }
  });

  it('leave undici (an HTTP client) out of the validate action, which makes no request', () => {
    const dist = join(root, 'actions/validate/dist');
    const code = readdirSync(dist)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(dist, f), 'utf8'))
      .join('\n');
    expect(code).toContain('ghadelimiter_'); // the outputs are written: these are the right files
    expect(code).not.toMatch(/undici|ProxyAgent/);
  });
});

describe('psrt CLI bundle', () => {
  it('prints file:line:col for a broken roster and exits 1 without a stack trace', () => {
    const file = tempFile('broken.yaml', 'members:\n  - name: Barry Warsaw\n    login: warsaw\n    login: barry\n');
    const r = run('actions/cli/dist/index.js', ['validate', '--members', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${file}:4:5: error [duplicate-key]`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('validates the fixture roster', () => {
    const r = run('actions/cli/dist/index.js', ['validate']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('valid. 31 members');
  });

  it('exports the devguide lists', () => {
    const out = mkdtempSync(join(tmpdir(), 'psrt-export-'));
    const r = run('actions/cli/dist/index.js', ['export', 'devguide', '--out', out]);
    expect(r.status).toBe(0);
    expect(readFileSync(join(out, 'psrt.csv'), 'utf8')).toBe(
      readFileSync(join(root, 'test/fixtures/devguide/psrt.csv'), 'utf8'),
    );
    expect(readFileSync(join(out, 'psrt-emeritus.csv'), 'utf8')).toBe(
      readFileSync(join(root, 'test/fixtures/devguide/psrt-emeritus.csv'), 'utf8'),
    );
  });

  it('answers an unknown command with usage and exit 2', () => {
    const r = run('actions/cli/dist/index.js', ['frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown command "frobnicate"');
  });
});
