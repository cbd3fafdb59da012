// Coordinator auto-assignment: after auto_assign_after_days, the least-loaded member who is not a
// release manager, not on the Steering Council and not away; ties rotate across sweeps; the credits
// list is written whole; an existing coordinator is never replaced.
import { describe, expect, it } from 'vitest';
import type { DeskAdvisory } from '../../actions/lib/domain/desk/advisory.js';
import { nextDeskState } from '../../actions/lib/domain/desk/advance.js';
import { mergeCredits } from '../../actions/lib/domain/desk/assign.js';
import { describeSweepChange } from '../../actions/lib/domain/desk/plan.js';
import type { SweepInput } from '../../actions/lib/domain/desk/planner.js';
import { planSweep } from '../../actions/lib/domain/desk/planner.js';
import type { DeskState } from '../../actions/lib/domain/desk/state.js';
import { emptyDeskState } from '../../actions/lib/domain/desk/state.js';
import type { Roster } from '../../actions/lib/domain/roster.js';
import type { World } from '../fixtures/desk/apply.js';
import { applyChanges } from '../fixtures/desk/apply.js';
import { advisory, after, credit, deskPolicy, deskRoster, ghsa, iso, only } from '../fixtures/desk/builders.js';

const CREATED = '2026-11-01T09:00:00Z';

function sweep(advisories: DeskAdvisory[], extra: Partial<SweepInput> = {}) {
  return planSweep({
    now: after(CREATED, 3),
    roster: deskRoster(),
    policy: deskPolicy(),
    advisories,
    reports: [],
    state: emptyDeskState(),
    ...extra,
  });
}

function assigned(advisories: DeskAdvisory[], extra: Partial<SweepInput> = {}): string[] {
  return only(sweep(advisories, extra).changes, 'assign-coordinator').map((c) => `${c.ghsaId}=${c.login}`);
}

/** Three plain members (cleo, dev, eli) and the two admins are eligible; rita (RM) and sam (SC) never. */
function rosterWith(change: (r: Roster) => void): Roster {
  const r = deskRoster();
  change(r);
  return r;
}

