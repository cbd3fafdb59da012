// The reconcile planner and guards on a small, hand-built observed state: the plan is data, so the
// tests read its lines rather than the order of API calls.
import { describe, expect, it } from 'vitest';
import { checkConfig } from '../../actions/lib/config/load.js';
import type { Policy } from '../../actions/lib/domain/policy.js';
import { checkGuards } from '../../actions/lib/domain/reconcile/guards.js';
import type { Observed, ObservedAdvisory } from '../../actions/lib/domain/reconcile/observed.js';
import { describeChange, isSuppressedByAddOnly, removedPeople } from '../../actions/lib/domain/reconcile/plan.js';
import { planReconcile } from '../../actions/lib/domain/reconcile/planner.js';
import { renderPlan } from '../../actions/lib/domain/reconcile/render.js';
import type { Roster } from '../../actions/lib/domain/roster.js';
import { fixtureSource } from '../support/fixtures.js';

const fixturePolicy = checkConfig(
  fixtureSource('members.yaml'),
  fixtureSource('policy.yaml'),
  new Date('2026-11-26T00:00:00Z'),
).config!.policy;

const policy: Policy = {
  ...fixturePolicy,
  mailing_lists: [
    { address: 'psrt@python.org', rest_url: 'http://mailman.invalid/3.1', owners: 'admins', remove_unknown: false },
  ],
};

const roster: Roster = {
  members: [
    { name: 'Alice', login: 'alice', id: 1, email: 'alice@example.org', roles: ['admin'] },
    { name: 'Bob', login: 'bob', id: 2, email: 'bob@example.org', roles: ['admin'] },
    { name: 'Carol', login: 'carol', email: 'carol@example.org' },
    { name: 'Dave', login: 'dave' },
  ],
  emeritus: [{ name: 'Erin', login: 'erin', email: 'erin@example.org', left: '2026-01-01', reason: 'inactive' }],
};

const acct = (login: string, id: number) => ({ login, id });
const adv = (
  repo: string,
  ghsaId: string,
  state: ObservedAdvisory['state'],
  users: [string, number][],
  teams: string[],
): ObservedAdvisory => ({
  repo,
  ghsaId,
  state,
  htmlUrl: `https://github.com/${repo}/security/advisories/${ghsaId}`,
  collaboratingUsers: users.map(([l, i]) => acct(l, i)),
  collaboratingTeams: teams,
  reportPeople: [],
});

function observed(): Observed {
  return {
    github: {
      identity: { kind: 'app' },
      orgMembers: [acct('alice', 1), acct('bob', 2), acct('carol', 3), acct('erin', 5), acct('mallory', 6)],
      orgOwners: [acct('bob', 2)],
      team: [
        { ...acct('alice', 1), role: 'member' },
        { ...acct('erin', 5), role: 'member' },
        { ...acct('mallory', 6), role: 'member' },
      ],
      pendingInvitations: [],
      repos: [
        {
          repo: 'python/cpython',
          privateVulnerabilityReporting: true,
          securityPolicy: { path: 'SECURITY.md', linksAdvisoryForm: true },
          settingsCheckedAt: '2026-11-20T00:00:00Z',
          advisories: [
            adv(
              'python/cpython',
              'GHSA-aaaa-aaaa-aaaa',
              'triage',
              [
                ['erin', 5],
                ['expert', 7],
              ],
              [],
            ),
            adv('python/cpython', 'GHSA-bbbb-bbbb-bbbb', 'draft', [], ['psrt']),
            adv('python/cpython', 'GHSA-cccc-cccc-cccc', 'published', [['erin', 5]], []),
          ],
        },
        {
          repo: 'pypa/pip',
          privateVulnerabilityReporting: false,
          securityPolicy: { path: 'SECURITY.md', linksAdvisoryForm: false },
          settingsCheckedAt: '2026-11-26T00:00:00Z',
          advisories: [adv('pypa/pip', 'GHSA-dddd-dddd-dddd', 'triage', [], [])],
        },
      ],
      accountsById: new Map(),
      accountsByLogin: new Map([['dave', acct('dave', 4)]]),
    },
    granted: { people: [] },
    lists: [
      {
        address: 'psrt@python.org',
        members: [
          { address: 'Alice@Example.org' },
          { address: 'erin@example.org' },
          { address: 'stranger@example.com' },
        ],
        owners: [{ address: 'alice@example.org' }, { address: 'carol@example.org' }],
      },
    ],
  };
}

