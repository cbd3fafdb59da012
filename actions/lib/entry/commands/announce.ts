import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Announcement } from '../../domain/report-file.js';
import { UsageError } from '../../errors.js';
import type { CliIo, Command } from '../cli-support.js';
import { configArgs, jobContext, parseCommand, printJobResult, stringOption, withGitHub } from '../cli-support.js';
import { isGhsaId } from '../../domain/ids.js';

const TIME_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** The Message-ID as report files hold it: `<local@domain>` (the brackets are added when missing). */
export function normalMessageId(text: string): string | undefined {
  const bare = text.trim().replace(/^<(.*)>$/, '$1');
  return /^[^<>\s@]+@[^<>\s@]+$/.test(bare) ? `<${bare}>` : undefined;
}

export { isGhsaId } from '../../domain/ids.js';

/**
 * The announcement given by hand (the archive URL, the Message-ID, the send time: --archived, --message-id,
 * --sent-at, or the action's inputs), checked; undefined when none is given.
 */
export function announcementFromInputs(given: {
  url?: string;
  messageId?: string;
  sentAt?: string;
}): Announcement | undefined {
  const blank = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v.trim());
  const url = blank(given.url);
  const id = blank(given.messageId);
  const sentAt = blank(given.sentAt);
  if (url === undefined && id === undefined && sentAt === undefined) return undefined;
  if (url !== undefined && !/^https:\/\/\S+$/.test(url))
    throw new UsageError(`the archive URL "${url}" is not an https URL (the message in the list's archive).`);
  const messageId = id === undefined ? undefined : normalMessageId(id);
  if (id !== undefined && messageId === undefined)
    throw new UsageError(`the Message-ID "${id}" is not one (<local@domain>).`);
  if (sentAt !== undefined && (!TIME_WITH_ZONE.test(sentAt) || Number.isNaN(Date.parse(sentAt))))
    throw new UsageError(`the send time "${sentAt}" is not a time with its zone (e.g. 2026-11-26T12:00:00Z).`);
  return {
    ...(url !== undefined ? { url } : {}),
    ...(messageId !== undefined ? { message_id: messageId } : {}),
    ...(sentAt !== undefined ? { sent_at: sentAt } : {}),
  };
}

/** SMTP_URL (and SMTP_CA_FILE, certificates to trust besides the system's) as a sender; checked before any read. */
async function smtpSender(io: CliIo) {
  const url = io.env.SMTP_URL;
  if (!url)
    throw new UsageError(
      'SMTP_URL is not set: --send needs it (smtp://user:password@host:587 for STARTTLS, smtps://…:465 for TLS).',
    );
  const { parseSmtpUrl, sendRawEmail } = await import('../../clients/smtp.js');
  parseSmtpUrl(url);
  const caFile = io.env.SMTP_CA_FILE;
  const trustedCertificates = caFile ? [await readFile(resolve(io.cwd, caFile), 'utf8')] : undefined;
  return (message: Parameters<typeof sendRawEmail>[1]) =>
    sendRawEmail({ url, ...(trustedCertificates ? { trustedCertificates } : {}) }, message);
}

export const announceCommand: Command = {
  name: 'announce',
  usage:
    'announce GHSA-… [--send] [--archived URL [--message-id ID] [--sent-at TIME] [--dry-run]] [--markdown]\n' +
    '                                the advisory email: shown (dry run), sent with --send (SMTP_URL) and recorded in\n' +
    '                                the report file by a PR; --archived records one sent earlier, without sending',
  async run(argv, io) {
    const { values, positionals } = parseCommand(
      argv,
      {
        send: { type: 'boolean' },
        archived: { type: 'string' },
        'message-id': { type: 'string' },
        'sent-at': { type: 'string' },
        'dry-run': { type: 'boolean' },
        markdown: { type: 'boolean' },
      },
      this.usage,
    );
    const [ghsa, ...extra] = positionals;
    if (ghsa === undefined || extra.length > 0 || !isGhsaId(ghsa))
      throw new UsageError(`give one advisory by its GHSA id (GHSA-xxxx-xxxx-xxxx).\n\nusage: psrt ${this.usage}`);
    const record = announcementFromInputs({
      url: stringOption(values, 'archived'),
      messageId: stringOption(values, 'message-id'),
      sentAt: stringOption(values, 'sent-at'),
    });
    const send = values.send === true;
    if (send && record)
      throw new UsageError(
        '--send draws a new Message-ID; --archived, --message-id and --sent-at record a message sent earlier: give one or the other.',
      );
    if (send && values['dry-run'] === true) throw new UsageError('--send and --dry-run contradict each other.');
    const sendEmail = send ? await smtpSender(io) : undefined;
    const { runAnnounce } = await import('../../jobs/announce.js');
    const paths = configArgs(io, values);
    const ctx = jobContext(io, values);
    return withGitHub(io, ctx, 'announce', async ({ gh }) => {
      const result = await runAnnounce(
        {
          config: paths.resolved,
          apply: send || (record !== undefined && values['dry-run'] !== true),
          ghsa,
          ...(record ? { record } : {}),
          // A send draws a fresh Message-ID; a preview shows a stable one.
          messageIdSeed: send ? randomUUID() : 'preview',
        },
        { gh, ...(sendEmail ? { sendEmail } : {}) },
        ctx,
      );
      return printJobResult(io, result, values.markdown === true);
    });
  },
};
