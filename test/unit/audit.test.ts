// PEP 811's yearly audit, decided by the pure domain: the window, what counts as activity, exemptions
// proven by teams, the inactive set on a generated year, and the pruning edit of members.yaml.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Account } from '../../actions/lib/domain/account.js';
import type { Activity, AdvisoryFacts, AuditWindow } from '../../actions/lib/domain/activity.js';
import {
  auditMembers,
  auditWindow,
  chooseReportIssues,
  coordinatorActivity,
  datedActivity,
  duplicateReportMarker,
  inactiveMembers,
  openDuring,
  parseReportMarker,
  reportMarker,
} from '../../actions/lib/domain/activity.js';
import type { ReportContext } from '../../actions/lib/domain/audit-render.js';
import { renderPruneBody, renderReportIssue } from '../../actions/lib/domain/audit-render.js';
import type { Member, Role, Roster } from '../../actions/lib/domain/roster.js';
import { moveToEmeritus } from '../../actions/lib/domain/roster-prune.js';
import { rosterFromText } from '../../actions/lib/config/roster-text.js';
import { fixtureConfig } from '../support/fixtures.js';
import { prng } from '../support/prng.js';

const NOW = new Date('2026-11-26T12:00:00Z');
const W: AuditWindow = auditWindow(NOW, 365, '2025-12-01');

describe('the window', () => {
  it('starts at the previous report and ends now', () => {
    expect(W).toEqual({
      start: '2025-12-01T00:00:00Z',
      end: '2026-11-26T12:00:00Z',
      previousReport: '2025-12-01',
      capped: false,
    });
  });

  it('is at most window_days long, starting at a midnight', () => {
    expect(auditWindow(NOW, 365, '2024-06-01')).toMatchObject({ start: '2025-11-27T00:00:00Z', capped: true });
    expect(auditWindow(NOW, 365)).toMatchObject({ start: '2025-11-27T00:00:00Z', capped: true });
  });

  it('reads back the date the report recorded', () => {
    expect(parseReportMarker(`${reportMarker('2026-11-26', '2025-12-01')}\nbody`)).toEqual({
      date: '2026-11-26',
      since: '2025-12-01',
    });
    expect(parseReportMarker('no marker')).toBeUndefined();
  });
});

describe('which report issue is which', () => {
  const issue = (number: number, state: 'open' | 'closed', body: string, createdAt = '2026-11-26T12:00:00Z') => ({
    number,
    state,
    body,
    createdAt,
  });
  const report = (date: string) => `${reportMarker(date, '2025-12-01')}\nThe report.`;

  it('keeps the oldest open report, folds later copies, and never takes a person’s issue under the label', () => {
    const chosen = chooseReportIssues([
      issue(9, 'open', report('2026-11-26')),
      issue(4, 'open', 'My own notes for the SC.'),
      issue(7, 'open', report('2026-11-26')),
      issue(8, 'open', report('2026-11-26')),
    ]);
    expect(chosen.current?.number).toBe(7);
    expect(chosen.duplicates.map((d) => d.number)).toEqual([8, 9]);
    expect(chooseReportIssues([issue(4, 'open', 'My own notes.')])).toEqual({ duplicates: [] });
  });

  it('dates the window from the newest closed report, never from a copy closed as a duplicate', () => {
    const chosen = chooseReportIssues([
      issue(2, 'closed', report('2025-12-01')),
      issue(3, 'closed', 'Written by hand.', '2024-12-03T09:00:00Z'),
      issue(8, 'closed', `${duplicateReportMarker(7)}\nA second copy.`),
      issue(7, 'open', report('2026-11-26')),
    ]);
    expect(chosen.previous).toMatchObject({ number: 2, date: '2025-12-01' });
    expect(chooseReportIssues([issue(3, 'closed', 'Written by hand.', '2024-12-03T09:00:00Z')]).previous?.date).toBe(
      '2024-12-03',
    );
  });
});

