// announce: the plan and its rendering (pure). A send is two changes applied in order: the email over
// SMTP, then one PR in the ops repository writing `record.announcement` (Message-ID, time, archive URL)
// to the report file, which is what lets the CNA desk publish. An announcement recorded anywhere (the
// default branch, the open announce PR, or the announce branch an interrupted run committed to) means
// the email was sent: nothing is sent again. `--archived URL` (and `--message-id`, `--sent-at`) records
// an announcement without sending.
//
// Embargo: the email's text is the advisory's. It is shown in the preview (a terminal, the job summary
// of the private ops repository) and, once sent and so public, in the PR body; change lines, notes,
// guards and logs name the advisory by its GHSA id only.
import type { Config } from '../config/load.js';
import type { AdvisoryEmailPlan, RepositoryAdvisory } from '../domain/announce.js';
import {
  archiveThreadUrl,
  planAdvisoryEmail,
  renderEmailMessage,
  renderEmailPreview,
  renderRefusals,
} from '../domain/announce.js';
import type { ChangeResult, Format, GuardResult, Note, Plan } from '../domain/plan.js';
import { renderGuards, renderNote, withResult } from '../domain/plan.js';
import { DEFAULT_ANNOUNCE_FROM } from '../domain/policy.js';
import { setInReport } from '../domain/report-edit.js';
import type { Announcement, ReportFile } from '../domain/report-file.js';
import { announcementOf, reportFilePath } from '../domain/report-file.js';
import type { ToolPrChange } from '../domain/tool-pr.js';
import { describeToolPrChange } from '../domain/tool-pr.js';
import type { JobSettings } from './job.js';
import type { ObservedReportPr } from './report-pr.js';
import { planReportPr, reportBranch } from './report-pr.js';

/** The purpose of the report PR that records the announcement (branch `psrt/report/GHSA-…/announce`). */
export const ANNOUNCE_PURPOSE = 'announce';

export interface AnnounceSettings extends JobSettings {
  ghsa: string;
  /**
   * An announcement sent earlier (by hand, or by a run whose PR failed), recorded without sending. Absent:
   * the email is rendered and, when applying, sent and recorded.
   */
  record?: Announcement;
  /** Makes the Message-ID: a fresh random value for a send (the entry draws it), a fixed one for a preview. */
  messageIdSeed: string;
}

/** An announcement already recorded, and where. */
export interface RecordedAnnouncement {
  announcement: Announcement;
  /** 'the default branch', 'pull request #12' or 'branch psrt/report/…/announce'. */
  where: string;
  /** Merged into the default branch: nothing left to do. */
  merged: boolean;
}

export interface AnnounceObserved {
  opsRepo: string;
  /** The report file on the default branch, checked, and its text. */
  report: ReportFile;
  reportText: string;
  reportPr: ObservedReportPr;
  /** An announcement in the open announce PR or on the announce branch that the default branch lacks. */
  pending?: RecordedAnnouncement & { text: string };
  /** Read only to render the email (not when recording by hand). */
  advisory?: RepositoryAdvisory;
}

export type AnnounceChange =
  | {
      kind: 'send-email';
      ghsa: string;
      to: string;
      messageId: string;
      /** The message as it goes over SMTP (holds the advisory's text: never logged). */
      raw: string;
      envelope: { from: string; to: string[] };
    }
  | { kind: 'record-announcement'; ghsa: string; path: string; announcement: Announcement; pr: ToolPrChange };

export interface AnnouncePlan extends Plan<AnnounceChange> {
  ghsa: string;
  opsRepo: string;
  mode: 'send' | 'record';
  /** Not applying: show what would be done. */
  dryRun: boolean;
  /** Send mode: the email, rendered whether or not it may be sent. */
  email?: AdvisoryEmailPlan;
  /** Already announced: nothing is sent. */
  recorded?: RecordedAnnouncement;
  /** What the report PR records. */
  announcement?: Announcement;
  /** The open announce PR, when there is one. */
  openPullRequest?: string;
}

