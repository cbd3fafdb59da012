// The announce plan, pure: what a send, a re-run and a hand-entered record plan from what the ops
// repository holds (default branch, open PR, branch); what the run says after each kind of failure; and
// the archive URL HyperKitty gives a message, from its Message-ID.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../actions/lib/config/load.js';
import type { Config } from '../../actions/lib/config/load.js';
import { archiveThreadUrl, messageIdHash } from '../../actions/lib/domain/announce.js';
import type { RepositoryAdvisory } from '../../actions/lib/domain/announce.js';
import type { ChangeResult } from '../../actions/lib/domain/plan.js';
import type { AnnounceChange, AnnounceObserved, AnnounceSettings } from '../../actions/lib/jobs/announce-plan.js';
import { planAnnounce, renderAnnounce } from '../../actions/lib/jobs/announce-plan.js';
import { FIXTURE_MEMBERS_PATH, FIXTURE_POLICY_PATH } from '../support/fixtures.js';

const NOW = new Date('2026-11-26T12:00:00Z');
const GHSA = 'GHSA-r2v8-hc5x-m4qf';
const PATH = `reports/${GHSA}.yaml`;
const ARCHIVE = 'https://mail.python.org/archives/list/security-announce@python.org/';
const REPORT_TEXT = `repo: python/cpython\nghsa: ${GHSA}\nrecord:\n  references:\n    - url: https://github.com/python/cpython/pull/1\n      tags: [patch]\n`;

async function config(): Promise<Config> {
  const loaded = await loadConfig({ members: FIXTURE_MEMBERS_PATH, policy: FIXTURE_POLICY_PATH }, NOW);
  return loaded.config!;
}

const ADVISORY = {
  ghsa_id: GHSA,
  cve_id: 'CVE-2026-40123',
  state: 'draft',
  summary: '[ACCEPTED] Integer overflow in array.array slice assignment',
  description: 'Integer overflow when assigning large slices.',
  severity: 'high',
  cvss: null,
  cvss_severities: null,
} as unknown as RepositoryAdvisory;

function observed(over: Partial<AnnounceObserved> = {}): AnnounceObserved {
  return {
    opsRepo: 'python/psrt-ops',
    report: {
      repo: 'python/cpython',
      ghsa: GHSA,
      record: { references: [{ url: 'https://github.com/python/cpython/pull/1', tags: ['patch'] }] },
    },
    reportText: REPORT_TEXT,
    reportPr: { text: REPORT_TEXT, pr: { base: 'main' } },
    advisory: ADVISORY,
    ...over,
  };
}

function settings(over: Partial<AnnounceSettings> = {}): AnnounceSettings {
  return {
    config: { members: 'members.yaml', policy: 'policy.yaml' },
    apply: true,
    ghsa: GHSA,
    messageIdSeed: 'seed',
    ...over,
  };
}

describe('the announce plan', () => {
  it('sends first, then opens one PR recording Message-ID, time and the HyperKitty thread', async () => {
    const plan = planAnnounce(await config(), observed(), settings(), NOW);
    expect(plan.changes.map((c) => c.kind)).toEqual(['send-email', 'record-announcement']);
    const [send, record] = plan.changes as [
      Extract<AnnounceChange, { kind: 'send-email' }>,
      Extract<AnnounceChange, { kind: 'record-announcement' }>,
    ];
    expect(send.envelope.to).toEqual(['security-announce@python.org']);
    expect(record.announcement).toEqual({
      url: `${ARCHIVE}thread/${messageIdHash(send.messageId)}/`,
      message_id: send.messageId,
      sent_at: '2026-11-26T12:00:00Z',
    });
    expect(record.pr.kind).toBe('pr-open');
    const content = record.pr.kind === 'pr-open' ? record.pr.pr.files[0]!.content : '';
    expect(content).toBe(
      `${REPORT_TEXT}  announcement:\n    url: ${record.announcement.url}\n    message_id: ${send.messageId}\n    sent_at: 2026-11-26T12:00:00Z\n`,
    );
    expect(plan.guards).toEqual([expect.objectContaining({ guard: 'ready-to-send', ok: true })]);
  });

  it('draws the Message-ID from the seed: a new seed, a new ID', async () => {
    const c = await config();
    const a = planAnnounce(c, observed(), settings({ messageIdSeed: 'one' }), NOW).email!.email.messageId;
    const b = planAnnounce(c, observed(), settings({ messageIdSeed: 'two' }), NOW).email!.email.messageId;
    expect(a).not.toBe(b);
  });

  it('guards the send (and only a send) with the email’s readiness', async () => {
    const c = await config();
    const unready = observed({ advisory: { ...ADVISORY, cve_id: null } as RepositoryAdvisory });
    const send = planAnnounce(c, unready, settings(), NOW);
    expect(send.guards).toEqual([
      expect.objectContaining({ guard: 'ready-to-send', ok: false, detail: '1 item(s) missing: cve-id' }),
    ]);
    expect(planAnnounce(c, unready, settings({ apply: false }), NOW).guards).toEqual([]);
  });

  it('sends nothing once the announcement is merged, or held by the open PR', async () => {
    const c = await config();
    const merged = observed({
      report: {
        ...observed().report,
        record: { announcement: { message_id: '<a@python.org>', sent_at: '2026-11-20T10:00:00Z' } },
      },
    });
    const onMain = planAnnounce(c, merged, settings(), NOW);
    expect(onMain.changes).toEqual([]);
    expect(onMain.recorded?.where).toBe('the default branch');

    const pending = observed({
      reportPr: {
        text: REPORT_TEXT,
        pr: {
          base: 'main',
          open: {
            number: 7,
            url: 'https://github.com/python/psrt-ops/pull/7',
            title: 't',
            body: 'b',
            labels: [],
            requestedUsers: [],
            requestedTeams: [],
            reviewed: false,
            files: { [PATH]: 'x' },
          },
        },
      },
      pending: { announcement: { message_id: '<a@python.org>' }, where: 'pull request #7', merged: false, text: 'x' },
    });
    const inPr = planAnnounce(c, pending, settings(), NOW);
    expect(inPr.changes).toEqual([]);
    expect(renderAnnounce(inPr, 'text')).toContain('announced already; nothing sent');
  });

  it('opens the PR from a branch an interrupted run committed to, without sending', async () => {
    const text = `${REPORT_TEXT}  announcement:\n    message_id: "<a@python.org>"\n`;
    const plan = planAnnounce(
      await config(),
      observed({
        pending: { announcement: { message_id: '<a@python.org>' }, where: 'branch x', merged: false, text },
      }),
      settings(),
      NOW,
    );
    expect(plan.changes.map((c) => c.kind)).toEqual(['record-announcement']);
    const change = plan.changes[0] as Extract<AnnounceChange, { kind: 'record-announcement' }>;
    expect(change.pr.kind === 'pr-open' && change.pr.pr.files[0]!.content).toBe(text);
  });

  it('records by hand: derives the archive URL from a given Message-ID, refuses another Message-ID', async () => {
    const c = await config();
    const given = planAnnounce(c, observed(), settings({ record: { message_id: '<b@python.org>' } }), NOW);
    expect(given.announcement).toEqual({
      url: `${ARCHIVE}thread/${messageIdHash('<b@python.org>')}/`,
      message_id: '<b@python.org>',
    });
    const merged = observed({
      report: { ...observed().report, record: { announcement: { message_id: '<a@python.org>' } } },
    });
    const conflict = planAnnounce(c, merged, settings({ record: { message_id: '<b@python.org>' } }), NOW);
    expect(conflict.guards.find((g) => g.guard === 'same-message')?.ok).toBe(false);
    const future = planAnnounce(c, observed(), settings({ record: { sent_at: '2026-12-01T00:00:00Z' } }), NOW);
    expect(future.guards.find((g) => g.guard === 'sent-in-the-past')?.ok).toBe(false);
  });
});