describe('what counts as activity', () => {
  const adv = (over: Partial<AdvisoryFacts>): AdvisoryFacts => ({
    ghsa_id: 'GHSA-aaaa-bbbb-cccc',
    html_url: 'https://github.com/python/cpython/security/advisories/GHSA-aaaa-bbbb-cccc',
    state: 'draft',
    created_at: '2026-03-01T00:00:00Z',
    ...over,
  });

  it('counts an advisory open at some time in the window, not one finished before it or created after it', () => {
    expect(openDuring(adv({}), W)).toBe(true);
    expect(
      openDuring(
        adv({ created_at: '2024-01-01T00:00:00Z', state: 'published', published_at: '2025-12-02T00:00:00Z' }),
        W,
      ),
    ).toBe(true);
    expect(
      openDuring(adv({ created_at: '2024-01-01T00:00:00Z', state: 'closed', closed_at: '2025-11-30T23:59:59Z' }), W),
    ).toBe(false);
    expect(openDuring(adv({ created_at: '2026-11-27T00:00:00Z' }), W)).toBe(false);
    // Withdrawn after publication: open until it was published.
    expect(
      openDuring(
        adv({
          created_at: '2024-01-01T00:00:00Z',
          state: 'withdrawn',
          published_at: '2025-01-01T00:00:00Z',
          withdrawn_at: '2026-01-01T00:00:00Z',
        }),
        W,
      ),
    ).toBe(false);
  });

  it('takes coordinators from credits_detailed and credits, once each, dated at the last open moment in the window', () => {
    const a = adv({
      state: 'published',
      published_at: '2026-05-05T12:00:00Z',
      credits_detailed: [
        { user: { login: 'ada', id: 1 }, type: 'coordinator', state: 'accepted' },
        { user: { login: 'bob', id: 2 }, type: 'reporter', state: 'accepted' },
        { user: { login: 'cy', id: 3 }, type: 'coordinator', state: 'declined' },
      ],
      credits: [
        { login: 'ada', type: 'coordinator' },
        { login: 'dee', type: 'coordinator' },
        { login: 'cy', type: 'coordinator' },
      ],
    });
    expect(coordinatorActivity(a, W)).toEqual([
      {
        kind: 'coordinator',
        user: { login: 'ada', id: 1 },
        at: '2026-05-05T12:00:00Z',
        url: a.html_url,
        on: a.ghsa_id,
      },
      { kind: 'coordinator', user: { login: 'dee' }, at: '2026-05-05T12:00:00Z', url: a.html_url, on: a.ghsa_id },
    ]);
    expect(coordinatorActivity(adv({ credits: [{ login: 'ada', type: 'coordinator' }] }), W)[0]!.at).toBe(W.end);
  });

  it('keeps dated activity inside the window only', () => {
    expect(datedActivity('report-comment', { login: 'a' }, '2025-11-30T23:59:59Z', 'u', 'x#1', W)).toEqual([]);
    expect(datedActivity('report-comment', { login: 'a' }, '2025-12-01T00:00:00Z', 'u', 'x#1', W)).toHaveLength(1);
    expect(datedActivity('report-comment', null, '2026-01-01T00:00:00Z', 'u', 'x#1', W)).toEqual([]);
    // Compared as times, not strings: a clock with milliseconds still includes GitHub's "…:00Z" at the end.
    const clock = auditWindow(new Date('2026-11-26T12:00:00.000Z'), 365, '2025-12-01');
    expect(
      datedActivity('report-comment', { login: 'a' }, '2026-11-26T12:00:00Z', 'u', 'x#1', {
        ...clock,
        end: '2026-11-26T12:00:00.000Z',
      }),
    ).toHaveLength(1);
  });
});

// ---------------------------------------------------------------------------------------------
// A generated year: each member's fate is chosen first, then the data that makes it so (and decoys
// that must not count) is planted. The expected inactive set is known by construction.

type Fate =
  | 'coordinator'
  | 'coordinator-finished-in-window'
  | 'fork-pull'
  | 'fork-review'
  | 'fork-review-comment'
  | 'report-comment'
  | 'advisory-comment'
  | 'renamed-coordinator'
  | 'exempt-rm'
  | 'exempt-sc'
  | 'claimed-unverified'
  | 'new'
  | 'inactive';
const FATES: Fate[] = [
  'coordinator',
  'coordinator-finished-in-window',
  'fork-pull',
  'fork-review',
  'fork-review-comment',
  'report-comment',
  'advisory-comment',
  'renamed-coordinator',
  'exempt-rm',
  'exempt-sc',
  'claimed-unverified',
  'new',
  'inactive',
  'inactive',
  'inactive',
];

