// The bad-input corpus: every malformed file gets the right rule at the exact line and column, and
// nothing is accepted. Each fixture states what it expects in `# expect: <rule> <line>:<col>` lines.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConfig, loadConfig, readBounded } from '../../actions/lib/config/load.js';
import { FIXTURE_POLICY_PATH, fixtureSource } from '../support/fixtures.js';

const DIR = join(import.meta.dirname, '../fixtures/bad-input');
const NOW = new Date('2026-11-26T12:00:00Z');
const fixtureMembers = fixtureSource('members.yaml');
const fixturePolicy = fixtureSource('policy.yaml');

function expectations(bytes: Buffer): string[] {
  return [...bytes.toString('latin1').matchAll(/^# expect: (.*)$/gm)].map((m) => m[1]!);
}

function errorsOf(file: string, bytes: Uint8Array): string[] {
  const subject = { file, bytes };
  const result = file.startsWith('policy-')
    ? checkConfig(fixtureMembers, subject, NOW)
    : checkConfig(subject, fixturePolicy, NOW);
  expect(result.config).toBeUndefined();
  return result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.rule} ${d.line}:${d.column}`);
}

const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

describe('bad-input corpus', () => {
  it('has more than 60 malformed files', () => {
    expect(fixtures.length).toBeGreaterThan(60);
  });

  for (const file of fixtures) {
    it(file, () => {
      const bytes = readFileSync(join(DIR, file));
      const expected = file === 'members-empty.yaml' ? ['empty-file 1:1'] : expectations(bytes);
      expect(expected.length).toBeGreaterThan(0);
      expect(errorsOf(file, bytes).sort()).toEqual([...expected].sort());
    });
  }

  it('refuses a 5 MB file without reading it whole or parsing it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'psrt-big-'));
    const path = join(dir, 'members.yaml');
    writeFileSync(path, 'members:\n' + '  - name: Padding Person\n    login: padding\n'.repeat(125_000));
    const { bytes, size } = await readBounded(path, 1024 * 1024);
    expect(size).toBeGreaterThan(5_000_000);
    expect(bytes.byteLength).toBe(1024 * 1024 + 1);
    const result = await loadConfig({ members: path, policy: FIXTURE_POLICY_PATH }, NOW);
    expect(result.config).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([['file-too-large', 1, 1]]);
    expect(result.diagnostics[0]!.message).toMatch(/5\d{6} bytes; the limit is 1048576/);
  });

  it('names what to change: did-you-mean for a misspelt key, the look-alike character', () => {
    const misspelt = checkConfig(
      { file: 'm.yaml', bytes: readFileSync(join(DIR, 'members-misspelled-member-key.yaml')) },
      fixturePolicy,
      NOW,
    );
    expect(misspelt.diagnostics.find((d) => d.rule === 'unknown-key')!.message).toContain('Did you mean "email"?');
    const lookalike = checkConfig(
      { file: 'm.yaml', bytes: readFileSync(join(DIR, 'members-lookalike-login.yaml')) },
      fixturePolicy,
      NOW,
    );
    expect(lookalike.diagnostics.find((d) => d.rule === 'login-format')!.message).toContain('U+0430');
  });

  it('never repeats a secret found in a URL', () => {
    for (const file of ['policy-rest-url-credentials.yaml', 'policy-rest-url-not-http.yaml']) {
      const result = checkConfig(fixtureMembers, { file, bytes: readFileSync(join(DIR, file)) }, NOW);
      const text = result.diagnostics.map((d) => d.message).join('\n');
      expect(text).not.toContain('hunter2');
      expect(text).not.toContain('ftp://');
    }
  });

  it('reads the roster as YAML 1.2 only: under 1.1, 0b1010 would be the number 10', () => {
    const result = checkConfig(
      { file: 'm.yaml', bytes: readFileSync(join(DIR, 'members-yaml-1-1-directive.yaml')) },
      fixturePolicy,
      NOW,
    );
    expect(result.config).toBeUndefined();
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['yaml-version']);
  });
});
