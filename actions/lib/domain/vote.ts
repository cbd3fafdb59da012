// PEP 811 nomination votes on pull requests, decided from data: what a PR changes in members.yaml
// (is it a nomination?), who may vote, which reviews count, whether the Steering Council vetoed, and
// the resulting commit status. Pure: observed reviews and label events in, a tally and a plan out.
import type { Account } from './account.js';
import { isPerson } from './account.js';
import type { Fraction, Policy } from './policy.js';
import { parseFraction } from './policy.js';
import { plural } from './plan.js';
import type { EmeritusMember, Member, Roster } from './roster.js';
import { hasRole, loginKey } from './roster.js';

export type { Account } from './account.js';

// ---------------------------------------------------------------------------------------------
// What the pull request changes

export type NominationCheck =
  /** members.yaml adds nobody: no vote (the status says so, so branch protection can require it). */
  | { kind: 'not-nomination'; reason: string }
  | { kind: 'nomination'; nominees: Member[] }
  /** Adds people but also does something else: one purpose per PR. */
  | { kind: 'refused'; nominees: Member[]; problems: string[] }
  /** members.yaml on the branch (or the base) cannot be read as a roster. */
  | { kind: 'invalid'; problems: string[] };

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function changedFields(a: object, b: object): string[] {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(ra), ...Object.keys(rb)])].sort();
  return keys.filter((k) => canonical(ra[k]) !== canonical(rb[k]));
}

function who(person: { name: string; login?: string }): string {
  return person.login ? `\`${person.login}\`` : person.name;
}

/**
 * Classify a PR by members.yaml at its base and head. A nomination only adds entries to `members`
 * (a former member coming back may leave `emeritus` in the same change); anything else in the roster,
 * or another file, makes it a PR with two purposes, which is refused as a nomination.
 */
export function classifyRosterChange(base: Roster, head: Roster, otherFiles: readonly string[] = []): NominationCheck {
  const nominees: Member[] = [];
  const problems: string[] = [];
  const matched = new Set<number>();
  for (const m of head.members) {
    const i = base.members.findIndex((b, j) => !matched.has(j) && isPerson(b, m));
    if (i < 0) {
      nominees.push(m);
      continue;
    }
    matched.add(i);
    const fields = changedFields(base.members[i]!, m);
    if (fields.length > 0) problems.push(`changes the entry of ${who(base.members[i]!)} (${fields.join(', ')})`);
  }
  base.members.forEach((b, j) => {
    if (!matched.has(j)) problems.push(`removes ${who(b)} from members`);
  });

  const baseEmeritus = base.emeritus ?? [];
  const headEmeritus = head.emeritus ?? [];
  const used = new Set<number>();
  const key = (e: EmeritusMember) => canonical(e);
  for (const e of headEmeritus) {
    const i = baseEmeritus.findIndex((b, j) => !used.has(j) && key(b) === key(e));
    if (i >= 0) used.add(i);
    else problems.push(`adds or changes the emeritus entry of ${who(e)}`);
  }
  baseEmeritus.forEach((e, j) => {
    if (used.has(j)) return;
    // A former member nominated again leaves the emeritus list in the same PR: part of the nomination.
    if (nominees.some((n) => isPerson(n, e))) return;
    problems.push(`removes ${who(e)} from emeritus`);
  });

  if (nominees.length === 0) {
    return {
      kind: 'not-nomination',
      reason: problems.length === 0 ? 'members.yaml adds nobody' : 'it adds nobody to members',
    };
  }
  for (const f of otherFiles) problems.push(`also changes ${f}`);
  return problems.length > 0 ? { kind: 'refused', nominees, problems } : { kind: 'nomination', nominees };
}

// ---------------------------------------------------------------------------------------------
// The tally

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';

export interface ObservedReview {
  user: Account;
  state: string;
  /** Absent on a pending (unsubmitted) review. */
  submittedAt?: string;
  url: string;
}

export interface ObservedLabelEvent {
  event: 'labeled' | 'unlabeled';
  label: string;
  actor: Account;
  at: string;
}

