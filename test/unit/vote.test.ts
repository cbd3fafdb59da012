// PEP 811 nomination votes, decided by the pure domain: which PRs are nominations, which reviews count,
// vetoes, the window, and the status and plan that follow.
import { describe, expect, it } from 'vitest';
import type { Member, Roster } from '../../actions/lib/domain/roster.js';
import type { ObservedLabelEvent, ObservedReview, VoteInput, VoteRules } from '../../actions/lib/domain/vote.js';
import {
  MAX_DESCRIPTION,
  classifyRosterChange,
  planPullRequest,
  tallyStatus,
  tallyVote,
  voteRules,
} from '../../actions/lib/domain/vote.js';
import type { Policy } from '../../actions/lib/domain/policy.js';
import { renderTallyComment } from '../../actions/lib/domain/vote-render.js';

const RULES: VoteRules = {
  days: 7,
  threshold: { numerator: 2, denominator: 3 },
  quorum: 0,
  openLabel: 'vote-open',
  vetoLabel: 'sc-veto',
  nominatorVotes: false,
  minVotesBesidesNominator: 1,
};
const OPENED = '2026-11-01T10:00:00Z';
const DURING = new Date('2026-11-05T10:00:00Z');
const AFTER = new Date('2026-11-09T10:00:00Z');

const member = (login: string, extra: Partial<Member> = {}): Member => ({ name: login.toUpperCase(), login, ...extra });
const ELECTORATE: Member[] = [
  member('ada', { roles: ['admin'] }),
  member('bob', { roles: ['admin'] }),
  member('cy'),
  member('dee'),
  member('eve'),
  member('fay', { roles: ['steering-council'] }),
];
const NOMINEE = member('newbie');
const SC = [
  { login: 'fay', id: 6 },
  { login: 'sc-only', id: 99 },
];

/** GitHub sends an id with every account; tests derive a stable one from the login. */
const acct = (login: string) => ({
  login,
  id: SC.find((s) => s.login === login)?.id ?? [...login].reduce((n, c) => n * 31 + c.charCodeAt(0), 7) % 1_000_000,
});

let seq = 0;
function review(login: string, state: ObservedReview['state'], at: string, id?: number): ObservedReview {
  seq++;
  return {
    user: id !== undefined ? { login, id } : acct(login),
    state,
    submittedAt: at,
    url: `https://github.com/python/psrt-ops/pull/7#pullrequestreview-${seq}`,
  };
}
const labeled = (label: string, login: string, at: string): ObservedLabelEvent => ({
  event: 'labeled',
  label,
  actor: acct(login),
  at,
});

function input(reviews: ObservedReview[], over: Partial<VoteInput> = {}): VoteInput {
  return {
    createdAt: OPENED,
    labels: [],
    electorate: ELECTORATE,
    nominees: [NOMINEE],
    reviews,
    labelEvents: [],
    steeringCouncil: SC,
    rules: RULES,
    now: AFTER,
    ...over,
  };
}

const day = (d: number, h = 12) => `2026-11-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00:00Z`;

