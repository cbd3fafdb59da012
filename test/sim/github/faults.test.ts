// The simulator's faults beyond an error status: bodies sent as given, truncated answers, writes
// committed whose answer is lost, stalled connections (no answer, or headers without a body), over
// HTTP and in-process.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubSim } from './index.js';
import { client } from './test-helpers.js';
import { psrtWorld } from '../world/psrt/index.js';

let sim: GitHubSim;
beforeEach(async () => {
  sim = await GitHubSim.start({ world: psrtWorld('fixture'), inProcessOnly: true, frozenClock: true });
});
afterEach(() => sim.close());

const auth = () => ({ authorization: `token ${sim.tokens.app}` });

describe('bodies', () => {
  it('sends a raw body as given, with its content type and status', async () => {
    sim.injectFault({ route: '/orgs/{org}', rawBody: '<html><body>Unicorn!</body></html>', status: 502 });
    sim.injectFault({ route: '/orgs/{org}', rawBody: '[{"login": "hol', contentType: 'application/json' });
    const html = await sim.fetch('/orgs/python', { headers: auth() });
    expect(html.status).toBe(502);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await html.text()).toBe('<html><body>Unicorn!</body></html>');
    const broken = await sim.fetch('/orgs/python', { headers: auth() });
    expect(broken.status).toBe(200);
    expect(broken.headers.get('content-type')).toBe('application/json');
    expect(await broken.text()).toBe('[{"login": "hol');
    expect((await sim.fetch('/orgs/python', { headers: auth() })).status).toBe(200);
  });

  it("truncates the real answer's body, keeping its status and headers", async () => {
    const whole = await (await sim.fetch('/orgs/python/teams/psrt/members', { headers: auth() })).text();
    sim.injectFault({ route: '/orgs/{org}/teams/{team_slug}/members', truncateBodyAt: 20 });
    const cut = await sim.fetch('/orgs/python/teams/psrt/members', { headers: auth() });
    expect(cut.status).toBe(200);
    expect(cut.headers.get('etag')).toBeTruthy();
    expect(await cut.text()).toBe(whole.slice(0, 20));
  });
});

describe('writes committed whose answer is lost', () => {
  it('makes the change, then answers 502 (or resets) instead of 201', async () => {
    const app = client(sim, sim.tokens.app);
    const comments = async () => (await app.get<unknown[]>('/repos/python/psrt-ops/issues/5/comments')).body.length;
    const before = await comments();
    sim.injectFault({
      method: 'POST',
      route: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      status: 502,
      afterCommit: true,
    });
    const lost = await app.post<{ message: string }>('/repos/python/psrt-ops/issues/5/comments', { body: 'hi' });
    expect(lost.status).toBe(502);
    expect(lost.body.message).toBe('Bad Gateway');
    expect(await comments()).toBe(before + 1);

    sim.injectFault({
      method: 'POST',
      route: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      reset: true,
      afterCommit: true,
    });
    await expect(app.post('/repos/python/psrt-ops/issues/5/comments', { body: 'again' })).rejects.toThrow(
      'fetch failed',
    );
    expect(await comments()).toBe(before + 2);
  });
});

describe('stalled connections', () => {
  it('never answers until the caller gives up (in-process)', async () => {
    sim.injectFault({ route: '/orgs/{org}', hang: 'no-answer' });
    const signal = AbortSignal.timeout(50);
    await expect(sim.fetch('/orgs/python', { headers: auth(), signal })).rejects.toMatchObject({
      name: 'TimeoutError',
    });
    expect((await sim.fetch('/orgs/python', { headers: auth() })).status).toBe(200);
  });

  it('sends the headers and never the body (in-process)', async () => {
    sim.injectFault({ route: '/orgs/{org}', hang: 'no-body' });
    const response = await sim.fetch('/orgs/python', { headers: auth(), signal: AbortSignal.timeout(50) });
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('stalls over HTTP too, before or after the headers, and after a committed write', async () => {
    const live = await GitHubSim.start({ world: psrtWorld('fixture'), frozenClock: true });
    try {
      live.injectFault({ route: '/orgs/{org}', hang: 'no-answer' });
      await expect(
        fetch(`${live.url}/orgs/python`, {
          headers: { authorization: `token ${live.tokens.app}` },
          signal: AbortSignal.timeout(100),
        }),
      ).rejects.toMatchObject({ name: 'TimeoutError' });
      live.injectFault({ route: '/orgs/{org}', hang: 'no-body', status: 200 });
      const headersOnly = await fetch(`${live.url}/orgs/python`, {
        headers: { authorization: `token ${live.tokens.app}` },
        signal: AbortSignal.timeout(100),
      });
      expect(headersOnly.status).toBe(200);
      await expect(headersOnly.text()).rejects.toMatchObject({ name: 'TimeoutError' });

      live.injectFault({
        method: 'POST',
        route: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
        hang: 'no-answer',
        afterCommit: true,
      });
      await expect(
        fetch(`${live.url}/repos/python/psrt-ops/issues/5/comments`, {
          method: 'POST',
          headers: { authorization: `token ${live.tokens.app}`, 'content-type': 'application/json' },
          body: JSON.stringify({ body: 'committed' }),
          signal: AbortSignal.timeout(100),
        }),
      ).rejects.toMatchObject({ name: 'TimeoutError' });
      const comments = (await (
        await fetch(`${live.url}/repos/python/psrt-ops/issues/5/comments`, {
          headers: { authorization: `token ${live.tokens.app}` },
        })
      ).json()) as { body: string }[];
      expect(comments.map((c) => c.body)).toContain('committed');
    } finally {
      await live.close();
    }
  });
});
