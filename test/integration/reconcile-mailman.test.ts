// Reconcile and the mailing list against a real Mailman 3: a missing list fails the run like a missing
// team, a short page is an incomplete read (a fetch in front of the real Mailman alters one answer),
// and addresses the roster does not know are listed in a terminal and masked in markdown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubApi } from '../../actions/lib/clients/github/octokit-api.js';
import { MailmanClient } from '../../actions/lib/clients/mailman.js';
import { mailmanFor } from '../../actions/lib/entry/services.js';
import { runReconcile } from '../../actions/lib/jobs/reconcile.js';
import { silentLogger } from '../../actions/lib/logger.js';
import type { GitHubSim } from '../sim/github/index.js';
import type { MailmanSettings } from '../support/psrt.js';
import { FIXTURE_NOW, psrt, realMailman, startSim, uniqueListAddress, workdir } from '../support/psrt.js';
import { join } from 'node:path';

let mailman: MailmanSettings | undefined;
beforeAll(async () => {
  mailman = await realMailman();
});
afterAll(async () => {
  await mailman?.stop();
});

function mailmanEnv(m: MailmanSettings): Record<string, string> {
  return { MAILMAN_REST_URL: m.url, MAILMAN_REST_USER: m.user, MAILMAN_REST_PASSWORD: m.password };
}

function listPolicy(list: string): (policy: string) => string {
  return (p) => p.replace('address: psrt@python.org', `address: ${list}`);
}

async function listWith(m: MailmanSettings, prefix: string, addresses: string[]): Promise<string> {
  const client = new MailmanClient({ url: m.url, user: m.user, password: m.password });
  const list = uniqueListAddress(prefix);
  await client.createList(list);
  for (const a of addresses) await client.subscribe(list, a);
  return list;
}

describe('reconcile and a real Mailman 3', () => {
  it('10: a mailing list that does not exist fails the run like a missing team, nothing written', async (ctx) => {
    if (!mailman) return ctx.skip();
    const sim = await startSim();
    const list = uniqueListAddress('psrt-missing');
    const r = await psrt(sim, ['reconcile', '--apply'], {
      cwd: workdir({ policy: listPolicy(list) }),
      env: mailmanEnv(mailman),
    });
    expect(r.code).toBe(1);
    expect(r.err).toContain(`could not read mailing list ${list}: it does not exist on the Mailman server`);
    expect(r.err).toContain('Nothing was changed.');
    expect(sim.stats().writes).toBe(0);
  });

  it('8: a short page (empty, or fewer entries than announced) is an incomplete read: abort before any write', async (ctx) => {
    if (!mailman) return ctx.skip();
    const m = mailman;
    const list = await listWith(m, 'psrt-short', [
      'hollis@example.org',
      'stranger-1@example.com',
      'stranger-2@example.com',
    ]);
    for (const alter of [
      (b: { entries?: unknown[] }) => ({ ...b, entries: [] }),
      (b: { entries?: unknown[] }) => ({ ...b, entries: (b.entries ?? []).slice(1) }),
    ]) {
      const sim: GitHubSim = await startSim();
      let altered = 0;
      // The real Mailman answers; this fetch in front of it alters one roster page.
      const inFront = (async (input: string | URL | Request, init?: RequestInit) => {
        const response = await fetch(input, init);
        if (!String(input).includes('/roster/member')) return response;
        altered++;
        const body = alter((await response.json()) as { entries?: unknown[] });
        return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
      }) as typeof fetch;
      const gh = createGitHubApi({
        token: sim.tokens.app,
        apiUrl: sim.url,
        graphqlUrl: sim.graphqlUrl,
        log: silentLogger,
        fetch: sim.fetch as typeof fetch,
        minWriteIntervalMs: 0,
        retryBaseMs: 10,
      });
      const dir = workdir({ policy: listPolicy(list) });
      const run = runReconcile(
        {
          config: { members: join(dir, 'members.yaml'), policy: join(dir, 'policy.yaml') },
          apply: true,
          // Unknown addresses would be unsubscribed: the read must not let a partial list through.
        },
        { gh, mailmanFor: mailmanFor({ url: m.url, user: m.user, password: m.password }, inFront) },
        { log: silentLogger, now: () => new Date(FIXTURE_NOW) },
      );
      await expect(run).rejects.toThrow(
        new RegExp(
          `could not read the members of ${list.replace(/[.]/g, '\\.')}: Mailman's member list of .* came back incomplete .*Nothing was changed\\.`,
        ),
      );
      expect(altered).toBeGreaterThan(0);
      expect(sim.stats().writes).toBe(0);
    }
    const client = new MailmanClient({ url: m.url, user: m.user, password: m.password });
    expect((await client.listMembers(list, 'member')).length).toBe(3);
  });

  it('8: the client itself refuses a roster page that disagrees with the total', async (ctx) => {
    if (!mailman) return ctx.skip();
    const m = mailman;
    const list = await listWith(m, 'psrt-page', ['a@example.org', 'b@example.org']);
    const emptied = (async (input: string | URL | Request, init?: RequestInit) => {
      const response = await fetch(input, init);
      if (!String(input).includes('/roster/member')) return response;
      const body = (await response.json()) as Record<string, unknown>;
      return new Response(JSON.stringify({ ...body, entries: [] }), { status: 200, headers: response.headers });
    }) as typeof fetch;
    const client = new MailmanClient({ url: m.url, user: m.user, password: m.password, fetch: emptied });
    await expect(client.listMembers(list, 'member')).rejects.toThrow(
      /came back incomplete \(page 1 held 0 entries; 2 more were announced\)/,
    );
  });

  it('11: subscribers the roster does not know are listed in a terminal and masked in markdown', async (ctx) => {
    if (!mailman) return ctx.skip();
    const sim = await startSim();
    const list = await listWith(mailman, 'psrt-drift', ['stranger@example.com']);
    const dir = workdir({ policy: listPolicy(list) });
    const text = await psrt(sim, ['reconcile'], { cwd: dir, env: mailmanEnv(mailman) });
    expect(text.code).toBe(0);
    expect(text.out).toContain(
      `drift: ${list} has 1 subscriber(s) the roster does not know (kept: policy remove_unknown is off):`,
    );
    expect(text.out).toContain('      stranger@example.com');
    const md = await psrt(sim, ['reconcile', '--markdown'], { cwd: dir, env: mailmanEnv(mailman) });
    expect(md.out).toContain('  - s…@example.com');
    expect(md.out).not.toContain('stranger@');
  });
});