describe('after a failure', () => {
  it('says the email WAS sent when the PR failed, with the command that records it', async () => {
    const plan = planAnnounce(await config(), observed(), settings(), NOW);
    const results: ChangeResult<AnnounceChange>[] = [
      { change: plan.changes[0]!, status: 'done', detail: 'accepted' },
      { change: plan.changes[1]!, status: 'failed', error: 'GitHub answered 502' },
    ];
    const text = renderAnnounce(plan, 'text', results);
    const id = plan.announcement!.message_id!;
    expect(text).toContain(`announce ${GHSA}: email SENT, but recording it FAILED`);
    expect(text).toContain(`The email WAS sent (Message-ID ${id}, at 2026-11-26T12:00:00Z)`);
    expect(text).toContain(
      `npx psrt announce ${GHSA} --message-id '${id}' --sent-at 2026-11-26T12:00:00Z --archived ${plan.announcement!.url}`,
    );
  });

  it('says nothing was sent nor recorded when SMTP failed', async () => {
    const plan = planAnnounce(await config(), observed(), settings(), NOW);
    const results: ChangeResult<AnnounceChange>[] = [
      { change: plan.changes[0]!, status: 'failed', error: 'connection refused' },
      { change: plan.changes[1]!, status: 'not attempted' },
    ];
    const text = renderAnnounce(plan, 'markdown', results);
    expect(text).toContain('email NOT sent; the report file is unchanged');
    expect(text).toContain(`Nothing was sent, so nothing was recorded: ${PATH} is unchanged.`);
  });
});

describe('the archive URL (Mailman 3, HyperKitty)', () => {
  it('hashes a Message-ID as Mailman does: base32 of the SHA-1 of the ID without brackets', () => {
    // The example in Mailman's own documentation of the message store.
    expect(messageIdHash('<87myycy5eh.fsf@uwakimon.sk.tsukuba.ac.jp>')).toBe('JJIGKPKB6CVDX6B2CUG4IHAJRIQIOUTP');
    // And Python's own base32 and SHA-1 agree on one of ours.
    const id = 'psrt.ghsa-r2v8-hc5x-m4qf.0123456789abcdef0123@python.org';
    const python = execFileSync(
      'python3',
      [
        '-c',
        'import sys,hashlib,base64;print(base64.b32encode(hashlib.sha1(sys.argv[1].encode()).digest()).decode())',
        id,
      ],
      { encoding: 'utf8' },
    ).trim();
    expect(messageIdHash(`<${id}>`)).toBe(python);
  });

  it('derives the thread URL only from a HyperKitty list URL', () => {
    const hash = messageIdHash('<a@b.org>');
    expect(archiveThreadUrl(ARCHIVE, '<a@b.org>')).toBe(`${ARCHIVE}thread/${hash}/`);
    expect(archiveThreadUrl(ARCHIVE.replace(/\/$/, ''), '<a@b.org>')).toBe(`${ARCHIVE}thread/${hash}/`);
    expect(archiveThreadUrl('https://lists.example.org/hyperkitty/list/x@example.org/', '<a@b.org>')).toBe(
      `https://lists.example.org/hyperkitty/list/x@example.org/thread/${hash}/`,
    );
    expect(archiveThreadUrl('https://mail.python.org/pipermail/security-announce/', '<a@b.org>')).toBeUndefined();
    expect(archiveThreadUrl(undefined, '<a@b.org>')).toBeUndefined();
  });
});
