// The simulator's pull request merge (PUT …/pulls/{n}/merge) over its flat git trees: what the default
// branch holds afterwards for each merge method, the PR as merged, and the refusals GitHub gives.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubSim } from './index.js';
import { client } from './test-helpers.js';
import { psrtWorld } from '../world/psrt/index.js';

const OPS = '/repos/python/psrt-ops';
let sim: GitHubSim;
beforeEach(async () => {
  sim = await GitHubSim.start({ world: psrtWorld('fixture'), inProcessOnly: true, frozenClock: true });
});
afterEach(() => sim.close());

async function headOf(branch: string): Promise<string> {
  const r = await client(sim, sim.tokens.app).get<{ object: { sha: string } }>(`${OPS}/git/ref/heads/${branch}`);
  return r.body.object.sha;
}

async function fileOn(ref: string, path: string): Promise<string | undefined> {
  const r = await client(sim, sim.tokens.app).get<{ content: string }>(`${OPS}/contents/${path}?ref=${ref}`);
  return r.status === 200 ? Buffer.from(r.body.content, 'base64').toString('utf8') : undefined;
}

/** Write a file on a branch (creating or updating it). */
async function write(branch: string, path: string, text: string): Promise<void> {
  const app = client(sim, sim.tokens.app);
  const current = await app.get<{ sha: string }>(`${OPS}/contents/${path}?ref=${branch}`);
  const r = await app.put(`${OPS}/contents/${path}`, {
    message: `write ${path}`,
    branch,
    content: Buffer.from(text).toString('base64'),
    ...(current.status === 200 ? { sha: current.body.sha } : {}),
  });
  expect(r.status).toBeLessThan(300);
}

/** A branch from main with the given files written one commit each, and its open PR. */
async function pullWith(branch: string, files: Record<string, string>): Promise<number> {
  const app = client(sim, sim.tokens.app);
  await app.post(`${OPS}/git/refs`, { ref: `refs/heads/${branch}`, sha: await headOf('main') });
  for (const [path, text] of Object.entries(files)) await write(branch, path, text);
  const pr = await app.post<{ number: number }>(`${OPS}/pulls`, {
    title: `From ${branch}`,
    head: branch,
    base: 'main',
  });
  expect(pr.status).toBe(201);
  return pr.body.number;
}

describe('PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge', () => {
  it('merges with a merge commit: main holds both sides, the PR is merged and closed', async () => {
    const n = await pullWith('add-record', { 'records/CVE-2026-0001.json': '{"a":1}\n' });
    // main moves on meanwhile, in another file.
    await write('main', 'notes.md', 'meanwhile\n');
    const before = await headOf('main');
    const head = await headOf('add-record');
    const person = client(sim, sim.tokens.member);
    const r = await person.put<{ sha: string; merged: boolean; message: string }>(`${OPS}/pulls/${n}/merge`, {
      sha: head,
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ merged: true, message: 'Pull Request successfully merged' });
    expect(await headOf('main')).toBe(r.body.sha);
    expect(await fileOn('main', 'records/CVE-2026-0001.json')).toBe('{"a":1}\n');
    expect(await fileOn('main', 'notes.md')).toBe('meanwhile\n');
    // The branch's head is in main's history (a merge commit's second parent): nothing left to propose.
    const again = await client(sim, sim.tokens.app).post<{ errors: { message: string }[] }>(`${OPS}/pulls`, {
      title: 'Again',
      head: 'add-record',
      base: 'main',
    });
    expect(again.status).toBe(422);
    expect(again.body.errors[0]!.message).toBe('No commits between main and add-record');
    expect(before).not.toBe(r.body.sha);
    const pr = await person.get<{
      state: string;
      merged: boolean;
      merged_by: { login: string };
      merge_commit_sha: string;
    }>(`${OPS}/pulls/${n}`);
    expect(pr.body).toMatchObject({ state: 'closed', merged: true, merge_commit_sha: r.body.sha });
    expect(pr.body.merged_by.login).toBe('wrenfield');
    // A merged PR cannot be merged again.
    expect((await person.put(`${OPS}/pulls/${n}/merge`)).status).toBe(405);
  });

  it('squashes into one commit on main, and rebases by replaying each commit', async () => {
    const squash = await pullWith('two-files', { 'a.txt': 'a\n', 'b.txt': 'b\n' });
    const app = client(sim, sim.tokens.app);
    const s = await app.put<{ sha: string }>(`${OPS}/pulls/${squash}/merge`, { merge_method: 'squash' });
    expect(s.status).toBe(200);
    expect([await fileOn('main', 'a.txt'), await fileOn('main', 'b.txt')]).toEqual(['a\n', 'b\n']);
    expect(s.body.sha).not.toBe(await headOf('two-files'));

    const rebase = await pullWith('two-more', { 'c.txt': 'c\n', 'd.txt': 'd\n' });
    await write('main', 'a.txt', 'a changed on main\n');
    const r = await app.put<{ sha: string }>(`${OPS}/pulls/${rebase}/merge`, { merge_method: 'rebase' });
    expect(r.status).toBe(200);
    expect([await fileOn('main', 'a.txt'), await fileOn('main', 'c.txt'), await fileOn('main', 'd.txt')]).toEqual([
      'a changed on main\n',
      'c\n',
      'd\n',
    ]);
  });

  it('refuses a conflict (405), a stale head sha (409) and an unknown method (422), and main stays', async () => {
    const n = await pullWith('edit-readme', { 'README.md': 'from the branch\n' });
    await write('main', 'README.md', 'from main\n');
    const app = client(sim, sim.tokens.app);
    const conflict = await app.put<{ message: string }>(`${OPS}/pulls/${n}/merge`);
    expect(conflict.status).toBe(405);
    expect(conflict.body.message).toBe('Pull Request is not mergeable');

    const m = await pullWith('fresh', { 'fresh.txt': 'x\n' });
    const stale = await app.put<{ message: string }>(`${OPS}/pulls/${m}/merge`, { sha: await headOf('main') });
    expect(stale.status).toBe(409);
    expect((await app.put(`${OPS}/pulls/${m}/merge`, { merge_method: 'octopus' })).status).toBe(422);
    expect(await fileOn('main', 'fresh.txt')).toBeUndefined();
  });
});
