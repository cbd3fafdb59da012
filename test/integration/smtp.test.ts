// The advisory email over a real SMTP server (smtp-server, in-process): the rendered message arrives
// byte for byte and parses back to the same subject, sender, recipient, Message-ID and body; STARTTLS and
// TLS with a self-signed certificate that must be trusted explicitly; each failure says what to do and
// never shows the password.
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../actions/lib/errors.js';
import { maskSmtpUrl, parseSmtpUrl, sendRawEmail } from '../../actions/lib/clients/smtp.js';
import type { SmtpSettings } from '../../actions/lib/clients/smtp.js';
import { planAdvisoryEmail } from '../../actions/lib/domain/announce.js';
import type { AdvisoryEmailInput, RepositoryAdvisory } from '../../actions/lib/domain/announce.js';
import type { AddressObject } from 'mailparser';
import { closedPort, startSmtpServer } from '../support/smtp.js';
import type { SmtpTestServer } from '../support/smtp.js';
import { psfCna } from '../support/cna.js';

const LOGIN = { user: 'psrt-announce', password: 'p@ss:w/rd%20 é' };
const LONG_URL =
  'https://github.com/python/cpython/blob/0123456789abcdef0123456789abcdef01234567/Lib/email/_header_value_parser.py#L1234-L1290';

