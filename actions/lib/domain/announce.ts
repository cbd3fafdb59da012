// The advisory email to security-announce (the devguide's "Advisory email" template), rendered from the
// advisory, its report file and the policy; and whether it may be sent. Pure: the caller gives the clock
// and the seed of the Message-ID, so a dry run and the send show the same message.
//
// Embargo: the email's text (title, description) is the advisory's free text. It goes only into the
// rendered message; refusals and every other string here name the advisory by its GHSA id.
import { createHash } from 'node:crypto';
import type { components } from '@octokit/openapi-types';
import { scoreCvssVector } from './cvss-rating.js';
import type { CvssRating } from './cvss-rating.js';
import { markdownToPlainText, wrapWords } from './markdown-text.js';
import {
  displayMailbox,
  encodeQuotedPrintable,
  fitsSevenBit,
  formatMailbox,
  formatRfc5322Date,
  headerField,
  parseMailbox,
} from './mime.js';
import type { Mailbox } from './mime.js';
import type { Policy } from './policy.js';
import { announcementOf, reportFilePath } from './report-file.js';
import type { ReportFile } from './report-file.js';
import { isCveId } from './ids.js';

export type RepositoryAdvisory = components['schemas']['repository-advisory'];

/** Body lines are wrapped at this width; a longer word (a URL) stands alone on its line, unbroken. */
export const EMAIL_WIDTH = 72;

export const CVE_RECORD_URL = 'https://www.cve.org/CVERecord?id=';

/** What stands in the subject and the CVE link of a preview when the advisory has no CVE ID yet. */
export const CVE_PLACEHOLDER = 'CVE-YYYY-NNNN';

/** The report desk's title tags: workflow state, never part of the announced title. */
const TITLE_TAGS = /\[(?:ACCEPTED|CLOSED|INVALID|DUPLICATE|COMPLETED|EXPLOITED)\]/gi;

export type SeverityRating = Exclude<CvssRating, 'NONE'>;

export type SeveritySource = 'CVSS 4.0' | 'CVSS 3.1' | 'CVSS 3.0' | 'GitHub severity';

export interface AdvisorySeverity {
  rating: SeverityRating;
  source: SeveritySource;
  score?: number;
}

/** Why the email may not be sent yet: one item each, with what to do. */
export interface Refusal {
  item:
    | 'state'
    | 'cve-id'
    | 'severity'
    | 'patch-reference'
    | 'description'
    | 'product'
    | 'sender'
    | 'recipient'
    | 'report'
    | 'sent';
  problem: string;
  fix: string;
}

export interface AdvisoryEmailInput {
  advisory: RepositoryAdvisory;
  /** The report file (reports/GHSA-….yaml): the repo, the patch references, an earlier announcement. */
  report: ReportFile;
  policy: Pick<Policy, 'cna' | 'announce'>;
  /** The sender, `Name <address>` (policy `announce.from`, proposed). */
  from: string;
  /** The Date header (the injected clock). */
  date: Date;
  /** Makes the Message-ID: the same seed gives the same ID. A send passes a fresh random value. */
  messageIdSeed: string;
}

export interface AdvisoryEmail {
  /** `<…@domain-of-sender>`. */
  messageId: string;
  from: string;
  to: string;
  subject: string;
  /** RFC 5322 date. */
  date: string;
  /** The plain text, LF line ends, every line within 72 columns except a lone long URL. */
  body: string;
  /** The whole message as it goes over SMTP: CRLF line ends, encoded headers and body. */
  raw: string;
  /** Envelope: the sender's and the list's bare addresses. */
  envelope: { from: string; to: string[] };
  severity?: AdvisorySeverity;
  /** The links under the CVE link (pull requests, or other patch references when there is no PR). */
  patchLinks: string[];
}

export interface AdvisoryEmailPlan {
  ghsa: string;
  email: AdvisoryEmail;
  refusals: Refusal[];
  sendable: boolean;
}

/** The advisory's title as announced: title tags and line breaks out, spaces collapsed. */
export function announcedTitle(summary: string): string {
  return summary.replace(TITLE_TAGS, ' ').replace(/\s+/g, ' ').trim();
}