/** ISO 8601 in UTC to the second, as report files write times. */
export function isoSecond(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The announcement with its keys in the file's order and no empty field. */
export function normalAnnouncement(a: Announcement): Announcement {
  return {
    ...(a.url ? { url: a.url } : {}),
    ...(a.message_id ? { message_id: a.message_id } : {}),
    ...(a.sent_at ? { sent_at: a.sent_at } : {}),
  };
}

export function sameAnnouncement(a: Announcement | undefined, b: Announcement | undefined): boolean {
  if (!a || !b) return a === b;
  return JSON.stringify(normalAnnouncement(a)) === JSON.stringify(normalAnnouncement(b));
}

function describeAnnouncement(a: Announcement): string {
  const parts = [
    ...(a.message_id ? [`Message-ID ${a.message_id}`] : []),
    ...(a.sent_at ? [`sent ${a.sent_at}`] : []),
    ...(a.url ? [`archived at ${a.url}`] : []),
  ];
  return parts.join(', ');
}

export function describeAnnounceChange(c: AnnounceChange): string {
  return c.kind === 'send-email'
    ? `+ send the advisory email of ${c.ghsa} to ${c.to} (Message-ID ${c.messageId})`
    : `${c.pr.kind === 'pr-open' ? '+' : '~'} record the announcement in ${c.path}: ${describeToolPrChange(c.pr).replace(/^[+~-] /, '')}`;
}

const EMAIL_START = '<!-- psrt-ops:email -->';
const EMAIL_END = '<!-- /psrt-ops:email -->';

/** A Markdown code fence longer than any run of backticks in the text. */
function fenced(text: string, info = 'text'): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${text.replace(/\n$/, '')}\n${fence}`;
}

/** The email block of an announce PR's body (kept when the PR is later updated by hand-entered data). */
function emailBlockOf(body: string | undefined): string | undefined {
  if (!body) return undefined;
  const start = body.indexOf(EMAIL_START);
  const end = body.indexOf(EMAIL_END);
  return start >= 0 && end > start ? body.slice(start, end + EMAIL_END.length) : undefined;
}

function prBody(input: {
  ghsa: string;
  to: string;
  announcement: Announcement;
  how: string;
  emailBlock?: string;
}): string {
  const a = input.announcement;
  const path = reportFilePath(input.ghsa);
  const rows = [
    '| | |',
    '|---|---|',
    `| Message-ID | ${a.message_id ? `\`${a.message_id}\`` : 'not known'} |`,
    `| Sent at | ${a.sent_at ?? 'not known'} |`,
    `| Archive | ${a.url ?? `not known yet: add it with \`npx psrt announce ${input.ghsa} --archived URL\``} |`,
  ];
  return [
    `${input.how} to \`${input.to}\`.`,
    '',
    ...rows,
    '',
    `Merging this PR writes \`record.announcement\` to \`${path}\`. The CNA desk publishes the CVE record only once it is recorded, and within 24 hours of the email.`,
    ...(input.emailBlock
      ? ['', '**Second operator:** the email as sent is below; check the CVE record against it.', '', input.emailBlock]
      : []),
    '',
    'Opened by `psrt announce`; later runs update this PR and never merge it.',
  ].join('\n');
}

function prTitle(ghsa: string): string {
  return `${ghsa}: record the advisory email`;
}

/** The report PR recording `announcement`, or undefined when the default branch already holds it. */
function recordChange(
  observed: AnnounceObserved,
  ghsa: string,
  content: string,
  body: string,
  announcement: Announcement,
): AnnounceChange | undefined {
  const pr = planReportPr(
    { opsRepo: observed.opsRepo, ghsa, purpose: ANNOUNCE_PURPOSE, title: prTitle(ghsa), body },
    observed.reportPr,
    content,
  );
  return pr
    ? {
        kind: 'record-announcement',
        ghsa,
        path: reportFilePath(ghsa),
        announcement: normalAnnouncement(announcement),
        pr,
      }
    : undefined;
}

function recordedOf(observed: AnnounceObserved): RecordedAnnouncement | undefined {
  if (observed.pending) return observed.pending;
  const merged = announcementOf(observed.report.record);
  return merged ? { announcement: merged, where: 'the default branch', merged: true } : undefined;
}

