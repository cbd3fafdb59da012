// `psrt announce` against the GitHub simulator and a real SMTP server in-process: one message whose
// subject, headers and body follow the devguide's template (parsed back with mailparser), a non-ASCII
// sender name and a long URL intact; the report file gets the Message-ID, the time and the HyperKitty
// archive URL in one PR whose body shows the email; a re-run sends nothing. Refusals (no CVE id) and SMTP
// failures leave the report file unchanged; a PR that fails after the send says the email WAS sent, and
// recording it (or a re-run once the branch holds it) never sends a second message.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressObject } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { messageIdHash } from '../../actions/lib/domain/announce.js';
import type { World } from '../sim/world/index.js';
import { api, fileAt, fixtureWorld, psrt, startSim, workdir } from '../support/psrt.js';
import { closedPort, startSmtpServer } from '../support/smtp.js';
import type { SmtpTestServer } from '../support/smtp.js';

const OPS = 'python/psrt-ops';
const GHSA = 'GHSA-r2v8-hc5x-m4qf';
const CVE = 'CVE-2026-40123';
const REPORT = `reports/${GHSA}.yaml`;
const BRANCH = `psrt/report/${GHSA}/announce`;
const PATCH = 'https://github.com/python/cpython/pull/141234';
const LONG_URL =
  'https://github.com/python/cpython/blob/0123456789abcdef0123456789abcdef01234567/Modules/arraymodule.c#L1234-L1290';
const SENDER = 'Zoë Çelik for the PSRT <psrt-announce@python.org>';
const ARCHIVE = 'https://mail.python.org/archives/list/security-announce@python.org/';
const LOGIN = { user: 'psrt-announce', password: 's3cret:p@ss/word' };

const REPORT_TEXT = `# The PSRT's record of ${GHSA}.
repo: python/cpython
ghsa: ${GHSA}
record:
  references:
    - url: ${PATCH}
      tags: [patch]
`;

interface Pull {
  number: number;
  title: string;
  body: string;
  head: { sha: string; ref: string };
  labels: { name: string }[];
}
type Sim = Awaited<ReturnType<typeof startSim>>;

/** The fixture world with the report file in the ops repo, and the advisory given a CVE id (or not). */
function announceWorld(opts: { cve?: string | null; reportText?: string } = {}): World {
  const world = fixtureWorld();
  const cpython = world.repos!.find((r) => r.full_name === 'python/cpython')!;
  const advisory = cpython.advisories!.find((a) => a.ghsa_id === GHSA)!;
  if (opts.cve !== null) advisory.cve_id = opts.cve ?? CVE;
  advisory.description = `Integer overflow when assigning large slices to an \`array.array\`.\n\nThe faulty check is at ${LONG_URL}.`;
  const ops = world.repos!.find((r) => r.full_name === OPS)!;
  ops.files = { ...ops.files, [REPORT]: opts.reportText ?? REPORT_TEXT };
  return world;
}

function announceWorkdir(): string {
  return workdir({
    policy: (text) => text.replace(/^announce:\n/m, `announce:\n  from: ${SENDER}\n`),
  });
}

let server: SmtpTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function smtp(options: Parameters<typeof startSmtpServer>[0] = { users: { [LOGIN.user]: LOGIN.password } }) {
  server = await startSmtpServer(options);
  const dir = mkdtempSync(join(tmpdir(), 'psrt-smtp-ca-'));
  writeFileSync(join(dir, 'ca.pem'), server.certificate);
  return { server, env: { SMTP_URL: server.url(LOGIN), SMTP_CA_FILE: join(dir, 'ca.pem') } };
}

const announcePulls = (sim: Sim, state = 'all') =>
  api<Pull[]>(sim, `/repos/${OPS}/pulls?state=${state}&head=python:${encodeURIComponent(BRANCH)}`);

async function branchExists(sim: Sim): Promise<boolean> {
  const r = await sim.fetch(`${sim.url}/repos/${OPS}/git/ref/heads/${BRANCH}`, {
    headers: { authorization: `token ${sim.tokens.app}` },
  });
  return r.status === 200;
}

function address(a: AddressObject | AddressObject[] | undefined): { name: string; address?: string }[] {
  return (Array.isArray(a) ? a : a ? [a] : []).flatMap((o) => o.value);
}

