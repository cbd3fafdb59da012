// Access with expiry: report-file grants made true until they end; collaborators added by hand adopted
// and removed on the same rule; members, the author and credited reporters/finders never removed; the
// plan names everyone losing access; mergeCollaborators re-applies a change onto a fresh read.
import { describe, expect, it } from 'vitest';
import { mergeCollaborators } from '../../actions/lib/domain/desk/access.js';
import type { DeskAdvisory } from '../../actions/lib/domain/desk/advisory.js';
import { nextDeskState } from '../../actions/lib/domain/desk/advance.js';
import { describeSweepChange, removedPeopleOf } from '../../actions/lib/domain/desk/plan.js';
import type { SweepInput } from '../../actions/lib/domain/desk/planner.js';
import { planSweep } from '../../actions/lib/domain/desk/planner.js';
import { emptyDeskState } from '../../actions/lib/domain/desk/state.js';
import type { ReportFile } from '../../actions/lib/domain/report-file.js';
import { applyChanges } from '../fixtures/desk/apply.js';
import {
  account,
  advisory,
  after,
  credit,
  deskPolicy,
  deskRoster,
  ghsa,
  iso,
  only,
} from '../fixtures/desk/builders.js';

const CREATED = '2026-11-01T09:00:00Z';
const coordinated = { credits: [credit('cleo', 103, 'coordinator')] };

function sweep(advisories: DeskAdvisory[], reports: ReportFile[], extra: Partial<SweepInput> = {}) {
  return planSweep({
    now: after(CREATED, 1),
    roster: deskRoster(),
    policy: deskPolicy(),
    advisories,
    reports,
    state: emptyDeskState(),
    ...extra,
  });
}

const grant = (login: string, until: string, g = ghsa(1)): ReportFile => ({
  repo: 'example/lang',
  ghsa: g,
  access: [{ login, reason: 'parser expert', until }],
});

describe('grants', () => {
  it('adds a granted login until the grant ends, and removes exactly it once `until` has passed', () => {
    const a = advisory(ghsa(1), CREATED, coordinated);
    const plan = sweep([a], [grant('expert', '2026-11-20')]);
    expect(only(plan.changes, 'access')).toEqual([
      {
        kind: 'access',
        system: 'access',
        repo: 'example/lang',
        ghsaId: ghsa(1),
        add: [{ login: 'expert', why: 'grant', until: '2026-11-20T00:00:00Z' }],
        remove: [],
        users: ['expert'],
      },
    ]);
    expect(describeSweepChange(only(plan.changes, 'access')[0]!)).toBe(
      `+ ${ghsa(1)} (example/lang) collaborators: add expert (grant until 2026-11-20 00:00 UTC)`,
    );
    const world = applyChanges({ advisories: [a], reports: [] }, plan.changes, after(CREATED, 1));
    const withTeam = world.advisories.map((x) => ({
      ...x,
      collaboratingUsers: [...x.collaboratingUsers, account('cleo', 103), account('reporter1', 9001)],
    }));
    const before = sweep(withTeam, [grant('expert', '2026-11-20')], { now: new Date('2026-11-19T23:00:00Z') });
    expect(only(before.changes, 'access')).toEqual([]);
    const afterEnd = sweep(withTeam, [grant('expert', '2026-11-20')], { now: new Date('2026-11-20T00:00:00Z') });
    const removal = only(afterEnd.changes, 'access')[0]!;
    expect(removal.remove).toEqual([{ login: 'expert', why: 'grant-ended', until: '2026-11-20T00:00:00Z' }]);
    expect(removal.users).toEqual(['cleo', 'reporter1']);
    expect(afterEnd.losingAccess).toEqual([
      { login: 'expert', repo: 'example/lang', ghsaId: ghsa(1), why: 'grant-ended' },
    ]);
    expect(removedPeopleOf(removal)).toEqual(['expert']);
  });

  it('ends access after_close_days after the report closed when that comes first; never adds on a closed report', () => {
    const closed = advisory(ghsa(1), CREATED, {
      ...coordinated,
      state: 'closed',
      closedAt: '2026-11-05T00:00:00Z',
      collaboratingUsers: [account('expert', 7001)],
    });
    const file = grant('expert', '2027-06-01');
    expect(only(sweep([closed], [file], { now: new Date('2026-12-04T23:00:00Z') }).changes, 'access')).toEqual([]);
    const due = only(sweep([closed], [file], { now: new Date('2026-12-05T00:00:00Z') }).changes, 'access')[0]!;
    expect(due.remove).toEqual([{ login: 'expert', why: 'closed', until: '2026-12-05T00:00:00Z' }]);
    const notYetThere = { ...closed, collaboratingUsers: [] };
    expect(only(sweep([notYetThere], [file]).changes, 'access')).toEqual([]);
  });

  it('never removes members, emeritus (reconcile owns them), the author or credited reporters and finders', () => {
    const a = advisory(ghsa(1), CREATED, {
      ...coordinated,
      author: { login: 'reporter1', id: 9001 },
      credits: [...coordinated.credits, credit('finder1', 9100, 'finder', 'pending'), credit('rep2', 9200, 'reporter')],
      collaboratingUsers: [
        account('dev', 104),
        account('oldtimer', 199),
        account('reporter1', 9001),
        account('finder1', 9100),
        account('rep2', 9200),
      ],
    });
    const expired = [grant('dev', '2026-01-01'), grant('reporter1', '2026-01-01'), grant('finder1', '2026-01-01')];
    const file: ReportFile = { repo: 'example/lang', ghsa: ghsa(1), access: expired.flatMap((g) => g.access!) };
    const plan = sweep([a], [file], { now: after(CREATED, 400) });
    expect(only(plan.changes, 'access')).toEqual([]);
    expect(plan.outsideAccess).toEqual([]);
  });
});