export interface VoteRules {
  days: number;
  threshold: Fraction;
  /** Fewest votes cast for a result; at least one vote is always needed. */
  quorum: number;
  openLabel: string;
  vetoLabel: string;
  /** Opening a nomination counts as its author's yes vote (GitHub does not let a PR's author review it). */
  nominatorVotes: boolean;
  /**
   * Fewest votes (yes or no) cast by members other than the nominator for a nomination to pass: PEP 811
   * has existing members vote, so the nominator's own yes never carries a nomination alone. At least 1.
   */
  minVotesBesidesNominator: number;
}

export function voteRules(policy: Policy): VoteRules {
  const v = policy.membership.vote;
  return {
    days: v.days,
    threshold: parseFraction(v.threshold),
    quorum: v.quorum ?? 0,
    openLabel: v.open_label ?? 'vote-open',
    vetoLabel: v.veto_label ?? 'sc-veto',
    nominatorVotes: v.nominator_votes ?? true,
    minVotesBesidesNominator: Math.max(v.min_votes_besides_nominator ?? 1, 1),
  };
}

export interface VoteInput {
  createdAt: string;
  /** Who opened the PR (the nominator, usually). */
  author?: Account;
  /** The PR's address, for the nominator's ballot. */
  url?: string;
  /** Labels on the PR now. */
  labels: readonly string[];
  /** Active members on the base branch. */
  electorate: readonly Member[];
  nominees: readonly Member[];
  reviews: readonly ObservedReview[];
  /** Label events of the PR (only needed when the open or veto label is on it). */
  labelEvents: readonly ObservedLabelEvent[];
  /** Members of the Steering Council team; undefined when it was not read (no veto was possible). */
  steeringCouncil?: readonly Account[];
  rules: VoteRules;
  now: Date;
}

export interface Ballot {
  member: Member;
  vote: 'yes' | 'no';
  at: string;
  url: string;
}

export type IgnoredWhy = 'not a member' | 'nominee' | 'after the close';

export interface IgnoredReview {
  login: string;
  why: IgnoredWhy;
  at: string;
  url: string;
}

export interface Veto {
  login: string;
  via: 'review' | 'label';
  at: string;
  url?: string;
}

export type VoteOutcome = 'open' | 'passed' | 'failed' | 'vetoed';

export interface Tally {
  opensAt: string;
  closesAt: string;
  /** Who started the window: the PR's opening, or an admin's open label. */
  openedBy: { via: 'pull-request' } | { via: 'label'; login: string };
  open: boolean;
  ballots: Ballot[];
  /** Ballots cast by members other than the nominator (the nominator's implicit yes excluded). */
  besidesNominator: number;
  /** Members whose last review was dismissed: their vote is withdrawn. */
  withdrawn: string[];
  notVoted: Member[];
  yes: number;
  no: number;
  cast: number;
  electorate: number;
  vetoes: Veto[];
  ignored: IgnoredReview[];
  /** Things a reader should know (a label added by someone without the right to). */
  notes: string[];
  outcome: VoteOutcome;
  /** One sentence: why the outcome is what it is. */
  reason: string;
}

const DAY_MS = 86_400_000;

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** 2026-12-03 14:00 UTC: how windows are shown. */
export function showTime(at: string): string {
  return `${at.slice(0, 10)} ${at.slice(11, 16)} UTC`;
}

/** The latest labeled event of `label` whose actor passes `allowed`, if the label is on the PR now. */
function labelAddedBy(
  input: VoteInput,
  label: string,
  allowed: (a: Account) => boolean,
): { at: string; actor: Account } | { ignored: Account } | undefined {
  if (!input.labels.some((l) => l.toLowerCase() === label.toLowerCase())) return undefined;
  const added = input.labelEvents
    .filter((e) => e.event === 'labeled' && e.label.toLowerCase() === label.toLowerCase())
    .sort((a, b) => a.at.localeCompare(b.at));
  const ok = added.filter((e) => allowed(e.actor));
  const last = ok[ok.length - 1];
  if (last) return { at: last.at, actor: last.actor };
  const other = added[added.length - 1];
  return other ? { ignored: other.actor } : undefined;
}

