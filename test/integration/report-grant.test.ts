// `psrt grant` and `psrt revoke` against the GitHub simulator: one PR per report and person in the ops
// repository, editing reports/GHSA-….yaml as the default branch holds it (comments kept); a dry run
// prints the diff and writes nothing; a second run plans nothing; refusals write nothing.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ReportFile } from '../../actions/lib/domain/report-file.js';
import type { World } from '../sim/world/index.js';
import { api, fileAt, fixtureWorld, psrt, startSim } from '../support/psrt.js';

const OPS = 'python/psrt-ops';
const GHSA = 'GHSA-x3q9-m7vh-2wcp'; // triage, python/cpython, in the fixture world
const PATH = `reports/${GHSA}.yaml`;
const BRANCH = `psrt/report/${GHSA}/access-nadia-fuzzes`;

interface Pull {
  number: number;
  state: string;
  title: string;
  head: { ref: string; sha: string };
}
type Sim = Awaited<ReturnType<typeof startSim>>;

const pullsOf = (sim: Sim, state: 'open' | 'closed' | 'all' = 'open') =>
  api<Pull[]>(sim, `/repos/${OPS}/pulls?state=${state}&head=python:${BRANCH}`);

/** A copy of the fixture world whose ops repository holds `text` as the report file, and `collaborators` on the advisory. */
function worldWithReport(text: string, collaborators: string[] = []): World {
  const world = fixtureWorld();
  const ops = world.repos!.find((r) => r.full_name === OPS)!;
  ops.files = { ...ops.files, [PATH]: text };
  const advisory = world
    .repos!.find((r) => r.full_name === 'python/cpython')!
    .advisories!.find((a) => a.ghsa_id === GHSA)!;
  advisory.collaborating_users = [...(advisory.collaborating_users ?? []), ...collaborators];
  return world;
}

const grantArgs = (...extra: string[]) => [
  'grant',
  GHSA,
  'nadia-fuzzes',
  '--days',
  '30',
  '--reason',
  'fuzzing expert',
  ...extra,
];

describe('report files and the ETag cache', () => {
  it('never keeps a report file in the cache on disk, neither as text nor base64 (embargo)', async () => {
    const text = [
      'repo: python/cpython',
      `ghsa: ${GHSA}`,
      'reporter:',
      '  name: Quinn Embargo-Reporter',
      '  email: quinn.reporter@example.org',
      '',
    ].join('\n');
    const sim = await startSim(worldWithReport(text));
    const cacheDir = mkdtempSync(join(tmpdir(), 'psrt-cache-'));
    const dry = await psrt(sim, grantArgs('--dry-run'), { env: { PSRT_CACHE_DIR: cacheDir } });
    expect(dry.code).toBe(0);
    const kept = readdirSync(cacheDir)
      .map((f) => readFileSync(join(cacheDir, f), 'utf8'))
      .join('\n');
    for (const secret of ['quinn.reporter@example.org', 'Quinn Embargo-Reporter']) expect(kept).not.toContain(secret);
    expect(kept).not.toContain(Buffer.from(text).toString('base64').slice(0, 40));
  });
});