function generateYear(seed: number, size: number) {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const inWindow = () =>
    new Date(Date.parse(W.start) + Math.floor(rnd() * (Date.parse(W.end) - Date.parse(W.start))))
      .toISOString()
      .replace('.000', '');
  const beforeWindow = () =>
    new Date(Date.parse(W.start) - 1000 - Math.floor(rnd() * 300 * 86_400_000)).toISOString().replace('.000', '');
  const members: Member[] = [];
  const fates = new Map<string, Fate>();
  const advisories: AdvisoryFacts[] = [];
  const dated: Activity[] = [];
  const rm: Account[] = [];
  const sc: Account[] = [];
  let n = 0;
  const advisory = (over: Partial<AdvisoryFacts>): AdvisoryFacts => {
    n++;
    const ghsa = `GHSA-gen${String(n).padStart(5, '0')}`;
    return {
      ghsa_id: ghsa,
      html_url: `https://github.com/x/y/security/advisories/${ghsa}`,
      state: 'draft',
      created_at: inWindow(),
      ...over,
    };
  };
  const decoy = (user: Account) => {
    // Things that look like activity and are not: planted around inactive members.
    switch (Math.floor(rnd() * 5)) {
      case 0: // coordinator of an advisory closed before the window
        advisories.push(
          advisory({
            state: 'closed',
            created_at: '2025-01-01T00:00:00Z',
            closed_at: beforeWindow(),
            credits: [{ login: user.login, type: 'coordinator' }],
          }),
        );
        break;
      case 1: // credited, but not as coordinator, on an open advisory
        advisories.push(
          advisory({
            credits_detailed: [
              {
                user: { login: user.login, id: user.id ?? 0 },
                type: pick(['reporter', 'finder', 'remediation_developer']),
                state: 'accepted',
              },
            ],
          }),
        );
        break;
      case 2: // declined the coordinator credit
        advisories.push(
          advisory({
            credits_detailed: [
              { user: { login: user.login, id: user.id ?? 0 }, type: 'coordinator', state: 'declined' },
            ],
          }),
        );
        break;
      case 3: // commented the day before the window
        dated.push(...datedActivity('report-comment', user, beforeWindow(), 'https://x/issues/1#c', 'x#1', W));
        break;
      default: // a fork pull opened before the window
        dated.push(...datedActivity('fork-pull', user, beforeWindow(), 'https://x/pull/1', 'GHSA-x', W));
    }
  };
  for (let i = 0; i < size; i++) {
    const fate = FATES[i % FATES.length]!;
    const pinned = rnd() < 0.5 || fate === 'renamed-coordinator';
    const m: Member = { name: `Member ${i}`, login: `member-${i}`, ...(pinned ? { id: 10_000 + i } : {}) };
    const me: Account = { login: m.login, id: 10_000 + i };
    fates.set(m.login, fate);
    switch (fate) {
      case 'coordinator':
        advisories.push(
          advisory({
            credits_detailed: [
              { user: { login: m.login, id: me.id! }, type: 'coordinator', state: pick(['accepted', 'pending']) },
            ],
          }),
        );
        break;
      case 'coordinator-finished-in-window':
        advisories.push(
          advisory({
            state: 'published',
            created_at: beforeWindow(),
            published_at: inWindow(),
            credits: [{ login: m.login, type: 'coordinator' }],
          }),
        );
        break;
      case 'renamed-coordinator':
        // The account was renamed: GitHub shows the new login with the same id.
        advisories.push(
          advisory({
            credits_detailed: [{ user: { login: `renamed-${i}`, id: me.id! }, type: 'coordinator', state: 'accepted' }],
          }),
        );
        break;
      case 'fork-pull':
      case 'fork-review':
      case 'fork-review-comment':
      case 'report-comment':
      case 'advisory-comment':
        dated.push(...datedActivity(fate, me, inWindow(), `https://x/${fate}/${i}`, `GHSA-${i}`, W));
        break;
      case 'exempt-rm':
        m.roles = ['release-manager'];
        rm.push(me);
        decoy(me);
        break;
      case 'exempt-sc':
        m.roles = ['steering-council'];
        sc.push(me);
        break;
      case 'claimed-unverified':
        m.roles = [pick(['release-manager', 'steering-council'] as Role[])];
        decoy(me);
        break;
      case 'new':
        {
          const joined = inWindow().slice(0, 10);
          m.joined = joined > W.start.slice(0, 10) ? joined : '2026-06-01';
        }
        break;
      case 'inactive':
        if (rnd() < 0.7) decoy(me);
        // Someone else with a similar login is active: must not rub off.
        dated.push(
          ...datedActivity(
            'report-comment',
            { login: `${m.login}-bot`, id: 900_000 + i },
            inWindow(),
            'https://x/c',
            'x#2',
            W,
          ),
        );
        break;
    }
    members.push(m);
  }
  // Non-members are active too: they must not matter.
  for (let i = 0; i < 50; i++)
    advisories.push(advisory({ credits: [{ login: `outsider-${i}`, type: 'coordinator' }] }));
  const activities = [...advisories.flatMap((a) => coordinatorActivity(a, W)), ...dated];
  const expected = members
    .filter((m) => ['inactive', 'claimed-unverified'].includes(fates.get(m.login)!))
    .map((m) => m.login);
  return { members, activities, rm, sc, expected, fates };
}