function atLeast(yes: number, cast: number, t: Fraction): boolean {
  // yes / cast ≥ n / d, in integers: no 0.666… rounding.
  return yes * t.denominator >= t.numerator * cast;
}

export function tallyVote(input: VoteInput): Tally {
  const { rules } = input;
  const notes: string[] = [];
  const admins = input.electorate.filter((m) => hasRole(m, 'admin'));
  const opened = labelAddedBy(input, rules.openLabel, (a) => admins.some((m) => isPerson(m, a)));
  let opensAt = input.createdAt;
  let openedBy: Tally['openedBy'] = { via: 'pull-request' };
  if (opened && 'at' in opened) {
    opensAt = opened.at;
    openedBy = { via: 'label', login: opened.actor.login };
  } else if (opened) {
    notes.push(
      `The \`${rules.openLabel}\` label was added by \`${opened.ignored.login}\`, who is not a PSRT admin: the window runs from the PR's opening.`,
    );
  }
  const nominator = input.author
    ? input.electorate.find((m) => isPerson(m, input.author!) && !input.nominees.some((n) => isPerson(n, m)))
    : undefined;
  if (nominator && !rules.nominatorVotes) {
    notes.push(
      `\`${nominator.login}\` opened this nomination: GitHub does not let the author of a PR review it, and policy (membership.vote.nominator_votes) gives the nominator no vote.`,
    );
  }
  const closesMs = Date.parse(opensAt) + rules.days * DAY_MS;
  const closesAt = iso(closesMs);
  const open = input.now.getTime() < closesMs;

  const ballots: Ballot[] = [];
  const withdrawn: string[] = [];
  const ignored: IgnoredReview[] = [];
  const submitted = input.reviews
    .filter((r): r is ObservedReview & { submittedAt: string } => r.submittedAt !== undefined && r.state !== 'PENDING')
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  const decisive = (r: ObservedReview) =>
    r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED' || r.state === 'DISMISSED';

  const noteIgnored = (r: ObservedReview & { submittedAt: string }, why: IgnoredWhy) => {
    const prev = ignored.findIndex((x) => loginKey(x.login) === loginKey(r.user.login) && x.why === why);
    if (prev >= 0) ignored.splice(prev, 1);
    ignored.push({ login: r.user.login, why, at: r.submittedAt, url: r.url });
  };

  for (const r of submitted) {
    if (!decisive(r)) continue;
    if (input.nominees.some((n) => isPerson(n, r.user))) {
      noteIgnored(r, 'nominee');
      continue;
    }
    if (!input.electorate.some((m) => isPerson(m, r.user))) {
      if (r.state !== 'DISMISSED') noteIgnored(r, 'not a member');
      continue;
    }
    if (Date.parse(r.submittedAt) > closesMs) noteIgnored(r, 'after the close');
  }

  const notVoted: Member[] = [];
  if (nominator && rules.nominatorVotes) {
    // The nomination is the nominator's yes: GitHub will not let them review their own PR.
    ballots.push({ member: nominator, vote: 'yes', at: input.createdAt, url: input.url ?? '' });
    notes.push(
      `\`${nominator.login}\` opened this nomination, which counts as their yes vote (membership.vote.nominator_votes).`,
    );
  }
  for (const member of input.electorate) {
    if (input.nominees.some((n) => isPerson(n, member))) continue;
    if (nominator && rules.nominatorVotes && isPerson(member, nominator)) continue;
    const mine = submitted.filter(
      (r) => decisive(r) && isPerson(member, r.user) && Date.parse(r.submittedAt) <= closesMs,
    );
    const last = mine[mine.length - 1];
    if (!last) {
      notVoted.push(member);
      continue;
    }
    if (last.state === 'DISMISSED') {
      withdrawn.push(member.login);
      notVoted.push(member);
      continue;
    }
    ballots.push({ member, vote: last.state === 'APPROVED' ? 'yes' : 'no', at: last.submittedAt, url: last.url });
  }

  // Vetoes: the SC may veto until the PR is merged, so the close does not limit them.
  const vetoes: Veto[] = [];
  const sc = input.steeringCouncil ?? [];
  const inSc = (a: Account) =>
    sc.some((s) =>
      s.id !== undefined && a.id !== undefined ? s.id === a.id : loginKey(s.login) === loginKey(a.login),
    );
  const bySc = new Map<string, ObservedReview & { submittedAt: string }>();
  for (const r of submitted)
    if (decisive(r) && inSc(r.user)) bySc.set(r.user.id !== undefined ? `id:${r.user.id}` : loginKey(r.user.login), r);
  for (const r of bySc.values())
    if (r.state === 'CHANGES_REQUESTED')
      vetoes.push({ login: r.user.login, via: 'review', at: r.submittedAt, url: r.url });
  const vetoLabel = labelAddedBy(input, rules.vetoLabel, inSc);
  if (vetoLabel && 'at' in vetoLabel) vetoes.push({ login: vetoLabel.actor.login, via: 'label', at: vetoLabel.at });
  else if (vetoLabel)
    notes.push(
      `The \`${rules.vetoLabel}\` label was added by \`${vetoLabel.ignored.login}\`, who is not in the Steering Council team: it is not a veto.`,
    );

  const yes = ballots.filter((b) => b.vote === 'yes').length;
  const no = ballots.length - yes;
  const cast = ballots.length;
  const besidesNominator = ballots.filter((b) => !(nominator && isPerson(b.member, nominator))).length;
  const minBesides = Math.max(rules.minVotesBesidesNominator, 1);
  const t = rules.threshold;
  const needed = Math.max(rules.quorum, 1);
  let outcome: VoteOutcome;
  let reason: string;
  if (vetoes.length > 0) {
    outcome = 'vetoed';
    reason = `Vetoed by the Steering Council (${vetoes.map((v) => `\`${v.login}\` by ${v.via === 'review' ? 'requesting changes' : `the \`${rules.vetoLabel}\` label`}`).join(', ')}).`;
  } else if (open) {
    outcome = 'open';
    reason = `The vote is open until ${showTime(closesAt)}.`;
  } else if (cast < needed) {
    outcome = 'failed';
    reason =
      cast === 0
        ? 'No votes were cast.'
        : `${cast} vote${cast === 1 ? '' : 's'} cast, fewer than the quorum of ${rules.quorum}.`;
  } else if (besidesNominator < minBesides) {
    outcome = 'failed';
    reason =
      besidesNominator === 0
        ? `No member besides the nominator voted: a nomination needs at least ${plural(minBesides, 'vote')} by other members (membership.vote.min_votes_besides_nominator).`
        : `${plural(besidesNominator, 'vote')} besides the nominator's, fewer than the ${minBesides} needed (membership.vote.min_votes_besides_nominator).`;
  } else if (atLeast(yes, cast, t)) {
    outcome = 'passed';
    reason = `${yes} of ${cast} votes cast are yes, at least ${t.numerator}/${t.denominator}, and there is no veto.`;
  } else {
    outcome = 'failed';
    reason = `${yes} of ${cast} votes cast are yes, fewer than ${t.numerator}/${t.denominator}.`;
  }
  return {
    opensAt,
    closesAt,
    openedBy,
    open,
    ballots,
    besidesNominator,
    withdrawn,
    notVoted,
    yes,
    no,
    cast,
    electorate: input.electorate.filter((m) => !input.nominees.some((n) => isPerson(n, m))).length,
    vetoes,
    ignored,
    notes,
    outcome,
    reason,
  };
}

