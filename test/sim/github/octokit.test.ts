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
