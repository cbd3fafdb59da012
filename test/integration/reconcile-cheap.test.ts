// An unchanged scheduled reconcile is cheap although every run has a new App token (GitHub's ETags are
// specific to the token): advisory lists and files are answered 304 to If-Modified-Since, and the
// covered repositories' settings are re-read only every github.recheck_settings_days.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureWorld, psrt, startSim } from '../support/psrt.js';

const PVR = 'GET /repos/{owner}/{repo}/private-vulnerability-reporting';
const SETTINGS_ROUTES = [
  'GET /repos/{owner}/{repo}/private-vulnerability-reporting',
  'GET /repos/{owner}/{repo}/contents/{path}',
];

describe('an unchanged reconcile with a new token', () => {
  it('reads the settings once a week and is answered 304 for advisory lists', async () => {
    const sim = await startSim();
    const env = { PSRT_CACHE_DIR: mkdtempSync(join(tmpdir(), 'psrt-cache-')), PSRT_CACHE_SCOPE: 'psrt-ops-app' };
    const first = await psrt(sim, ['reconcile'], { env, token: sim.freshToken('app') });
    expect(first.code).toBe(0);
    expect(first.out).toContain('re-checked every 7 days');
    const cold = sim.stats();
    expect(cold.byRoute[SETTINGS_ROUTES[0]!]?.requests).toBe(2);

    sim.resetStats();
    const again = await psrt(sim, ['reconcile'], { env, token: sim.freshToken('app') });
    expect(again.out).toBe(first.out);
    const warm = sim.stats();
    // Both repositories have private vulnerability reporting on: trusted for a week (one found off would
    // be read again every run).
    expect(warm.byRoute[SETTINGS_ROUTES[0]!]?.requests ?? 0).toBe(0);
    // SECURITY.md is not read; the one file read (the grant record, absent until a first apply) is the
    // only charged file request.
    const files = warm.byRoute[SETTINGS_ROUTES[1]!];
    expect(files?.charged ?? 0).toBe(files?.byStatus['404'] ?? 0);
    const advisoryLists = Object.entries(warm.byRoute).filter(([route]) => route.endsWith('/security-advisories'));
    expect(advisoryLists.length).toBeGreaterThan(0);
    for (const [, r] of advisoryLists) expect(r.notModified).toBe(r.requests);
    expect(warm.charged).toBeLessThan(cold.charged);
    expect(warm.writes).toBe(0);

    // A week later, everything is read again.
    await sim.fetch('/_sim/clock', { method: 'POST', body: JSON.stringify({ advanceMs: 8 * 86_400_000 }) });
    sim.resetStats();
    const later = await psrt(sim, ['reconcile'], {
      env: { ...env, PSRT_NOW: new Date(Date.parse('2026-11-26T12:00:00Z') + 8 * 86_400_000).toISOString() },
      token: sim.freshToken('app'),
    });
    expect(later.code).toBe(0);
    expect(sim.stats().byRoute[SETTINGS_ROUTES[0]!]?.requests).toBe(2);
  });
});

describe('settings remembered between runs', () => {
  it('trusts a setting it read for a week, and remembers what its apply enabled: no second enable, no re-read', async () => {
    const world = fixtureWorld();
    world.repos!.find((r) => r.full_name === 'pypa/pip')!.private_vulnerability_reporting = false;
    const sim = await startSim(world);
    const env = { PSRT_CACHE_DIR: mkdtempSync(join(tmpdir(), 'psrt-cache-')), PSRT_CACHE_SCOPE: 'psrt-ops-app' };
    const dry = await psrt(sim, ['reconcile'], { env, token: sim.freshToken('app') });
    expect(dry.out).toContain('+ enable private vulnerability reporting on pypa/pip');
    // A dry run trusts what it read: the next plan still shows the change, without reading the setting.
    sim.resetStats();
    const again = await psrt(sim, ['reconcile'], { env, token: sim.freshToken('app') });
    expect(again.out).toContain('+ enable private vulnerability reporting on pypa/pip');
    expect(sim.stats().byRoute[PVR]?.requests ?? 0).toBe(0);

    const applied = await psrt(sim, ['reconcile', '--apply'], { env, token: sim.freshToken('app') });
    expect(applied.code).toBe(0);
    sim.resetStats();
    const after = await psrt(sim, ['reconcile'], { env, token: sim.freshToken('app') });
    expect(after.out).not.toContain('enable private vulnerability reporting');
    expect(sim.stats().byRoute[PVR]?.requests ?? 0).toBe(0);
  });
});