const PULL_REQUEST = /^https:\/\/github\.com\/[^/]+\/[^/]+\/pull\/\d+\/?$/;

/**
 * The pull-request links of the email: the report file's `record.references` tagged `patch` that are
 * GitHub pull requests, in file order (the same list the CVE record's `patch` references come from, so
 * email and record agree). When no patch reference is a pull request, every patch reference.
 */
export function patchLinksOf(report: ReportFile): string[] {
  const patches = (report.record?.references ?? []).filter((r) => r.tags?.includes('patch')).map((r) => r.url);
  const unique = [...new Set(patches)];
  const pulls = unique.filter((url) => PULL_REQUEST.test(url));
  return pulls.length > 0 ? pulls : unique;
}

type SeverityResult = { ok: true; severity: AdvisorySeverity } | { ok: false; refusal: Refusal };

/**
 * The severity line's rating: the advisory's CVSS 4.0 vector, else its CVSS 3.x vector (scored here, the
 * vector checked first), else the severity chosen on GitHub without a vector. An invalid vector is refused
 * rather than skipped: a silent fallback would announce a severity nobody chose.
 */
export function advisorySeverity(advisory: RepositoryAdvisory): SeverityResult {
  const ghsa = advisory.ghsa_id;
  const vectors = [
    advisory.cvss_severities?.cvss_v4?.vector_string,
    advisory.cvss_severities?.cvss_v3?.vector_string,
    advisory.cvss?.vector_string,
  ].filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  const vector = vectors[0];
  if (vector !== undefined) {
    const scored = scoreCvssVector(vector);
    if (!scored.ok) {
      return {
        ok: false,
        refusal: {
          item: 'severity',
          problem: `The CVSS vector of ${ghsa} is not valid: ${scored.reason}.`,
          fix: `Correct the CVSS vector in the advisory's severity section (the CVSS 4.0 calculator on GitHub).`,
        },
      };
    }
    if (scored.rating === 'NONE') {
      return {
        ok: false,
        refusal: {
          item: 'severity',
          problem: `The CVSS vector of ${ghsa} scores 0 (no impact): there is no severity to announce.`,
          fix: 'Check the impact metrics of the advisory’s CVSS vector.',
        },
      };
    }
    return {
      ok: true,
      severity: { rating: scored.rating, source: `CVSS ${scored.version}`, score: scored.score },
    };
  }
  if (advisory.severity) {
    return {
      ok: true,
      severity: { rating: advisory.severity.toUpperCase() as SeverityRating, source: 'GitHub severity' },
    };
  }
  return {
    ok: false,
    refusal: {
      item: 'severity',
      problem: `${ghsa} has no severity.`,
      fix: 'Score the advisory with a CVSS 4.0 vector on GitHub (or choose a severity) before announcing it.',
    },
  };
}

/** `<psrt.ghsa-….{hash}@domain>`: the same seed and advisory give the same ID; the domain is the sender's. */
export function advisoryMessageId(ghsa: string, seed: string, sender: Mailbox): string {
  const hash = createHash('sha256').update(`${seed}\n${ghsa}`).digest('hex').slice(0, 20);
  const domain = sender.address.slice(sender.address.lastIndexOf('@') + 1).toLowerCase();
  return `<psrt.${ghsa.toLowerCase()}.${hash}@${domain}>`;
}

function wrapParagraph(text: string): string[] {
  return wrapWords(text, EMAIL_WIDTH);
}

/** The body of the devguide's template, LF line ends, ending in a newline. */
function renderBody(parts: {
  rating: string;
  project: string;
  description: string;
  cveId: string;
  patchLinks: string[];
}): string {
  const lines = [
    ...wrapParagraph(`There is a ${parts.rating} severity vulnerability affecting ${parts.project}.`),
    '',
    ...(parts.description ? [parts.description, ''] : []),
    ...wrapParagraph('Please see the linked CVE ID for the latest information on affected versions:'),
    '',
    ...[`${CVE_RECORD_URL}${parts.cveId}`, ...parts.patchLinks].flatMap((url) =>
      wrapWords(url, EMAIL_WIDTH, '* ', '  '),
    ),
  ];
  return `${lines.join('\n')}\n`;
}

