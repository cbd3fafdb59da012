// With the desk's memory unreadable the sweep sends nothing that could repeat and removes nobody; it
// still assigns coordinators and acts on title tags (GitHub records their effect), and says so.
import { describe, expect, it } from 'vitest';
import { nextDeskState } from '../../actions/lib/domain/desk/advance.js';
import { renderDashboard } from '../../actions/lib/domain/desk/dashboard.js';
import type { SweepInput } from '../../actions/lib/domain/desk/planner.js';
import { planSweep } from '../../actions/lib/domain/desk/planner.js';
import { renderSweepPlan } from '../../actions/lib/domain/desk/render.js';
import { emptyDeskState } from '../../actions/lib/domain/desk/state.js';
import { planSweepJob } from '../../actions/lib/domain/desk/sweep-job.js';
import { account, advisory, after, credit, deskPolicy, deskRoster, ghsa, kinds } from '../fixtures/desk/builders.js';

const CREATED = '2026-08-01T09:00:00Z';
const now = after(CREATED, 100); // everything is due: overdue, stale, grants and adoptions ended

function input(state: SweepInput['state']): SweepInput {
  return {
    now,
    roster: deskRoster(),
    policy: deskPolicy(),
    advisories: [
      advisory(ghsa(1), CREATED, {
        state: 'draft',
        credits: [credit('cleo', 103, 'coordinator')],
        collaboratingUsers: [account('helper', 8001), account('expert', 8002)],
      }),
      advisory(ghsa(2), CREATED),
      advisory(ghsa(3), CREATED, { title: '[DUPLICATE] x', credits: [credit('dev', 104, 'coordinator')] }),
    ],
    reports: [
      {
        repo: 'example/lang',
        ghsa: ghsa(1),
        access: [{ login: 'expert', reason: 'r', until: '2026-09-01' }],
        exploited: { aware_at: CREATED },
      },
    ],
    state,
    ...(state === undefined ? { stateProblem: 'the state branch answered 500' } : {}),
  };
}

describe('state unreadable', () => {
  // The readable state remembers helper, added by hand long ago.
  const remembered = emptyDeskState();
  remembered.reports[ghsa(1)] = {
    repo: 'example/lang',
    snapshot: null,
    fired: {},
    tagsSeen: {},
    adopted: { '8001': { login: 'helper', firstSeen: CREATED } },
  };
  const readable = planSweep(input(remembered));
  const blind = planSweep(input(undefined));

  it('with a readable state, the same input has reminders, escalations and removals', () => {
    const whats = readable.changes.flatMap((c) => (c.kind === 'notify' ? [c.reason.what] : []));
    expect(whats).toEqual(expect.arrayContaining(['cra', 'overdue', 'stale', 'template']));
    expect(readable.losingAccess.map((p) => p.login).sort()).toEqual(['expert', 'helper']);
  });

  it('sends no reminder or escalation and removes nobody', () => {
    expect(blind.changes.filter((c) => c.kind === 'notify' && c.reason.what !== 'template')).toEqual([]);
    expect(blind.losingAccess).toEqual([]);
    expect(blind.changes.filter((c) => c.kind === 'access')).toEqual([]);
  });

  it('still assigns coordinators and acts on tags (the template reply cannot repeat: the tag goes with it)', () => {
    expect(kinds(blind.changes)).toEqual([
      `tag-action:${ghsa(3)}`,
      `assign-coordinator:${ghsa(2)}`,
      `notify:${ghsa(3)}`,
    ]);
  });

  it('lets the sweep apply what it still plans: no guard trips on the template reply that goes with its tag', () => {
    const job = planSweepJob({
      ...input(undefined),
      opsRepo: 'example/psrt-ops',
      opsRepoPrivate: true,
      cveCredentials: false,
      orgMembers: deskRoster().members.map((m) => ({ login: m.login, id: m.id! })),
    });
    expect(job.guards.filter((g) => !g.ok)).toEqual([]);
    expect(job.changes.map((c) => c.kind)).toEqual(expect.arrayContaining(['tag-action', 'assign-coordinator']));
  });

  it('says so in the plan, the CLI text and the dashboard, and nothing is saved over the file', () => {
    expect(blind.stateReadable).toBe(false);
    expect(blind.notes[0]!.text).toMatch(
      /could not be read \(the state branch answered 500\): this sweep sends no reminder or escalation and removes nobody; it still assigns coordinators and acts on title tags/,
    );
    expect(renderSweepPlan(blind, 'text')).toMatch(/Desk memory: UNREADABLE \(the state branch answered 500\)/);
    expect(renderDashboard(blind, { advisories: [] })).toMatch(/> \[!WARNING\]\n> The desk's memory could not be read/);
    expect(nextDeskState(blind, blind.changes)).toBeUndefined();
  });
});