describe('tally', () => {
  it('passes with at least two thirds yes of the votes cast after seven days', () => {
    const t = tallyVote(
      input([
        review('ada', 'APPROVED', day(2)),
        review('bob', 'APPROVED', day(2)),
        review('cy', 'APPROVED', day(3)),
        review('dee', 'APPROVED', day(3)),
        review('eve', 'CHANGES_REQUESTED', day(4)),
      ]),
    );
    expect(t).toMatchObject({
      outcome: 'passed',
      yes: 4,
      no: 1,
      cast: 5,
      electorate: 6,
      open: false,
      closesAt: '2026-11-08T10:00:00Z',
    });
    expect(tallyStatus(t, RULES).state).toBe('success');
  });

  it('passes at exactly two thirds (integer arithmetic) and fails just below', () => {
    const exact = tallyVote(
      input([
        review('ada', 'APPROVED', day(2)),
        review('bob', 'APPROVED', day(2)),
        review('cy', 'CHANGES_REQUESTED', day(2)),
      ]),
    );
    expect(exact).toMatchObject({ outcome: 'passed', yes: 2, cast: 3 });
    const below = tallyVote(
      input([
        review('ada', 'APPROVED', day(2)),
        review('bob', 'APPROVED', day(2)),
        review('cy', 'APPROVED', day(2)),
        review('dee', 'CHANGES_REQUESTED', day(2)),
        review('eve', 'CHANGES_REQUESTED', day(2)),
      ]),
    );
    expect(below).toMatchObject({ outcome: 'failed', yes: 3, no: 2 });
    expect(below.reason).toContain('fewer than 2/3');
    expect(tallyStatus(below, RULES).state).toBe('failure');
  });

  it('fails without any vote, and below the quorum', () => {
    expect(tallyVote(input([])).outcome).toBe('failed');
    const q = tallyVote(input([review('ada', 'APPROVED', day(2))], { rules: { ...RULES, quorum: 3 } }));
    expect(q).toMatchObject({ outcome: 'failed', yes: 1 });
    expect(q.reason).toContain('quorum of 3');
  });

  it('is pending before the seven days are over, whatever the votes', () => {
    const t = tallyVote(input([review('ada', 'APPROVED', day(2)), review('bob', 'APPROVED', day(2))], { now: DURING }));
    expect(t).toMatchObject({ outcome: 'open', open: true, yes: 2 });
    const s = tallyStatus(t, RULES);
    expect(s.state).toBe('pending');
    expect(s.description).toContain('2026-11-08 10:00 UTC');
  });

  it('is vetoed by a change request of a Steering Council member, even one outside the PSRT', () => {
    const t = tallyVote(
      input([
        review('ada', 'APPROVED', day(2)),
        review('bob', 'APPROVED', day(2)),
        review('sc-only', 'CHANGES_REQUESTED', day(3), 99),
      ]),
    );
    expect(t).toMatchObject({ outcome: 'vetoed', yes: 2, cast: 2 });
    expect(t.vetoes).toEqual([expect.objectContaining({ login: 'sc-only', via: 'review' })]);
    expect(tallyStatus(t, RULES)).toMatchObject({ state: 'failure' });
    // A veto is final while the vote is still open too.
    expect(tallyVote(input([review('fay', 'CHANGES_REQUESTED', day(2), 6)], { now: DURING })).outcome).toBe('vetoed');
  });

  it('lifts a review veto when the same SC member approves later', () => {
    const t = tallyVote(
      input([
        review('fay', 'CHANGES_REQUESTED', day(2), 6),
        review('fay', 'APPROVED', day(3), 6),
        review('ada', 'APPROVED', day(3)),
      ]),
    );
    expect(t).toMatchObject({ outcome: 'passed', vetoes: [] });
  });

  it('is vetoed by the sc-veto label added by a Steering Council member, not by anyone else', () => {
    const votes = [review('ada', 'APPROVED', day(2)), review('bob', 'APPROVED', day(2))];
    const byScMember = tallyVote(
      input(votes, { labels: ['sc-veto'], labelEvents: [labeled('sc-veto', 'sc-only', day(3))] }),
    );
    expect(byScMember.outcome).toBe('vetoed');
    expect(byScMember.vetoes).toEqual([{ login: 'sc-only', via: 'label', at: day(3) }]);
    const byOther = tallyVote(input(votes, { labels: ['sc-veto'], labelEvents: [labeled('sc-veto', 'cy', day(3))] }));
    expect(byOther.outcome).toBe('passed');
    expect(byOther.notes.join(' ')).toContain('`cy`, who is not in the Steering Council team');
    // Removed since: no veto.
    expect(tallyVote(input(votes, { labels: [], labelEvents: [labeled('sc-veto', 'sc-only', day(3))] })).outcome).toBe(
      'passed',
    );
  });

  it('ignores reviews by non-members and by the nominee', () => {
    const t = tallyVote(
      input([
        review('ada', 'APPROVED', day(2)),
        review('stranger', 'CHANGES_REQUESTED', day(2)),
        review('newbie', 'APPROVED', day(2)),
        review('stranger', 'CHANGES_REQUESTED', day(3)),
      ]),
    );
    expect(t).toMatchObject({ outcome: 'passed', yes: 1, no: 0, cast: 1 });
    expect(t.ignored.map((i) => `${i.login}: ${i.why}`)).toEqual(['newbie: nominee', 'stranger: not a member']);
  });

  it('counts a changed vote once, as the latest review', () => {
    const t = tallyVote(
      input([
        review('ada', 'APPROVED', day(2)),
        review('cy', 'APPROVED', day(2)),
        review('cy', 'COMMENTED', day(3)),
        review('cy', 'CHANGES_REQUESTED', day(4)),
        review('cy', 'COMMENTED', day(5)),
      ]),
    );
    expect(t).toMatchObject({ yes: 1, no: 1, cast: 2 });
    expect(t.ballots.find((b) => b.member.login === 'cy')?.vote).toBe('no');
  });

  it('withdraws a vote whose latest review was dismissed', () => {
    const t = tallyVote(
      input([review('ada', 'APPROVED', day(2)), review('cy', 'APPROVED', day(2)), review('cy', 'DISMISSED', day(3))]),
    );
    expect(t).toMatchObject({ yes: 1, cast: 1, withdrawn: ['cy'] });
  });

  it('ignores reviews after the close; the earlier vote of the same member stands', () => {
    const t = tallyVote(
      input([
        review('ada', 'APPROVED', day(2)),
        review('bob', 'APPROVED', day(3)),
        review('bob', 'CHANGES_REQUESTED', day(8, 11)),
        review('cy', 'CHANGES_REQUESTED', day(8, 10)),
      ]),
    );
    // Closes 2026-11-08T10:00Z: cy's review at exactly 10:00 counts; bob's change at 11:00 does not.
    expect(t).toMatchObject({ yes: 2, no: 1, outcome: 'passed' });
    expect(t.ignored).toEqual([expect.objectContaining({ login: 'bob', why: 'after the close' })]);
  });

  it('opens the window when an admin adds vote-open; the label from a non-admin is ignored', () => {
    const late = day(6);
    const byAdmin = tallyVote(
      input([review('ada', 'APPROVED', day(10))], {
        labels: ['vote-open'],
        labelEvents: [labeled('vote-open', 'bob', late)],
        now: new Date(day(12)),
      }),
    );
    expect(byAdmin).toMatchObject({
      opensAt: late,
      closesAt: '2026-11-13T12:00:00Z',
      open: true,
      openedBy: { via: 'label', login: 'bob' },
    });
    const byMember = tallyVote(
      input([review('ada', 'APPROVED', day(10))], {
        labels: ['vote-open'],
        labelEvents: [labeled('vote-open', 'cy', late)],
        now: new Date(day(12)),
      }),
    );
    expect(byMember).toMatchObject({
      opensAt: OPENED,
      open: false,
      openedBy: { via: 'pull-request' },
      cast: 0,
      outcome: 'failed',
    });
    expect(byMember.notes.join(' ')).toContain('`cy`, who is not a PSRT admin');
  });

  it('says that the nominator, who opened the PR, cannot vote by review when policy gives them no vote', () => {
    const t = tallyVote(input([review('ada', 'APPROVED', day(2))], { author: acct('cy') }));
    expect(t.notes.join(' ')).toContain('`cy` opened this nomination');
    expect(t.cast).toBe(1);
    expect(tallyVote(input([], { author: acct('outsider') })).notes).toEqual([]);
  });

  it("counts opening the nomination as the nominator's yes when policy says so, once", () => {
    const rules = { ...RULES, nominatorVotes: true };
    const t = tallyVote(
      input([review('ada', 'APPROVED', day(2)), review('bob', 'CHANGES_REQUESTED', day(3))], {
        author: acct('cy'),
        rules,
        url: 'https://github.com/python/psrt-ops/pull/9',
      }),
    );
    expect(t.ballots.map((b) => [b.member.login, b.vote])).toEqual([
      ['cy', 'yes'],
      ['ada', 'yes'],
      ['bob', 'no'],
    ]);
    expect(t.notVoted.map((m) => m.login)).not.toContain('cy');
    expect(t.outcome).toBe('passed');
    expect(t.notes.join(' ')).toContain('counts as their yes vote');
    // A non-member opening the PR, or a nominee nominating themselves, gives no ballot.
    expect(tallyVote(input([], { author: acct('outsider'), rules })).cast).toBe(0);
  });

  it("never passes on the nominator's own yes alone: at least one other member must vote (quorum 0)", () => {
    const rules = { ...RULES, nominatorVotes: true, quorum: 0 };
    const alone = tallyVote(input([], { author: acct('cy'), rules }));
    expect(alone).toMatchObject({ outcome: 'failed', yes: 1, cast: 1, besidesNominator: 0 });
    expect(alone.reason).toContain('No member besides the nominator voted');
    expect(alone.reason).toContain('membership.vote.min_votes_besides_nominator');
    expect(tallyStatus(alone, rules).state).toBe('failure');
    // Reviews that do not count (a non-member's, the nominee's, a comment) are no vote besides the nominator's.
    const uncounted = tallyVote(
      input(
        [
          review('outsider', 'APPROVED', day(2)),
          review('newbie', 'APPROVED', day(2)),
          review('ada', 'COMMENTED', day(2)),
        ],
        { author: acct('cy'), rules },
      ),
    );
    expect(uncounted).toMatchObject({ outcome: 'failed', besidesNominator: 0 });

    const seconded = tallyVote(input([review('ada', 'APPROVED', day(2))], { author: acct('cy'), rules }));
    expect(seconded).toMatchObject({ outcome: 'passed', yes: 2, cast: 2, besidesNominator: 1 });
    const two = { ...rules, minVotesBesidesNominator: 2 };
    const short = tallyVote(input([review('ada', 'APPROVED', day(2))], { author: acct('cy'), rules: two }));
    expect(short.outcome).toBe('failed');
    expect(short.reason).toContain('1 vote besides the nominator');
    // Without the nominator's implicit vote, every ballot is another member's.
    expect(tallyVote(input([review('ada', 'APPROVED', day(2))], { author: acct('cy') })).outcome).toBe('passed');
  });

  it('reads the minimum from the policy: 1 by default, never below 1', () => {
    const policy = (vote: Partial<Policy['membership']['vote']>) =>
      ({
        membership: { vote: { days: 7, threshold: '2/3', veto_team: 'sc', ...vote } },
      }) as unknown as Policy;
    expect(voteRules(policy({})).minVotesBesidesNominator).toBe(1);
    expect(voteRules(policy({ min_votes_besides_nominator: 3 })).minVotesBesidesNominator).toBe(3);
    expect(voteRules(policy({ min_votes_besides_nominator: 0 })).minVotesBesidesNominator).toBe(1);
  });

  it('matches voters by pinned id, so a renamed account still votes once', () => {
    const electorate = [member('old-name', { id: 42 }), member('ada', { roles: ['admin'] })];
    const t = tallyVote(
      input([review('new-name', 'APPROVED', day(2), 42), review('old-name', 'APPROVED', day(2), 7)], { electorate }),
    );
    expect(t.ballots.map((b) => b.member.login)).toEqual(['old-name']);
    expect(t.ignored.map((i) => i.login)).toEqual(['old-name']);
  });

  it('keeps every status description within 140 characters', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ login: `steering-council-member-${i}`, id: 1000 + i }));
    const t = tallyVote(
      input(
        many.map((u) => review(u.login, 'CHANGES_REQUESTED', day(2), u.id)),
        { steeringCouncil: many },
      ),
    );
    expect(tallyStatus(t, RULES).description.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
  });

  it('renders a tally comment without mentions', () => {
    const t = tallyVote(input([review('ada', 'APPROVED', day(2)), review('stranger', 'APPROVED', day(2))]));
    const body = renderTallyComment([{ name: 'New @bie', login: 'newbie' }], t, RULES);
    expect(body).not.toMatch(/(^|[^`\w])@[A-Za-z0-9]/);
    expect(body).toContain('| `ada` | yes |');
    expect(body).toContain('`stranger` (not a member)');
  });
});

describe('what a pull request changes', () => {
  const base: Roster = {
    members: [member('ada', { roles: ['admin'] }), member('bob', { roles: ['admin'] }), member('cy')],
    emeritus: [{ name: 'Old Timer', login: 'oldtimer', left: '2020-01-01' }],
  };

  it('is a nomination when it only adds members', () => {
    const head = { ...base, members: [...base.members, member('newbie', { joined: '2026-11-01' })] };
    expect(classifyRosterChange(base, head)).toEqual({
      kind: 'nomination',
      nominees: [member('newbie', { joined: '2026-11-01' })],
    });
  });

  it('allows a former member nominated again to leave the emeritus list', () => {
    const head = { members: [...base.members, member('oldtimer')], emeritus: [] };
    expect(classifyRosterChange(base, head).kind).toBe('nomination');
  });

  it('refuses a nomination that also removes or changes other people, or other files', () => {
    const head: Roster = { ...base, members: [member('ada', { roles: ['admin'] }), member('bob'), member('newbie')] };
    const check = classifyRosterChange(base, head, ['policy.yaml']);
    expect(check.kind).toBe('refused');
    expect(check.kind === 'refused' && check.problems).toEqual([
      'changes the entry of `bob` (roles)',
      'removes `cy` from members',
      'also changes policy.yaml',
    ]);
  });

  it('is no nomination when nobody is added (a pruning PR, a login fix)', () => {
    const head: Roster = {
      members: base.members.slice(0, 2),
      emeritus: [...base.emeritus!, { name: 'CY', login: 'cy', left: '2026-11-26' }],
    };
    expect(classifyRosterChange(base, head).kind).toBe('not-nomination');
  });
});

describe('plan', () => {
  const status = { state: 'pending' as const, description: 'Vote open' };

  const target = {
    repo: 'python/psrt-ops',
    pr: 7,
    url: 'https://github.com/python/psrt-ops/pull/7',
    sha: 'abc1234def',
  };

  it('writes nothing when the status and comment are current', () => {
    expect(planPullRequest(target, { status, comment: 'x' }, { status, comments: [{ id: 1, body: 'x' }] })).toEqual([]);
  });

  it('folds a second tally comment into the first', () => {
    const twice = {
      status,
      comments: [
        { id: 1, body: 'x' },
        { id: 2, body: 'x' },
      ],
    };
    expect(planPullRequest(target, { status, comment: 'x' }, twice)).toEqual([
      { kind: 'delete-comment', repo: 'python/psrt-ops', pr: 7, commentId: 2 },
    ]);
  });

  it('sets the status and adds the comment the first time, then updates what changed', () => {
    expect(planPullRequest(target, { status, comment: 'x' }, { comments: [] }).map((c) => c.kind)).toEqual([
      'set-status',
      'comment',
    ]);
    const next = planPullRequest(
      target,
      { status: { state: 'success', description: 'Passed' }, comment: 'y' },
      { status, comments: [{ id: 1, body: 'x' }] },
    );
    expect(next).toMatchObject([
      { kind: 'set-status', previous: status },
      { kind: 'comment', action: 'update' },
    ]);
  });
});
