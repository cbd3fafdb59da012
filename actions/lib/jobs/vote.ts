// vote: PEP 811 nomination votes on pull requests of the ops repository. Read each open PR (members.yaml
// at its base and head, reviews, label events, the current status and tally comment), decide with the
// pure domain (domain/vote.ts), show the plan, and write the `psrt/vote` status and the one tally comment
// only where they differ from what is there.
import type { components } from '@octokit/openapi-types';
import type { GitHub } from '../clients/github.js';
import { CONDITIONAL, isNotFound } from '../clients/github.js';
import type { ConfigPaths } from '../config/load.js';
import { loadConfig } from '../config/load.js';
import { describeDiagnostics, rosterFromText } from '../config/roster-text.js';
import { formatDiagnostic } from '../domain/findings.js';
import type { Policy } from '../domain/policy.js';
import { splitRepo } from '../domain/policy.js';
import type { Roster } from '../domain/roster.js';
import type {
  Account,
  CommitStatus,
  NominationCheck,
  ObservedLabelEvent,
  ObservedReview,
  VoteChange,
  VoteRules,
} from '../domain/vote.js';
import {
  TALLY_PURPOSE,
  VOTE_CONTEXT,
  checkStatus,
  classifyRosterChange,
  planPullRequest,
  tallyStatus,
  tallyVote,
  voteRules,
} from '../domain/vote.js';
import type { VotePullResult } from '../domain/vote-render.js';
import { renderCheckComment, renderTallyComment, renderVoteSummary, renderVoteText } from '../domain/vote-render.js';
import { UserError } from '../errors.js';
import type { JobContext } from './context.js';
import { listTeamMembers, readTextFile } from './github-read.js';
import { markerOf, upsertMarkedComment } from './pr-comment.js';

type PullRequestSimple = components['schemas']['pull-request-simple'];
/** What the job uses of a PR, common to the list and the single-PR answers. */
type PullRequestLike = Pick<PullRequestSimple, 'number' | 'html_url' | 'created_at'> & {
  labels: { name: string }[];
  head: { sha: string };
  base: { sha: string };
  user: { login: string; id: number } | null;
};

export interface VoteSettings {
  /** Local members.yaml and policy.yaml (the policy names the ops repo and the vote rules). */
  config: ConfigPaths;
  /** One PR; all open PRs of the ops repo when absent. */
  pullRequest?: number;
  /** Write statuses and comments; otherwise only plan. */
  apply: boolean;
  /** Path of the roster inside the ops repo. */
  rosterPath?: string;
}

export interface VoteResult {
  repo: string;
  results: VotePullResult[];
  applied: boolean;
  summary: string;
  text: string;
}

/** Only what the jobs need from a user: GitHub always sends both. */
function account(user: { login: string; id: number } | null | undefined): Account | undefined {
  return user ? { login: user.login, id: user.id } : undefined;
}

interface PullObservation {
  pr: PullRequestLike;
  files: string[];
  base?: { text: string };
  head?: { text: string };
  status?: CommitStatus;
  comment?: string;
}

async function configOrThrow(paths: ConfigPaths, now: Date): Promise<{ policy: Policy }> {
  const loaded = await loadConfig(paths, now);
  if (!loaded.config) {
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
    throw new UserError(
      `the roster or policy has errors; fix them first (npx psrt validate):\n  ${errors.slice(0, 10).join('\n  ')}`,
    );
  }
  return { policy: loaded.config.policy };
}

async function currentStatus(gh: GitHub, repo: string, sha: string): Promise<CommitStatus | undefined> {
  const { owner, repo: name } = splitRepo(repo);
  // Newest first; the first with our context is the one GitHub shows.
  const { data } = await gh.rest.rest.repos.listCommitStatusesForRef({ owner, repo: name, ref: sha, per_page: 100 });
  const mine = data.find((s) => s.context === VOTE_CONTEXT);
  return mine ? { state: mine.state as CommitStatus['state'], description: mine.description ?? '' } : undefined;
}

async function currentComment(gh: GitHub, repo: string, pr: number): Promise<string | undefined> {
  const { owner, repo: name } = splitRepo(repo);
  const marker = `${markerOf(TALLY_PURPOSE)}\n`;
  const comments = await gh.rest.paginate(gh.rest.rest.issues.listComments, {
    owner,
    repo: name,
    issue_number: pr,
    per_page: 100,
  });
  const mine = comments.find((c) => c.body?.includes(markerOf(TALLY_PURPOSE)));
  if (!mine?.body) return undefined;
  return mine.body.startsWith(marker) ? mine.body.slice(marker.length) : mine.body;
}