describe('psrt announce --send', () => {
  it('sends one message following the template and records Message-ID, time and archive URL in one PR', async () => {
    const sim = await startSim(announceWorld());
    const { server, env } = await smtp();
    const cwd = announceWorkdir();

    const run = await psrt(sim, ['announce', GHSA, '--send'], { cwd, env });
    expect(run.err).not.toContain(LOGIN.password);
    expect(run.code, run.out + run.err).toBe(0);
    // Embargo: the log names the advisory by id; the email's text is only in the output and the PR.
    expect(run.err).toContain(`send the advisory email of ${GHSA}`);
    expect(run.err).not.toContain('Integer overflow');
    expect(run.out).toContain(`announce ${GHSA}: email sent and recorded`);

    expect(server.messages).toHaveLength(1);
    const [message] = server.messages;
    const mail = message!.parsed;
    expect(message!.secure).toBe(true);
    expect(message!.user).toBe(LOGIN.user);
    expect(message!.envelope).toEqual({ from: 'psrt-announce@python.org', to: ['security-announce@python.org'] });
    expect(mail.subject).toBe(`[${CVE}] Integer overflow in array.array slice assignment`);
    expect(address(mail.from)).toEqual([{ name: 'Zoë Çelik for the PSRT', address: 'psrt-announce@python.org' }]);
    expect(address(mail.to)).toEqual([{ name: '', address: 'security-announce@python.org' }]);
    expect(mail.date?.toISOString()).toBe('2026-11-26T12:00:00.000Z');
    expect(mail.messageId).toMatch(/^<psrt\.ghsa-r2v8-hc5x-m4qf\.[0-9a-f]{20}@python\.org>$/);
    expect(mail.headers.get('content-type')).toMatchObject({ value: 'text/plain', params: { charset: 'utf-8' } });
    const body = mail.text!.replace(/\n+$/, '').split('\n');
    // CVSS:3.1/AV:L/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:H scores 7.1: HIGH.
    expect(body).toEqual([
      'There is a HIGH severity vulnerability affecting CPython.',
      '',
      'Integer overflow when assigning large slices to an array.array.',
      '',
      'The faulty check is at',
      `${LONG_URL}.`,
      '',
      'Please see the linked CVE ID for the latest information on affected',
      'versions:',
      '',
      `* https://www.cve.org/CVERecord?id=${CVE}`,
      `* ${PATCH}`,
    ]);
    for (const line of body) if (!line.includes('https://')) expect(line.length).toBeLessThanOrEqual(72);

    // The report file, in one PR: the Message-ID as sent, the time, and HyperKitty's thread URL.
    const pulls = await announcePulls(sim);
    expect(pulls).toHaveLength(1);
    const pr = pulls[0]!;
    expect(pr.title).toBe(`${GHSA}: record the advisory email`);
    expect(pr.labels.map((l) => l.name)).toEqual(['psrt-ops']);
    const recorded = parse(await fileAt(sim, OPS, REPORT, pr.head.sha)) as {
      record: { announcement: { url: string; message_id: string; sent_at: string } };
    };
    expect(recorded.record.announcement).toEqual({
      url: `${ARCHIVE}thread/${messageIdHash(mail.messageId!)}/`,
      message_id: mail.messageId,
      sent_at: '2026-11-26T12:00:00Z',
    });
    // The second operator reads the email as sent in the PR.
    expect(pr.body).toContain(`Subject: [${CVE}] Integer overflow in array.array slice assignment`);
    expect(pr.body).toContain(`Message-ID: ${mail.messageId}`);
    expect(pr.body).toContain(LONG_URL);
    // The default branch is unchanged until the PR is merged.
    expect(await fileAt(sim, OPS, REPORT, 'main')).toBe(REPORT_TEXT);

    // A second run sends nothing and changes nothing.
    const again = await psrt(sim, ['announce', GHSA, '--send'], { cwd, env });
    expect(again.code, again.out + again.err).toBe(0);
    expect(again.out).toContain('announced already; nothing sent');
    expect(again.out).toContain(`pull request #${pr.number}`);
    expect(server.messages).toHaveLength(1);
    expect(await announcePulls(sim)).toHaveLength(1);
  });

  it('refuses an advisory without a CVE id: nothing sent, nothing written, each missing item named', async () => {
    const sim = await startSim(announceWorld({ cve: null }));
    const { server, env } = await smtp();
    const run = await psrt(sim, ['announce', GHSA, '--send'], { cwd: announceWorkdir(), env });
    expect(run.code).toBe(1);
    expect(run.out).toContain(`announce ${GHSA}: refused; nothing sent`);
    expect(run.out).toContain(`cve-id: ${GHSA} has no CVE ID.`);
    expect(run.err).toContain('guard ready-to-send tripped');
    expect(server.messages).toHaveLength(0);
    expect(await announcePulls(sim)).toHaveLength(0);
    expect(await branchExists(sim)).toBe(false);
  });

  it('leaves the report file unchanged when the SMTP server refuses the login, and says what to do', async () => {
    const sim = await startSim(announceWorld());
    const { server, env } = await smtp();
    const wrong = { ...env, SMTP_URL: server.url({ user: LOGIN.user, password: 'wrong-password' }) };
    const run = await psrt(sim, ['announce', GHSA, '--send'], { cwd: announceWorkdir(), env: wrong });
    expect(run.code).toBe(1);
    expect(run.out).toContain('email NOT sent; the report file is unchanged');
    expect(run.out).toContain('refused the login of "psrt-announce"');
    expect(run.out).toContain('Check the user and password in SMTP_URL');
    expect(run.out + run.err).not.toContain('wrong-password');
    expect(server.messages).toHaveLength(0);
    expect(await announcePulls(sim)).toHaveLength(0);
    expect(await branchExists(sim)).toBe(false);
    expect(await fileAt(sim, OPS, REPORT, 'main')).toBe(REPORT_TEXT);
  });

  it('leaves the report file unchanged when nothing accepts the connection', async () => {
    const sim = await startSim(announceWorld());
    const port = await closedPort();
    const env = { SMTP_URL: `smtp://${LOGIN.user}:${encodeURIComponent(LOGIN.password)}@127.0.0.1:${port}` };
    const run = await psrt(sim, ['announce', GHSA, '--send'], { cwd: announceWorkdir(), env });
    expect(run.code).toBe(1);
    expect(run.out).toContain('connection refused');
    expect(run.out).toContain('Check the host and port in SMTP_URL');
    expect(run.out + run.err).not.toContain(LOGIN.password);
    expect(await announcePulls(sim)).toHaveLength(0);
    expect(await branchExists(sim)).toBe(false);
  });

  it('says the email WAS sent when the PR fails, and recording it by hand sends nothing', async () => {
    const sim = await startSim(announceWorld());
    const { server, env } = await smtp();
    const cwd = announceWorkdir();
    // The branch cannot be created: nothing on GitHub records the send.
    sim.injectFault({ method: 'POST', route: '/repos/{owner}/{repo}/git/refs', status: 422, count: 1 });
    const run = await psrt(sim, ['announce', GHSA, '--send'], { cwd, env });
    expect(run.code).toBe(1);
    expect(server.messages).toHaveLength(1);
    const messageId = server.messages[0]!.parsed.messageId!;
    expect(run.out).toContain('email SENT, but recording it FAILED');
    expect(run.out).toContain(`The email WAS sent (Message-ID ${messageId}, at 2026-11-26T12:00:00Z)`);
    expect(run.out).toContain('Do NOT send it again.');
    const command = run.out.split('\n').find((l) => l.trim().startsWith(`npx psrt announce ${GHSA} --message-id`));
    expect(command).toBeDefined();
    expect(await announcePulls(sim)).toHaveLength(0);

    // The printed command, as a shell would pass it, records it without sending.
    const args = [...command!.trim().matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]!).slice(2);
    const recorded = await psrt(sim, args, { cwd, env });
    expect(recorded.code, recorded.out + recorded.err).toBe(0);
    expect(recorded.out).toContain('announcement recorded');
    expect(server.messages).toHaveLength(1);
    const pulls = await announcePulls(sim);
    expect(pulls).toHaveLength(1);
    const file = parse(await fileAt(sim, OPS, REPORT, pulls[0]!.head.sha)) as {
      record: { announcement: unknown };
    };
    expect(file.record.announcement).toEqual({
      url: `${ARCHIVE}thread/${messageIdHash(messageId)}/`,
      message_id: messageId,
      sent_at: '2026-11-26T12:00:00Z',
    });
  });

  it('re-run after a PR that failed once the branch was committed: opens the PR and sends nothing', async () => {
    const sim = await startSim(announceWorld());
    const { server, env } = await smtp();
    const cwd = announceWorkdir();
    sim.injectFault({ method: 'POST', route: '/repos/{owner}/{repo}/pulls', status: 422, count: 1 });
    const run = await psrt(sim, ['announce', GHSA, '--send'], { cwd, env });
    expect(run.code).toBe(1);
    expect(server.messages).toHaveLength(1);
    expect(await branchExists(sim)).toBe(true);
    expect(await announcePulls(sim)).toHaveLength(0);

    const again = await psrt(sim, ['announce', GHSA, '--send'], { cwd, env });
    expect(again.code, again.out + again.err).toBe(0);
    expect(again.out).toContain('announced already; pull request opened');
    expect(server.messages).toHaveLength(1);
    const pulls = await announcePulls(sim);
    expect(pulls).toHaveLength(1);
    const file = await fileAt(sim, OPS, REPORT, pulls[0]!.head.sha);
    expect(file).toContain(`message_id: ${server.messages[0]!.parsed.messageId}\n`);
  });
});

