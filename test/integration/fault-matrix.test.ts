// The fault matrix: every writing job (vote, audit, reconcile) run against the simulator with one fault
// injected (5xx, a secondary limit with retry-after, 429, a timeout, a reset, a body that is not JSON or
// not the route's shape, a write GitHub made whose answer was lost, a failure in the middle of the
// apply). Every case checks the same things: the exit code; a message naming the cause (never
// "unexpected failure" or a bare status text); no access removed that a clean run would not remove; no
// active member proposed for emeritus; no vote passed that should fail; and, once the fault is gone,
// one run reaching exactly the state a clean run reaches, after which a run writes nothing.
import { beforeAll, describe, it } from 'vitest';
import type { ExpectStatic } from 'vitest';
import { parse } from 'yaml';
import type { Roster } from '../../actions/lib/domain/roster.js';
import type { FaultSpec } from '../sim/github/index.js';
import type { World, WorldPull } from '../sim/world/index.js';
import { withMember } from '../sim/world/psrt/lifecycle.js';
import { api, fileAt, fixtureWorld, psrt, startSim } from '../support/psrt.js';

type Sim = Awaited<ReturnType<typeof startSim>>;
type Job = 'vote' | 'audit' | 'reconcile';

const OPS = 'python/psrt-ops';
const ARGS: Record<Job, string[]> = {
  vote: ['vote'],
  audit: ['audit', '--apply'],
  reconcile: ['reconcile', '--apply'],
};
/** The fixture's inactive members: the only ones the audit may ever propose for emeritus. */
const INACTIVE = new Set([
  'AB-Kestrel',
  'hollis',
  'bramvos',
  'thorn',
  'JonahTea',
  'ravisen',
  'nebula7',
  'larkspur',
  'pmcardle',
  'Tv0k',
  'tam-two',
  'wallacew',
]);
/** Nominations that must never pass: #30 (1 yes, 5 no) and #31 (only the nominator's own yes). */
const MUST_FAIL = [30, 31];
/** Request timeout for the stalled-connection cases (each GET is tried four times). */
const TIMEOUT_ENV = { PSRT_TIMEOUT_SECONDS: '1' };

/** The fixture world with two closed nominations that must fail, opened by the admin `wrenfield`. */
function matrixWorld(): World {
  const world = fixtureWorld();
  const ops = world.repos!.find((r) => r.full_name === OPS)!;
  const members = ops.files!['members.yaml'] as string;
  const nomination = (number: number, login: string, reviews: WorldPull['reviews']): WorldPull => ({
    number,
    title: `Nominate ${login}`,
    user: 'wrenfield',
    created_at: '2026-11-10T10:00:00Z',
    head: {
      ref: `nominate-${login}`,
      files: { 'members.yaml': withMember(members, login, `  - name: ${login}\n    login: ${login}\n`) },
    },
    reviews,
  });
  const no = (user: string) => ({ user, state: 'CHANGES_REQUESTED' as const, submitted_at: '2026-11-11T10:00:00Z' });
  ops.pulls = [
    ...(ops.pulls ?? []),
    nomination(30, 'pmoorland', ['thorn', 'bramvos', 'JonahTea', 'larkspur', 'nebula7'].map(no)),
    nomination(31, 'nadia-fuzzes', []),
  ];
  return world;
}

/** Advisory summaries and descriptions: never in any output. */
const EMBARGOED = matrixWorld().repos!.flatMap((r) =>
  (r.advisories ?? []).flatMap((a) => [a.summary, ...(a.description ? [a.description] : [])]),
);

// --- what a case looks at ------------------------------------------------------------------------

/** Who holds access the roster grants: team membership and GHSA collaborators on open advisories. */
function access(sim: Sim): Set<string> {
  const world = sim.snapshot();
  const out = new Set<string>();
  const psrtTeam = world.teams!.find((t) => t.org === 'python' && t.slug === 'psrt')!;
  for (const l of [...(psrtTeam.members ?? []), ...(psrtTeam.maintainers ?? [])]) out.add(`team psrt: ${l}`);
  for (const repo of world.repos ?? [])
    for (const a of repo.advisories ?? []) {
      if (a.state !== 'triage' && a.state !== 'draft') continue;
      for (const u of a.collaborating_users ?? []) out.add(`${a.ghsa_id}: ${u}`);
      for (const t of a.collaborating_teams ?? []) out.add(`${a.ghsa_id}: team ${t}`);
    }
  return out;
}

interface Status {
  context: string;
  state: string;
  description: string;
}

