// 120 days of hourly sweeps, each sweep's state (through its file) feeding the next: every reminder and
// escalation fires exactly once per threshold, overdue reminders never stop while the report is open,
// nothing of the 90-day clock fires after a report closed, the CRA clocks never go silent while unmet,
// and runs that were skipped or failed (state not advanced) have their notices sent by the next run.
import { describe, expect, it } from 'vitest';
import type { DeskAdvisory } from '../../actions/lib/domain/desk/advisory.js';
import { nextDeskState } from '../../actions/lib/domain/desk/advance.js';
import type { SweepChange } from '../../actions/lib/domain/desk/plan.js';
import { planSweep } from '../../actions/lib/domain/desk/planner.js';
import { renderReminderComment } from '../../actions/lib/domain/desk/reminders.js';
import { emptyDeskState, parseDeskState, serializeDeskState } from '../../actions/lib/domain/desk/state.js';
import type { ReportFile } from '../../actions/lib/domain/report-file.js';
import type { World } from '../fixtures/desk/apply.js';
import { applyChanges } from '../fixtures/desk/apply.js';
import { T0, advisory, credit, deskPolicy, deskRoster, ghsa, iso } from '../fixtures/desk/builders.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const t0 = Date.parse(T0);
const at = (days: number, hours = 0) => new Date(t0 + days * DAY + hours * HOUR);

const A = ghsa(1); // open all along: assigned on day 3, reminded from day 76, overdue from day 90
const B = ghsa(2); // received on day 10, reminded on its days 76 and 83, closed by [CLOSED] on day 95
const C = ghsa(3); // actively exploited from day 20; a fix on day 40; only the early warning is ever sent
const D = ghsa(4); // closed by [INVALID] on day 50, before any reminder

/** Hours with no sweep at all (the scheduler skipped them), and hours whose sweep failed before saving. */
const SKIPPED: [Date, Date][] = [
  [at(82), at(84)],
  [at(96), at(105)],
];
const FAILED: [Date, Date][] = [[at(90), at(90, 6)]];
const within = (t: Date, spans: [Date, Date][]) => spans.some(([a, b]) => t >= a && t < b);

interface Sent {
  ghsaId: string;
  key: string;
  at: string;
  what: string;
  /** The keys that went out in the same line. */
  line: string[];
}

function replay() {
  const policy = deskPolicy();
  const roster = deskRoster();
  let world: World = {
    advisories: [
      advisory(A, iso(at(0)), { title: 'A: overflow in the tokenizer' }),
      advisory(B, iso(at(10)), { title: 'B', credits: [credit('dev', 104, 'coordinator')] }),
      advisory(C, iso(at(0)), {
        title: 'C',
        state: 'draft',
        credits: [credit('eli', 105, 'coordinator')],
        cveId: 'CVE-2026-0003',
      }),
      advisory(D, iso(at(0)), { title: 'D', credits: [credit('cleo', 103, 'coordinator')] }),
    ],
    reports: [],
  };
  let stateFile = serializeDeskState(emptyDeskState());
  const sent: Sent[] = [];
  const closedAt = new Map<string, Date>();
  let sweeps = 0;

  const edit = (ghsaId: string, change: (a: DeskAdvisory) => void, now: Date) => {
    world = {
      ...world,
      advisories: world.advisories.map((a) => {
        if (a.ghsaId !== ghsaId) return a;
        const copy = structuredClone(a);
        change(copy);
        copy.updatedAt = iso(now);
        return copy;
      }),
    };
  };
  const setReport = (file: ReportFile) => {
    world = { ...world, reports: [...world.reports.filter((r) => r.ghsa !== file.ghsa), file] };
  };

  for (let now = at(0); now <= at(120); now = new Date(now.getTime() + HOUR)) {
    // People at work between sweeps.
    if (now.getTime() === at(50).getTime()) edit(D, (a) => (a.title = '[INVALID] D overflow'), now);
    if (now.getTime() === at(95).getTime()) edit(B, (a) => (a.title = '[CLOSED] B'), now);
    if (now.getTime() === at(20).getTime())
      setReport({ repo: 'example/lang', ghsa: C, exploited: { aware_at: iso(at(20)) } });
    if (now.getTime() === at(21, 6).getTime())
      setReport({
        repo: 'example/lang',
        ghsa: C,
        exploited: { aware_at: iso(at(20)), submitted: { 'early-warning': iso(at(21, 6)) } },
      });
    if (now.getTime() === at(40).getTime())
      setReport({
        repo: 'example/lang',
        ghsa: C,
        exploited: {
          aware_at: iso(at(20)),
          fix_available_at: iso(at(40)),
          submitted: { 'early-warning': iso(at(21, 6)) },
        },
      });

    if (within(now, SKIPPED)) continue;
    sweeps++;
    const plan = planSweep({
      now,
      roster,
      policy,
      advisories: world.advisories,
      reports: world.reports,
      state: parseDeskState(stateFile),
    });
    if (within(now, FAILED)) continue; // the run died before applying or saving anything
    // The comment carries the notices that fit; only those are recorded.
    const comment = renderReminderComment(plan);
    if (comment) expect(comment.deferred).toEqual([]);
    const applied: SweepChange[] = [...plan.changes.filter((c) => c.kind !== 'notify'), ...(comment?.notices ?? [])];
    for (const c of comment?.notices ?? []) {
      for (const key of c.keys) sent.push({ ghsaId: c.ghsaId, key, at: iso(now), what: c.reason.what, line: c.keys });
    }
    if (comment) expect(comment.body).toMatch(/@/);
    world = applyChanges(world, applied, now);
    for (const a of world.advisories) if (a.state === 'closed' && !closedAt.has(a.ghsaId)) closedAt.set(a.ghsaId, now);
    stateFile = serializeDeskState(nextDeskState(plan, applied)!);
  }
  return { sent, closedAt, sweeps, world, stateFile };
}

