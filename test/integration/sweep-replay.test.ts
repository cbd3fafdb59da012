// 120 days of the report desk through the simulator: the clock is moved to each hour that matters (an
// hour before and an hour after every threshold) and `psrt sweep --apply` runs there. Every reminder
// and escalation fires exactly once per threshold, also when a run was skipped or failed; weekly
// overdue reminders go on while the report is open; nothing is said about a report once it is closed.
import { describe, expect, it } from 'vitest';
import type { GitHubSim } from '../sim/github/index.js';
import type { World, WorldIssue } from '../sim/world/index.js';
import { fixtureWorld, psrt, startSim, workdir } from '../support/psrt.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const T0 = Date.parse('2026-12-01T09:30:00Z');
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

async function createReport(sim: GitHubSim, summary: string): Promise<string> {
  const r = await sim.fetch(`${sim.url}/repos/python/cpython/security-advisories`, {
    method: 'POST',
    headers: { authorization: `token ${sim.tokens.member}` },
    body: JSON.stringify({ summary, description: 'Replay report.', vulnerabilities: [] }),
  });
  expect(r.status).toBe(201);
  return ((await r.json()) as { ghsa_id: string }).ghsa_id;
}

async function retitle(sim: GitHubSim, ghsa: string, summary: string): Promise<void> {
  const r = await sim.fetch(`${sim.url}/repos/python/cpython/security-advisories/${ghsa}`, {
    method: 'PATCH',
    headers: { authorization: `token ${sim.tokens.member}` },
    body: JSON.stringify({ summary }),
  });
  expect(r.status).toBe(200);
}

function comments(world: World): { at: string; body: string }[] {
  const board = (world.repos!.find((r) => r.full_name === 'python/psrt-ops')!.issues ?? []).find((i: WorldIssue) =>
    (i.labels ?? []).some((l) => (typeof l === 'string' ? l : l.name) === 'psrt-dashboard'),
  );
  return (board?.comments ?? []).map((c) => ({
    at: /sweep of (\d{4}-\d\d-\d\d \d\d:\d\d) UTC/.exec(c.body)?.[1] ?? '',
    body: c.body,
  }));
}

/** The deadline clock's days a report was reminded of, one entry per threshold named in a line. */
function deadlineDays(lines: readonly string[]): number[] {
  return lines
    .filter((l) => /of the deadline clock|overdue \(/.test(l))
    .flatMap((l) => {
      const list = /(?:days?) ([\d, …]+?)(?: \(\d+ thresholds\))?(?: of the deadline clock|\):)/.exec(l)?.[1] ?? '';
      return list.split(', ').map(Number);
    });
}

describe('120 days of sweeps, hour by hour where it matters', () => {
  it('fires each reminder and escalation once per threshold, goes on weekly while overdue, and stops when closed', async () => {
    const world = fixtureWorld();
    for (const repo of world.repos ?? []) if (repo.full_name !== 'python/psrt-ops') repo.advisories = [];
    const sim = await startSim(world);
    const dir = workdir();
    sim.setNow(new Date(T0));
    const open = await createReport(sim, 'A report that stays open');
    const closing = await createReport(sim, 'A report closed on day 100');

    const sweepAt = async (ms: number, fault?: 'comment') => {
      // The simulator's clock, moved the way any client can: POST /_sim/clock.
      const clock = await sim.fetch(`${sim.url}/_sim/clock`, {
        method: 'POST',
        body: JSON.stringify({ now: iso(ms) }),
      });
      expect(clock.status).toBe(200);
      if (fault)
        sim.injectFault({
          method: 'POST',
          route: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
          status: 502,
          count: 20,
        });
      const r = await psrt(sim, ['sweep', '--apply'], { cwd: dir, env: { PSRT_NOW: iso(ms) } });
      sim.clearFaults();
      expect(r.code, `${iso(ms)}: ${r.out}`).toBe(fault ? 1 : 0);
      return r;
    };

    // Day 0: the desk sees both (the PSRT's access); day 3: each gets a coordinator (a PATCH: the stale
    // clock starts there).
    await sweepAt(T0 + HOUR);
    await sweepAt(T0 + 3 * DAY - HOUR);
    await sweepAt(T0 + 3 * DAY + HOUR);
    const assignedAt = T0 + 3 * DAY + HOUR;
    const stale = [1, 2, 3, 4, 5, 6, 7, 8].map((k) => assignedAt + k * 14 * DAY);
    const deadline = [76, 83, 90, 97, 104, 111, 118].map((d) => T0 + d * DAY);
    const closeAt = T0 + 100 * DAY;
    const skipped = T0 + 83 * DAY + HOUR; // the run after day 83 does not happen
    const failing = T0 + 97 * DAY + HOUR; // its reminder comment fails
    const times = new Set<number>();
    for (const t of [...stale, ...deadline]) times.add(t - HOUR).add(t + HOUR);
    times.delete(skipped);
    times.add(closeAt + HOUR);
    for (const t of [...times].filter((t) => t <= T0 + 120 * DAY).sort((a, b) => a - b)) {
      if (t === closeAt + HOUR) await retitle(sim, closing, 'A report closed on day 100 [CLOSED]');
      await sweepAt(t, t === failing ? 'comment' : undefined);
    }
    await sweepAt(T0 + 120 * DAY);

    const all = comments(sim.snapshot());
    const lines = (ghsa: string) => all.flatMap((c) => c.body.split('\n').filter((l) => l.includes(ghsa)));
    // The open report: every deadline threshold exactly once, weekly after day 90 without end.
    expect(deadlineDays(lines(open)).sort((a, b) => a - b)).toEqual([76, 83, 90, 97, 104, 111, 118]);
    // The skipped run's threshold came with the next run; the failed comment's in the one after it.
    const stamp = (ms: number) => iso(ms).slice(0, 16).replace('T', ' ');
    const sentAt = (pattern: RegExp) =>
      all.find((c) => c.body.split('\n').some((l) => l.includes(open) && pattern.test(l)))?.at;
    expect(sentAt(/\bday 83 of the deadline clock/)! > stamp(skipped)).toBe(true);
    expect(sentAt(/overdue \(day 97\)/)! > stamp(failing)).toBe(true);
    expect(all.some((c) => c.at === stamp(failing))).toBe(false);
    // Escalated to the admins once overdue.
    const overdueGroups = all.filter((c) => c.body.includes(`${open}`) && c.body.includes('overdue'));
    for (const c of overdueGroups) expect(c.body).toMatch(/\(escalation\):/);
    // A stale nudge for each 14 days without an update, once each.
    expect(lines(open).filter((l) => l.includes('no update for'))).toHaveLength(
      stale.filter((t) => t < T0 + 120 * DAY).length,
    );

    // The closed report: its reminders up to day 90 (day 97's comment failed, and by the next sweep it
    // was being closed: a report leaving the open states is told nothing more), then nothing at all.
    expect(deadlineDays(lines(closing)).sort((a, b) => a - b)).toEqual([76, 83, 90]);
    const closedStamp = iso(closeAt + HOUR)
      .slice(0, 16)
      .replace('T', ' ');
    for (const c of all.filter((x) => x.at > closedStamp)) expect(c.body).not.toContain(closing);
    expect(all.filter((c) => c.at > closedStamp).length).toBeGreaterThan(0);
  });
});