// ---------------------------------------------------------------------------------------------
// The commit status and the plan

export const VOTE_CONTEXT = 'psrt/vote';
export const TALLY_PURPOSE = 'vote-tally';
/** GitHub refuses longer status descriptions. */
export const MAX_DESCRIPTION = 140;

export type StatusState = 'pending' | 'success' | 'failure' | 'error';

export interface CommitStatus {
  state: StatusState;
  description: string;
}

/** A status description GitHub accepts (at most MAX_DESCRIPTION characters). */
export function clipDescription(text: string, max = MAX_DESCRIPTION): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function tallyStatus(t: Tally, rules: VoteRules): CommitStatus {
  const share = `${rules.threshold.numerator}/${rules.threshold.denominator}`;
  const counts = `${t.yes} yes, ${t.no} no`;
  switch (t.outcome) {
    case 'open':
      return {
        state: 'pending',
        description: clipDescription(
          `Vote open until ${showTime(t.closesAt)}: ${counts} so far (needs ${share} of votes cast).`,
        ),
      };
    case 'passed':
      return {
        state: 'success',
        description: clipDescription(
          `Passed: ${counts} of ${t.cast} votes cast (at least ${share}), no Steering Council veto.`,
        ),
      };
    case 'vetoed':
      return {
        state: 'failure',
        description: clipDescription(`Vetoed by the Steering Council (${t.vetoes.map((v) => v.login).join(', ')}).`),
      };
    case 'failed':
      return { state: 'failure', description: clipDescription(`Failed: ${t.reason}`) };
  }
}