describe('psrt announce (dry run and --archived)', () => {
  it('prints the email and what --send would do, and sends and writes nothing', async () => {
    const sim = await startSim(announceWorld());
    const run = await psrt(sim, ['announce', GHSA], { cwd: announceWorkdir() });
    expect(run.code, run.out + run.err).toBe(0);
    expect(run.out).toContain(`announce ${GHSA}: ready to send (dry run: nothing sent)`);
    expect(run.out).toContain('From: Zoë Çelik for the PSRT <psrt-announce@python.org>');
    expect(run.out).toContain(`Subject: [${CVE}] Integer overflow in array.array slice assignment`);
    expect(run.out).toContain('There is a HIGH severity vulnerability affecting CPython.');
    expect(run.out).toContain(`+ send the advisory email of ${GHSA} to security-announce@python.org`);
    expect(run.out).toContain('Dry run: nothing sent.');
    // Embargo: the log (stderr) never holds the advisory's text.
    expect(run.err).not.toContain('Integer overflow');
    expect(await announcePulls(sim)).toHaveLength(0);
  });

  it('shows each missing item of an unready advisory without failing the dry run', async () => {
    const sim = await startSim(announceWorld({ cve: null }));
    const run = await psrt(sim, ['announce', GHSA], { cwd: announceWorkdir() });
    expect(run.code).toBe(0);
    expect(run.out).toContain('not ready to send (1 item(s) missing)');
    expect(run.out).toContain('Subject: [CVE-YYYY-NNNN] Integer overflow');
    expect(run.out).toContain('--send will refuse');
  });

  it('records a hand-entered archive URL on top of a merged announcement, then plans nothing', async () => {
    const merged = `${REPORT_TEXT}  announcement:\n    message_id: "<abc.123@python.org>"\n    sent_at: 2026-11-20T10:00:00Z\n`;
    const sim = await startSim(announceWorld({ reportText: merged }));
    const cwd = workdir({ policy: (text) => text.replace(/^ {2}archive: .*\n/m, '') });
    const url = 'https://lists.example.org/pipermail/security-announce/2026-November/000123.html';
    const run = await psrt(sim, ['announce', GHSA, '--archived', url], { cwd });
    expect(run.code, run.out + run.err).toBe(0);
    const pulls = await announcePulls(sim);
    expect(pulls).toHaveLength(1);
    const file = parse(await fileAt(sim, OPS, REPORT, pulls[0]!.head.sha)) as { record: { announcement: unknown } };
    expect(file.record.announcement).toEqual({
      url,
      message_id: '<abc.123@python.org>',
      sent_at: '2026-11-20T10:00:00Z',
    });
    const again = await psrt(sim, ['announce', GHSA, '--archived', url], { cwd });
    expect(again.code).toBe(0);
    expect(again.out).toContain('nothing to change');
    expect(await announcePulls(sim)).toHaveLength(1);
    // A different Message-ID than the one recorded is refused.
    const other = await psrt(sim, ['announce', GHSA, '--message-id', '<other@python.org>'], { cwd });
    expect(other.code).toBe(1);
    expect(other.out).toContain('a report has one announcement');
  });

  it('refuses --send without SMTP_URL, and --send with --archived, before reading anything', async () => {
    const sim = await startSim(announceWorld());
    const noSmtp = await psrt(sim, ['announce', GHSA, '--send'], { cwd: announceWorkdir() });
    expect(noSmtp.code).toBe(2);
    expect(noSmtp.err).toContain('SMTP_URL is not set');
    const both = await psrt(sim, ['announce', GHSA, '--send', '--archived', `${ARCHIVE}thread/X/`], {
      cwd: announceWorkdir(),
      env: { SMTP_URL: 'smtp://u:p@127.0.0.1:1' },
    });
    expect(both.code).toBe(2);
    expect(both.err).toContain('give one or the other');
    expect(sim.stats().requests).toBe(0);
  });
});
