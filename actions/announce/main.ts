// The announce action: inputs → runAnnounce → summary and outputs. SMTP_URL comes from the environment
// (the workflow passes the secret to this step only when it may send) and is masked before anything runs.
import { randomUUID } from 'node:crypto';
import { parseSmtpUrl, sendRawEmail } from '../lib/clients/smtp.js';
import { UserError } from '../lib/errors.js';
import {
  actionContext,
  annotate,
  flag,
  input,
  io,
  runAction,
  withActionGitHub,
  writeSummary,
} from '../lib/entry/action-runtime.js';
import { announcementFromInputs } from '../lib/entry/commands/announce.js';
import { isGhsaId } from '../lib/domain/ids.js';
import type { AnnounceDeps } from '../lib/jobs/announce.js';
import { announceOutcome, runAnnounce } from '../lib/jobs/announce.js';
import { jobFailed } from '../lib/jobs/job.js';

/** The sender over SMTP_URL, its password masked in the log first. */
function smtpSender(url: string | undefined): NonNullable<AnnounceDeps['sendEmail']> {
  if (!url)
    throw new UserError(
      'SMTP_URL is not set: the announce workflow passes the SMTP_URL secret to this step only when dry-run is off and nothing is given to record.',
    );
  io.setSecret(url);
  const target = parseSmtpUrl(url);
  if (target.password) {
    io.setSecret(target.password);
    io.setSecret(encodeURIComponent(target.password));
  }
  return (message) => sendRawEmail({ url }, message);
}

await runAction(async () => {
  const ghsa = input('ghsa', '');
  if (!isGhsaId(ghsa)) throw new UserError(`ghsa "${ghsa}" is not a GHSA id (GHSA-xxxx-xxxx-xxxx).`);
  const record = announcementFromInputs({
    url: input('archived-url', ''),
    messageId: input('message-id', ''),
    sentAt: input('sent-at', ''),
  });
  const dryRun = flag('dry-run', true);
  const send = !dryRun && record === undefined;
  const sendEmail = send ? smtpSender(process.env.SMTP_URL) : undefined;
  await withActionGitHub('announce', async ({ gh, ghFor }) => {
    const result = await runAnnounce(
      {
        config: {
          members: input('members-file', 'members.yaml'),
          policy: input('policy-file', 'policy.yaml'),
        },
        apply: !dryRun,
        ghsa,
        ...(record ? { record } : {}),
        // A send draws a fresh Message-ID; a preview shows a stable one.
        messageIdSeed: send ? randomUUID() : 'preview',
      },
      { gh, ghFor, ...(sendEmail ? { sendEmail } : {}) },
      actionContext(),
    );
    annotate(result.diagnostics);
    // The email is in the summary (the private ops repo's run page), never in the log.
    await writeSummary(result.render('markdown'));
    const outcome = announceOutcome(result);
    io.setOutput('outcome', result.outcome);
    io.setOutput('sent', String(outcome.sent));
    io.setOutput('message-id', outcome.announcement?.message_id ?? '');
    io.setOutput('sent-at', outcome.announcement?.sent_at ?? '');
    io.setOutput('archive-url', outcome.announcement?.url ?? '');
    io.setOutput('pull-request', outcome.pullRequest ?? '');
    if (outcome.sent && result.outcome === 'apply-failed') {
      const a = outcome.announcement;
      io.error(
        `The email WAS sent (Message-ID ${a?.message_id ?? '?'}, at ${a?.sent_at ?? '?'}) but the PR recording it failed. Do not send it again: run this workflow with message-id "${a?.message_id ?? ''}" and sent-at "${a?.sent_at ?? ''}" (dry-run off) to record it.`,
      );
    }
    if (jobFailed(result))
      throw new UserError(
        result.outcome === 'invalid'
          ? 'announce: members.yaml or policy.yaml has errors (see the annotations).'
          : result.outcome === 'blocked'
            ? 'announce refused: nothing was sent or written (see the job summary for what is missing).'
            : 'announce: a step failed; the job summary says what was done and what to do.',
      );
  });
});
