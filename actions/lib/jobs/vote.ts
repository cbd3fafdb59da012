// vote: PEP 811 nomination votes on pull requests of the ops repository. read (each open PR: members.yaml
// at its base and head, reviews, label events, the current status and the tool's own tally comments,
// the Steering Council team when a veto is possible) → plan (domain/vote.ts, pure) → render → apply the
// `psrt/vote` status and the one tally comment where they differ from what is there.
import type {
  CommentWithText,
  GitHubApi,
  LabelEvent,
  PullRequestInfo,
  Review,
  TokenIdentity,
} from '../clients/github/api.js';
import { isNotFound } from '../clients/github/failures.js';
import type { Config } from '../config/load.js';
import { describeDiagnostics, rosterFromText } from '../config/roster-text.js';
import type { Account } from '../domain/account.js';
import type { ChangeResult, Format, Plan } from '../domain/plan.js';
import type { Roster } from '../domain/roster.js';
import type { CommitStatus, NominationCheck, OwnComment, VoteChange, VoteRules } from '../domain/vote.js';
import {
  TALLY_PURPOSE,
  VOTE_CONTEXT,
  checkStatus,
  classifyRosterChange,
  describeVoteChange,
  planPullRequest,
  tallyStatus,
  tallyVote,
  voteRules,
} from '../domain/vote.js';
import type { VotePullResult } from '../domain/vote-render.js';
import { renderCheckComment, renderTallyComment, renderVoteSummary, renderVoteText } from '../domain/vote-render.js';
import { UserError } from '../errors.js';
import type { JobContext } from './context.js';
import type { Job, JobResult, JobSettings } from './job.js';
import { applyInOrder, runJob } from './job.js';
import { markerOf, ownMarkedComments } from './pr-comment.js';
import { reading } from './reading.js';
import { ROSTER_PATH } from '../domain/roster.js';

export interface VoteSettings extends JobSettings {
  /** One PR; all open PRs of the ops repo when absent. */
  pullRequest?: number;
}

export interface VoteDeps {
  gh: GitHubApi;
}

interface ObservedPull {
  pr: PullRequestInfo;
  files: string[];
  base?: string;
  head?: string;
  status?: CommitStatus;
  /** The tool's own tally comments, oldest first. */
  comments: OwnComment[];
  reviews: Review[];
  labelEvents: LabelEvent[];
}

interface VoteObserved {
  pulls: ObservedPull[];
  /** The Steering Council team, read when a veto is possible. */
  steeringCouncil?: Account[];
}

export interface VotePlan extends Plan<VoteChange> {
  repo: string;
  pulls: VotePullResult[];
}

/** The tool's own tally comments, oldest first, without their marker line. */
function ownComments(comments: readonly CommentWithText[], identity: TokenIdentity | undefined): OwnComment[] {
  const marker = markerOf(TALLY_PURPOSE);
  return ownMarkedComments(comments, TALLY_PURPOSE, identity).map((c) => ({
    id: c.id,
    body: c.body.slice(marker.length).replace(/^\n/, ''),
  }));
}

async function listPulls(gh: GitHubApi, repo: string, number: number | undefined): Promise<PullRequestInfo[]> {
  if (number === undefined) return reading(`the open pull requests of ${repo}`, () => gh.listOpenPullRequests(repo));
  try {
    const pr = await gh.getPullRequest(repo, number);
    if (pr.state !== 'open')
      throw new UserError(
        `${repo}#${number} is ${pr.merged ? 'merged' : 'closed'}: only open pull requests are voted on.`,
      );
    return [pr];
  } catch (err) {
    if (isNotFound(err)) throw new UserError(`${repo} has no pull request #${number}.`);
    return reading(`${repo}#${number}`, () => Promise.reject(err));
  }
}

