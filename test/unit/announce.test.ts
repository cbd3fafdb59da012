// The advisory email, decided by pure code: the devguide's template filled from the advisory, the report
// file and the policy; the severity from CVSS; readiness with one refusal per missing item; headers and
// body encoded for SMTP; and the Markdown → plain text reduction it uses.
import { describe, expect, it } from 'vitest';
import {
  CVE_PLACEHOLDER,
  advisoryMessageId,
  advisorySeverity,
  announcedTitle,
  patchLinksOf,
  planAdvisoryEmail,
  renderEmailPreview,
  renderRefusals,
} from '../../actions/lib/domain/announce.js';
import type { AdvisoryEmailInput, RepositoryAdvisory } from '../../actions/lib/domain/announce.js';
import { scoreCvssVector } from '../../actions/lib/domain/cvss-rating.js';
import { markdownToPlainText, wrapWords } from '../../actions/lib/domain/markdown-text.js';
import {
  encodeQuotedPrintable,
  encodedWords,
  formatMailbox,
  formatRfc5322Date,
  headerField,
  parseMailbox,
} from '../../actions/lib/domain/mime.js';
import type { ReportFile } from '../../actions/lib/domain/report-file.js';
import { psfCna } from '../support/cna.js';

const GHSA = 'GHSA-qrst-2345-6789';
const V4_HIGH = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N';
const V3_MEDIUM = 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:N';
const PR = 'https://github.com/python/cpython/pull/139001';
const COMMIT = 'https://github.com/python/cpython/commit/0123456789abcdef0123456789abcdef01234567';
const SECRET_DESCRIPTION = 'Embargoed: the zipfile module loops forever on a crafted central directory.';

function advisory(over: Partial<RepositoryAdvisory> = {}): RepositoryAdvisory {
  return {
    ghsa_id: GHSA,
    cve_id: 'CVE-2026-41000',
    state: 'draft',
    summary: '[ACCEPTED] Infinite loop in zipfile with a crafted central directory',
    description: SECRET_DESCRIPTION,
    severity: 'high',
    cvss: null,
    cvss_severities: { cvss_v4: { vector_string: V4_HIGH, score: 8.7 }, cvss_v3: null },
    ...over,
  } as RepositoryAdvisory;
}

function report(over: Partial<ReportFile> = {}): ReportFile {
  return {
    repo: 'python/cpython',
    ghsa: GHSA,
    record: {
      references: [
        { url: 'https://github.com/python/cpython/issues/139000', tags: ['issue-tracking'] },
        { url: PR, tags: ['patch'] },
        { url: COMMIT, tags: ['patch'] },
      ],
    },
    ...over,
  };
}

function input(over: Partial<AdvisoryEmailInput> = {}): AdvisoryEmailInput {
  return {
    advisory: advisory(),
    report: report(),
    policy: {
      cna: psfCna({ orgId: '00000000-0000-4000-8000-000000000000' }),
      announce: { to: 'security-announce@example.org' },
    },
    from: 'Python Security Response Team <psrt@example.org>',
    date: new Date('2026-11-26T09:05:03Z'),
    messageIdSeed: 'unit',
    ...over,
  };
}

