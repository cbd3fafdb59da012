// The Mailman client's handling of answers a healthy Mailman does not give (the real API is covered
// by test/integration/mailman.test.ts): unreachable, slow, not Mailman, left pending.
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { MailmanClient, MailmanError } from '../../actions/lib/clients/mailman.js';

const opts = { url: 'http://mailman.invalid/3.1', user: 'u', password: 'p' };

function answering(status: number, body: string, contentType = 'application/json'): typeof fetch {
  return async () => new Response(body, { status, headers: { 'content-type': contentType } });
}

describe('MailmanClient errors', () => {
  it('names the URL and the reason when Mailman cannot be reached', async () => {
    // A port that was free a moment ago: nothing listens there.
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const client = new MailmanClient({ ...opts, url: `http://127.0.0.1:${port}/3.1` });
    const err = await client.getList('psrt@python.org').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MailmanError);
    expect(err).toMatchObject({
      status: undefined,
      message: `Cannot reach Mailman's REST API at http://127.0.0.1:${port}/3.1 (connect ECONNREFUSED 127.0.0.1:${port}): check the REST URL and that Mailman's REST runner is running and reachable from here.`,
    });
  });

  it('gives up after the timeout and says so', async () => {
    const hanging: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const client = new MailmanClient({ ...opts, fetch: hanging, timeoutMs: 50 });
    await expect(client.getList('psrt@python.org')).rejects.toThrow(
      "Mailman's REST API at http://mailman.invalid/3.1 did not answer GET /lists/psrt%40python.org within 0.05 s",
    );
  });

  it('sends basic auth and JSON, and says when the answer is not Mailman’s', async () => {
    const seen: Request[] = [];
    const html: typeof fetch = async (input, init) => {
      seen.push(new Request(input, init));
      return new Response('<html>proxy login</html>', { status: 200, headers: { 'content-type': 'text/html' } });
    };
    const err = await new MailmanClient({ ...opts, fetch: html }).getList('PSRT@python.org').catch((e: unknown) => e);
    expect(err).toMatchObject({ message: expect.stringMatching(/not the JSON the Mailman 3 REST API \(3\.1\) sends/) });
    expect(seen[0]!.url).toBe('http://mailman.invalid/3.1/lists/psrt%40python.org');
    expect(seen[0]!.headers.get('authorization')).toBe(`Basic ${Buffer.from('u:p').toString('base64')}`);
  });

  it('treats a subscription left pending (202) as an error', async () => {
    let calls = 0;
    const fake: typeof fetch = async (input) => {
      calls++;
      const url = String(input instanceof Request ? input.url : input);
      if (url.endsWith('/lists/psrt%40python.org')) {
        return new Response(
          JSON.stringify({ list_id: 'psrt.python.org', fqdn_listname: 'psrt@python.org', member_count: 0 }),
          { status: 200 },
        );
      }
      return new Response(JSON.stringify({ token: 't', token_owner: 'moderator' }), { status: 202 });
    };
    const client = new MailmanClient({ ...opts, fetch: fake });
    await expect(client.subscribe('psrt@python.org', 'a@example.com')).rejects.toThrow(
      /pending \(HTTP 202, waiting for the moderator\)/,
    );
    // The list id is looked up once and kept.
    await expect(client.subscribe('psrt@python.org', 'b@example.com')).rejects.toThrow(MailmanError);
    expect(calls).toBe(3);
  });

  it('quotes what Mailman said on other refusals', async () => {
    const client = new MailmanClient({ ...opts, fetch: answering(500, '{"title": "500 Internal Server Error"}') });
    await expect(client.getList('psrt@python.org')).rejects.toThrow(
      'Mailman refused GET /lists/psrt%40python.org (HTTP 500: 500 Internal Server Error)',
    );
  });

  it("keeps members' addresses out of its messages (they reach job summaries): pending, refused, in Mailman's words", async () => {
    const list = { list_id: 'psrt.python.org', fqdn_listname: 'psrt@python.org', member_count: 1 };
    const fake =
      (answer: () => Response): typeof fetch =>
      async (input) => {
        const url = String(input instanceof Request ? input.url : input);
        return url.endsWith('/lists/psrt%40python.org')
          ? new Response(JSON.stringify(list), { status: 200 })
          : answer();
      };
    const pending = new MailmanClient({
      ...opts,
      fetch: fake(() => new Response(JSON.stringify({ token: 't', token_owner: 'moderator' }), { status: 202 })),
    });
    const refused = new MailmanClient({
      ...opts,
      fetch: fake(
        () =>
          new Response(JSON.stringify({ title: '500', description: 'no such member quinn.private@example.org' }), {
            status: 500,
          }),
      ),
    });
    const messages = await Promise.all([
      pending.subscribe('psrt@python.org', 'quinn.private@example.org').catch((e: Error) => e.message),
      pending.unsubscribe('psrt@python.org', 'quinn.private@example.org').catch((e: Error) => e.message),
      refused.removeOwner('psrt@python.org', 'quinn.private@example.org').catch((e: Error) => e.message),
    ]);
    for (const m of messages) {
      expect(m).toMatch(/psrt[@.]python\.org/);
      expect(m).not.toContain('quinn.private');
      expect(m).not.toContain('quinn.private%40example.org');
    }
    expect(messages[2]).toContain('/owner/{address}');
    expect(messages[2]).toContain('q…@example.org');
  });
});