describe('a generated year of activity', () => {
  for (const [seed, size] of [
    [1, 300],
    [7, 300],
    [2026, 3000],
  ] as const) {
    it(`finds exactly the inactive members (seed ${seed}, ${size} members)`, () => {
      const g = generateYear(seed, size);
      const report = auditMembers({
        members: g.members,
        window: W,
        activities: g.activities,
        org: 'python',
        exemptRoles: { 'release-manager': 'release-managers', 'steering-council': 'steering-council' },
        teams: new Map([
          ['release-managers', g.rm],
          ['steering-council', g.sc],
        ]),
      });
      expect(
        inactiveMembers(report)
          .map((m) => m.login)
          .sort(),
      ).toEqual([...g.expected].sort());
      for (const r of report.rows) {
        const fate = g.fates.get(r.member.login)!;
        if (fate === 'exempt-rm' || fate === 'exempt-sc') expect(r.status).toBe('exempt');
        if (fate === 'new') expect(r.status).toBe('new');
        if (fate === 'claimed-unverified') expect(r.unverified).toHaveLength(1);
      }
      expect(report.warnings.filter((w) => w.includes('not in the team'))).toHaveLength(
        g.members.filter((m) => g.fates.get(m.login) === 'claimed-unverified').length,
      );
    });
  }

  it('gives no exemption when the proving team cannot be read, and says so', () => {
    const members: Member[] = [{ name: 'R', login: 'rm', roles: ['release-manager'] }];
    const report = auditMembers({
      members,
      window: W,
      activities: [],
      org: 'python',
      exemptRoles: { 'release-manager': 'release-managers' },
      teams: new Map([['release-managers', undefined]]),
    });
    expect(report.rows[0]!.status).toBe('inactive');
    expect(report.warnings.join(' ')).toContain('python/release-managers (proves release-manager) could not be read');
  });
});

// ---------------------------------------------------------------------------------------------
// Rendering and the pruning edit