function planSend(config: Config, observed: AnnounceObserved, settings: AnnounceSettings, now: Date): AnnouncePlan {
  const { ghsa } = settings;
  const { policy } = config;
  const open = observed.reportPr.pr.open?.url;
  const base = {
    ghsa,
    opsRepo: observed.opsRepo,
    mode: 'send' as const,
    dryRun: !settings.apply,
    ...(open ? { openPullRequest: open } : {}),
  };
  if (!observed.advisory) throw new Error('announce: the advisory was not read');
  const email = planAdvisoryEmail({
    advisory: observed.advisory,
    report: observed.report,
    policy,
    from: policy.announce.from ?? DEFAULT_ANNOUNCE_FROM,
    date: now,
    messageIdSeed: settings.messageIdSeed,
  });
  const notes: Note[] = [];
  const recorded = recordedOf(observed);
  if (recorded) {
    notes.push({
      level: 'info',
      text: `${ghsa} was announced already (${describeAnnouncement(recorded.announcement)}), as ${recorded.where} records: nothing is sent.`,
    });
    const changes: AnnounceChange[] = [];
    const pending = observed.pending;
    if (pending && !observed.reportPr.pr.open) {
      // An earlier run sent the email and committed the record, then stopped before opening the PR.
      notes.push({
        level: 'warning',
        text: `${pending.where} holds this announcement but no pull request does: it is opened now. If that message is an old one (a correction is to be sent), delete the branch ${reportBranch(ghsa, ANNOUNCE_PURPOSE)} and run again.`,
      });
      const body = prBody({
        ghsa,
        to: policy.announce.to,
        announcement: pending.announcement,
        how: `An earlier \`psrt announce\` run sent the advisory email of ${ghsa} and committed this record, but did not open the pull request; it went`,
      });
      const change = recordChange(observed, ghsa, pending.text, body, pending.announcement);
      if (change) changes.push(change);
    } else if (!recorded.merged) {
      notes.push({ level: 'info', text: `Merge ${recorded.where} (a second operator reviews it) to record it.` });
    }
    return { ...base, email, recorded, changes, notes, guards: [] };
  }

  const messageId = email.email.messageId;
  const url = archiveThreadUrl(policy.announce.archive, messageId);
  const announcement: Announcement = { ...(url ? { url } : {}), message_id: messageId, sent_at: isoSecond(now) };
  const content = setInReport(observed.reportText, ['record', 'announcement'], announcement);
  const body = prBody({
    ghsa,
    to: policy.announce.to,
    announcement,
    how: `The advisory email of ${ghsa} was sent by \`psrt announce\``,
    emailBlock: `${EMAIL_START}\n${fenced(renderEmailMessage(email.email))}\n${EMAIL_END}`,
  });
  const record = recordChange(observed, ghsa, content, body, announcement);
  const changes: AnnounceChange[] = [
    {
      kind: 'send-email',
      ghsa,
      to: policy.announce.to,
      messageId,
      raw: email.email.raw,
      envelope: email.email.envelope,
    },
    ...(record ? [record] : []),
  ];
  if (!url && email.sendable) {
    notes.push({
      level: 'info',
      text: `announce.archive is not a Mailman 3 (HyperKitty) list URL: once the message is archived, record its URL with \`npx psrt announce ${ghsa} --archived URL\`.`,
    });
  }
  const guards: GuardResult[] = settings.apply
    ? [
        {
          guard: 'ready-to-send',
          ok: email.sendable,
          detail: email.sendable
            ? 'the advisory has a CVE ID, a severity and a patch reference'
            : `${email.refusals.length} item(s) missing: ${email.refusals.map((r) => r.item).join(', ')}`,
        },
      ]
    : [];
  return { ...base, email, announcement, changes, notes, guards };
}