describe('psrt grant', () => {
  it('opens one PR adding the report file; a dry run prints the diff and writes nothing; a second run plans nothing', async () => {
    const sim = await startSim();
    const dry = await psrt(sim, grantArgs('--dry-run'));
    expect(dry.code).toBe(0);
    expect(dry.out).toContain(
      `+ grant \`nadia-fuzzes\` access to ${GHSA} (python/cpython): access ends 2026-12-26 00:00 UTC`,
    );
    expect(dry.out).toContain(`--- /dev/null\n+++ b/${PATH}\n@@ -0,0 +1,7 @@\n`);
    expect(dry.out).toContain('+  - login: nadia-fuzzes\n+    reason: fuzzing expert\n+    until: 2026-12-26\n');
    expect(sim.stats().writes).toBe(0);
    expect(await pullsOf(sim)).toEqual([]);

    const applied = await psrt(sim, grantArgs());
    expect(applied.code).toBe(0);
    const [pr, ...others] = await pullsOf(sim);
    expect(others).toEqual([]);
    expect(pr!.title).toBe(`${PATH}: access for nadia-fuzzes until 2026-12-26`);
    expect(applied.out).toContain(`Pull request: https://github.com/${OPS}/pull/${pr!.number}`);
    const proposed = parse(await fileAt(sim, OPS, PATH, pr!.head.sha)) as ReportFile;
    expect(proposed).toEqual({
      repo: 'python/cpython',
      ghsa: GHSA,
      access: [{ login: 'nadia-fuzzes', reason: 'fuzzing expert', until: '2026-12-26' }],
    });
    await expect(fileAt(sim, OPS, PATH, 'main')).rejects.toThrow(/404/);

    const writes = sim.stats().writes;
    const again = await psrt(sim, grantArgs());
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/^grant: nothing to change/);
    expect(again.out).toContain(`pull request #${pr!.number} already proposes this`);
    expect(sim.stats().writes).toBe(writes);

    // Revoked before it was merged: the same branch's PR is closed, nothing else is written.
    const revoked = await psrt(sim, ['revoke', GHSA, 'nadia-fuzzes']);
    expect(revoked.code).toBe(0);
    expect(revoked.out).toContain(`- close pull request #${pr!.number}`);
    expect(await pullsOf(sim)).toEqual([]);
  });

  it('edits the file the default branch holds, keeping its comments; revoke ends the grant today', async () => {
    const text = `# Experts on this report (kept by psrt grant).\nrepo: python/cpython\nghsa: ${GHSA}\naccess:\n  # asked for by the coordinator\n  - login: nadia-fuzzes\n    reason: fuzzing expert\n    until: 2026-12-31\n`;
    const sim = await startSim(worldWithReport(text, ['nadia-fuzzes']));
    const dry = await psrt(sim, ['revoke', GHSA, 'nadia-fuzzes', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain(
      `- end \`nadia-fuzzes\`'s access to ${GHSA} (python/cpython): access ends 2026-11-26 00:00 UTC (was 2026-12-31 00:00 UTC)`,
    );
    expect(dry.out).toContain(`--- a/${PATH}\n+++ b/${PATH}\n@@ -5,4 +5,4 @@\n`);
    expect(dry.out).toContain('-    until: 2026-12-31\n+    until: 2026-11-26\n');

    const applied = await psrt(sim, ['revoke', GHSA, 'nadia-fuzzes']);
    expect(applied.code).toBe(0);
    const [pr] = await pullsOf(sim);
    expect(await fileAt(sim, OPS, PATH, pr!.head.sha)).toBe(text.replace('until: 2026-12-31', 'until: 2026-11-26'));

    // A new grant for the same person replaces the revoke's content in the same PR.
    const regrant = await psrt(sim, grantArgs());
    expect(regrant.code).toBe(0);
    const pulls = await pullsOf(sim);
    expect(pulls.map((p) => p.number)).toEqual([pr!.number]);
    expect(await fileAt(sim, OPS, PATH, pulls[0]!.head.sha)).toBe(
      text.replace('until: 2026-12-31', 'until: 2026-12-26'),
    );
  });

  it('refuses an unknown login, a PSRT member, an advisory of no covered repository and bad arguments, writing nothing', async () => {
    const sim = await startSim();
    const run = (...args: string[]) => psrt(sim, args);
    const unknown = await run('grant', GHSA, 'no-such-person', '--days', '3', '--reason', 'x');
    expect([unknown.code, unknown.err]).toEqual([
      1,
      'psrt grant: GitHub has no account "no-such-person": check the spelling of the login.\n',
    ]);
    const member = await run('grant', GHSA, 'ivyhale', '--days', '3', '--reason', 'x');
    expect(member.code).toBe(1);
    expect(member.err).toContain('ivyhale is a PSRT member: reconcile gives every member access');
    const missing = await run('grant', 'GHSA-2222-3333-4444', 'nadia-fuzzes', '--days', '3', '--reason', 'x');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain(
      'GHSA-2222-3333-4444 is not an advisory of any covered repository (python/cpython, pypa/pip)',
    );
    for (const days of ['0', '366', '1.5', 'ten']) {
      const r = await run('grant', GHSA, 'nadia-fuzzes', '--days', days, '--reason', 'x');
      expect([r.code, r.err]).toEqual([
        2,
        expect.stringContaining(`--days must be a whole number of days from 1 to 365, not "${days}"`),
      ]);
    }
    expect((await run('grant', GHSA, 'nadia-fuzzes', '--days', '3')).err).toContain('--reason is required');
    expect((await run('grant', 'GHSA-nope', 'nadia-fuzzes', '--days', '3', '--reason', 'x')).code).toBe(2);
    expect((await run('revoke', GHSA, 'not a login')).code).toBe(2);
    expect(sim.stats().writes).toBe(0);
    const reportPulls = (await api<Pull[]>(sim, `/repos/${OPS}/pulls?state=all`)).filter((p) =>
      p.head.ref.startsWith('psrt/report/'),
    );
    expect(reportPulls).toEqual([]);
  });
});