const ctx = { org: 'python', team: 'psrt' };

describe('planReconcile', () => {
  it('plans every system from one roster', () => {
    const plan = planReconcile({ roster, policy, observed: observed() });
    expect(plan.changes.map((c) => describeChange(c, ctx, 'text'))).toEqual([
      '~ make alice a maintainer of team python/psrt (admin)',
      '+ add bob to team python/psrt as maintainer',
      '+ add carol to team python/psrt as member',
      '- remove erin from team python/psrt (moved to emeritus)',
      '- remove mallory from team python/psrt (not in members.yaml)',
      '~ GHSA-aaaa-aaaa-aaaa (python/cpython): add team psrt; add dave; remove erin (moved to emeritus)',
      '+ GHSA-bbbb-bbbb-bbbb (python/cpython): add dave',
      '+ GHSA-dddd-dddd-dddd (pypa/pip): add alice, bob, carol, dave',
      '+ enable private vulnerability reporting on pypa/pip',
      '+ subscribe bob to psrt@python.org',
      '+ subscribe carol to psrt@python.org',
      '- unsubscribe erin from psrt@python.org (moved to emeritus)',
      '+ make bob an owner of psrt@python.org (admin)',
      '- remove carol as owner of psrt@python.org (not an admin)',
      '~ record who the roster grants access to, before granting: 4 entries (new: alice, bob, carol, dave) (ops repo, branch psrt/reconcile-state)',
    ]);
    const a = plan.changes.find((c) => c.kind === 'advisory-access' && c.ghsaId === 'GHSA-aaaa-aaaa-aaaa');
    expect(a).toMatchObject({ users: ['expert', 'dave'], teams: ['psrt'] });
    const notes = plan.notes.map((n) => `${n.level}: ${n.text}`);
    expect(notes).toContain(
      'info: not members of the python org, so not in the team: reconcile sends no org invitations (an org owner invites people); they get access on each open advisory in person: `dave`.',
    );
    expect(notes.some((n) => n.startsWith('drift: pypa/pip/SECURITY.md does not link'))).toBe(true);
    const drift = plan.notes.find((n) =>
      n.text.startsWith('psrt@python.org has 1 subscriber(s) the roster does not know'),
    );
    expect(drift?.addresses).toEqual(['stranger@example.com']);
    expect(notes.some((n) => n.includes('1 member(s) have no email') && n.includes('`dave`'))).toBe(true);
  });

  it('plans nothing when everything already agrees', () => {
    const o = observed();
    const g = o.github;
    g.orgMembers = [acct('alice', 1), acct('bob', 2), acct('carol', 3)];
    g.team = [
      { ...acct('alice', 1), role: 'maintainer' },
      { ...acct('bob', 2), role: 'maintainer' },
      { ...acct('carol', 3), role: 'member' },
    ];
    g.pendingInvitations = [{ id: 91, login: 'dave' }];
    for (const r of g.repos) {
      r.privateVulnerabilityReporting = true;
      for (const a of r.advisories) {
        const everyone =
          r.repo === 'pypa/pip'
            ? [acct('alice', 1), acct('bob', 2), acct('carol', 3), acct('dave', 4)]
            : [acct('dave', 4)];
        a.collaboratingUsers = a.collaboratingUsers.filter((u) => u.login === 'expert').concat(everyone);
        a.collaboratingTeams = r.repo === 'python/cpython' ? ['psrt'] : [];
      }
    }
    o.granted = {
      people: [
        { login: 'alice', id: 1, email: 'alice@example.org' },
        { login: 'bob', id: 2, email: 'bob@example.org' },
        { login: 'carol', id: 3, email: 'carol@example.org' },
        { login: 'dave', id: 4 },
      ],
    };
    o.lists = [
      {
        address: 'psrt@python.org',
        members: ['alice', 'bob', 'carol'].map((n) => ({ address: `${n}@example.org` })),
        owners: ['alice', 'bob'].map((n) => ({ address: `${n}@example.org` })),
      },
    ];
    const plan = planReconcile({ roster, policy, observed: o });
    expect(plan.changes).toEqual([]);
    expect(plan.notes.map((n) => n.text)).toContain(
      'invited to the python org and the team, not yet accepted: until they accept, they get access on each open advisory in person: `dave`.',
    );
  });

  it('treats org owners as maintainers, so an owner who is not an admin causes no perpetual diff', () => {
    const o = observed();
    o.github.orgOwners.push(acct('carol', 3));
    o.github.team.push({ ...acct('carol', 3), role: 'maintainer' });
    const plan = planReconcile({ roster, policy, observed: o });
    expect(plan.changes.filter((c) => c.kind === 'team-role' && c.login === 'carol')).toEqual([]);
  });

  it('follows a rename by id and plans the roster fix; a deleted account is a warning', () => {
    const r: Roster = { ...roster, members: [...roster.members, { name: 'Zed', login: 'zed', id: 9 }] };
    const o = observed();
    o.github.orgMembers.push(acct('alice-renamed', 1));
    o.github.orgMembers = o.github.orgMembers.filter((a) => a.login !== 'alice');
    o.github.team = o.github.team.map((m) => (m.login === 'alice' ? { ...m, login: 'alice-renamed' } : m));
    o.github.accountsById.set(9, null);
    const plan = planReconcile({ roster: r, policy, observed: o });
    const lines = plan.changes.map((c) => describeChange(c, ctx, 'text'));
    expect(lines[0]).toBe('~ members.yaml: alice is now alice-renamed on GitHub (id 1); a PR follows the rename');
    expect(lines).toContain('~ make alice-renamed a maintainer of team python/psrt (admin)');
    expect(lines.some((l) => l.includes('remove alice'))).toBe(false);
    expect(
      plan.notes.some((n) => n.level === 'warning' && n.text.includes('id 9): the GitHub account no longer exists')),
    ).toBe(true);
  });

  it('leaves the lists alone, and says so, when no Mailman is configured', () => {
    const o = observed();
    delete o.lists;
    const plan = planReconcile({ roster, policy, observed: o });
    expect(plan.changes.some((c) => c.system === 'list')).toBe(false);
    expect(plan.notes.some((n) => n.system === 'list' && n.text.startsWith('no Mailman REST API is configured'))).toBe(
      true,
    );
  });

  it('gives the team the security-manager role when policy asks, found by name', () => {
    const o = observed();
    o.github.securityManager = { id: 138, name: 'security_manager', teams: ['other'] };
    const plan = planReconcile({ roster, policy: { ...policy, github: { team_security_manager: true } }, observed: o });
    expect(plan.changes.filter((c) => c.kind === 'role-assign')).toEqual([
      { kind: 'role-assign', system: 'org-role', roleId: 138, roleName: 'security_manager', team: 'psrt' },
    ]);
  });
});