describe('the report and the pruning PR', () => {
  const members: Member[] = [
    { name: 'Ada', login: 'ada', roles: ['admin'] },
    { name: 'Bob @bobby', login: 'bob', roles: ['release-manager'] },
    { name: 'Cy', login: 'cy' },
  ];
  const report = auditMembers({
    members,
    window: W,
    org: 'python',
    exemptRoles: { 'release-manager': 'release-managers' },
    teams: new Map([['release-managers', [{ login: 'bob', id: 2 }]]]),
    activities: [
      {
        kind: 'coordinator',
        user: { login: 'ada' },
        at: '2026-05-01T00:00:00Z',
        url: 'https://github.com/python/cpython/security/advisories/GHSA-1111-2222-3333',
        on: 'GHSA-1111-2222-3333',
      },
    ],
  });
  const ctx: ReportContext = {
    org: 'python',
    scTeam: 'steering-council',
    opsRepo: 'python/psrt-ops',
    coveredRepos: ['python/cpython'],
    commentsApi: false,
    labels: { report: 'activity-report', prune: 'pruning', reportIssues: 'report' },
    date: '2026-11-26',
    maxRemovalShare: 0.25,
    minAdmins: 2,
  };

  it('mentions the SC team in the issue, and no member anywhere', () => {
    const issue = renderReportIssue(report, ctx);
    const pr = renderPruneBody(report, ctx, { number: 12, url: 'https://github.com/python/psrt-ops/issues/12' }, '');
    expect(issue).toContain('@python/steering-council');
    expect(issue.replace('@python/steering-council', '')).not.toMatch(/(^|[^`\w])@[A-Za-z0-9]/);
    expect(pr).not.toMatch(/(^|[^`\w])@[A-Za-z0-9]/);
    expect(issue).toContain(
      '[coordinator of GHSA-1111-2222-3333](https://github.com/python/cpython/security/advisories/GHSA-1111-2222-3333)',
    );
    expect(issue).toContain('release-manager (verified: team `python/release-managers`)');
    expect(pr).toContain('| `cy` Cy | **inactive** | none since 2025-12-01 | — |');
    expect(issue.startsWith(reportMarker('2026-11-26', '2025-12-01'))).toBe(true);
  });

  it('warns when the removal exceeds the guard share or leaves too few admins', () => {
    const pr = renderPruneBody(report, ctx, undefined, '');
    expect(pr).toContain('guards.max_removal_share');
    const adminsGone = auditMembers({
      members,
      window: W,
      activities: [],
      org: 'python',
      exemptRoles: {},
      teams: new Map(),
    });
    expect(renderPruneBody(adminsGone, ctx, undefined, '')).toContain('membership.min_admins');
  });
});

describe('moving members to emeritus', () => {
  const text = fixtureConfig().members;

  it('changes members.yaml by the moved entries only, comments intact', () => {
    const commented = text.replace(
      '  - name: Hollis Brandt\n',
      '  # Hollis: admin since 2019\n  - name: Hollis Brandt\n',
    );
    const moves = ['AB-Kestrel', 'hollis', 'wallacew'].map((login) => ({
      login,
      left: '2026-11-26',
      reason: 'Inactive from 2025-12-01 to 2026-11-26 (PEP 811)',
    }));
    const out = moveToEmeritus(commented, moves);
    const reason = 'Inactive from 2025-12-01 to 2026-11-26 (PEP 811)';
    const expected =
      commented
        .replace('  - name: Abel Kestrel\n    login: AB-Kestrel\n', '')
        .replace('  - name: Hollis Brandt\n    login: hollis\n    email: hollis@example.org\n    roles: [admin]\n', '')
        .replace('  - name: Wallace Whitcombe\n    login: wallacew\n', '') +
      [
        '  - name: Abel Kestrel',
        '    login: AB-Kestrel',
        '    left: 2026-11-26',
        `    reason: ${reason}`,
        '  - name: Hollis Brandt',
        '    login: hollis',
        '    roles: [admin]',
        '    left: 2026-11-26',
        `    reason: ${reason}`,
        '  - name: Wallace Whitcombe',
        '    login: wallacew',
        '    left: 2026-11-26',
        `    reason: ${reason}`,
        '',
      ].join('\n');
    // Byte for byte: the original without the moved entries (the comment above one stays), plus the new tail.
    expect(out).toBe(expected);
    expect(out).toContain('  # Hollis: admin since 2019\n  - name: Bénédicte Roux\n');
    const parsed = rosterFromText('members.yaml', out);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.roster!.members.map((m) => m.login)).not.toContain('hollis');
    expect(parsed.roster!.emeritus!.slice(-3).map((e) => e.login)).toEqual(['AB-Kestrel', 'hollis', 'wallacew']);
  });

  it('matches by pinned id, creates the emeritus list when there is none, and refuses an unknown member', () => {
    const small = 'members:\n  - name: A\n    login: a-new\n    id: 5\n  - name: B\n    login: b\n';
    const out = moveToEmeritus(small, [{ login: 'a-old', id: 5, left: '2026-11-26', reason: 'inactive' }]);
    expect((parse(out) as Roster).emeritus).toEqual([
      { name: 'A', login: 'a-new', id: 5, left: '2026-11-26', reason: 'inactive' },
    ]);
    expect(() => moveToEmeritus(small, [{ login: 'zed', left: '2026-11-26', reason: 'x' }])).toThrow(
      '`zed` is not an active member',
    );
  });
});