describe('coordinator auto-assign', () => {
  it('waits auto_assign_after_days since the report was received', () => {
    const a = advisory(ghsa(1), CREATED);
    expect(assigned([a], { now: after(CREATED, 2.99) })).toEqual([]);
    expect(assigned([a], { now: after(CREATED, 3) })).toHaveLength(1);
    // An intake received earlier by email is older than its advisory.
    expect(
      assigned([a], {
        now: after(CREATED, 1),
        reports: [{ repo: 'example/lang', ghsa: ghsa(1), received: '2026-10-20' }],
      }),
    ).toHaveLength(1);
  });

  it('never replaces a coordinator; a pending credit counts; a declined one does not', () => {
    const pending = advisory(ghsa(1), CREATED, { credits: [credit('dev', 104, 'coordinator', 'pending')] });
    const accepted = advisory(ghsa(2), CREATED, { credits: [credit('eli', 105, 'coordinator')] });
    const declined = advisory(ghsa(3), CREATED, { credits: [credit('dev', 104, 'coordinator', 'declined')] });
    const result = assigned([pending, accepted, declined]);
    expect(result).toHaveLength(1);
    expect(result[0]).toMatch(new RegExp(`^${ghsa(3)}=`));
    // Whoever declined is not asked again.
    expect(result[0]).not.toBe(`${ghsa(3)}=dev`);
  });

  it('picks the member with the fewest open reports, says why, and writes every existing credit too', () => {
    const busy = (n: number, login: string, id: number) =>
      advisory(ghsa(100 + n), CREATED, { state: 'draft', credits: [credit(login, id, 'coordinator')] });
    const load = [
      busy(1, 'ada', 101),
      busy(2, 'abe', 102),
      busy(3, 'cleo', 103),
      busy(4, 'cleo', 103),
      busy(5, 'eli', 105),
      busy(6, 'dev', 104),
      busy(7, 'dev', 104),
    ];
    // A closed report no longer counts against dev.
    load.push(
      advisory(ghsa(8), CREATED, { state: 'closed', closedAt: CREATED, credits: [credit('eli', 105, 'coordinator')] }),
    );
    const target = advisory(ghsa(1), CREATED, {
      credits: [credit('reporter1', 9001, 'reporter', 'pending'), credit('helper', 9002, 'analyst')],
    });
    const plan = sweep([...load, target]);
    const change = only(plan.changes, 'assign-coordinator')[0]!;
    expect(change.login).toBe('abe'); // abe, ada, eli have 1 open report each; abe comes first in login order
    expect(change.why).toBe('fewest open reports: 1, with 2 other(s); next in turn');
    expect(change.credits).toEqual([
      { login: 'reporter1', type: 'reporter' },
      { login: 'helper', type: 'analyst' },
      { login: 'abe', type: 'coordinator' },
    ]);
    expect(describeSweepChange(change)).toBe(
      `+ ${ghsa(1)} (example/lang): coordinator abe (fewest open reports: 1, with 2 other(s); next in turn)`,
    );
  });

  it('never picks a release manager or a Steering Council member, even when they have nothing to do', () => {
    const everyoneBusy = ['ada', 'abe', 'cleo', 'dev', 'eli'].map((login, i) =>
      advisory(ghsa(200 + i), CREATED, { state: 'draft', credits: [credit(login, 101 + i, 'coordinator')] }),
    );
    const picks = assigned([...everyoneBusy, advisory(ghsa(1), CREATED)]);
    expect(picks).toHaveLength(1);
    expect(picks[0]).not.toMatch(/=(rita|sam)$/);
    const onlyRmAndSc = rosterWith((r) => {
      r.members = r.members.filter(
        (m) => m.roles?.includes('release-manager') || m.roles?.includes('steering-council'),
      );
    });
    expect(assigned([advisory(ghsa(1), CREATED)], { roster: onlyRmAndSc })).toEqual([]);
  });

  it('skips members away today or later, and picks them again once away_until has passed', () => {
    const now = after(CREATED, 3); // 2026-11-04
    const away = (until: string) =>
      rosterWith((r) => {
        for (const m of r.members) if (m.login !== 'eli') m.away_until = '2026-12-31';
        r.members.find((m) => m.login === 'eli')!.away_until = until;
      });
    expect(assigned([advisory(ghsa(1), CREATED)], { now, roster: away('2026-11-04') })).toEqual([]);
    expect(assigned([advisory(ghsa(1), CREATED)], { now, roster: away('2026-11-03') })).toEqual([`${ghsa(1)}=eli`]);
  });

  it('does not make a reporter coordinate their own report', () => {
    const selfReported = advisory(ghsa(1), CREATED, { author: { login: 'cleo', id: 103 } });
    const onlyCleo = rosterWith((r) => {
      r.members = r.members.filter((m) => m.login === 'cleo' || m.roles?.includes('release-manager'));
    });
    expect(assigned([selfReported], { roster: onlyCleo })).toEqual([]);
  });

  it('updates the loads as it goes, oldest report first, and rotates ties', () => {
    const reports = [1, 2, 3, 4, 5, 6, 7].map((n) => advisory(ghsa(n), iso(after(CREATED, -n))));
    const picks = assigned(reports);
    // Oldest first (ghsa 7 was received first); five eligible members take one each, then round again.
    expect(picks).toEqual([
      `${ghsa(7)}=abe`,
      `${ghsa(6)}=ada`,
      `${ghsa(5)}=cleo`,
      `${ghsa(4)}=dev`,
      `${ghsa(3)}=eli`,
      `${ghsa(2)}=abe`,
      `${ghsa(1)}=ada`,
    ]);
  });

  it('carries the rotation across sweeps through the state, and starts afresh without it', () => {
    let state: DeskState = emptyDeskState();
    let world: World = { advisories: [], reports: [] };
    const order: string[] = [];
    for (let n = 1; n <= 6; n++) {
      const now = after(CREATED, 3 + n);
      world = {
        ...world,
        advisories: [
          ...world.advisories.map((a) => ({ ...a, state: 'closed' as const, closedAt: iso(now) })),
          advisory(ghsa(n), iso(after(now, -3))),
        ],
      };
      const plan = sweep(world.advisories, { now, state });
      const change = only(plan.changes, 'assign-coordinator')[0]!;
      order.push(change.login);
      world = applyChanges(world, plan.changes, now);
      state = nextDeskState(plan, plan.changes)!;
    }
    expect(order).toEqual(['abe', 'ada', 'cleo', 'dev', 'eli', 'abe']);
    expect(state.rotation.lastAssigned).toBe('abe');
    const unreadable = sweep([advisory(ghsa(9), CREATED)], { state: undefined });
    expect(only(unreadable.changes, 'assign-coordinator')[0]!.login).toBe('abe');
  });

  it('escalates a report no member can take to the admins, once, and says so', () => {
    const roster = rosterWith((r) => {
      for (const m of r.members) if (!m.roles?.length) m.away_until = '2027-06-30';
      for (const m of r.members) if (m.roles?.includes('admin')) m.away_until = '2027-06-30';
    });
    const a = advisory(ghsa(1), CREATED);
    const plan = sweep([a], { roster });
    expect(only(plan.changes, 'assign-coordinator')).toEqual([]);
    const notice = only(plan.changes, 'notify').find((n) => n.reason.what === 'unassigned')!;
    // Every admin is away: they are still told (someone must be).
    expect(notice).toMatchObject({ to: ['ada', 'abe'], escalated: true, keys: ['unassigned'] });
    expect(plan.notes.map((n) => n.text).join('\n')).toMatch(/no member can be assigned .*GHSA/);
    const again = sweep([a], { roster, now: after(CREATED, 4), state: nextDeskState(plan, plan.changes)! });
    expect(only(again.changes, 'notify').filter((n) => n.reason.what === 'unassigned')).toEqual([]);
  });

  it('escalations go to the policy team when escalate_to names one', () => {
    const roster = rosterWith((r) => {
      r.members = r.members.filter((m) => m.roles?.includes('release-manager'));
    });
    const plan = sweep([advisory(ghsa(1), CREATED)], {
      roster,
      policy: deskPolicy({ escalate_to: '@example/psrt-admins' }),
    });
    expect(only(plan.changes, 'notify')[0]!.to).toEqual(['example/psrt-admins']);
  });
});

describe('mergeCredits (right before the PATCH)', () => {
  it('adds the coordinator to what GitHub has now, keeping credits added meanwhile', () => {
    const now = [credit('reporter1', 9001, 'reporter'), credit('newcomer', 9003, 'remediation_developer', 'pending')];
    expect(mergeCredits(now, { login: 'dev', id: 104 })).toEqual({
      credits: [
        { login: 'reporter1', type: 'reporter' },
        { login: 'newcomer', type: 'remediation_developer' },
        { login: 'dev', type: 'coordinator' },
      ],
      changed: true,
    });
  });

  it('changes nothing when someone became coordinator meanwhile', () => {
    const now = [credit('eli', 105, 'coordinator', 'pending')];
    expect(mergeCredits(now, { login: 'dev', id: 104 })).toEqual({
      credits: [{ login: 'eli', type: 'coordinator' }],
      changed: false,
    });
  });
});