describe('guards', () => {
  it('trips on the removal share, and an override with a reason lets it through, shown in the plan', () => {
    const o = observed();
    const plan = planReconcile({ roster, policy, observed: o });
    const guards = checkGuards({ plan, policy, roster, observed: o });
    const share = guards.find((g) => g.guard === 'removal-share')!;
    expect(share.ok).toBe(false);
    expect(share.detail).toContain(
      '2 of 6 people holding access (4 member(s) staying, 2 leaving) would lose some (33.3%); limit 25%',
    );
    const overridden = checkGuards({
      plan,
      policy,
      roster,
      observed: o,
      allowLargeRemoval: 'annual pruning approved by the SC',
    });
    expect(overridden.find((g) => g.guard === 'removal-share')).toMatchObject({
      ok: true,
      overridden: 'annual pruning approved by the SC',
    });
    const md = renderPlan({ ...plan, guards: overridden }, 'markdown');
    expect(md).toContain('| removal-share | ⚠️ overridden |');
  });

  it("trips when the plan would remove the token's own account", () => {
    const o = observed();
    o.github.identity = { kind: 'user', account: acct('mallory', 6) };
    const plan = planReconcile({ roster, policy, observed: o });
    const g = checkGuards({ plan, policy, roster, observed: o }).find((x) => x.guard === 'own-identity')!;
    expect(g.ok).toBe(false);
    expect(g.detail).toContain("remove the token's own account mallory");
  });

  it('trips when team maintainers would drop below the minimum', () => {
    const o = observed();
    o.github.team = [
      { ...acct('alice', 1), role: 'maintainer' },
      { ...acct('mallory', 6), role: 'maintainer' },
    ];
    o.github.orgMembers = o.github.orgMembers.filter((a) => a.login !== 'bob');
    o.github.orgOwners = [];
    const plan = planReconcile({ roster, policy, observed: o });
    const g = checkGuards({ plan, policy, roster, observed: o }).find((x) => x.guard === 'min-admins')!;
    expect(g.ok).toBe(false);
    expect(g.detail).toContain('team maintainers 2 → 1 after this plan; minimum 2');
  });
});