describe('collaborators added by hand', () => {
  const handAdded = (ghsaId = ghsa(1), extra: Partial<DeskAdvisory> = {}) =>
    advisory(ghsaId, CREATED, {
      ...coordinated,
      collaboratingUsers: [account('cleo', 103), account('helper', 8001)],
      ...extra,
    });

  it('are adopted: first seen recorded, shown with the end of their access, removed after default_days', () => {
    const first = sweep([handAdded()], []);
    expect(first.changes).toEqual([]);
    expect(first.outsideAccess).toEqual([
      {
        repo: 'example/lang',
        ghsaId: ghsa(1),
        login: 'helper',
        source: 'adopted',
        firstSeen: iso(after(CREATED, 1)),
        ends: iso(after(CREATED, 31)),
        status: 'active',
      },
    ]);
    const state = nextDeskState(first, [])!;
    expect(state.reports[ghsa(1)]!.adopted).toEqual({ '8001': { login: 'helper', firstSeen: iso(after(CREATED, 1)) } });
    expect(only(sweep([handAdded()], [], { state, now: after(CREATED, 30.9) }).changes, 'access')).toEqual([]);
    const removal = sweep([handAdded()], [], { state, now: after(CREATED, 31) });
    expect(only(removal.changes, 'access')[0]!.remove).toEqual([
      { login: 'helper', why: 'adoption-ended', until: iso(after(CREATED, 31)) },
    ]);
    expect(removal.losingAccess.map((p) => p.login)).toEqual(['helper']);
  });

  it('follow the closing rule when it comes first', () => {
    const policy = deskPolicy({}, { access: { after_close_days: 30, default_days: 60 } });
    const first = sweep([handAdded()], [], { policy });
    const state = nextDeskState(first, [])!;
    const closed = handAdded(ghsa(1), { state: 'closed', closedAt: iso(after(CREATED, 2)) });
    const plan = sweep([closed], [], { policy, state, now: after(CREATED, 20) });
    expect(only(plan.changes, 'access')).toEqual([]);
    expect(plan.outsideAccess[0]!.ends).toBe(iso(after(CREATED, 32)));
    const later = sweep([closed], [], { policy, state, now: after(CREATED, 32) });
    expect(only(later.changes, 'access')[0]!.remove).toEqual([
      { login: 'helper', why: 'closed', until: iso(after(CREATED, 32)) },
    ]);
  });

  it('with the state unreadable: listed, nobody removed, no end date invented', () => {
    const plan = sweep([handAdded()], [grant('expert', '2026-01-01')], {
      state: undefined,
      now: after(CREATED, 400),
    });
    expect(plan.losingAccess).toEqual([]);
    expect(only(plan.changes, 'access')).toEqual([]);
    expect(plan.outsideAccess.map((v) => [v.login, v.ends, v.firstSeen])).toEqual([['helper', undefined, undefined]]);
  });
});

describe('mergeCollaborators (right before the PATCH)', () => {
  const change = {
    add: [{ login: 'Expert', why: 'grant' as const, until: '2026-12-01T00:00:00Z' }],
    remove: [{ login: 'gone', why: 'grant-ended' as const, until: '2026-11-01T00:00:00Z' }],
  };

  it('re-applies adds and removals onto what GitHub has now, keeping people added meanwhile', () => {
    expect(mergeCollaborators([account('cleo', 1), account('gone', 2), account('newcomer', 3)], change)).toEqual({
      users: ['cleo', 'newcomer', 'Expert'],
      changed: true,
    });
  });

  it('is a no-op when GitHub already agrees (logins compared case-insensitively)', () => {
    expect(mergeCollaborators(['cleo', 'expert'], change)).toEqual({ users: ['cleo', 'expert'], changed: false });
  });
});