async function voteStatus(sim: Sim, pr: number): Promise<Status | undefined> {
  const pull = await api<{ head: { sha: string } }>(sim, `/repos/${OPS}/pulls/${pr}`);
  const statuses = await api<Status[]>(sim, `/repos/${OPS}/commits/${pull.head.sha}/statuses`);
  return statuses.find((s) => s.context === 'psrt/vote');
}

interface Pull {
  number: number;
  title: string;
  body: string;
  head: { sha: string };
  labels: { name: string }[];
  requested_teams: { slug: string }[];
}

const prunePulls = (sim: Sim) => api<Pull[]>(sim, `/repos/${OPS}/pulls?state=open&head=python:psrt/prune-inactive`);

/** The logins the open pruning PR moves to emeritus. */
async function proposedForEmeritus(sim: Sim): Promise<string[]> {
  const [pr] = await prunePulls(sim);
  if (!pr) return [];
  const before = new Set(
    (parse(await fileAt(sim, OPS, 'members.yaml', 'main')) as Roster).emeritus?.map((e) => e.login),
  );
  const after = parse(await fileAt(sim, OPS, 'members.yaml', pr.head.sha)) as Roster;
  return (after.emeritus ?? []).map((e) => e.login!).filter((l) => !before.has(l));
}

/** What a job's run leaves in GitHub, to compare a converged run with a clean one. */
async function outcome(sim: Sim, job: Job): Promise<unknown> {
  switch (job) {
    case 'vote': {
      const out: Record<number, unknown> = {};
      for (const pr of [4, 5, ...MUST_FAIL]) {
        const comments = await api<{ body: string; user: { login: string } }[]>(
          sim,
          `/repos/${OPS}/issues/${pr}/comments`,
        );
        const status = await voteStatus(sim, pr);
        out[pr] = {
          status: status && { state: status.state, description: status.description },
          tallies: comments.filter((c) => c.body.includes('<!-- psrt-ops:vote-tally -->')).map((c) => c.body),
        };
      }
      return out;
    }
    case 'audit': {
      const issues = (
        await api<{ title: string; body: string; pull_request?: unknown }[]>(
          sim,
          `/repos/${OPS}/issues?state=open&labels=activity-report`,
        )
      ).filter((i) => !i.pull_request);
      const pulls = await prunePulls(sim);
      return {
        issues: issues.map((i) => ({ title: i.title, body: i.body })),
        pulls: await Promise.all(
          pulls.map(async (p) => ({
            title: p.title,
            body: p.body,
            labels: p.labels.map((l) => l.name),
            teams: p.requested_teams.map((t) => t.slug),
            members: await fileAt(sim, OPS, 'members.yaml', p.head.sha),
          })),
        ),
      };
    }
    case 'reconcile':
      return [...access(sim)].sort();
  }
}

// --- the cases -----------------------------------------------------------------------------------

interface Case {
  job: Job;
  name: string;
  faults: FaultSpec[];
  /** Exit code of the run with the fault (0: GitHub's hiccup was retried away). */
  code: 0 | 1;
  /** What the messages (stderr and the printed plan) must say about the cause. */
  says: RegExp;
  stalls?: boolean;
}

const REVIEWS_30 = `/repos/${OPS}/pulls/30/reviews`;
const FORK_PULLS = '/repos/python/cpython-ghsa-*/pulls';
const FORK_REVIEWS = '/repos/python/cpython-ghsa-*/pulls/*/reviews';
const ADVISORIES = (repo: string) => `/repos/${repo}/security-advisories`;
const ISSUES = '/repos/{owner}/{repo}/issues';
const persistent = { count: 99 };
const secondary = { status: 403, headers: { 'retry-after': '1' } };
const tooMany = { status: 429, headers: { 'retry-after': '1' } };
const html = { rawBody: '<!DOCTYPE html><html><body><h1>Unicorn!</h1></body></html>' };