async function listReviews(gh: GitHub, repo: string, pr: number): Promise<ObservedReview[]> {
  const { owner, repo: name } = splitRepo(repo);
  const reviews = await gh.rest.paginate(gh.rest.rest.pulls.listReviews, {
    owner,
    repo: name,
    pull_number: pr,
    per_page: 100,
    ...CONDITIONAL,
  });
  return reviews.flatMap((r) => {
    const user = account(r.user);
    return user
      ? [{ user, state: r.state, ...(r.submitted_at ? { submittedAt: r.submitted_at } : {}), url: r.html_url }]
      : [];
  });
}

async function listLabelEvents(gh: GitHub, repo: string, pr: number): Promise<ObservedLabelEvent[]> {
  const { owner, repo: name } = splitRepo(repo);
  const events = await gh.rest.paginate(gh.rest.rest.issues.listEvents, {
    owner,
    repo: name,
    issue_number: pr,
    per_page: 100,
    ...CONDITIONAL,
  });
  return events.flatMap((e) => {
    if ((e.event !== 'labeled' && e.event !== 'unlabeled') || !('label' in e) || !('actor' in e)) return [];
    const actor = account(e.actor);
    return actor ? [{ event: e.event, label: e.label.name, actor, at: e.created_at }] : [];
  });
}

async function listPulls(gh: GitHub, repo: string, number: number | undefined): Promise<PullRequestLike[]> {
  const { owner, repo: name } = splitRepo(repo);
  if (number !== undefined) {
    try {
      const { data } = await gh.rest.rest.pulls.get({ owner, repo: name, pull_number: number });
      if (data.state !== 'open')
        throw new UserError(
          `${repo}#${number} is ${data.merged_at ? 'merged' : 'closed'}: only open pull requests are voted on.`,
        );
      return [data];
    } catch (err) {
      if (isNotFound(err)) throw new UserError(`${repo} has no pull request #${number}.`);
      throw err;
    }
  }
  return gh.rest.paginate(gh.rest.rest.pulls.list, { owner, repo: name, state: 'open', per_page: 100 });
}

async function observe(gh: GitHub, repo: string, rosterPath: string, pr: PullRequestLike): Promise<PullObservation> {
  const { owner, repo: name } = splitRepo(repo);
  const changed = await gh.rest.paginate(gh.rest.rest.pulls.listFiles, {
    owner,
    repo: name,
    pull_number: pr.number,
    per_page: 100,
    ...CONDITIONAL,
  });
  const files = changed.flatMap((f) =>
    f.previous_filename && f.previous_filename !== f.filename ? [f.filename, f.previous_filename] : [f.filename],
  );
  const status = await currentStatus(gh, repo, pr.head.sha);
  if (!files.includes(rosterPath)) return { pr, files, ...(status ? { status } : {}) };
  const [base, head, comment] = await Promise.all([
    readTextFile(gh, repo, rosterPath, pr.base.sha),
    readTextFile(gh, repo, rosterPath, pr.head.sha),
    currentComment(gh, repo, pr.number),
  ]);
  return {
    pr,
    files,
    ...(base ? { base } : {}),
    ...(head ? { head } : {}),
    ...(status ? { status } : {}),
    ...(comment !== undefined ? { comment } : {}),
  };
}

function classify(o: PullObservation, rosterPath: string): { check: NominationCheck; base?: Roster } {
  if (!o.files.includes(rosterPath)) return { check: { kind: 'not-nomination', reason: `${rosterPath} is unchanged` } };
  if (!o.base)
    return {
      check: {
        kind: 'invalid',
        problems: [`there is no ${rosterPath} on the base branch (${o.pr.base.sha.slice(0, 7)}).`],
      },
    };
  if (!o.head) return { check: { kind: 'invalid', problems: [`this branch deletes ${rosterPath}.`] } };
  const base = rosterFromText(`${rosterPath} (base ${o.pr.base.sha.slice(0, 7)})`, o.base.text);
  const head = rosterFromText(`${rosterPath} (head ${o.pr.head.sha.slice(0, 7)})`, o.head.text);
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
  const others = [...new Set(o.files.filter((f) => f !== rosterPath))];
  return { check: classifyRosterChange(base.roster, head.roster, others), base: base.roster };
}