function planRecord(config: Config, observed: AnnounceObserved, settings: AnnounceSettings, now: Date): AnnouncePlan {
  const { ghsa } = settings;
  const given = settings.record ?? {};
  const recorded = recordedOf(observed);
  const before = recorded?.announcement ?? {};
  const notes: Note[] = [];
  const guards: GuardResult[] = [];
  const conflicts = (['message_id', 'sent_at'] as const).filter(
    (key) => before[key] !== undefined && given[key] !== undefined && before[key] !== given[key],
  );
  guards.push({
    guard: 'same-message',
    ok: conflicts.length === 0,
    detail:
      conflicts.length === 0
        ? 'what is given agrees with what is recorded'
        : `${recorded!.where} records ${conflicts.map((k) => `${k} ${before[k]}`).join(' and ')}, not ${conflicts.map((k) => given[k]).join(' and ')}: a report has one announcement. To record another, remove record.announcement from ${reportFilePath(ghsa)} by a PR first.`,
  });
  const sentAt = given.sent_at ? Date.parse(given.sent_at) : undefined;
  guards.push({
    guard: 'sent-in-the-past',
    ok: sentAt === undefined || sentAt <= now.getTime(),
    detail: sentAt === undefined || sentAt <= now.getTime() ? 'ok' : `--sent-at ${given.sent_at} is in the future`,
  });
  const messageId = given.message_id ?? before.message_id;
  const derived =
    !given.url && !before.url && messageId ? archiveThreadUrl(config.policy.announce.archive, messageId) : undefined;
  if (derived) notes.push({ level: 'info', text: `The archive URL follows from the Message-ID: ${derived}` });
  if (given.url && before.url && given.url !== before.url)
    notes.push({ level: 'warning', text: `The archive URL ${before.url} is replaced by ${given.url}.` });
  const announcement = normalAnnouncement({ ...before, ...(derived ? { url: derived } : {}), ...given });
  const merged = announcementOf(observed.report.record);
  const content = sameAnnouncement(merged, announcement)
    ? observed.reportText
    : setInReport(observed.reportText, ['record', 'announcement'], announcement);
  const body = prBody({
    ghsa,
    to: config.policy.announce.to,
    announcement,
    how: `The advisory email of ${ghsa} was sent (recorded by hand with \`psrt announce --archived\`)`,
    ...(emailBlockOf(observed.reportPr.pr.open?.body)
      ? { emailBlock: emailBlockOf(observed.reportPr.pr.open?.body)! }
      : {}),
  });
  if (!announcement.sent_at)
    notes.push({
      level: 'warning',
      text: 'No send time is recorded: the CNA desk publishes within 24 hours of the email; add --sent-at.',
    });
  const change = recordChange(observed, ghsa, content, body, announcement);
  if (!change) notes.push({ level: 'info', text: `${reportFilePath(ghsa)} already records this announcement.` });
  return {
    ghsa,
    opsRepo: observed.opsRepo,
    mode: 'record',
    dryRun: !settings.apply,
    ...(observed.reportPr.pr.open ? { openPullRequest: observed.reportPr.pr.open.url } : {}),
    ...(recorded ? { recorded } : {}),
    announcement,
    changes: change ? [change] : [],
    notes,
    guards: settings.apply ? guards : guards.filter((g) => !g.ok),
  };
}

export function planAnnounce(
  config: Config,
  observed: AnnounceObserved,
  settings: AnnounceSettings,
  now: Date,
): AnnouncePlan {
  return settings.record ? planRecord(config, observed, settings, now) : planSend(config, observed, settings, now);
}

// --- rendering -------------------------------------------------------------------------------------------

function resultOf(
  results: readonly ChangeResult<AnnounceChange>[] | undefined,
  kind: AnnounceChange['kind'],
): ChangeResult<AnnounceChange> | undefined {
  return results?.find((r) => r.change.kind === kind);
}