export function checkStatus(check: Exclude<NominationCheck, { kind: 'nomination' }>): CommitStatus {
  switch (check.kind) {
    case 'not-nomination':
      return { state: 'success', description: clipDescription(`No vote needed: not a nomination (${check.reason}).`) };
    case 'refused':
      return {
        state: 'failure',
        description: clipDescription(
          'Refused as a nomination: it also changes other things. One purpose per PR: see the comment.',
        ),
      };
    case 'invalid':
      return {
        state: 'failure',
        description: clipDescription('members.yaml cannot be read as a roster: see the comment.'),
      };
  }
}

/** What the vote job will do on one PR; each change prints as one line and carries all its write needs. */
export type VoteChange =
  | {
      kind: 'set-status';
      repo: string;
      pr: number;
      url: string;
      sha: string;
      status: CommitStatus;
      previous?: CommitStatus;
    }
  | { kind: 'comment'; repo: string; pr: number; action: 'create'; body: string }
  | { kind: 'comment'; repo: string; pr: number; action: 'update'; commentId: number; body: string }
  /** A second tally comment (two runs at once, or a POST whose answer was lost): folded into the first. */
  | { kind: 'delete-comment'; repo: string; pr: number; commentId: number };

export function describeVoteChange(c: VoteChange): string {
  switch (c.kind) {
    case 'set-status':
      return c.previous
        ? `~ #${c.pr} ${VOTE_CONTEXT} on ${c.sha.slice(0, 7)}: ${c.previous.state} → ${c.status.state} "${c.status.description}"`
        : `+ #${c.pr} ${VOTE_CONTEXT} on ${c.sha.slice(0, 7)}: ${c.status.state} "${c.status.description}"`;
    case 'comment':
      return c.action === 'create' ? `+ #${c.pr} comment the tally` : `~ #${c.pr} update the tally comment`;
    case 'delete-comment':
      return `- #${c.pr} delete a duplicate tally comment (${c.commentId})`;
  }
}

/** The tool's own tally comments on a PR, oldest first: the first is kept, the rest are duplicates. */
export interface OwnComment {
  id: number;
  /** The body without the marker line. */
  body: string;
}

/** The changes that bring one PR's status and comment to `want`: nothing when they already match. */
export function planPullRequest(
  target: { repo: string; pr: number; url: string; sha: string },
  want: { status: CommitStatus; comment?: string },
  have: { status?: CommitStatus; comments: readonly OwnComment[] },
): VoteChange[] {
  const { repo, pr } = target;
  const changes: VoteChange[] = [];
  if (have.status?.state !== want.status.state || have.status.description !== want.status.description) {
    changes.push({
      kind: 'set-status',
      ...target,
      status: want.status,
      ...(have.status ? { previous: have.status } : {}),
    });
  }
  const [first, ...duplicates] = have.comments;
  if (want.comment !== undefined) {
    if (!first) changes.push({ kind: 'comment', repo, pr, action: 'create', body: want.comment });
    else if (first.body !== want.comment)
      changes.push({ kind: 'comment', repo, pr, action: 'update', commentId: first.id, body: want.comment });
  }
  for (const d of duplicates) changes.push({ kind: 'delete-comment', repo, pr, commentId: d.id });
  return changes;
}