export async function runVote(settings: VoteSettings, gh: GitHub, ctx: JobContext): Promise<VoteResult> {
  const now = ctx.now();
  const { policy } = await configOrThrow(settings.config, now);
  const repo = policy.ops_repo;
  const rosterPath = settings.rosterPath ?? 'members.yaml';
  const rules: VoteRules = voteRules(policy);

  let steeringCouncil: Account[] | undefined;
  const scTeam = async (): Promise<Account[]> => {
    if (!steeringCouncil) {
      const team = policy.membership.vote.veto_team;
      try {
        const members = await listTeamMembers(gh, policy.org, team);
        steeringCouncil = members.map((u) => ({ login: u.login, id: Number(u.id) }));
      } catch (err) {
        if (isNotFound(err))
          throw new UserError(
            `cannot read the Steering Council team ${policy.org}/${team} (membership.vote.veto_team): it does not exist or the token cannot see it. A veto cannot be checked without it.`,
          );
        throw err;
      }
    }
    return steeringCouncil;
  };

  const pulls = await listPulls(gh, repo, settings.pullRequest);
  ctx.log.debug(`vote: ${pulls.length} open pull request(s) in ${repo}`);
  const results: VotePullResult[] = [];
  for (const pr of pulls) {
    const o = await observe(gh, repo, rosterPath, pr);
    const { check, base } = classify(o, rosterPath);
    const have = {
      ...(o.status ? { status: o.status } : {}),
      ...(o.comment !== undefined ? { comment: o.comment } : {}),
    };
    if (check.kind !== 'nomination' || !base) {
      const nominees = check.kind === 'refused' ? check.nominees.map((n) => n.login) : [];
      const status = check.kind === 'nomination' ? checkStatus({ kind: 'invalid', problems: [] }) : checkStatus(check);
      const comment =
        check.kind === 'refused' || check.kind === 'invalid' ? renderCheckComment(check, rosterPath) : undefined;
      const changes = planPullRequest(
        pr.number,
        pr.head.sha,
        { status, ...(comment !== undefined ? { comment } : {}) },
        have,
      );
      results.push({ number: pr.number, url: pr.html_url, kind: check.kind, nominees, status, changes });
      continue;
    }
    const labels = pr.labels.map((l) => l.name);
    const hasLabel = (name: string) => labels.some((l) => l.toLowerCase() === name.toLowerCase());
    const reviews = await listReviews(gh, repo, pr.number);
    const labelEvents =
      hasLabel(rules.openLabel) || hasLabel(rules.vetoLabel) ? await listLabelEvents(gh, repo, pr.number) : [];
    // The team is read only when a veto is possible: a change request or the veto label.
    const vetoPossible = hasLabel(rules.vetoLabel) || reviews.some((r) => r.state === 'CHANGES_REQUESTED');
    const tally = tallyVote({
      createdAt: pr.created_at,
      ...(pr.user ? { author: { login: pr.user.login, id: Number(pr.user.id) } } : {}),
      url: pr.html_url,
      labels,
      electorate: base.members,
      nominees: check.nominees,
      reviews,
      labelEvents,
      ...(vetoPossible ? { steeringCouncil: await scTeam() } : {}),
      rules,
      now,
    });
    const status = tallyStatus(tally, rules);
    const comment = renderTallyComment(check.nominees, tally, rules);
    const changes = planPullRequest(pr.number, pr.head.sha, { status, comment }, have);
    results.push({
      number: pr.number,
      url: pr.html_url,
      kind: 'nomination',
      nominees: check.nominees.map((n) => n.login),
      status,
      tally,
      changes,
    });
  }

  if (settings.apply) await applyVote(gh, repo, pulls, results, ctx);
  return {
    repo,
    results,
    applied: settings.apply,
    summary: renderVoteSummary(results, settings.apply, repo),
    text: renderVoteText(results, settings.apply),
  };
}

async function applyVote(
  gh: GitHub,
  repo: string,
  pulls: readonly PullRequestLike[],
  results: readonly VotePullResult[],
  ctx: JobContext,
): Promise<void> {
  const { owner, repo: name } = splitRepo(repo);
  for (const r of results) {
    const pr = pulls.find((p) => p.number === r.number)!;
    for (const c of r.changes) {
      if (c.kind === 'set-status') {
        await gh.rest.rest.repos.createCommitStatus({
          owner,
          repo: name,
          sha: c.sha,
          state: c.status.state,
          context: VOTE_CONTEXT,
          description: c.status.description,
          target_url: pr.html_url,
        });
      } else {
        await upsertMarkedComment(gh, repo, c.pr, TALLY_PURPOSE, c.body);
      }
      ctx.log.info(`${repo}: ${describeApplied(c)}`);
    }
  }
}

function describeApplied(c: VoteChange): string {
  return c.kind === 'set-status'
    ? `#${c.pr} ${VOTE_CONTEXT} is ${c.status.state}`
    : `#${c.pr} tally comment ${c.action === 'create' ? 'added' : 'updated'}`;
}
