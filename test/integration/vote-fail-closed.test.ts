// `psrt vote` when GitHub answers badly, against the simulator: a reviews list that is malformed or
// fails never yields a `success` status (nothing is written, the run fails naming what was read and
// what happened); a nomination nobody but the nominator voted on fails; a tally comment whose answer
// was lost, or written twice by runs at once, ends as one comment; a member's comment carrying the
// tally marker is never taken over.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../actions/lib/entry/cli.js';
import { withMember } from '../sim/world/psrt/lifecycle.js';
import type { World, WorldPull } from '../sim/world/index.js';
import { FIXTURE_NOW, api, fixtureWorld, psrt, startSim, workdir } from '../support/psrt.js';

const OPS = 'python/psrt-ops';
const MARKER = '<!-- psrt-ops:vote-tally -->';
type Sim = Awaited<ReturnType<typeof startSim>>;

interface Status {
  context: string;
  state: string;
  description: string;
}
interface Comment {
  id: number;
  body: string;
  user: { login: string };
}

async function voteStatus(sim: Sim, pr: number): Promise<Status | undefined> {
  const pull = await api<{ head: { sha: string } }>(sim, `/repos/${OPS}/pulls/${pr}`);
  const statuses = await api<Status[]>(sim, `/repos/${OPS}/commits/${pull.head.sha}/statuses`);
  return statuses.find((s) => s.context === 'psrt/vote');
}

async function comments(sim: Sim, pr: number): Promise<Comment[]> {
  return api<Comment[]>(sim, `/repos/${OPS}/issues/${pr}/comments`);
}

const tallies = async (sim: Sim, pr: number) => (await comments(sim, pr)).filter((c) => c.body.includes(MARKER));

/** Post a comment on a PR as the holder of `token`. */
async function comment(sim: Sim, token: string, pr: number, body: string): Promise<void> {
  const r = await sim.fetch(`${sim.url}/repos/${OPS}/issues/${pr}/comments`, {
    method: 'POST',
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ body }),
  });
  expect(r.status).toBe(201);
}

/**
 * The fixture world with two closed nominations by `wrenfield` (an admin; opening one counts as their
 * yes): #30, rejected by five members (1 yes, 5 no), and #31, on which nobody else voted.
 */
function worldWithClosedNominations(): World {
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

const REVIEWS_30 = `/repos/${OPS}/pulls/30/reviews`;

describe('vote with a bad reviews answer never passes a nomination', () => {
  it('a reviews list answered {} writes nothing, fails the run naming the read, and the next run counts 1 yes, 5 no', async () => {
    const sim = await startSim(worldWithClosedNominations());
    sim.injectFault({ method: 'GET', route: REVIEWS_30, status: 200, body: {} });
    const run = await psrt(sim, ['vote']);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`could not read the reviews of ${OPS}#30`);
    expect(run.err).toContain('not a list');
    expect(run.err).toContain('Nothing was changed');
    expect(run.err).not.toContain('unexpected failure');
    expect(sim.stats().writes).toBe(0);
    expect(await voteStatus(sim, 30)).toBeUndefined();

    const next = await psrt(sim, ['vote']);
    expect(next.code).toBe(0);
    expect(await voteStatus(sim, 30)).toMatchObject({
      state: 'failure',
      description: expect.stringContaining('1 of 6 votes cast are yes'),
    });
  });

  it('a reviews read that keeps failing (502, then an HTML page, then a reset) sets no status and says what happened', async () => {
    const sim = await startSim(worldWithClosedNominations());
    const cases = [
      { fault: { status: 502, count: 10 }, says: 'GitHub answered 502' },
      {
        fault: { status: 502, rawBody: '<html><h1>502 Bad Gateway</h1></html>', count: 10 },
        says: 'GitHub answered 502',
      },
      { fault: { reset: true, count: 10 }, says: 'the connection was reset before GitHub answered' },
    ];
    for (const { fault, says } of cases) {
      sim.clearFaults();
      sim.injectFault({ method: 'GET', route: REVIEWS_30, ...fault });
      const run = await psrt(sim, ['vote', '30']);
      expect(run.code).toBe(1);
      expect(run.err).toContain(`could not read the reviews of ${OPS}#30: ${says}`);
      expect(run.err).not.toMatch(/unexpected failure|Bad Gateway/);
      expect(await voteStatus(sim, 30)).toBeUndefined();
    }
  });

  it("with a person's token, a failed read of who the token is sets no status and writes no second comment", async () => {
    const sim = await startSim(worldWithClosedNominations());
    sim.injectFault({ method: 'GET', route: '/user', status: 502, count: 10 });
    const run = await psrt(sim, ['vote', '30'], { token: sim.tokens.member });
    expect(run.code).toBe(1);
    expect(run.err).toContain("could not read who the token is (to find the tool's own comments): GitHub answered 502");
    expect(sim.stats().writes).toBe(0);
    expect(await voteStatus(sim, 30)).toBeUndefined();
  });

  it("fails a closed nomination nobody but the nominator voted on (quorum 0: the nominator's yes is not enough)", async () => {
    const sim = await startSim(worldWithClosedNominations());
    const run = await psrt(sim, ['vote', '31']);
    expect(run.code).toBe(0);
    expect(await voteStatus(sim, 31)).toMatchObject({
      state: 'failure',
      description: expect.stringContaining('No member besides the nominator voted'),
    });
    expect((await tallies(sim, 31))[0]!.body).toContain('at least 1 by members besides the nominator');
  });
});

