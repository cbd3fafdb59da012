// `psrt vote` against the GitHub simulator on the fixture world: the psrt/vote status on every open
// nomination, one tally comment per PR (edited, never added again), nothing written when nothing
// changed, votes closed on time by a later run, and PRs that are not plain nominations.
import { describe, expect, it } from 'vitest';
import type { World, WorldPull } from '../sim/world/index.js';
import { api, fixtureWorld, psrt, startSim } from '../support/psrt.js';

const OPS = 'python/psrt-ops';

interface Status {
  context: string;
  state: string;
  description: string;
}
interface Comment {
  body: string;
}
interface Pull {
  number: number;
  head: { sha: string };
}

async function voteStatus(sim: Awaited<ReturnType<typeof startSim>>, pr: number): Promise<Status | undefined> {
  const pull = await api<Pull>(sim, `/repos/${OPS}/pulls/${pr}`);
  const statuses = await api<Status[]>(sim, `/repos/${OPS}/commits/${pull.head.sha}/statuses`);
  return statuses.find((s) => s.context === 'psrt/vote');
}

async function tallyComments(sim: Awaited<ReturnType<typeof startSim>>, pr: number): Promise<Comment[]> {
  const comments = await api<Comment[]>(sim, `/repos/${OPS}/issues/${pr}/comments`);
  return comments.filter((c) => c.body.includes('<!-- psrt-ops:vote-tally -->'));
}

function opsRepo(world: World) {
  return world.repos!.find((r) => r.full_name === OPS)!;
}

function membersText(world: World): string {
  return opsRepo(world).files!['members.yaml'] as string;
}

function addPull(world: World, pull: WorldPull): World {
  const ops = opsRepo(world);
  ops.pulls = [...(ops.pulls ?? []), pull];
  return world;
}

describe('psrt vote on the fixture world', () => {
  it('sets psrt/vote on every open nomination and comments the tally once; a second run writes nothing', async () => {
    const sim = await startSim();
    const first = await psrt(sim, ['vote']);
    expect(first.err).not.toContain('error');
    expect(first.code).toBe(0);
    expect(await voteStatus(sim, 5)).toMatchObject({
      state: 'pending',
      description: expect.stringContaining('Vote open until 2026-11-29 09:00 UTC: 6 yes, 1 no'),
    });
    expect(await voteStatus(sim, 4)).toMatchObject({
      state: 'success',
      description: expect.stringContaining('Passed: 6 yes, 1 no'),
    });
    for (const pr of [4, 5]) expect(await tallyComments(sim, pr)).toHaveLength(1);
    const tally = (await tallyComments(sim, 5))[0]!.body;
    expect(tally).toContain('| `ox` | yes |');
    expect(tally).toContain('`pmoorland` (not a member), `sbeaulieu` (nominee)');
    expect(tally).not.toMatch(/(^|[^`\w])@[A-Za-z0-9]/);

    sim.resetStats();
    const second = await psrt(sim, ['vote']);
    expect(second.code).toBe(0);
    expect(second.out).toContain('nothing to change');
    expect(sim.stats().writes).toBe(0);
    for (const pr of [4, 5]) expect(await tallyComments(sim, pr)).toHaveLength(1);
  });

  it('closes the vote on time: a run after the seventh day edits the comment and sets the result', async () => {
    const sim = await startSim();
    expect((await psrt(sim, ['vote', '5'])).code).toBe(0);
    const before = (await tallyComments(sim, 5))[0]!.body;
    const later = '2026-11-29T09:00:01Z';
    sim.setNow(new Date(later));
    const run = await psrt(sim, ['vote', '5'], { env: { PSRT_NOW: later } });
    expect(run.code).toBe(0);
    expect(await voteStatus(sim, 5)).toMatchObject({
      state: 'success',
      description: expect.stringContaining('Passed: 6 yes, 1 no of 7 votes cast'),
    });
    const comments = await tallyComments(sim, 5);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).not.toBe(before);
    expect(comments[0]!.body).toContain('✅ Passed');
  });

  it('prints the plan with --dry-run and writes nothing', async () => {
    const sim = await startSim();
    const run = await psrt(sim, ['vote', '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('vote plan: 4 changes (dry run');
    expect(run.out).toContain('+ #5 psrt/vote');
    expect(sim.stats().writes).toBe(0);
    expect(await voteStatus(sim, 5)).toBeUndefined();
  });

  it('is vetoed by the sc-veto label from a Steering Council member', async () => {
    const world = fixtureWorld();
    const pr5 = opsRepo(world).pulls!.find((p) => p.number === 5)!;
    pr5.labels = [{ name: 'sc-veto', by: 'bcanto', at: '2026-11-25T12:00:00Z' }];
    const sim = await startSim(world);
    expect((await psrt(sim, ['vote', '5'])).code).toBe(0);
    expect(await voteStatus(sim, 5)).toMatchObject({
      state: 'failure',
      description: 'Vetoed by the Steering Council (bcanto).',
    });
    expect((await tallyComments(sim, 5))[0]!.body).toContain('**Veto:** `bcanto`');
  });

  it('refuses a nomination that also removes someone, and reports a broken members.yaml, without failing the run', async () => {
    const world = fixtureWorld();
    const members = membersText(world);
    addPull(world, {
      number: 20,
      title: 'Nominate and tidy',
      user: 'wrenfield',
      created_at: '2026-11-24T10:00:00Z',
      head: {
        ref: 'nominate-and-remove',
        files: {
          'members.yaml': members.replace(
            '  - name: Tamsin Petrie\n    login: tam-two\n',
            '  - name: Hanna Berg\n    login: hanna-sec\n',
          ),
        },
      },
    });
    addPull(world, {
      number: 21,
      title: 'Nominate with a typo',
      user: 'wrenfield',
      created_at: '2026-11-24T11:00:00Z',
      head: {
        ref: 'nominate-broken',
        files: {
          'members.yaml': members.replace(
            '  - name: Tamsin Petrie\n',
            '  - name: Hanna Berg\n    login: hanna-sec\n    logn: typo\n  - name: Tamsin Petrie\n',
          ),
        },
      },
    });
    addPull(world, {
      number: 22,
      title: 'Fix the README',
      user: 'wrenfield',
      created_at: '2026-11-24T12:00:00Z',
      head: { ref: 'readme', files: { 'README.md': '# psrt-ops\n\nFixed.\n' } },
    });
    const sim = await startSim(world);
    const run = await psrt(sim, ['vote']);
    expect(run.code).toBe(0);
    expect(await voteStatus(sim, 20)).toMatchObject({
      state: 'failure',
      description: expect.stringContaining('Refused as a nomination'),
    });
    const refused = (await tallyComments(sim, 20))[0]!.body;
    expect(refused).toContain('removes `tam-two` from members');
    expect(refused).toContain('one purpose per PR');
    expect(await voteStatus(sim, 21)).toMatchObject({
      state: 'failure',
      description: expect.stringContaining('cannot be read'),
    });
    expect((await tallyComments(sim, 21))[0]!.body).toContain('unknown key \\"logn\\"'.replace(/\\/g, ''));
    expect(await voteStatus(sim, 22)).toMatchObject({
      state: 'success',
      description: expect.stringContaining('No vote needed'),
    });
    expect(await tallyComments(sim, 22)).toHaveLength(0);
  });
});
