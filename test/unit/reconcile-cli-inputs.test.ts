// Bad inputs on the command line and in the environment (issue 10, K): each gets a message that says
// what to change and an exit code, never "unexpected failure", never a hang.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFixedNow } from '../../actions/lib/entry/cli-support.js';
import { runCli } from '../../actions/lib/entry/cli.js';
import { workdir } from '../support/psrt.js';

async function psrtOffline(
  args: string[],
  env: Record<string, string> = {},
  cwd = workdir(),
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t), env, cwd });
  return { code, out, err };
}

describe('K: bad command lines and environments', () => {
  it('psrt validate other.yaml does not ignore its argument', async () => {
    const r = await psrtOffline(['validate', 'other.yaml']);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      'validate takes no argument ("other.yaml"): name the files with --members FILE and --policy FILE.',
    );
    expect(r.out).toBe('');
  });

  it('reconcile and pin-ids refuse stray arguments too', async () => {
    for (const command of ['reconcile', 'pin-ids']) {
      const r = await psrtOffline([command, 'members.yaml'], { GITHUB_TOKEN: 'ghp_unused' });
      expect(r.code).toBe(2);
      expect(r.err).toContain(`${command} takes no argument ("members.yaml")`);
    }
  });

  it('audit, sweep, osv and credits refuse stray arguments too ("psrt sweep apply" is not an apply)', async () => {
    for (const args of [
      ['audit', 'stray'],
      ['sweep', 'apply'],
      ['osv', 'stray'],
      ['credits', 'stray', '--year', '2026'],
    ]) {
      const r = await psrtOffline(args, { GITHUB_TOKEN: 'ghp_unused' });
      expect(r.code).toBe(2);
      expect(r.err).toContain(`${args[0]} takes no argument ("${args[1]}")`);
    }
  });

  it.each(['2026-02-30', '1', '2026-13-01', '2026-11-26T25:00:00Z', '2026-11-26T12:00:00', 'tomorrow'])(
    'PSRT_NOW=%s is refused, not read as another day',
    async (value) => {
      const r = await psrtOffline(['validate'], { PSRT_NOW: value });
      expect(r.code).toBe(2);
      expect(r.err).toContain(`PSRT_NOW="${value}" is not a date on the calendar`);
    },
  );

  it('PSRT_NOW takes a date or a date and time with its zone', () => {
    expect(parseFixedNow('2026-11-26')?.toISOString()).toBe('2026-11-26T00:00:00.000Z');
    expect(parseFixedNow('2026-11-26T12:00:00Z')?.toISOString()).toBe('2026-11-26T12:00:00.000Z');
    expect(parseFixedNow('2026-11-26T12:00+02:00')?.toISOString()).toBe('2026-11-26T10:00:00.000Z');
    expect(parseFixedNow('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(parseFixedNow('2025-02-29')).toBeUndefined();
  });

  it('a FIFO as --members is refused at once, not read forever', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'psrt-fifo-'));
    execFileSync('mkfifo', [join(dir, 'members.yaml')]);
    const r = await psrtOffline(['validate', '--members', join(dir, 'members.yaml')], {}, workdir());
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'cannot read the file (it is not a regular file (a pipe, device or socket): name the file itself)',
    );
  });

  it('export --out naming a file says so (no "unexpected failure: EEXIST")', async () => {
    const cwd = workdir();
    writeFileSync(join(cwd, 'taken'), 'a file\n');
    const r = await psrtOffline(['export', 'devguide', '--out', 'taken'], {}, cwd);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--out taken is not a directory: name a directory (it is created if missing).');
    expect(r.err).not.toContain('unexpected failure');
  });

  it('PSRT_CACHE_DIR naming a file says so before anything is read', async () => {
    const cwd = workdir();
    writeFileSync(join(cwd, 'cache-file'), 'a file\n');
    const r = await psrtOffline(['reconcile'], { GITHUB_TOKEN: 'ghp_unused', PSRT_CACHE_DIR: 'cache-file' }, cwd);
    expect(r.code).toBe(2);
    expect(r.err).toContain('PSRT_CACHE_DIR (cache-file) is not a directory');
    expect(r.err).not.toContain('EEXIST');
  });

  it('PSRT_TIMEOUT_SECONDS must be a whole number of seconds', async () => {
    const r = await psrtOffline(['reconcile'], { GITHUB_TOKEN: 'ghp_unused', PSRT_TIMEOUT_SECONDS: '0.5' });
    expect(r.code).toBe(2);
    expect(r.err).toContain('PSRT_TIMEOUT_SECONDS="0.5" is not a whole number of seconds');
  });

  it('a GITHUB_API_URL with credentials is refused without printing them', async () => {
    const r = await psrtOffline(['reconcile'], {
      GITHUB_TOKEN: 'ghp_unused',
      GITHUB_API_URL: 'https://me:s3cr3t-pw@api.example.org',
    });
    expect(r.code).toBe(2);
    expect(r.err).toContain('GITHUB_API_URL holds a user name or password');
    expect(r.err).not.toContain('s3cr3t-pw');
  });
});