describe('rendering', () => {
  it('groups changes by system in diff blocks, masks addresses and never prints advisory text', () => {
    const o = observed();
    o.lists![0]!.members.push({ address: 'gone@example.org' });
    const p2 = { ...policy, mailing_lists: [{ ...policy.mailing_lists![0]!, remove_unknown: true }] };
    const plan = planReconcile({ roster, policy: p2, observed: o });
    const md = renderPlan(plan, 'markdown');
    expect(md).toContain('### GitHub team python/psrt\n```diff\n~ make alice a maintainer');
    expect(md).toContain('- unsubscribe s…@example.com from psrt@python.org (an address the roster does not know)');
    expect(md).not.toContain('stranger@');
    expect(md).toContain('> Nothing was changed: a guard tripped (see Guards).');
    expect(renderPlan({ ...plan, guards: [] }, 'markdown')).toContain('> Dry run: nothing was changed.');
    const text = renderPlan({ ...plan, guards: [] }, 'text');
    expect(text).toContain('- unsubscribe stranger@example.com from psrt@python.org');
  });
});

describe('issue 10: who got access from the roster, and what is never removed', () => {
  const lines = (plan: ReturnType<typeof planReconcile>) => plan.changes.map((c) => describeChange(c, ctx, 'text'));
  const recorded = (o: Observed) => {
    o.granted = {
      people: [
        { login: 'alice', id: 1, email: 'alice@example.org' },
        { login: 'bob', id: 2, email: 'bob@example.org' },
        { login: 'carol', id: 3, email: 'carol@example.org' },
        { login: 'dave', id: 4 },
        { login: 'frank', id: 8, email: 'frank@example.org' },
      ],
    };
    return o;
  };

  it('1: someone the grant record holds but the roster no longer does loses team, advisories, list; then is forgotten, last', () => {
    const o = recorded(observed());
    o.github.team.push({ ...acct('frank', 8), role: 'member' });
    o.github.repos[1]!.advisories[0]!.collaboratingUsers.push(acct('frank', 8));
    o.lists![0]!.members.push({ address: 'frank@example.org' });
    const plan = planReconcile({ roster, policy, observed: o });
    const l = lines(plan);
    expect(l).toContain('- remove frank from team python/psrt (deleted from members.yaml)');
    expect(l).toContain(
      '~ GHSA-dddd-dddd-dddd (pypa/pip): add alice, bob, carol, dave; remove frank (deleted from members.yaml)',
    );
    expect(l).toContain('- unsubscribe frank from psrt@python.org (deleted from members.yaml)');
    expect(l.at(-1)).toBe(
      '~ forget frank in the grant record, once their access is gone: 4 entries left (ops repo, branch psrt/reconcile-state)',
    );
    // Nobody was new: no record is written before granting.
    expect(
      plan.changes.filter((c) => c.kind === 'grants-record').map((c) => c.kind === 'grants-record' && c.phase),
    ).toEqual(['after']);
  });

  it('1: the report people (author, credited reporter, report-file grant) and anyone never granted are kept', () => {
    const o = recorded(observed());
    const a = o.github.repos[1]!.advisories[0]!;
    a.collaboratingUsers.push(acct('frank', 8), acct('expert', 7));
    a.reportPeople = [{ login: 'frank' }];
    const plan = planReconcile({ roster, policy, observed: o });
    expect(lines(plan).some((l) => l.includes('remove frank') || l.includes('remove expert'))).toBe(false);
    expect(plan.notes.map((n) => n.text)).toContain(
      'kept on the advisories whose report names them (author, credited reporter or finder, or a report-file grant): `frank`.',
    );
  });

  it('1: without Mailman the record forgets nobody (their subscription may remain)', () => {
    const o = recorded(observed());
    delete o.lists;
    const plan = planReconcile({ roster, policy, observed: o });
    expect(plan.changes.some((c) => c.kind === 'grants-record')).toBe(false);
  });

  it('1: a newcomer is recorded before anything is granted; a first run says what it cannot know', () => {
    const o = observed();
    delete o.granted;
    const plan = planReconcile({ roster, policy, observed: o });
    const record = plan.changes.find((c) => c.kind === 'grants-record');
    expect(record).toMatchObject({ phase: 'before', added: ['alice', 'bob', 'carol', 'dave'] });
    expect(plan.notes.some((n) => n.text.startsWith('no grant record yet'))).toBe(true);
  });

  it('4: a login GitHub does not know is a finding at its entry; nothing is planned for it, the rest is', () => {
    const o = observed();
    o.github.accountsByLogin.set('dave', null);
    const plan = planReconcile({ roster, policy, observed: o });
    expect(plan.findings).toEqual([
      expect.objectContaining({ rule: 'unknown-login', severity: 'error', path: ['members', 3, 'login'] }),
    ]);
    expect(lines(plan).some((l) => /add [^;]*dave/.test(l))).toBe(false);
    expect(lines(plan)).toContain('+ add bob to team python/psrt as maintainer');
  });

  it('5: a pending team invitation for someone not in the roster is cancelled and counted as a removal', () => {
    const o = observed();
    o.github.pendingInvitations = [{ id: 93, login: 'zed' }];
    const plan = planReconcile({ roster, policy, observed: o });
    expect(lines(plan)).toContain('- cancel the pending invitation of zed to team python/psrt (not in members.yaml)');
    expect(plan.changes.flatMap(removedPeople)).toContain('zed');
  });

  it('11: an org owner listed as a plain member is reported', () => {
    const o = observed();
    o.github.orgOwners.push(acct('carol', 3));
    const plan = planReconcile({ roster, policy, observed: o });
    expect(
      plan.notes.some(
        (n) => n.level === 'warning' && n.text.startsWith('`carol` is an owner of the python org but not an admin'),
      ),
    ).toBe(true);
  });

  it('12: guards.keep never removes a kept login from team, advisories or invitations', () => {
    const o = observed();
    o.github.pendingInvitations = [{ id: 93, login: 'mallory' }];
    const kept = { ...policy, guards: { ...policy.guards, keep: ['Mallory', 'erin'] } };
    const plan = planReconcile({ roster, policy: kept, observed: o });
    expect(lines(plan).some((l) => l.includes('mallory') || l.includes('remove erin'))).toBe(false);
    expect(plan.notes.map((n) => n.text)).toContain('never removed (policy guards.keep): `erin`, `mallory`.');
  });

  it('12: --add-only splits an advisory change so its additions are written and its removals suppressed', () => {
    const plan = planReconcile({ roster, policy, observed: observed(), addOnly: true });
    const a = plan.changes.filter((c) => c.kind === 'advisory-access' && c.ghsaId === 'GHSA-aaaa-aaaa-aaaa');
    expect(a.map((c) => describeChange(c, ctx, 'text'))).toEqual([
      '+ GHSA-aaaa-aaaa-aaaa (python/cpython): add team psrt; add dave',
      '- GHSA-aaaa-aaaa-aaaa (python/cpython): remove erin (moved to emeritus)',
    ]);
    expect(plan.changes.filter(isSuppressedByAddOnly).every((c) => c.kind !== 'team-add')).toBe(true);
    const share = plan.guards.find((g) => g.guard === 'removal-share')!;
    expect(share).toMatchObject({ ok: true, detail: 'add-only: 2 removal(s) shown, none written' });
  });

  it('9: max_removal_share 0 trips on any removal and says an override is needed', () => {
    const zero = { ...policy, guards: { max_removal_share: 0 } };
    const plan = planReconcile({ roster, policy: zero, observed: observed() });
    const share = plan.guards.find((g) => g.guard === 'removal-share')!;
    expect(share.ok).toBe(false);
    expect(share.detail).toContain('(guards.max_removal_share is 0: every removal needs one)');
    const none = planReconcile({ roster, policy: zero, observed: { ...observed(), lists: [] } });
    expect(none.guards.find((g) => g.guard === 'removal-share')!.ok).toBe(false);
  });

  it('3: when the token identity is unknown, any removal trips the own-identity guard', () => {
    const o = observed();
    o.github.identity = { kind: 'unknown', why: 'the token lacks a permission for it (403)' };
    const plan = planReconcile({ roster, policy, observed: o });
    expect(plan.guards.find((g) => g.guard === 'own-identity')).toMatchObject({ ok: false });
  });
});
