// The sweep as a job, pure: the PSRT's access to new reports (reconcile's GHSA part, shared), reserve on
// accept, the dashboard and memory written only when they change, the guards, and the settled memory
// after an apply that makes the next plan empty.
import { describe, expect, it } from 'vitest';
import type { DeskAdvisory } from '../../actions/lib/domain/desk/advisory.js';
import { dashboardFingerprint } from '../../actions/lib/domain/desk/dashboard.js';
import type { SweepChange } from '../../actions/lib/domain/desk/plan.js';
import { renderSweepJob } from '../../actions/lib/domain/desk/render.js';
import type { DeskState } from '../../actions/lib/domain/desk/state.js';
import { emptyDeskState, parseDeskState, serializeDeskState } from '../../actions/lib/domain/desk/state.js';
import type { SweepJobInput } from '../../actions/lib/domain/desk/sweep-job.js';
import { newReports, planSweepJob, settleSweep } from '../../actions/lib/domain/desk/sweep-job.js';
import { memberAccessPlanner } from '../../actions/lib/domain/reconcile/advisory-access.js';
import { PersonIndex } from '../../actions/lib/domain/account.js';
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

const NOW = new Date('2026-11-26T12:00:00Z');
const ORG = deskRoster().members.map((m) => ({ login: m.login, id: m.id! }));

function input(over: Partial<SweepJobInput> = {}): SweepJobInput {
  return {
    now: NOW,
    roster: deskRoster(),
    policy: deskPolicy(),
    advisories: [],
    reports: [],
    state: emptyDeskState(),
    opsRepo: 'example/psrt-ops',
    opsRepoPrivate: true,
    cveCredentials: true,
    orgMembers: ORG,
    ...over,
  };
}

describe("the PSRT's access to an advisory (advisory-access.ts, shared with reconcile)", () => {
  const roster = deskRoster();
  const planner = (orgMembers: { login: string; id: number }[]) =>
    memberAccessPlanner({
      org: 'example',
      team: 'psrt',
      members: roster.members,
      isOrgMember: (p) => new PersonIndex(orgMembers).has(p),
    });

  it("adds the team in the own org and, in person, members outside it; on another org every member (removals are reconcile's)", () => {
    const inOrg = {
      repo: 'example/lang',
      state: 'draft',
      collaboratingUsers: [account('oldtimer', 199)],
      collaboratingTeams: [],
    };
    expect(planner(ORG.filter((m) => m.login !== 'eli')).plan(inOrg)).toEqual({
      addTeams: ['psrt'],
      addUsers: ['eli'],
    });
    const other = {
      repo: 'tools/pkg',
      state: 'triage',
      collaboratingUsers: [account('ada', 101)],
      collaboratingTeams: [],
    };
    expect(planner(ORG).plan(other)?.addUsers).toEqual(roster.members.map((m) => m.login).filter((l) => l !== 'ada'));
    expect(planner(ORG).plan(other)?.addTeams).toEqual([]);
  });

  it('plans nothing for an advisory that is not open, or that already has it all', () => {
    expect(
      planner(ORG).plan({ repo: 'example/lang', state: 'published', collaboratingUsers: [], collaboratingTeams: [] }),
    ).toBeUndefined();
    expect(
      planner(ORG).plan({ repo: 'example/lang', state: 'draft', collaboratingUsers: [], collaboratingTeams: ['psrt'] }),
    ).toBeUndefined();
  });
});