async function observePull(
  gh: GitHubApi,
  repo: string,
  pr: PullRequestInfo,
  identity: TokenIdentity | undefined,
  rules: VoteRules,
): Promise<ObservedPull> {
  const what = `${repo}#${pr.number}`;
  const [files, statuses] = await Promise.all([
    reading(`the files of ${what}`, () => gh.listPullRequestFiles(repo, pr.number)),
    reading(`the statuses of ${what}`, () => gh.listCommitStatuses(repo, pr.headSha, VOTE_CONTEXT)),
  ]);
  const status = statuses[0] ? { state: statuses[0].state, description: statuses[0].description } : undefined;
  const observed: ObservedPull = {
    pr,
    files,
    ...(status ? { status } : {}),
    comments: [],
    reviews: [],
    labelEvents: [],
  };
  if (!files.includes(ROSTER_PATH)) return observed;
  const hasLabel = (name: string) => pr.labels.some((l) => l.toLowerCase() === name.toLowerCase());
  const [base, head, comments, reviews, labelEvents] = await Promise.all([
    reading(`${ROSTER_PATH} at the base of ${what}`, () => gh.readFile(repo, ROSTER_PATH, pr.baseSha)),
    reading(`${ROSTER_PATH} at the head of ${what}`, () => gh.readFile(repo, ROSTER_PATH, pr.headSha)),
    reading(`the comments of ${what}`, () => gh.listComments(repo, pr.number)),
    reading(`the reviews of ${what}`, () => gh.listReviews(repo, pr.number)),
    hasLabel(rules.openLabel) || hasLabel(rules.vetoLabel)
      ? reading(`the label events of ${what}`, () => gh.listLabelEvents(repo, pr.number))
      : Promise.resolve([]),
  ]);
  return {
    ...observed,
    ...(base ? { base: base.text } : {}),
    ...(head ? { head: head.text } : {}),
    comments: ownComments(comments, identity),
    reviews,
    labelEvents,
  };
}

async function readVote(settings: VoteSettings, config: Config, deps: VoteDeps): Promise<VoteObserved> {
  const { gh } = deps;
  const { policy } = config;
  const repo = policy.ops_repo;
  const rules = voteRules(policy);
  // Who the token is tells which comments are the tool's own; without an answer only a bot's count.
  const [pulls, identity] = await Promise.all([
    listPulls(gh, repo, settings.pullRequest),
    // Which comments are the tool's own: unknown, a second tally comment would be written.
    reading("who the token is (to find the tool's own comments)", () => gh.tokenIdentity()),
  ]);
  const observed = await Promise.all(pulls.map((pr) => observePull(gh, repo, pr, identity, rules)));
  // The team is read only when a veto is possible: a change request or the veto label.
  const vetoPossible = observed.some(
    (o) =>
      o.pr.labels.some((l) => l.toLowerCase() === rules.vetoLabel.toLowerCase()) ||
      o.reviews.some((r) => r.state === 'CHANGES_REQUESTED'),
  );
  if (!vetoPossible) return { pulls: observed };
  const team = policy.membership.vote.veto_team;
  const steeringCouncil = await reading(
    `the Steering Council team ${policy.org}/${team} (membership.vote.veto_team; a veto cannot be checked without it)`,
    () => gh.listTeamMembers(policy.org, team),
  );
  return { pulls: observed, steeringCouncil: steeringCouncil.map((m) => ({ login: m.login, id: m.id })) };
}

function classify(o: ObservedPull): { check: NominationCheck; base?: Roster } {
  if (!o.files.includes(ROSTER_PATH))
    return { check: { kind: 'not-nomination', reason: `${ROSTER_PATH} is unchanged` } };
  if (o.base === undefined)
    return {
      check: {
        kind: 'invalid',
        problems: [`there is no ${ROSTER_PATH} on the base branch (${o.pr.baseSha.slice(0, 7)}).`],
      },
    };
  if (o.head === undefined) return { check: { kind: 'invalid', problems: [`this branch deletes ${ROSTER_PATH}.`] } };
  const base = rosterFromText(`${ROSTER_PATH} (base ${o.pr.baseSha.slice(0, 7)})`, o.base);
  const head = rosterFromText(`${ROSTER_PATH} (head ${o.pr.headSha.slice(0, 7)})`, o.head);
  if (!base.roster || !head.roster) {
    return {
      check: {
        kind: 'invalid',
        problems: describeDiagnostics(
          [...base.diagnostics, ...head.diagnostics].filter((d) => d.severity === 'error'),
        ).slice(0, 20),
      },
    };
  }
  const others = [...new Set(o.files.filter((f) => f !== ROSTER_PATH))];
  return { check: classifyRosterChange(base.roster, head.roster, others), base: base.roster };
}

