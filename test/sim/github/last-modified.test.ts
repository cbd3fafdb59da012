// Last-Modified in the simulator: an If-Modified-Since date is answered 304 whatever the token (an ETag
// is not: it is specific to the token), and any write in the repository makes its answers modified.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubSim } from './index.js';
import { psrtWorld } from '../world/psrt/index.js';

let sim: GitHubSim;
beforeEach(async () => {
  sim = await GitHubSim.start({ world: psrtWorld('fixture'), inProcessOnly: true, frozenClock: true });
});
afterEach(() => sim.close());

const get = (path: string, token: string, headers: Record<string, string> = {}) =>
  sim.fetch(path, { headers: { authorization: `token ${token}`, ...headers } });

describe('Last-Modified', () => {
  it('answers If-Modified-Since with an uncharged 304 for another token, until a write in the repository', async () => {
    const path = '/repos/python/cpython/security-advisories?per_page=100';
    const first = await get(path, sim.tokens.app);
    const lastModified = first.headers.get('last-modified')!;
    expect(lastModified).toMatch(/GMT$/);
    const fresh = sim.freshToken('app');
    sim.resetStats();
    const again = await get(path, fresh, {
      'if-modified-since': lastModified,
      'if-none-match': first.headers.get('etag')!,
    });
    expect(again.status).toBe(304);
    expect(sim.stats().charged).toBe(0);

    const [advisory] = (await first.json()) as { ghsa_id: string }[];
    const patched = await sim.fetch(`/repos/python/cpython/security-advisories/${advisory!.ghsa_id}`, {
      method: 'PATCH',
      headers: { authorization: `token ${sim.tokens.app}`, 'content-type': 'application/json' },
      body: JSON.stringify({ collaborating_teams: ['psrt'] }),
    });
    expect(patched.status).toBe(200);
    const after = await get(path, fresh, { 'if-modified-since': lastModified });
    expect(after.status).toBe(200);
    expect(Date.parse(after.headers.get('last-modified')!)).toBeGreaterThan(Date.parse(lastModified));
    // Another repository's answers are still current.
    const pip = await get('/repos/pypa/pip/security-advisories', sim.tokens.app);
    expect(
      (
        await get('/repos/pypa/pip/security-advisories', fresh, {
          'if-modified-since': pip.headers.get('last-modified')!,
        })
      ).status,
    ).toBe(304);
  });

  it('sends none for member lists (GitHub does not date them), so those are read in full', async () => {
    const r = await get('/orgs/python/members', sim.tokens.app);
    expect(r.status).toBe(200);
    expect(r.headers.get('last-modified')).toBeNull();
  });
});