describe('one tally comment per PR', () => {
  it('a comment GitHub made but answered 502: the run fails naming it, the next finds that comment and adds none', async () => {
    const sim = await startSim();
    sim.injectFault({
      method: 'POST',
      route: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      status: 502,
      afterCommit: true,
    });
    const lost = await psrt(sim, ['vote', '5']);
    expect(lost.code).toBe(1);
    expect(lost.err).toMatch(/#5 comment the tally: GitHub answered 502/);
    expect(await tallies(sim, 5)).toHaveLength(1);

    const next = await psrt(sim, ['vote', '5']);
    expect(next.code).toBe(0);
    expect(await tallies(sim, 5)).toHaveLength(1);
    sim.resetStats();
    expect((await psrt(sim, ['vote', '5'])).out).toContain('nothing to change');
    expect(sim.stats().writes).toBe(0);
  });

  it('folds a second tally comment (two runs at once) into the first', async () => {
    const sim = await startSim();
    expect((await psrt(sim, ['vote', '5'])).code).toBe(0);
    const [first] = await tallies(sim, 5);
    // A second run that read before the first wrote: its own copy of the comment.
    await comment(sim, sim.tokens.app, 5, first!.body);
    expect(await tallies(sim, 5)).toHaveLength(2);

    const run = await psrt(sim, ['vote', '5']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('delete a duplicate tally comment');
    expect((await tallies(sim, 5)).map((c) => c.id)).toEqual([first!.id]);
    sim.resetStats();
    expect((await psrt(sim, ['vote', '5'])).code).toBe(0);
    expect(sim.stats().writes).toBe(0);
  });
});

describe("a member's comment carrying the tally marker", () => {
  it('is never adopted: neither by the App nor by another member running the vote with their own token', async () => {
    const world = fixtureWorld();
    world.tokens = { ...world.tokens, ox: { kind: 'user', login: 'ox' } };
    const sim = await startSim(world);
    const forged = `${MARKER}\n## PSRT nomination vote\n\n**✅ Passed.** (written by hand)\n`;
    await comment(sim, sim.tokens.member, 5, forged);
    await comment(sim, sim.tokens.ox!, 5, forged);

    expect((await psrt(sim, ['vote', '5'])).code).toBe(0);
    const byApp = await comments(sim, 5);
    expect(byApp.filter((c) => c.body === forged).map((c) => c.user.login)).toEqual(['wrenfield', 'ox']);
    const own = byApp.filter((c) => c.body.includes(MARKER) && c.body !== forged);
    expect(own).toHaveLength(1);
    expect(own[0]!.user.login).toBe('psrt-ops[bot]');
    expect(own[0]!.body).toContain('🗳️ Open');

    // wrenfield runs it with a personal token: ox's comment is still not theirs to rewrite or delete.
    const byMember = await psrt(sim, ['vote', '5'], { token: sim.tokens.member });
    expect(byMember.code).toBe(0);
    const after = await comments(sim, 5);
    expect(after.find((c) => c.user.login === 'ox')?.body).toBe(forged);
  });
});

/** A local port nothing listens on (one just freed). */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe('GitHub out of reach', () => {
  it('a refused connection is named as such, with what to check', async () => {
    let err = '';
    const code = await runCli(['vote'], {
      out: () => {},
      err: (t) => (err += t),
      env: {
        GITHUB_TOKEN: 'ghs_notUsedAnywhere000000000000000000001',
        GITHUB_API_URL: `http://127.0.0.1:${await closedPort()}`,
        PSRT_FAST_WRITES: '1',
        PSRT_NOW: FIXTURE_NOW,
        PSRT_CACHE_DIR: mkdtempSync(join(tmpdir(), 'psrt-cache-')),
      },
      cwd: workdir(),
    });
    expect(code).toBe(1);
    expect(err).toContain(
      'could not read the open pull requests of python/psrt-ops: the connection was refused (check GITHUB_API_URL). Nothing was changed.',
    );
  });
});