function rawMessage(headers: string[], body: string): string {
  const sevenBit = fitsSevenBit(body);
  const encoded = sevenBit ? body.replace(/\n/g, '\r\n') : encodeQuotedPrintable(body.replace(/\n$/, '')) + '\r\n';
  return [
    ...headers,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    `Content-Transfer-Encoding: ${sevenBit ? '7bit' : 'quoted-printable'}`,
    '',
    encoded,
  ].join('\r\n');
}

/** Render the advisory email and decide whether it may be sent; a preview is rendered either way. */
export function planAdvisoryEmail(input: AdvisoryEmailInput): AdvisoryEmailPlan {
  const { advisory, report, policy } = input;
  const ghsa = advisory.ghsa_id;
  const refusals: Refusal[] = [];

  if (report.ghsa !== ghsa) {
    refusals.push({
      item: 'report',
      problem: `The report file given for ${ghsa} is ${reportFilePath(report.ghsa)}.`,
      fix: `Use ${reportFilePath(ghsa)}.`,
    });
  }
  if (advisory.state === 'triage' || advisory.state === 'withdrawn') {
    refusals.push({
      item: 'state',
      problem: `${ghsa} is in state "${advisory.state}": only an accepted report is announced.`,
      fix:
        advisory.state === 'triage'
          ? 'Accept the report first ([ACCEPTED] in its title).'
          : 'Do not announce a withdrawn advisory.',
    });
  }

  const cveId = advisory.cve_id?.trim() ?? '';
  if (!isCveId(cveId)) {
    refusals.push({
      item: 'cve-id',
      problem: cveId ? `${ghsa} has a malformed CVE ID "${cveId}".` : `${ghsa} has no CVE ID.`,
      fix: 'Reserve a CVE ID for the report (the sweep does so on accept) and set it on the advisory.',
    });
  }

  const severity = advisorySeverity(advisory);
  if (!severity.ok) refusals.push(severity.refusal);

  const patchLinks = patchLinksOf(report);
  if (patchLinks.length === 0) {
    refusals.push({
      item: 'patch-reference',
      problem: `${reportFilePath(report.ghsa)} lists no reference tagged "patch".`,
      fix: 'Add the fix’s public pull request under record.references with `tags: [patch]` (one per branch’s PR or commit).',
    });
  }

  const description = markdownToPlainText(advisory.description ?? '', { wrapAt: EMAIL_WIDTH });
  if (description === '') {
    refusals.push({
      item: 'description',
      problem: `${ghsa} has no description.`,
      fix: 'Write the description in the advisory: the vulnerable module and functions, the behaviour and the fix.',
    });
  }

  const product = policy.cna.products[report.repo]?.product;
  if (!product) {
    refusals.push({
      item: 'product',
      problem: `policy.yaml names no product for ${report.repo}.`,
      fix: `Add ${report.repo} under cna.products in policy.yaml.`,
    });
  }

  const sender = parseMailbox(input.from);
  if (!sender) {
    refusals.push({
      item: 'sender',
      problem: `The sender "${input.from}" is not an email address.`,
      fix: 'Set announce.from in policy.yaml to "Name <address>" or an address.',
    });
  }
  const recipient = parseMailbox(policy.announce.to);
  if (!recipient) {
    refusals.push({
      item: 'recipient',
      problem: `The recipient "${policy.announce.to}" is not an email address.`,
      fix: 'Set announce.to in policy.yaml to the list’s address.',
    });
  }

  const earlier = announcementOf(report.record);
  if (earlier?.message_id || earlier?.sent_at) {
    refusals.push({
      item: 'sent',
      problem: `${ghsa} was announced already${earlier.sent_at ? ` on ${earlier.sent_at}` : ''}${earlier.message_id ? ` (${earlier.message_id})` : ''}.`,
      fix: `To announce it again (a correction), remove record.announcement from ${reportFilePath(report.ghsa)} first.`,
    });
  }

  const from = sender ?? { address: 'unknown@invalid.example' };
  const to = recipient ?? { address: policy.announce.to };
  const shownCve = refusals.some((r) => r.item === 'cve-id') ? CVE_PLACEHOLDER : cveId;
  const subject = `[${shownCve}] ${announcedTitle(advisory.summary)}`;
  const body = renderBody({
    rating: severity.ok ? severity.severity.rating : '{SEVERITY}',
    project: product ?? report.repo,
    description,
    cveId: shownCve,
    patchLinks,
  });
  const messageId = advisoryMessageId(ghsa, input.messageIdSeed, from);
  const date = formatRfc5322Date(input.date);
  const headers = [
    headerField('From', formatMailbox(from)),
    headerField('To', formatMailbox(to)),
    headerField('Subject', subject, true),
    headerField('Date', date),
    headerField('Message-ID', messageId),
  ];
  return {
    ghsa,
    email: {
      messageId,
      from: displayMailbox(from),
      to: displayMailbox(to),
      subject,
      date,
      body,
      raw: rawMessage(headers, body),
      envelope: { from: from.address, to: [to.address] },
      ...(severity.ok ? { severity: severity.severity } : {}),
      patchLinks,
    },
    refusals,
    sendable: refusals.length === 0,
  };
}