function headlineOf(plan: AnnouncePlan, results: readonly ChangeResult<AnnounceChange>[] | undefined): string {
  const head = `announce ${plan.ghsa}`;
  const sent = resultOf(results, 'send-email');
  const recorded = resultOf(results, 'record-announcement');
  if (plan.mode === 'record') {
    if (plan.changes.length === 0) return `${head}: the announcement is recorded already; nothing to change`;
    if (recorded?.status === 'done') return `${head}: announcement recorded (${recorded.detail ?? 'pull request'})`;
    if (recorded) return `${head}: recording the announcement FAILED`;
    if (plan.guards.some((g) => !g.ok)) return `${head}: refused; nothing recorded`;
    return `${head}: would record the announcement (dry run)`;
  }
  if (plan.recorded)
    return plan.changes.length > 0 && !results
      ? `${head}: announced already; the pull request recording it would be opened (dry run)`
      : recorded?.status === 'done'
        ? `${head}: announced already; pull request opened (${recorded.detail ?? ''})`
        : `${head}: announced already; nothing sent`;
  if (sent?.status === 'done' && recorded?.status === 'done')
    return `${head}: email sent and recorded (${recorded.detail ?? 'pull request'})`;
  if (sent?.status === 'done') return `${head}: email SENT, but recording it FAILED`;
  if (sent) return `${head}: email NOT sent; the report file is unchanged`;
  if (plan.guards.some((g) => !g.ok)) return `${head}: refused; nothing sent`;
  return plan.email?.sendable
    ? `${head}: ready to send (dry run: nothing sent)`
    : `${head}: not ready to send (${plan.email?.refusals.length ?? 0} item(s) missing)`;
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** What to do after the send or the record failed: said plainly, with the command that finishes the job. */
function afterFailure(plan: AnnouncePlan, results: readonly ChangeResult<AnnounceChange>[] | undefined): string[] {
  const sent = resultOf(results, 'send-email');
  const recorded = resultOf(results, 'record-announcement');
  if (sent && sent.status !== 'done') {
    return [
      `Nothing was sent, so nothing was recorded: ${reportFilePath(plan.ghsa)} is unchanged.`,
      `SMTP: ${sent.error ?? 'failed'}`,
      'Fix what the SMTP error names, then run again with --send (a fresh Message-ID is drawn).',
    ];
  }
  if (sent?.status === 'done' && recorded && recorded.status !== 'done' && plan.announcement) {
    const a = plan.announcement;
    const command = [
      `npx psrt announce ${plan.ghsa}`,
      ...(a.message_id ? [`--message-id ${shellQuote(a.message_id)}`] : []),
      ...(a.sent_at ? [`--sent-at ${a.sent_at}`] : []),
      ...(a.url ? [`--archived ${a.url}`] : []),
    ].join(' ');
    return [
      `The email WAS sent (Message-ID ${a.message_id ?? '?'}, at ${a.sent_at ?? '?'}), but recording it in ${reportFilePath(plan.ghsa)} failed: ${recorded.error ?? 'unknown error'}.`,
      'Do NOT send it again. Record it without sending (safe to repeat):',
      `  ${command}`,
      'or run the announce workflow with message-id and sent-at set as above (and dry-run off).',
    ];
  }
  if (plan.mode === 'record' && recorded && recorded.status !== 'done') {
    return [`Recording failed: ${recorded.error ?? 'unknown error'}. Nothing was sent; run the same command again.`];
  }
  return [];
}

function nextStep(plan: AnnouncePlan): string[] {
  if (!plan.dryRun || plan.changes.length === 0) return [];
  if (plan.mode === 'record') return ['Dry run: nothing written. Without --dry-run the pull request is opened.'];
  if (plan.recorded) return ['Dry run: nothing written. --send opens the pull request (and sends nothing).'];
  return plan.email?.sendable
    ? [
        'Dry run: nothing sent. --send sends this email (with a freshly drawn Message-ID) and opens the pull request that records it.',
      ]
    : ['--send will refuse until every item above is there.'];
}

/** The run for people: the email (send mode), the changes with their results, notes, and what to do next. */
export function renderAnnounce(
  plan: AnnouncePlan,
  format: Format,
  results?: readonly ChangeResult<AnnounceChange>[],
): string {
  const md = format === 'markdown';
  const status = new Map(results?.map((r) => [r.change, r] as const));
  const out: string[] = [md ? `## ${headlineOf(plan, results)}` : headlineOf(plan, results), ''];
  if (plan.email && !plan.recorded) {
    // Once sent (or attempted), the message as it went; before, the preview and whether it may be sent.
    const message = renderEmailMessage(plan.email.email);
    if (md) out.push('### The email', '', fenced(message), ...(results ? [] : ['', renderRefusals(plan.email)]));
    else out.push(results ? message : renderEmailPreview(plan.email));
    out.push('');
  }
  if (plan.changes.length > 0) {
    out.push(md ? '### Changes' : 'Changes:', ...(md ? [''] : []));
    for (const c of plan.changes) {
      const line = withResult(describeAnnounceChange(c), status.get(c));
      out.push(md ? `- \`${line.replace(/`/g, "'")}\`` : `  ${line}`);
    }
    out.push('');
  }
  for (const r of results ?? []) {
    if (r.status !== 'done' || !r.detail) continue;
    out.push(`${r.change.kind === 'send-email' ? 'Sent' : 'Pull request'}: ${r.detail}`);
  }
  if (plan.notes.length > 0) out.push(...plan.notes.map((n) => renderNote(n, format)), '');
  const tripped = plan.guards.filter((g) => !g.ok);
  if (tripped.length > 0) out.push(...renderGuards(tripped, format), '');
  const after = [...afterFailure(plan, results), ...nextStep(plan)];
  if (after.length > 0) out.push(...after, '');
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
