// The simulator as psrt-ops's real client sees it: Octokit with the pagination and throttling plugins.
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitHubSim } from './index.js';
import { generateWorld } from '../world/generate.js';

const Client = Octokit.plugin(paginateRest, throttling);

let sim: GitHubSim;
beforeAll(async () => {
  sim = await GitHubSim.start({
    world: generateWorld({ members: 30, repos: 4, advisories: 230, seed: 3 }),
    frozenClock: true,
  });
});
afterAll(() => sim.close());

function client(onSecondary: () => boolean = () => true): InstanceType<typeof Client> {
  return new Client({
    auth: sim.tokens.app,
    baseUrl: sim.url,
    request: { fetch: sim.fetch },
    // No client-side spacing of writes and retry-after in ms instead of seconds, to keep the test fast.
    throttle: {
      onRateLimit: () => false,
      onSecondaryRateLimit: onSecondary,
      retryAfterBaseValue: 1,
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
    },
  });
}

describe('Octokit against the simulator', () => {
  it('paginates advisories by the Link cursors', async () => {
    const all = await client().paginate('GET /orgs/{org}/security-advisories', { org: 'bigorg', per_page: 100 });
    expect(all).toHaveLength(230);
    expect(sim.stats().byRoute['GET /orgs/{org}/security-advisories']?.requests).toBe(3);
  });

  it('sees secondary limits as such and retries after them', async () => {
    sim.setRateLimits({ secondary: { writes_per_minute: 2, min_write_interval_ms: 0 } });
    let limited = 0;
    const octokit = client(() => {
      limited++;
      sim.setNow(new Date(sim.now().getTime() + 61_000));
      return true;
    });
    for (let i = 0; i < 3; i++)
      await octokit.request('POST /repos/{owner}/{repo}/issues', { owner: 'bigorg', repo: 'repo-01', title: `t${i}` });
    expect(limited).toBe(1);
  });
});

describe('files over 1 MB', () => {
  it('come without content from the contents API, as on GitHub, and whole through the raw media type (readLargeFile)', async () => {
    sim.setRateLimits({ secondary: false });
    const { createGitHubApi } = await import('../../../actions/lib/clients/github/octokit-api.js');
    const { silentLogger } = await import('../../../actions/lib/jobs/context.js');
    const gh = createGitHubApi({
      token: sim.tokens.app,
      apiUrl: sim.url,
      graphqlUrl: sim.graphqlUrl,
      log: silentLogger,
      fetch: sim.fetch as typeof fetch,
      minWriteIntervalMs: 0,
    });
    const big = JSON.stringify({ rows: Array.from({ length: 100_000 }, (_, i) => `row ${i}`) });
    expect(big.length).toBeGreaterThan(1024 * 1024);
    const sha = await gh.writeFileOnBranch(
      'bigorg/repo-02',
      'psrt/desk-state',
      { path: 'big.json', content: big, message: 'big' },
      'main',
    );
    const plain = await client().request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner: 'bigorg',
      repo: 'repo-02',
      path: 'big.json',
      ref: 'psrt/desk-state',
    });
    expect(plain.data).toMatchObject({ encoding: 'none', content: '', size: big.length });
    const read = await gh.readLargeFile('bigorg/repo-02', 'big.json', 'psrt/desk-state');
    expect(read?.sha).toBe(sha);
    expect(JSON.parse(read!.text)).toEqual(JSON.parse(big));
  });
});
