// The one check on the live top-level members.yaml and policy.yaml: `psrt validate` accepts them. Every
// other test runs on the fixtures in test/fixtures/config, so a nomination, a departure or a move to
// emeritus in the live roster changes nothing here but this (which it must keep passing).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../actions/lib/entry/cli.js';

const root = join(import.meta.dirname, '../..');

describe('the live roster and policy', () => {
  it('pass psrt validate', async () => {
    let out = '';
    let err = '';
    const code = await runCli(['validate'], {
      out: (t) => (out += t),
      err: (t) => (err += t),
      env: {},
      cwd: root,
    });
    expect(err).not.toContain('error [');
    expect(code).toBe(0);
    expect(out).toContain('members.yaml, policy.yaml: valid.');
  });
});