function advisory(over: Partial<RepositoryAdvisory> = {}): RepositoryAdvisory {
  return {
    ghsa_id: 'GHSA-wxyz-2345-6789',
    cve_id: 'CVE-2026-40123',
    state: 'draft',
    summary: '[ACCEPTED] Header injection in email.generator with non-ASCII display names',
    description: [
      'The `email.generator` module did not quote display names such as “Zoë Çelik” correctly,',
      'allowing header injection.',
      '',
      `The faulty folding is in ${LONG_URL}.`,
      '',
      '- `email.generator.Generator`',
      '- `email.policy.SMTP`',
    ].join('\n'),
    severity: 'medium',
    cvss: null,
    cvss_severities: {
      cvss_v4: { vector_string: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:L/VA:N/SC:N/SI:N/SA:N', score: 6.9 },
      cvss_v3: null,
    },
    ...over,
  } as RepositoryAdvisory;
}

function input(over: Partial<AdvisoryEmailInput> = {}): AdvisoryEmailInput {
  return {
    advisory: advisory(),
    report: {
      repo: 'python/cpython',
      ghsa: 'GHSA-wxyz-2345-6789',
      record: { references: [{ url: 'https://github.com/python/cpython/pull/140001', tags: ['patch'] }] },
    },
    policy: {
      cna: psfCna({ orgId: '00000000-0000-4000-8000-000000000000', cpythonOnly: true }),
      announce: { to: 'security-announce@example.org' },
    },
    from: 'Łukasz Šťastný of the PSRT <psrt-announce@example.org>',
    date: new Date('2026-11-26T12:00:00Z'),
    messageIdSeed: 'smtp-test',
    ...over,
  };
}

let server: SmtpTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function settings(s: SmtpTestServer, url = s.url(LOGIN)): SmtpSettings {
  return {
    url,
    trustedCertificates: [s.certificate],
    timeouts: { connectMs: 5_000, greetingMs: 5_000, socketMs: 10_000 },
  };
}

async function failure(promise: Promise<unknown>): Promise<UserError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  const message = (err as UserError).message;
  // Never the password, in any form, nor the URL that holds it.
  for (const secret of [LOGIN.password, encodeURIComponent(LOGIN.password), 'p@ss'])
    expect(message).not.toContain(secret);
  expect(message).not.toMatch(/undefined|\[object/);
  return err as UserError;
}

function firstAddress(field: AddressObject | AddressObject[] | undefined): { name: string; address?: string } {
  const list = Array.isArray(field) ? field[0] : field;
  return list!.value[0]!;
}

describe('the advisory email over SMTP', () => {
  it('arrives exactly as rendered over STARTTLS with a login: headers, non-ASCII names, body, long URL', async () => {
    server = await startSmtpServer({ users: { [LOGIN.user]: LOGIN.password } });
    const plan = planAdvisoryEmail(input());
    expect(plan.refusals).toEqual([]);
    const email = plan.email;

    const receipt = await sendRawEmail(settings(server), email);
    expect(receipt.messageId).toBe(email.messageId);
    expect(receipt.response).toMatch(/^250\b/);
    expect(receipt.accepted).toEqual(['security-announce@example.org']);

    expect(server.messages).toHaveLength(1);
    const got = server.messages[0]!;
    expect(got.secure).toBe(true);
    expect(got.user).toBe(LOGIN.user);
    expect(got.envelope).toEqual({ from: 'psrt-announce@example.org', to: ['security-announce@example.org'] });
    expect(got.raw).toBe(email.raw);

    const parsed = got.parsed;
    expect(parsed.subject).toBe('[CVE-2026-40123] Header injection in email.generator with non-ASCII display names');
    expect(firstAddress(parsed.from)).toEqual({
      name: 'Łukasz Šťastný of the PSRT',
      address: 'psrt-announce@example.org',
    });
    expect(firstAddress(parsed.to).address).toBe('security-announce@example.org');
    expect(parsed.messageId).toBe(email.messageId);
    expect(parsed.date?.toISOString()).toBe('2026-11-26T12:00:00.000Z');
    expect(parsed.headers.get('content-type')).toMatchObject({ value: 'text/plain', params: { charset: 'utf-8' } });
    expect(parsed.headers.get('content-transfer-encoding')).toBe('quoted-printable');
    expect(parsed.text).toBe(email.body);

    const lines = parsed.text!.split('\n');
    expect(lines).toContain(`${LONG_URL}.`);
    expect(lines.filter((l) => l.length > 72)).toEqual([`${LONG_URL}.`]);
    expect(parsed.text!.replace(/\s+/g, ' ')).toContain('display names such as “Zoë Çelik” correctly');
    expect(parsed.text).toContain('There is a MEDIUM severity vulnerability affecting CPython.');
    expect(parsed.text).toContain(
      '* https://www.cve.org/CVERecord?id=CVE-2026-40123\n* https://github.com/python/cpython/pull/140001\n',
    );
  });

  it('sends an ASCII message as 7bit, unchanged, over TLS from the first byte (smtps)', async () => {
    server = await startSmtpServer({ mode: 'tls', users: { [LOGIN.user]: LOGIN.password } });
    const plan = planAdvisoryEmail(
      input({
        from: 'PSRT <psrt-announce@example.org>',
        advisory: advisory({ description: 'Plain ASCII text only.' }),
      }),
    );
    await sendRawEmail(settings(server), plan.email);
    const got = server.messages[0]!;
    expect(got.secure).toBe(true);
    expect(got.raw).toBe(plan.email.raw);
    expect(got.parsed.headers.get('content-transfer-encoding')).toBe('7bit');
    expect(got.parsed.text).toBe(plan.email.body);
    expect(firstAddress(got.parsed.from)).toEqual({ name: 'PSRT', address: 'psrt-announce@example.org' });
  });

  it('refuses a self-signed certificate nobody said to trust, and sends nothing', async () => {
    server = await startSmtpServer({ users: { [LOGIN.user]: LOGIN.password } });
    const err = await failure(sendRawEmail({ url: server.url(LOGIN) }, planAdvisoryEmail(input()).email));
    expect(err.message).toMatch(/TLS certificate of 127\.0\.0\.1:\d+ is not trusted/);
    expect(err.message).toContain('The message was not sent.');
    expect(server.messages).toEqual([]);
  });

  it('refuses to send without TLS when the server offers no STARTTLS', async () => {
    server = await startSmtpServer({ mode: 'plain', users: { [LOGIN.user]: LOGIN.password } });
    const err = await failure(sendRawEmail(settings(server), planAdvisoryEmail(input()).email));
    expect(err.message).toMatch(/No TLS with 127\.0\.0\.1:\d+/);
    expect(err.message).toContain('smtps://');
    expect(server.messages).toEqual([]);
  });

  it('says the login was refused, without the password or the URL', async () => {
    server = await startSmtpServer({ users: { [LOGIN.user]: 'another password' } });
    const err = await failure(sendRawEmail(settings(server), planAdvisoryEmail(input()).email));
    expect(err.message).toMatch(/refused the login of "psrt-announce" \(.*535.*\)/);
    expect(err.message).toContain('Check the user and password in SMTP_URL');
    expect(err.message).not.toContain(server.url(LOGIN));
    expect(server.messages).toEqual([]);
  });

  it('says nothing listens when the connection is refused', async () => {
    const port = await closedPort();
    const err = await failure(
      sendRawEmail(
        { url: `smtp://${LOGIN.user}:${encodeURIComponent(LOGIN.password)}@127.0.0.1:${port}` },
        planAdvisoryEmail(input()).email,
      ),
    );
    expect(err.message).toBe(
      `Nothing accepted a connection at 127.0.0.1:${port} (connection refused). The message was not sent. ` +
        'Check the host and port in SMTP_URL: smtp:// is STARTTLS, usually on 587; smtps:// is TLS, usually on 465.',
    );
  });

  it('reports a 5xx answer to DATA with the server’s words', async () => {
    server = await startSmtpServer({
      users: { [LOGIN.user]: LOGIN.password },
      refuseData: { code: 554, message: 'Message refused by list policy' },
    });
    const err = await failure(sendRawEmail(settings(server), planAdvisoryEmail(input()).email));
    expect(err.message).toMatch(
      /refused the message \(.*554.*Message refused by list policy.*\)\. The message was not sent\./,
    );
    expect(server.messages).toEqual([]);
  });

  it('treats a refused recipient as a failure that names the setting to check', async () => {
    server = await startSmtpServer({
      users: { [LOGIN.user]: LOGIN.password },
      refuseRecipients: ['security-announce@example.org'],
    });
    const err = await failure(sendRawEmail(settings(server), planAdvisoryEmail(input()).email));
    expect(err.message).toMatch(/refused the sender or a recipient .*550/);
    expect(err.message).toContain('announce.to');
    expect(server.messages).toEqual([]);
  });
});

describe('SMTP_URL', () => {
  it('reads STARTTLS and TLS URLs with their default ports and percent-encoded passwords', () => {
    expect(parseSmtpUrl('smtp://u:p%40ss@mail.example.org')).toEqual({
      secure: false,
      host: 'mail.example.org',
      port: 587,
      user: 'u',
      password: 'p@ss',
    });
    expect(parseSmtpUrl('smtps://mail.example.org')).toEqual({ secure: true, host: 'mail.example.org', port: 465 });
    expect(parseSmtpUrl('smtp://u:p@[::1]:2525').host).toBe('::1');
  });

  it('masks the password and refuses other schemes without showing it', () => {
    expect(maskSmtpUrl('smtp://user:s3cret@host:587')).toBe('smtp://user:***@host:587');
    expect(maskSmtpUrl('smtps://host')).toBe('smtps://host');
    // A raw @ in the password: URL parsers end the credentials at the last @, and so does the mask.
    expect(maskSmtpUrl('smtps://u:p@ss@host:465')).toBe('smtps://u:***@host:465');
    expect(maskSmtpUrl('smtps://u:p@ss@host/x')).toBe('smtps://u:***@host/x');
    expect(() => parseSmtpUrl('smtps://u:p@ss@host/x')).toThrow(/^SMTP_URL \(smtps:\/\/u:\*\*\*@host\/x\) has a path/);
    // A bad percent escape is a clear error that never shows the password.
    expect(() => parseSmtpUrl('smtp://u:%zzsecret@host')).toThrow(UserError);
    expect(() => parseSmtpUrl('smtp://u:%zzsecret@host')).not.toThrow(/zzsecret/);
    for (const bad of ['http://user:s3cret@host', 'smtp://user:s3cret@host/path', 'not a url s3cret@']) {
      let message = '';
      try {
        parseSmtpUrl(bad);
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).not.toBe('');
      expect(message).not.toContain('s3cret');
    }
  });
});

describe('a server that never answers', () => {
  it('times out with what happened and that nothing was sent', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', () => resolve()));
    const port = (silent.address() as AddressInfo).port;
    try {
      const err = await failure(
        sendRawEmail(
          { url: `smtp://127.0.0.1:${port}`, timeouts: { connectMs: 2_000, greetingMs: 200, socketMs: 2_000 } },
          planAdvisoryEmail(input()).email,
        ),
      );
      expect(err.message).toMatch(/^The SMTP server 127\.0\.0\.1:\d+ did not answer in time/);
      expect(err.message).toContain('The message was not sent.');
    } finally {
      silent.close();
    }
  });
});