/** Why the email cannot be sent, one line per missing item with what to do (names the GHSA id only). */
export function renderRefusals(plan: AdvisoryEmailPlan): string {
  if (plan.sendable) return `${plan.ghsa}: ready to send.`;
  return [
    `${plan.ghsa}: not ready to send (${plan.refusals.length} item${plan.refusals.length === 1 ? '' : 's'} missing):`,
    ...plan.refusals.map((r) => `- ${r.item}: ${r.problem} ${r.fix}`),
  ].join('\n');
}

/**
 * The dry run: the message as a person reads it (headers decoded, then the body), followed by whether it
 * may be sent and, if not, each refusal. Contains the advisory's text: show it only where the advisory
 * may be read (a terminal, the ops repository).
 */
export function renderEmailPreview(plan: AdvisoryEmailPlan): string {
  const { email } = plan;
  return [
    `From: ${email.from}`,
    `To: ${email.to}`,
    `Subject: ${email.subject}`,
    `Date: ${email.date}`,
    `Message-ID: ${email.messageId}`,
    '',
    email.body.replace(/\n$/, ''),
    '',
    '-'.repeat(EMAIL_WIDTH),
    renderRefusals(plan),
    '',
  ].join('\n');
}

/** The message as sent, for people: its headers decoded, then its body (no refusals). */
export function renderEmailMessage(email: AdvisoryEmail): string {
  return [
    `From: ${email.from}`,
    `To: ${email.to}`,
    `Subject: ${email.subject}`,
    `Date: ${email.date}`,
    `Message-ID: ${email.messageId}`,
    '',
    email.body.replace(/\n$/, ''),
    '',
  ].join('\n');
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out.padEnd(Math.ceil(out.length / 8) * 8, '=');
}

/**
 * Mailman 3's Message-ID-Hash (what HyperKitty names a message and the thread it starts by): the RFC 4648
 * base32 of the SHA-1 of the Message-ID without its angle brackets.
 */
export function messageIdHash(messageId: string): string {
  const bare = messageId.trim().replace(/^<(.*)>$/, '$1');
  return base32(createHash('sha1').update(bare, 'utf8').digest());
}

const HYPERKITTY_LIST = /^https:\/\/[^\s/]+(?:\/[^\s/]+)*\/list\/[^\s/@]+@[^\s/@]+\/?$/;

/**
 * The archive URL of the thread a new message starts, when the archive is Mailman 3's HyperKitty (a list
 * URL, `…/list/<address>/`): HyperKitty names that thread by the message's Message-ID-Hash. It resolves once
 * the list has distributed the message (security-announce is moderated). Undefined for any other archive:
 * the URL is then entered by hand.
 */
export function archiveThreadUrl(archive: string | undefined, messageId: string): string | undefined {
  if (!archive || !HYPERKITTY_LIST.test(archive)) return undefined;
  return `${archive.replace(/\/?$/, '/')}thread/${messageIdHash(messageId)}/`;
}