const CASES: Case[] = [
  // vote: every read completes or nothing is written; a write that failed is made by the next run.
  {
    job: 'vote',
    name: '502 on the reviews',
    faults: [{ method: 'GET', route: REVIEWS_30, status: 502, ...persistent }],
    code: 1,
    says: /could not read the reviews of python\/psrt-ops#30: GitHub answered 502/,
  },
  {
    job: 'vote',
    name: 'a secondary limit (403, retry-after) on the reviews',
    faults: [{ method: 'GET', route: REVIEWS_30, ...secondary, ...persistent }],
    code: 1,
    says: /reviews of python\/psrt-ops#30: GitHub's secondary rate limit stopped it \(retry after 1 s\)/,
  },
  {
    job: 'vote',
    name: '429 on the files of a PR',
    faults: [{ method: 'GET', route: '/repos/{owner}/{repo}/pulls/{pull_number}/files', ...tooMany, ...persistent }],
    code: 1,
    says: /could not read the files of python\/psrt-ops#\d+: GitHub's secondary rate limit/,
  },
  {
    job: 'vote',
    name: 'one 429 on the open PRs, retried',
    faults: [{ method: 'GET', route: `/repos/${OPS}/pulls`, ...tooMany }],
    code: 0,
    says: /secondary rate limit on GET/,
  },
  {
    job: 'vote',
    name: 'the reviews never answered (timeout)',
    faults: [{ method: 'GET', route: REVIEWS_30, hang: 'no-answer', ...persistent }],
    code: 1,
    says: /reviews of python\/psrt-ops#30: no answer within 1 s \(timeout\)/,
    stalls: true,
  },
  {
    job: 'vote',
    name: 'the comments answered headers, then nothing (timeout)',
    faults: [{ method: 'GET', route: `/repos/${OPS}/issues/30/comments`, hang: 'no-body', ...persistent }],
    code: 1,
    says: /comments of python\/psrt-ops#30: no answer within 1 s \(timeout\)/,
    stalls: true,
  },
  {
    job: 'vote',
    name: 'the connection reset on the files of a PR',
    faults: [{ method: 'GET', route: '/repos/{owner}/{repo}/pulls/{pull_number}/files', reset: true, ...persistent }],
    code: 1,
    says: /files of python\/psrt-ops#\d+: the connection was reset before GitHub answered/,
  },
  {
    job: 'vote',
    name: 'an HTML error page (502) for members.yaml',
    faults: [{ method: 'GET', route: `/repos/${OPS}/contents/members.yaml`, status: 502, ...html, ...persistent }],
    code: 1,
    says: /members\.yaml at the (base|head) of python\/psrt-ops#\d+: GitHub answered 502/,
  },
  {
    job: 'vote',
    name: 'the reviews answered with truncated JSON',
    faults: [{ method: 'GET', route: REVIEWS_30, truncateBodyAt: 40 }],
    code: 1,
    says: /reviews of python\/psrt-ops#30: a body that is not JSON/,
  },
  {
    job: 'vote',
    name: 'the reviews answered {}',
    faults: [{ method: 'GET', route: REVIEWS_30, status: 200, body: {} }],
    code: 1,
    says: /reviews of python\/psrt-ops#30: a body that is not a list/,
  },
  {
    job: 'vote',
    name: 'reviews without their state',
    faults: [{ method: 'GET', route: REVIEWS_30, status: 200, body: [{ html_url: 'https://github.com/x' }] }],
    code: 1,
    says: /reviews of python\/psrt-ops#30: an entry whose "state" is not text/,
  },
  {
    job: 'vote',
    name: 'a 404 on the Steering Council team',
    faults: [{ method: 'GET', route: '/orgs/python/teams/steering-council/members', status: 404, ...persistent }],
    code: 1,
    says: /Steering Council team python\/steering-council .*: it does not exist, or the token cannot see it \(404\)/,
  },
  {
    job: 'vote',
    name: 'a status GitHub set but answered 502',
    faults: [{ method: 'POST', route: '/repos/{owner}/{repo}/statuses/{sha}', status: 502, afterCommit: true }],
    code: 1,
    says: /psrt\/vote on [0-9a-f]{7}: .*GitHub answered 502/,
  },
  {
    job: 'vote',
    name: 'a tally comment GitHub made but answered 502',
    faults: [
      { method: 'POST', route: '/repos/{owner}/{repo}/issues/{issue_number}/comments', status: 502, afterCommit: true },
    ],
    code: 1,
    says: /comment the tally: GitHub answered 502/,
  },
  {
    job: 'vote',
    name: 'the third status refused mid-apply (500)',
    faults: [
      { method: 'POST', route: '/repos/{owner}/{repo}/statuses/{sha}', status: 500, afterMatches: 2, ...persistent },
    ],
    code: 1,
    says: /stopping at the first failure: .*GitHub answered 500/,
  },

  // audit: an incomplete read proposes nobody; a half-made report issue or pruning PR is completed.
  {
    job: 'audit',
    name: "a secondary limit on a private fork's reviews",
    faults: [{ method: 'GET', route: FORK_REVIEWS, ...secondary, ...persistent }],
    code: 1,
    says: /private fork of GHSA(?:-[a-z0-9]{4}){3}: GitHub's secondary rate limit stopped it/,
  },
  {
    job: 'audit',
    name: 'a 404 on the release-managers team',
    faults: [{ method: 'GET', route: '/orgs/python/teams/release-managers/members', status: 404, ...persistent }],
    code: 1,
    says: /team python\/release-managers \(it proves an exempt role\): it does not exist, or the token cannot see it \(404\)/,
  },
  {
    job: 'audit',
    name: "a 404 on pip's advisories",
    faults: [{ method: 'GET', route: ADVISORIES('pypa/pip'), status: 404, ...persistent }],
    code: 1,
    says: /advisories of pypa\/pip: it does not exist, or the token cannot see it \(404\)/,
  },
  {
    job: 'audit',
    name: "{} for pip's advisories",
    faults: [{ method: 'GET', route: ADVISORIES('pypa/pip'), status: 200, body: {} }],
    code: 1,
    says: /advisories of pypa\/pip: a body that is not a list/,
  },
  {
    job: 'audit',
    name: "an HTML page (200) for cpython's advisories",
    faults: [{ method: 'GET', route: ADVISORIES('python/cpython'), ...html }],
    code: 1,
    says: /advisories of python\/cpython: a body that is not JSON \(\d+ bytes of text\/html/,
  },
  {
    job: 'audit',
    name: "cpython's advisories truncated",
    faults: [{ method: 'GET', route: ADVISORIES('python/cpython'), truncateBodyAt: 300 }],
    code: 1,
    says: /advisories of python\/cpython: a body that is not JSON/,
  },
  {
    job: 'audit',
    name: "a private fork's pulls never answered (timeout)",
    faults: [{ method: 'GET', route: FORK_PULLS, hang: 'no-answer', ...persistent }],
    code: 1,
    says: /private fork of GHSA(?:-[a-z0-9]{4}){3}: no answer within 1 s \(timeout\)/,
    stalls: true,
  },
  {
    job: 'audit',
    name: 'the reset connection on the report issues',
    faults: [{ method: 'GET', route: ISSUES, reset: true, ...persistent }],
    code: 1,
    says: /report issues of python\/psrt-ops: the connection was reset/,
  },
  {
    job: 'audit',
    name: '429 on the comments of the ops repo',
    faults: [{ method: 'GET', route: '/repos/{owner}/{repo}/issues/comments', ...tooMany, ...persistent }],
    code: 1,
    says: /comments of python\/psrt-ops: GitHub's secondary rate limit/,
  },
  {
    job: 'audit',
    name: "500 on the ops repo's members.yaml",
    faults: [{ method: 'GET', route: `/repos/${OPS}/contents/members.yaml`, status: 500, ...persistent }],
    code: 1,
    says: /members\.yaml of python\/psrt-ops: GitHub answered 500/,
  },
  {
    job: 'audit',
    name: 'a report issue GitHub opened but answered 502',
    faults: [{ method: 'POST', route: ISSUES, status: 502, afterCommit: true }],
    code: 1,
    says: /open the report issue .*GitHub answered 502/,
  },
  {
    job: 'audit',
    name: 'a pruning PR GitHub opened, then the connection reset',
    faults: [{ method: 'POST', route: '/repos/{owner}/{repo}/pulls', reset: true, afterCommit: true }],
    code: 1,
    says: /open the pruning PR.*the connection was reset/,
  },
  {
    job: 'audit',
    name: 'the label refused mid-apply (502)',
    faults: [{ method: 'POST', route: '/repos/{owner}/{repo}/issues/{issue_number}/labels', status: 502 }],
    code: 1,
    says: /open the pruning PR.*GitHub answered 502/,
  },
  {
    job: 'audit',
    name: 'the review request refused mid-apply (a secondary limit)',
    faults: [
      {
        method: 'POST',
        route: '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
        ...secondary,
        ...persistent,
      },
    ],
    code: 1,
    says: /open the pruning PR.*secondary rate limit/,
  },
  {
    job: 'audit',
    name: 'the pruning commit refused mid-apply (503)',
    faults: [{ method: 'PUT', route: '/repos/{owner}/{repo}/contents/{path}', status: 503, ...persistent }],
    code: 1,
    says: /open the pruning PR.*GitHub answered 503/,
  },

  // reconcile (more cases in the reconcile suites): no read, no removal; a re-run converges.
  {
    job: 'reconcile',
    name: '500 on the team (read through GraphQL: its direct members)',
    faults: [{ method: 'POST', route: '/graphql', status: 500, ...persistent }],
    code: 1,
    says: /could not read team python\/psrt: GitHub answered 500/,
  },
  {
    job: 'reconcile',
    name: "an HTML page for cpython's advisories",
    faults: [{ method: 'GET', route: ADVISORIES('python/cpython'), ...html, ...persistent }],
    code: 1,
    says: /not JSON/,
  },
  {
    job: 'reconcile',
    name: 'a secondary limit on every advisory PATCH',
    faults: [
      { method: 'PATCH', route: '/repos/{owner}/{repo}/security-advisories/{ghsa_id}', ...secondary, ...persistent },
    ],
    code: 1,
    says: /secondary rate limit/,
  },
  {
    job: 'reconcile',
    name: 'the connection reset on a team membership PUT',
    faults: [
      { method: 'PUT', route: '/orgs/{org}/teams/{team_slug}/memberships/{username}', reset: true, ...persistent },
    ],
    code: 1,
    says: /the connection was reset/,
  },
  {
    job: 'reconcile',
    name: 'an advisory PATCH GitHub made but answered 502',
    faults: [
      {
        method: 'PATCH',
        route: '/repos/{owner}/{repo}/security-advisories/{ghsa_id}',
        status: 502,
        afterCommit: true,
        ...persistent,
      },
    ],
    code: 1,
    says: /GitHub answered 502/,
  },
  {
    job: 'reconcile',
    name: 'the team invitations never answered (timeout)',
    faults: [{ method: 'GET', route: '/orgs/{org}/teams/{team_slug}/invitations', hang: 'no-answer', ...persistent }],
    code: 1,
    says: /no answer within 1 s \(timeout\)/,
    stalls: true,
  },
];

// --- the runs ------------------------------------------------------------------------------------

interface Reference {
  outcome: unknown;
  /** Access a clean run removes (the roster's own changes). */
  removed: Set<string>;
}

const references = new Map<Job, Reference>();

beforeAll(async () => {
  for (const job of ['vote', 'audit', 'reconcile'] as const) {
    const sim = await startSim(matrixWorld());
    const before = access(sim);
    const run = await psrt(sim, ARGS[job]);
    if (run.code !== 0) throw new Error(`a clean ${job} run failed: ${run.err}`);
    const after = access(sim);
    references.set(job, {
      outcome: await outcome(sim, job),
      removed: new Set([...before].filter((a) => !after.has(a))),
    });
  }
});

async function check(c: Case, expect: ExpectStatic): Promise<void> {
  const sim = await startSim(matrixWorld());
  const reference = references.get(c.job)!;
  for (const fault of c.faults) sim.injectFault(fault);
  const before = access(sim);
  const env = c.stalls ? TIMEOUT_ENV : {};

  const run = await psrt(sim, ARGS[c.job], { env });
  const said = `${run.err}\n${run.out}`;
  expect(run.code, said).toBe(c.code);
  expect(said).toMatch(c.says);
  expect(said).not.toMatch(/unexpected failure|undefined|Bad Gateway|Unicorn|\n\s+at /);
  for (const text of EMBARGOED) expect(said).not.toContain(text);
  // Nothing removed that a clean run would not remove.
  const removed = [...before].filter((a) => !access(sim).has(a));
  expect(removed.filter((a) => !reference.removed.has(a))).toEqual([]);
  // Nobody active proposed for emeritus; no nomination that must fail has passed.
  expect((await proposedForEmeritus(sim)).filter((l) => !INACTIVE.has(l))).toEqual([]);
  for (const pr of MUST_FAIL) expect((await voteStatus(sim, pr))?.state).not.toBe('success');

  // Without the fault, one run reaches the clean run's state; the next writes nothing.
  sim.clearFaults();
  const next = await psrt(sim, ARGS[c.job]);
  expect(next.code, next.err).toBe(0);
  expect(await outcome(sim, c.job)).toEqual(reference.outcome);
  sim.resetStats();
  expect((await psrt(sim, ARGS[c.job])).code).toBe(0);
  expect(sim.stats().writes).toBe(0);
}

describe.concurrent('the fault matrix', () => {
  it('has at least 30 cases over every writing job', ({ expect }) => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CASES.map((c) => c.job))).toEqual(new Set(['vote', 'audit', 'reconcile']));
  });
  for (const c of CASES) it(`${c.job}: ${c.name}`, ({ expect }) => check(c, expect));
});