describe('the advisory email', () => {
  it('fills the devguide template: subject, severity line, description, CVE link, pull request', () => {
    const plan = planAdvisoryEmail(input());
    expect(plan.sendable).toBe(true);
    expect(plan.email.subject).toBe('[CVE-2026-41000] Infinite loop in zipfile with a crafted central directory');
    expect(plan.email.body).toBe(
      [
        'There is a HIGH severity vulnerability affecting CPython.',
        '',
        'Embargoed: the zipfile module loops forever on a crafted central',
        'directory.',
        '',
        'Please see the linked CVE ID for the latest information on affected',
        'versions:',
        '',
        '* https://www.cve.org/CVERecord?id=CVE-2026-41000',
        `* ${PR}`,
        '',
      ].join('\n'),
    );
    expect(plan.email.from).toBe('Python Security Response Team <psrt@example.org>');
    expect(plan.email.to).toBe('security-announce@example.org');
    expect(plan.email.date).toBe('Thu, 26 Nov 2026 09:05:03 +0000');
    expect(plan.email.envelope).toEqual({ from: 'psrt@example.org', to: ['security-announce@example.org'] });
    expect(plan.email.severity).toEqual({ rating: 'HIGH', source: 'CVSS 4.0', score: 8.7 });
  });

  it('names the product of the report’s repository (pip)', () => {
    const plan = planAdvisoryEmail(input({ report: report({ repo: 'pypa/pip' }) }));
    expect(plan.email.body.split('\n')[0]).toBe('There is a HIGH severity vulnerability affecting pip.');
  });

  it('writes the raw message with CRLF, MIME headers and a 7bit body when all is ASCII', () => {
    const { email } = planAdvisoryEmail(input());
    const [head, body] = email.raw.split('\r\n\r\n');
    expect(head!.split('\r\n')).toEqual([
      'From: Python Security Response Team <psrt@example.org>',
      'To: security-announce@example.org',
      'Subject: [CVE-2026-41000] Infinite loop in zipfile with a crafted central',
      ' directory',
      'Date: Thu, 26 Nov 2026 09:05:03 +0000',
      `Message-ID: ${email.messageId}`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 7bit',
    ]);
    expect(email.raw.split('\r\n\r\n').slice(1).join('\r\n\r\n')).toBe(email.body.replace(/\n/g, '\r\n'));
    expect(body).toBeDefined();
    expect(email.raw).not.toMatch(/[^\r]\n/);
  });

  it('encodes non-ASCII sender names and titles as encoded words and the body as quoted-printable', () => {
    const { email } = planAdvisoryEmail(
      input({
        from: 'Zoë Çelik <zoe@example.org>',
        advisory: advisory({ summary: 'Déni de service in ‘zipfile’', description: 'Reported by Ŝtefan.' }),
      }),
    );
    expect(email.from).toBe('Zoë Çelik <zoe@example.org>');
    expect(email.raw).toContain(`From: ${encodedWords('Zoë Çelik').join(' ')} <zoe@example.org>\r\n`);
    expect(email.raw).toMatch(/^Subject: =\?UTF-8\?B\?/m);
    expect(email.raw).toContain('Content-Transfer-Encoding: quoted-printable');
    expect(email.raw).toContain('Reported by =C5=9Ctefan.');
    for (const line of email.raw.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
  });

  it('wraps at 72 columns and never breaks a URL: a longer URL stands alone on its line', () => {
    const url = `https://github.com/python/cpython/blob/main/Lib/zipfile/__init__.py${'#L1'.repeat(20)}`;
    const { email } = planAdvisoryEmail(
      input({
        advisory: advisory({
          description: `The loop is in the central directory reader at ${url} which trusts the offset. ${'word '.repeat(40)}`,
        }),
      }),
    );
    const lines = email.body.split('\n');
    expect(lines).toContain(url);
    expect(lines.filter((l) => l.length > 72)).toEqual([url]);
    expect(lines[lines.indexOf(url) - 1]).toBe('The loop is in the central directory reader at');
    expect(lines[lines.indexOf(url) + 1]).toMatch(/^which trusts the offset\. word/);
  });

  it('keeps paragraphs, lists and code from the Markdown description', () => {
    const { email } = planAdvisoryEmail(
      input({
        advisory: advisory({
          description:
            'The **`zipfile`** module:\r\n\r\n- loops on a *crafted* [central directory](https://example.org/cd)\r\n- is reachable from `shutil.unpack_archive()`\r\n\r\n```python\r\nzipfile.ZipFile(f).namelist()\r\n```\r\n',
        }),
      }),
    );
    expect(email.body).toContain(
      [
        'The zipfile module:',
        '',
        '* loops on a crafted central directory (https://example.org/cd)',
        '* is reachable from shutil.unpack_archive()',
        '',
        '    zipfile.ZipFile(f).namelist()',
        '',
      ].join('\n'),
    );
  });

  it('strips title tags and line breaks from the subject', () => {
    expect(announcedTitle('[accepted] Bad\r\nthing [EXPLOITED]  in  [Completed] x')).toBe('Bad thing in x');
    const { email } = planAdvisoryEmail(input({ advisory: advisory({ summary: 'A\r\nBcc: evil@example.org' }) }));
    expect(email.raw).not.toMatch(/^Bcc:/m);
  });

  it('gives a Message-ID at the sender’s domain, the same for the same seed, another for another seed', () => {
    const sender = { address: 'psrt@Example.ORG' };
    const a = advisoryMessageId(GHSA, 'seed-1', sender);
    expect(a).toMatch(/^<psrt\.ghsa-qrst-2345-6789\.[0-9a-f]{20}@example\.org>$/);
    expect(advisoryMessageId(GHSA, 'seed-1', sender)).toBe(a);
    expect(advisoryMessageId(GHSA, 'seed-2', sender)).not.toBe(a);
    expect(advisoryMessageId('GHSA-aaaa-bbbb-cccc', 'seed-1', sender)).not.toBe(a);
    expect(planAdvisoryEmail(input()).email.raw).toBe(planAdvisoryEmail(input()).email.raw);
  });
});

describe('severity', () => {
  it('prefers CVSS 4.0, then CVSS 3.x, then the severity chosen on GitHub', () => {
    const both = advisory({
      cvss_severities: {
        cvss_v4: { vector_string: V4_HIGH, score: 1 },
        cvss_v3: { vector_string: V3_MEDIUM, score: 9 },
      },
    });
    expect(advisorySeverity(both)).toEqual({ ok: true, severity: { rating: 'HIGH', source: 'CVSS 4.0', score: 8.7 } });
    const v3 = advisory({ cvss_severities: { cvss_v4: null, cvss_v3: { vector_string: V3_MEDIUM, score: null } } });
    expect(advisorySeverity(v3)).toEqual({ ok: true, severity: { rating: 'MEDIUM', source: 'CVSS 3.1', score: 4.8 } });
    const legacy = advisory({ cvss_severities: null, cvss: { vector_string: V3_MEDIUM, score: 4.8 } });
    expect(advisorySeverity(legacy)).toMatchObject({ ok: true, severity: { rating: 'MEDIUM' } });
    const chosen = advisory({ cvss_severities: null, severity: 'low' });
    expect(advisorySeverity(chosen)).toEqual({ ok: true, severity: { rating: 'LOW', source: 'GitHub severity' } });
  });

  it('refuses an invalid vector instead of falling back, and a vector that scores 0', () => {
    const bad = advisory({ cvss_severities: { cvss_v4: { vector_string: 'CVSS:4.0/AV:N/AC:L', score: null } } });
    const result = advisorySeverity(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.refusal.problem).toContain('is not valid');
    const none = advisory({
      cvss_severities: {
        cvss_v4: { vector_string: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N', score: 0 },
      },
    });
    expect(advisorySeverity(none)).toMatchObject({ ok: false, refusal: { item: 'severity' } });
  });

  it('scores vectors as the calculator does, and checks them first', () => {
    expect(scoreCvssVector('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N')).toMatchObject({
      ok: true,
      score: 9.3,
      rating: 'CRITICAL',
    });
    expect(scoreCvssVector('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toMatchObject({ score: 9.8 });
    // CVSS 3 allows any order; temporal metrics do not change the base score.
    expect(scoreCvssVector('CVSS:3.1/C:H/I:H/A:H/AV:N/AC:L/PR:N/UI:N/S:U/E:U')).toMatchObject({ score: 9.8 });
    expect(scoreCvssVector('CVSS:3.1/AV:N/AC:L/PR:N')).toEqual({
      ok: false,
      reason: 'base metrics UI, S, C, I, A missing',
    });
    expect(scoreCvssVector('CVSS:3.1/AV:N/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toEqual({
      ok: false,
      reason: 'AV appears twice',
    });
    expect(scoreCvssVector('CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toMatchObject({ ok: false });
    expect(scoreCvssVector('AV:N/AC:L')).toMatchObject({ ok: false });
  });
});

describe('readiness', () => {
  it('lists each missing item with what to do, and still renders a preview', () => {
    const plan = planAdvisoryEmail(
      input({
        advisory: advisory({ cve_id: null, cvss_severities: null, severity: null }),
        report: report({
          record: { references: [{ url: 'https://github.com/python/cpython/issues/1', tags: ['issue-tracking'] }] },
        }),
      }),
    );
    expect(plan.sendable).toBe(false);
    expect(plan.refusals.map((r) => r.item)).toEqual(['cve-id', 'severity', 'patch-reference']);
    for (const r of plan.refusals) expect(r.fix).not.toBe('');
    expect(plan.email.subject.startsWith(`[${CVE_PLACEHOLDER}] `)).toBe(true);
    const preview = renderEmailPreview(plan);
    expect(preview).toContain(`Subject: [${CVE_PLACEHOLDER}] Infinite loop in zipfile`);
    expect(preview).toContain(SECRET_DESCRIPTION.slice(0, 30));
    expect(preview).toContain(`${GHSA}: not ready to send (3 items missing):`);
    expect(preview).toContain('- cve-id: GHSA-qrst-2345-6789 has no CVE ID.');
    expect(preview).toContain('tags: [patch]');
  });

  it('never puts the advisory’s text in a refusal (embargo)', () => {
    const plan = planAdvisoryEmail(
      input({
        advisory: advisory({ cve_id: 'CVE-26-1', cvss_severities: { cvss_v4: { vector_string: 'x', score: null } } }),
      }),
    );
    const text = renderRefusals(plan);
    expect(plan.refusals.map((r) => r.item)).toEqual(['cve-id', 'severity']);
    expect(text).not.toContain('zipfile');
    expect(text).not.toContain('Embargoed');
  });

  it('refuses an advisory in triage, a report already announced, a missing product and a bad sender', () => {
    const plan = planAdvisoryEmail(
      input({
        advisory: advisory({ state: 'triage' }),
        report: report({
          repo: 'python/other',
          record: {
            references: [{ url: PR, tags: ['patch'] }],
            announcement: { message_id: '<x@example.org>', sent_at: '2026-11-20T10:00:00Z' },
          },
        }),
        from: 'not an address',
      }),
    );
    expect(plan.refusals.map((r) => r.item)).toEqual(['state', 'product', 'sender', 'sent']);
    expect(plan.refusals.find((r) => r.item === 'sent')!.problem).toBe(
      `${GHSA} was announced already on 2026-11-20T10:00:00Z (<x@example.org>).`,
    );
  });

  it('refuses an advisory without a description and a report file of another advisory', () => {
    const plan = planAdvisoryEmail(
      input({ advisory: advisory({ description: '  ' }), report: report({ ghsa: 'GHSA-zzzz-zzzz-zzzz' }) }),
    );
    expect(plan.refusals.map((r) => r.item)).toEqual(['report', 'description']);
  });
});

describe('patch links', () => {
  it('lists pull requests tagged patch, once each, in file order; commits only when there is no pull request', () => {
    const pr2 = 'https://github.com/python/cpython/pull/139002';
    expect(
      patchLinksOf(
        report({
          record: {
            references: [
              { url: COMMIT, tags: ['patch'] },
              { url: pr2, tags: ['patch'] },
              { url: PR, tags: ['patch'] },
              { url: pr2, tags: ['patch'] },
            ],
          },
        }),
      ),
    ).toEqual([pr2, PR]);
    expect(patchLinksOf(report({ record: { references: [{ url: COMMIT, tags: ['patch'] }] } }))).toEqual([COMMIT]);
    expect(patchLinksOf(report({ record: undefined }))).toEqual([]);
  });
});

describe('Markdown to plain text', () => {
  it('keeps structure: paragraphs, nested and ordered lists, quotes, code; drops marks and tags', () => {
    const md = [
      '# Impact',
      '',
      'A *soft*',
      'break and a hard  ',
      'break; `a < b` &amp; <b>bold</b> [https://x.example](https://x.example).',
      '',
      '1. first',
      '2. second',
      '   - nested',
      '',
      '> quoted',
      '',
      '    indented code',
    ].join('\n');
    expect(markdownToPlainText(md)).toBe(
      [
        'Impact',
        '',
        'A soft break and a hard',
        'break; a < b & bold https://x.example.',
        '',
        '1. first',
        '2. second',
        '   * nested',
        '',
        '> quoted',
        '',
        '    indented code',
      ].join('\n'),
    );
  });

  it('wraps prose under list markers with a hanging indent, and leaves code alone', () => {
    const text = markdownToPlainText(`- ${'word '.repeat(20)}\n\n\`\`\`\n${'x'.repeat(90)}\n\`\`\``, { wrapAt: 40 });
    const lines = text.split('\n');
    expect(lines[0]!.startsWith('* word')).toBe(true);
    expect(lines[1]!.startsWith('  word')).toBe(true);
    expect(lines.at(-1)).toBe(`    ${'x'.repeat(90)}`);
    expect(lines.filter((l) => l.length > 40)).toEqual([`    ${'x'.repeat(90)}`]);
  });

  it('returns empty text for empty Markdown', () => {
    expect(markdownToPlainText('')).toBe('');
    expect(markdownToPlainText('\n\n  \n')).toBe('');
  });

  it('wraps words greedily without breaking any', () => {
    expect(wrapWords('aa bb cc dd', 5)).toEqual(['aa bb', 'cc dd']);
    expect(wrapWords('aa verylongword bb', 5, '* ', '  ')).toEqual(['* aa', '  verylongword', '  bb']);
  });
});

describe('MIME pieces', () => {
  it('formats dates and mailboxes, quoting or encoding names as needed', () => {
    expect(formatRfc5322Date(new Date('2026-01-05T23:04:05Z'))).toBe('Mon, 05 Jan 2026 23:04:05 +0000');
    expect(parseMailbox('"Doe, Jane" <jane@example.org>')).toEqual({ name: 'Doe, Jane', address: 'jane@example.org' });
    expect(parseMailbox('jane@example.org')).toEqual({ address: 'jane@example.org' });
    expect(parseMailbox('Jane <jane>')).toBeUndefined();
    expect(formatMailbox({ name: 'Doe, Jane', address: 'jane@example.org' })).toBe('"Doe, Jane" <jane@example.org>');
    expect(formatMailbox({ name: 'Jane Doe', address: 'jane@example.org' })).toBe('Jane Doe <jane@example.org>');
  });

  it('splits encoded words at 64 characters without splitting a character', () => {
    const words = encodedWords('ž'.repeat(60));
    for (const w of words) expect(w.length).toBeLessThanOrEqual(64);
    const decoded = words.map((w) => Buffer.from(w.slice(10, -2), 'base64').toString('utf8')).join('');
    expect(decoded).toBe('ž'.repeat(60));
    expect(headerField('Subject', 'ž'.repeat(60), true).split('\r\n').length).toBe(words.length);
  });

  it('writes quoted-printable lines of at most 76 characters that decode to the text', () => {
    const text = `From here ${'é'.repeat(50)} = end \nnext\t`;
    const encoded = encodeQuotedPrintable(text);
    for (const line of encoded.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    expect(encoded.startsWith('=46rom')).toBe(true);
    const decoded = Buffer.from(
      encoded
        .replace(/=\r\n/g, '')
        .replace(/\r\n/g, '\n')
        .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => `%${hex}`)
        .replace(/[^%]/g, (c) => encodeURIComponent(c)),
      'utf8',
    );
    expect(decodeURIComponent(decoded.toString('utf8'))).toBe(text);
  });
});