describe('120 days of hourly sweeps', () => {
  const { sent, closedAt, sweeps, world, stateFile } = replay();
  const of = (ghsaId: string) => sent.filter((s) => s.ghsaId === ghsaId);
  const firedAt = (ghsaId: string, key: string) => of(ghsaId).find((s) => s.key === key)?.at;

  it('ran every hour but the skipped ones', () => {
    expect(sweeps).toBe(120 * 24 + 1 - 2 * 24 - 9 * 24);
  });

  it('sends every threshold at most once', () => {
    const keys = sent.map((s) => `${s.ghsaId} ${s.key}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('reminds A on days 76, 83 and 90, then every week while overdue, without end', () => {
    const deadlineKeys = of(A)
      .filter((s) => /^(reminder|overdue)\//.test(s.key))
      .map((s) => s.key);
    expect(deadlineKeys).toEqual([
      'reminder/day-76',
      'reminder/day-83',
      'overdue/day-90',
      'overdue/day-97',
      'overdue/day-104',
      'overdue/day-111',
      'overdue/day-118',
    ]);
    expect(firedAt(A, 'reminder/day-76')).toBe(iso(at(76)));
    expect(firedAt(A, 'overdue/day-111')).toBe(iso(at(111)));
    expect(firedAt(A, 'overdue/day-118')).toBe(iso(at(118)));
    // Overdue notices reach the admins too.
    expect(of(A).find((s) => s.key === 'overdue/day-118')!.what).toBe('overdue');
  });

  it('sends what a skipped run missed at the next run, several thresholds in one line', () => {
    expect(firedAt(A, 'reminder/day-83')).toBe(iso(at(84)));
    expect(firedAt(A, 'overdue/day-97')).toBe(iso(at(105)));
    expect(of(A).find((s) => s.key === 'overdue/day-97')!.line).toEqual(['overdue/day-97', 'overdue/day-104']);
  });

  it('sends what a failed run (state not saved) planned at the first run that succeeds, once', () => {
    expect(firedAt(A, 'overdue/day-90')).toBe(iso(at(90, 6)));
  });

  it('sends nothing of the 90-day clock after a report is closed', () => {
    expect(closedAt.get(B)).toEqual(at(95));
    expect(closedAt.get(D)).toEqual(at(50));
    expect(of(B).map((s) => s.key)).toContain('reminder/day-83');
    for (const s of [...of(B), ...of(D)]) {
      if (s.what === 'template') continue;
      expect(Date.parse(s.at)).toBeLessThan(closedAt.get(s.ghsaId)!.getTime());
    }
    expect(of(D).filter((s) => s.what !== 'template')).toEqual(
      of(D).filter((s) => s.key.startsWith('stale/')), // D had only stale nudges before it closed
    );
    // The template reminder went once, when the tag closed it.
    expect(
      of(D)
        .filter((s) => s.what === 'template')
        .map((s) => [s.key, s.at]),
    ).toEqual([['template/not-a-vulnerability', iso(at(50))]]);
    expect(world.advisories.find((a) => a.ghsaId === D)!.title).toBe('D overflow');
  });

  it('nudges a stale report once per period, restarting after each update', () => {
    const stale = of(A).filter((s) => s.key.startsWith('stale/'));
    expect(stale.length).toBeGreaterThan(3);
    // A was last updated when it got its coordinator, on day 3: nudges every 14 days from there.
    expect(stale[0]!.at).toBe(iso(at(17)));
    expect(stale[1]!.at).toBe(iso(at(31)));
  });

  it('escalates each CRA step at half time and expiry once, then daily while unmet; a step sent goes quiet', () => {
    const cra = (step: string) => of(C).filter((s) => s.key.startsWith(`cra/${step}/`));
    expect(cra('early-warning').map((s) => [s.key, s.at])).toEqual([
      ['cra/early-warning/half-time', iso(at(20, 12))],
      ['cra/early-warning/expired', iso(at(21))],
    ]);
    const notification = cra('notification');
    expect(notification.slice(0, 3).map((s) => [s.key, s.at])).toEqual([
      ['cra/notification/half-time', iso(at(21, 12))],
      ['cra/notification/expired', iso(at(23))],
      ['cra/notification/repeat-1', iso(at(24))],
    ]);
    // Never silent: one more every day up to the last sweep (the skipped days come in one line each).
    expect(notification.at(-1)!.key).toBe(`cra/notification/repeat-${120 - 23}`);
    const final = cra('final');
    expect(final.slice(0, 2).map((s) => [s.key, s.at])).toEqual([
      ['cra/final/half-time', iso(at(47))],
      ['cra/final/expired', iso(at(54))],
    ]);
    expect(final.at(-1)!.key).toBe(`cra/final/repeat-${120 - 54}`);
  });

  it('an exploited report is still reminded on its own 90-day clock, to its coordinator', () => {
    expect(firedAt(C, 'reminder/day-76')).toBe(iso(at(76)));
  });

  it('the state file holds ids, keys and times: no title, and it stays small', () => {
    expect(stateFile).not.toMatch(/overflow|tokenizer/i);
    expect(parseDeskState(stateFile).reports[A]!.fired['overdue/day-118']).toBe(iso(at(118)));
    expect(stateFile.length).toBeLessThan(40_000);
  });
});