export function planVote(config: Config, observed: VoteObserved, now: Date): VotePlan {
  const repo = config.policy.ops_repo;
  const rules = voteRules(config.policy);
  const pulls: VotePullResult[] = [];
  for (const o of observed.pulls) {
    const { pr } = o;
    const target = { repo, pr: pr.number, url: pr.url, sha: pr.headSha };
    const have = { ...(o.status ? { status: o.status } : {}), comments: o.comments };
    const { check, base } = classify(o);
    if (check.kind !== 'nomination' || !base) {
      const nominees = check.kind === 'refused' ? check.nominees.map((n) => n.login) : [];
      const status = check.kind === 'nomination' ? checkStatus({ kind: 'invalid', problems: [] }) : checkStatus(check);
      const comment =
        check.kind === 'refused' || check.kind === 'invalid' ? renderCheckComment(check, ROSTER_PATH) : undefined;
      const changes = planPullRequest(target, { status, ...(comment !== undefined ? { comment } : {}) }, have);
      pulls.push({ number: pr.number, url: pr.url, kind: check.kind, nominees, status, changes });
      continue;
    }
    const tally = tallyVote({
      createdAt: pr.createdAt,
      ...(pr.author ? { author: pr.author } : {}),
      url: pr.url,
      labels: pr.labels,
      electorate: base.members,
      nominees: check.nominees,
      reviews: o.reviews.flatMap((r) =>
        r.user
          ? [{ user: r.user, state: r.state, ...(r.submittedAt ? { submittedAt: r.submittedAt } : {}), url: r.url }]
          : [],
      ),
      labelEvents: o.labelEvents.flatMap((e) =>
        e.actor ? [{ event: e.event, label: e.label, actor: e.actor, at: e.at }] : [],
      ),
      ...(observed.steeringCouncil ? { steeringCouncil: observed.steeringCouncil } : {}),
      rules,
      now,
    });
    const status = tallyStatus(tally, rules);
    const comment = renderTallyComment(check.nominees, tally, rules);
    const changes = planPullRequest(target, { status, comment }, have);
    pulls.push({
      number: pr.number,
      url: pr.url,
      kind: 'nomination',
      nominees: check.nominees.map((n) => n.login),
      status,
      tally,
      changes,
    });
  }
  return { repo, pulls, changes: pulls.flatMap((p) => p.changes), notes: [], guards: [] };
}

async function applyVote(plan: VotePlan, deps: VoteDeps, ctx: JobContext): Promise<ChangeResult<VoteChange>[]> {
  const { gh } = deps;
  const marker = markerOf(TALLY_PURPOSE);
  return applyInOrder(
    plan.changes.map((c) => [c]),
    async ([c]) => {
      const change = c!;
      switch (change.kind) {
        case 'set-status':
          return gh.setCommitStatus(change.repo, change.sha, {
            state: change.status.state,
            context: VOTE_CONTEXT,
            description: change.status.description,
            targetUrl: change.url,
          });
        case 'comment':
          if (change.action === 'create')
            return (await gh.createComment(change.repo, change.pr, `${marker}\n${change.body}`)).url;
          return gh.updateComment(change.repo, change.commentId, `${marker}\n${change.body}`);
        case 'delete-comment':
          return gh.deleteComment(change.repo, change.commentId);
      }
    },
    ctx,
    describeVoteChange,
  );
}

function renderVote(plan: VotePlan, format: Format, results?: readonly ChangeResult<VoteChange>[]): string {
  return format === 'markdown' ? renderVoteSummary(plan, results) : renderVoteText(plan, results);
}

export const voteJob: Job<VoteSettings, VoteDeps, VoteObserved, VotePlan, VoteChange> = {
  name: 'vote',
  read: (settings, config, deps) => readVote(settings, config, deps),
  plan: (config, observed, _settings, now) => planVote(config, observed, now),
  render: renderVote,
  apply: applyVote,
};

export function runVote(
  settings: VoteSettings,
  deps: VoteDeps,
  ctx: JobContext,
): Promise<JobResult<VotePlan, VoteChange>> {
  return runJob(voteJob, settings, deps, ctx);
}
