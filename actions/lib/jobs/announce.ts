// announce: the advisory email to security-announce, sent from the report (issue 14). read (the report
// file on the ops repo's default branch, the announce PR or branch, the advisory) → plan
// (announce-plan.ts) → render → apply: the email over SMTP first, then the PR recording it. The SMTP
// connection is injected by the entry (SMTP_URL), so nothing here reads the environment.
import type { GitHubApi } from '../clients/github/api.js';
import type { RawEmail, SmtpReceipt } from '../clients/smtp.js';
import type { Config } from '../config/load.js';
import { parseReportText } from '../config/report-files.js';
import type { ChangeResult } from '../domain/plan.js';
import type { Announcement, ReportFile } from '../domain/report-file.js';
import { announcementOf, reportFilePath } from '../domain/report-file.js';
import { splitRepo } from '../domain/policy.js';
import { UserError } from '../errors.js';
import type { AnnounceChange, AnnounceObserved, AnnouncePlan, AnnounceSettings } from './announce-plan.js';
import {
  ANNOUNCE_PURPOSE,
  describeAnnounceChange,
  planAnnounce,
  renderAnnounce,
  sameAnnouncement,
} from './announce-plan.js';
import type { JobContext } from './context.js';
import type { Job, JobResult } from './job.js';
import { applyInOrder, runJob } from './job.js';
import { reading } from './reading.js';
import { readReportPr, reportBranch } from './report-pr.js';
import { applyToolPr } from './tool-pr.js';

export type { AnnounceChange, AnnouncePlan, AnnounceSettings } from './announce-plan.js';
export { ANNOUNCE_PURPOSE } from './announce-plan.js';

export interface AnnounceDeps {
  /** The ops repository's org. */
  gh: GitHubApi;
  /** The client for a covered repository's owner (an installation token is per org); default gh. */
  ghFor?: (owner: string) => GitHubApi;
  /** Sends one message over SMTP and resolves once the server accepted it; needed only to send. */
  sendEmail?: (message: RawEmail) => Promise<SmtpReceipt>;
}

function checkedReport(
  where: string,
  text: string,
  config: Config,
  now: Date,
  ghsa: string,
): { report: ReportFile; text: string } {
  const parsed = parseReportText(`${where}:${reportFilePath(ghsa)}`, text, config.policy, now);
  if (!parsed.report) {
    const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
    throw new UserError(
      `${where}:${reportFilePath(ghsa)} has ${errors.length} error(s): nothing was sent or written.\n${errors
        .map((d) => `  ${d.file}:${d.line}:${d.column}: ${d.message} [${d.rule}]`)
        .join('\n')}`,
    );
  }
  return { report: parsed.report, text };
}

async function readAnnounce(
  settings: AnnounceSettings,
  config: Config,
  deps: AnnounceDeps,
  ctx: JobContext,
): Promise<AnnounceObserved> {
  const { ghsa } = settings;
  const opsRepo = config.policy.ops_repo;
  const path = reportFilePath(ghsa);
  const now = ctx.now();
  const reportPr = await readReportPr(deps.gh, opsRepo, ghsa, ANNOUNCE_PURPOSE);
  if (reportPr.text === undefined) {
    throw new UserError(
      `${opsRepo} has no ${path} on its default branch: the email's patch links and the announcement live there. Write the report file first (the report desk does on accept). Nothing was sent.`,
    );
  }
  const { report } = checkedReport(opsRepo, reportPr.text, config, now, ghsa);
  const merged = announcementOf(report.record);

  // What an earlier run recorded but the default branch does not hold yet: the open PR's file, or the
  // branch of a run that committed it and stopped before opening the PR.
  let pending: AnnounceObserved['pending'];
  const open = reportPr.pr.open;
  const branch = reportBranch(ghsa, ANNOUNCE_PURPOSE);
  const pendingText = open
    ? open.files[path]
    : (await reading(`${path} on the branch ${branch} of ${opsRepo}`, () => deps.gh.readFile(opsRepo, path, branch)))
        ?.text;
  if (pendingText !== undefined && pendingText !== reportPr.text) {
    const where = open ? `pull request #${open.number}` : `branch ${branch}`;
    const onBranch = checkedReport(`${opsRepo} (${where})`, pendingText, config, now, ghsa);
    const announcement: Announcement | undefined = announcementOf(onBranch.report.record);
    if (announcement && !sameAnnouncement(announcement, merged)) {
      pending = { announcement, where, merged: false, text: pendingText };
    }
  }

  let advisory: AnnounceObserved['advisory'];
  if (!settings.record) {
    const gh = deps.ghFor?.(splitRepo(report.repo).owner) ?? deps.gh;
    advisory = await reading(`the advisory ${ghsa} of ${report.repo}`, () => gh.getAdvisory(report.repo, ghsa));
  }
  return {
    opsRepo,
    report,
    reportText: reportPr.text,
    reportPr,
    ...(pending ? { pending } : {}),
    ...(advisory ? { advisory } : {}),
  };
}

async function applyAnnounce(
  plan: AnnouncePlan,
  deps: AnnounceDeps,
  ctx: JobContext,
): Promise<ChangeResult<AnnounceChange>[]> {
  return applyInOrder(
    plan.changes.map((c) => [c]),
    async ([c]) => {
      const change = c!;
      if (change.kind === 'record-announcement') return applyToolPr(deps.gh, change.pr);
      if (!deps.sendEmail) throw new UserError('no SMTP connection was given (set SMTP_URL): nothing was sent.');
      const receipt = await deps.sendEmail({
        raw: change.raw,
        envelope: change.envelope,
        messageId: change.messageId,
      });
      return `accepted by the SMTP server for ${receipt.accepted.join(', ')} (${receipt.response})`;
    },
    ctx,
    describeAnnounceChange,
  );
}

export const announceJob: Job<AnnounceSettings, AnnounceDeps, AnnounceObserved, AnnouncePlan, AnnounceChange> = {
  name: 'announce',
  read: readAnnounce,
  plan: planAnnounce,
  render: renderAnnounce,
  apply: applyAnnounce,
};

export type AnnounceResult = JobResult<AnnouncePlan, AnnounceChange>;

export function runAnnounce(settings: AnnounceSettings, deps: AnnounceDeps, ctx: JobContext): Promise<AnnounceResult> {
  return runJob(announceJob, settings, deps, ctx);
}

/** What a run did: whether the email went out, what was recorded, and the PR. */
export function announceOutcome(result: AnnounceResult): {
  sent: boolean;
  announcement?: Announcement;
  pullRequest?: string;
} {
  const plan = result.plan;
  const done = (kind: AnnounceChange['kind']) =>
    result.results?.find((r) => r.change.kind === kind && r.status === 'done');
  const sent = done('send-email') !== undefined;
  const announcement = plan?.announcement ?? plan?.recorded?.announcement;
  const pullRequest = done('record-announcement')?.detail ?? plan?.openPullRequest;
  return {
    sent,
    ...(announcement && (sent || plan?.mode === 'record' || plan?.recorded) ? { announcement } : {}),
    ...(pullRequest ? { pullRequest } : {}),
  };
}