describe('planSweepJob', () => {
  it("gives only reports the memory has never seen the PSRT's access", () => {
    const known = advisory(ghsa(1), iso(after(NOW, -10)), { collaboratingTeams: [] });
    const fresh = advisory(ghsa(2), iso(after(NOW, -0.1)), { collaboratingTeams: [] });
    const state: DeskState = planSweepJob(input({ advisories: [known] })).desk.observed!;
    const plan = planSweepJob(input({ advisories: [known, fresh], state }));
    expect(newReports(plan.input).map((a) => a.ghsaId)).toEqual([ghsa(2)]);
    expect(only(plan.changes as SweepChange[], 'member-access').map((c) => c.ghsaId)).toEqual([ghsa(2)]);
    // Without the org's member list (not read: no new report), no such change at all.
    expect(
      only(
        planSweepJob(input({ advisories: [fresh], orgMembers: undefined })).changes as SweepChange[],
        'member-access',
      ),
    ).toEqual([]);
  });

  it('reserves a CVE id for drafts (and reports accepted now) without one, and says why when it cannot', () => {
    const draft = advisory(ghsa(3), iso(after(NOW, -20)), { state: 'draft' });
    const accepted = advisory(ghsa(4), iso(after(NOW, -20)), { title: '[ACCEPTED] x' });
    const closing = advisory(ghsa(5), iso(after(NOW, -20)), { state: 'draft', title: '[CLOSED] x' });
    const carrying = advisory(ghsa(6), iso(after(NOW, -20)), { state: 'draft', cveId: 'CVE-2026-1234' });
    const all = [draft, accepted, closing, carrying];
    const reserve = (i: SweepJobInput) => only(planSweepJob(i).changes as SweepChange[], 'cve-reserve');
    expect(reserve(input({ advisories: all })).map((c) => [c.ghsaId, c.year, c.shortName])).toEqual([
      [ghsa(3), 2026, 'EX'],
      [ghsa(4), 2026, 'EX'],
    ]);
    const recorded = {
      ...emptyDeskState(),
      cveReservations: [
        { cveId: 'CVE-2026-0007', repo: 'example/lang', ghsa: ghsa(3), reservedAt: iso(NOW), written: false },
      ],
    };
    expect(reserve(input({ advisories: all, state: recorded })).map((c) => c.ghsaId)).toEqual([ghsa(4)]);
    const noCredentials = planSweepJob(input({ advisories: all, cveCredentials: false }));
    expect(only(noCredentials.changes as SweepChange[], 'cve-reserve')).toEqual([]);
    expect(noCredentials.notes.map((n) => n.text).join('\n')).toContain('CVE Services credentials are not set');
    const blind = planSweepJob(input({ advisories: all, state: undefined, stateProblem: 'broken' }));
    expect(only(blind.changes as SweepChange[], 'cve-reserve')).toEqual([]);
    expect(blind.notes.map((n) => n.text).join('\n')).toContain(
      "No CVE id is reserved while the desk's memory cannot be read",
    );
  });

  it('trips ops-repo-private for a public ops repo, and removal-share unless overridden', () => {
    expect(planSweepJob(input({ opsRepoPrivate: false })).guards.find((g) => g.guard === 'ops-repo-private')?.ok).toBe(
      false,
    );
    // Grants of eight people, all ended: 8 of 7 members is over the 25% share.
    const people = [1, 2, 3, 4, 5, 6, 7, 8].map((i) => account(`expert${i}`, 8000 + i));
    const a = advisory(ghsa(7), iso(after(NOW, -40)), { state: 'draft', collaboratingUsers: people });
    const reports = [
      {
        repo: 'example/lang',
        ghsa: ghsa(7),
        access: people.map((p) => ({ login: p.login, reason: 'r', until: '2026-11-01' })),
      },
    ];
    const tripped = planSweepJob(input({ advisories: [a], reports }));
    expect(tripped.guards.find((g) => g.guard === 'removal-share')).toMatchObject({ ok: false });
    const allowed = planSweepJob(input({ advisories: [a], reports, allowLargeRemoval: 'grants ended' }));
    expect(allowed.guards.find((g) => g.guard === 'removal-share')).toMatchObject({
      ok: true,
      overridden: 'grants ended',
    });
    expect(renderSweepJob(tripped, 'text')).toMatch(/removal-share: TRIPPED \(8 person\(s\) would lose access/);
  });

  it('after an apply, the settled memory makes the next plan empty: no dashboard, no memory, no change', () => {
    const idle = advisory(ghsa(8), iso(after(NOW, -5.5)), { collaboratingTeams: [] });
    const tagged = advisory(ghsa(9), iso(after(NOW, -30.5)), {
      title: '[ACCEPTED] Overflow',
      credits: [credit('cleo', 103, 'coordinator')],
    });
    const adopted = advisory(ghsa(10), iso(after(NOW, -50.5)), {
      state: 'draft',
      cveId: 'CVE-2026-0100',
      credits: [credit('dev', 104, 'coordinator')],
      collaboratingUsers: [account('helper', 7001)],
    });
    const first = planSweepJob(input({ advisories: [idle, tagged, adopted], cveCredentials: false }));
    const reportChanges = first.changes.filter(
      (c): c is SweepChange => c.kind !== 'dashboard' && c.kind !== 'desk-state',
    );
    expect(first.changes.map((c) => c.kind)).toEqual(
      expect.arrayContaining(['assign-coordinator', 'tag-action', 'member-access', 'dashboard', 'desk-state']),
    );
    // GitHub after the apply (member access written as a PATCH would).
    const world = applyChanges({ advisories: [idle, tagged, adopted], reports: [] }, reportChanges, NOW);
    const written = world.advisories.map((a): DeskAdvisory => {
      const access = only(reportChanges, 'member-access').find((c) => c.ghsaId === a.ghsaId);
      return access ? { ...a, collaboratingTeams: [...a.collaboratingTeams, ...access.addTeams] } : a;
    });
    const settled = settleSweep({
      plan: first,
      applied: reportChanges,
      advisories: written,
      reservations: [],
      exploitedPending: [],
      retryNew: [],
    });
    const stored = parseDeskState(serializeDeskState(settled.state!));
    const second = planSweepJob(input({ advisories: written, state: stored, cveCredentials: false }));
    expect(second.changes).toEqual([]);
    // An hour later nothing moved either; a week later the dashboard's ages did.
    expect(
      planSweepJob(
        input({ advisories: written, state: stored, cveCredentials: false, now: new Date(NOW.getTime() + 3_600_000) }),
      ).changes,
    ).toEqual([]);
    expect(
      planSweepJob(
        input({ advisories: written, state: stored, cveCredentials: false, now: after(NOW, 7) }),
      ).changes.map((c) => c.kind),
    ).toContain('dashboard');
    // What changed is what this sweep saw and did, kept for the dashboard until a later sweep sees more.
    expect(stored.lastChanges?.reports.map((r) => r.ghsaId).sort()).toEqual([ghsa(10), ghsa(8), ghsa(9)].sort());
  });

  it('fingerprints the dashboard without titles: the same advisories give the same one, an update another', () => {
    const a = advisory(ghsa(11), iso(after(NOW, -5)));
    const plan = planSweepJob(input({ advisories: [a] }));
    const fp = (x: DeskAdvisory) => dashboardFingerprint(plan.desk, { advisories: [x], changes: null });
    expect(fp({ ...a, title: 'Another title' })).toBe(fp(a));
    expect(fp({ ...a, updatedAt: iso(NOW) })).not.toBe(fp(a));
  });
});

describe('the memory keeps what the dashboard shows as changed', () => {
  it('refuses an event it does not know, as a whole', () => {
    const text = serializeDeskState({
      ...emptyDeskState(),
      lastChanges: { at: iso(NOW), reports: [{ repo: 'example/lang', ghsaId: ghsa(12), events: [{ what: 'new' }] }] },
    });
    expect(parseDeskState(text).lastChanges?.reports[0]?.events).toEqual([{ what: 'new' }]);
    expect(() => parseDeskState(text.replace('"what":"new"', '"what":"renamed"'))).toThrow(
      /lastChanges\.reports\[0\]\.events\[0\]\.what is not a known event/,
    );
  });
});
