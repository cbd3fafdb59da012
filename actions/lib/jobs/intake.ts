// intake: a report sent to security@python.org by someone who does not use GitHub, taken in on their
// behalf. Creates the advisory in the covered repository (as a draft: the triage state cannot be reached
// by API), then proposes its report file (reports/GHSA-….yaml: when it was received, the reporter's name,
// email and wish for credit) in a PR of the private ops repository, and gives the acknowledgement to send.
//
// The reporter's email goes only into that report file: a title or body holding any email address is
// refused. The title and body are embargoed: the plan and the logs give their lengths, never their text.
// A second run with the same title and body finds the advisory the first one created and creates none.
import type { CreatedAdvisory, GitHubApi, NewAdvisory } from '../clients/github/api.js';
import type { Config } from '../config/load.js';
import { isoUtc, formatUtcTime } from '../domain/desk/time.js';
import type { ChangeResult, Format, Note, Plan } from '../domain/plan.js';
import { headline, renderNote, renderResultsLine, withResult } from '../domain/plan.js';
import type { Policy } from '../domain/policy.js';
import { splitRepo } from '../domain/policy.js';
import type { ReportFile } from '../domain/report-file.js';
import { reportFilePath } from '../domain/report-file.js';
import { newReportText, setInReport } from '../domain/report-edit.js';
import { isRealTime } from '../domain/report-rules.js';
import { unifiedDiff } from '../domain/text-diff.js';
import type { ToolPrChange } from '../domain/tool-pr.js';
import { describeToolPrChange } from '../domain/tool-pr.js';
import type { JobContext } from './context.js';
import type { Job, JobResult, JobSettings } from './job.js';
import { applyInOrder, runJob } from './job.js';
import { reading } from './reading.js';
import { editedReportProblem } from './report-commands.js';
import type { ObservedReportPr, ReportPrSpec } from './report-pr.js';
import { planReportPr, readReportPr } from './report-pr.js';
import { applyToolPr } from './tool-pr.js';

/** GitHub's limits on an advisory's summary and description. */
export const TITLE_MAX = 1024;
export const BODY_MAX = 65535;
/** How far back a second run looks for the advisory a first run created (drafts created since). */
export const DUPLICATE_WINDOW_DAYS = 30;
/** The report file's name in a dry run, before GitHub assigns the id (a valid id: x is one of its letters). */
export const PENDING_GHSA = 'GHSA-xxxx-xxxx-xxxx';
const PURPOSE = 'intake';

export interface Reporter {
  name: string;
  email: string;
  /** Credited publicly (the CVE record, the advisory email); --no-credit makes it false. */
  credit: boolean;
}

export interface IntakeSettings extends JobSettings {
  /** The covered repository, owner/name. */
  repo: string;
  /** The advisory's summary and description. Embargoed: only their lengths are ever shown. */
  title: string;
  body: string;
  /** Where the body came from, for messages. */
  bodyFile: string;
  reporter: Reporter;
  /** When the PSRT received the report (a time with zone); default: now. */
  received?: string;
}

export interface IntakeDeps {
  gh: GitHubApi;
}

/** An advisory a previous intake created with the same title and description. */
export interface PriorAdvisory {
  ghsaId: string;
  url: string;
  createdAt: string;
}

export interface IntakeObserved {
  /** Nothing was read: the input is refused (the plan says why). */
  skipped?: boolean;
  prior?: PriorAdvisory;
  /** The report file and its intake PR, for a prior advisory. */
  report?: ObservedReportPr;
}

/** The package GitHub requires on an advisory: the product the CNA names for the repository. */
export interface AffectedPackage {
  ecosystem: 'pip' | 'other';
  name: string;
}

export type IntakeChange =
  | {
      kind: 'advisory-create';
      repo: string;
      /** Sent to GitHub, never rendered: the summary and description are embargoed. */
      advisory: NewAdvisory;
      titleLength: number;
      bodyLength: number;
      affected: AffectedPackage;
    }
  | {
      kind: 'report-file';
      repo: string;
      opsRepo: string;
      /** The advisory's id when known at plan time; else the one the create step gets. */
      ghsa?: string;
      fields: Pick<ReportFile, 'received' | 'reporter'>;
      /** Planned against the ops repository when the id is known; else converged at apply time. */
      pr?: ToolPrChange;
    };

export interface IntakePlan extends Plan<IntakeChange> {
  opsRepo: string;
  repo: string;
  /** The advisory's id when it exists already (a prior run created it). */
  prior?: PriorAdvisory;
  /** The report file as proposed (named PENDING_GHSA until GitHub assigns the id). */
  file?: { path: string; before?: string; after: string };
  reporter: Reporter;
  received: string;
  refusal?: string;
}

// --- pure checks -----------------------------------------------------------------------------------

const EMAIL =
  /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+/g;

/** Where email addresses sit in a text (line and column from 1), the address itself not kept. */
export function emailAddressPlaces(text: string): { line: number; column: number }[] {
  const out: { line: number; column: number }[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    for (const m of line.matchAll(EMAIL)) out.push({ line: i + 1, column: m.index + 1 });
  });
  return out;
}

/** "Name <email>" as people write it in a From: line. */
export function parseReporter(text: string): { name: string; email: string } | undefined {
  const m = /^\s*(.*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
  if (!m || m[1] === '') return undefined;
  const name = m[1]!.replace(/^"(.*)"$/, '$1').trim();
  return name === '' ? undefined : { name, email: m[2]! };
}

/**
 * What is wrong with an intake's input, before anything is read: empty or too long texts, any email
 * address in the title or body (the reporter's above all: it would reach the advisory, which becomes
 * public), a `received` that is not a real time with zone or lies in the future.
 */
export function intakeInputProblems(settings: IntakeSettings, policy: Policy, now: Date): string[] {
  const problems: string[] = [];
  if (!policy.covered_repos.some((r) => r.toLowerCase() === settings.repo.toLowerCase()))
    problems.push(
      `${settings.repo} is not a covered repository (policy covered_repos: ${policy.covered_repos.join(', ')}).`,
    );
  const title = settings.title.trim();
  if (title === '') problems.push('the title is empty.');
  else if (title.length > TITLE_MAX)
    problems.push(`the title has ${title.length} characters; GitHub takes at most ${TITLE_MAX}.`);
  if (settings.body.trim() === '') problems.push(`${settings.bodyFile} is empty.`);
  else if (settings.body.length > BODY_MAX)
    problems.push(`${settings.bodyFile} has ${settings.body.length} characters; GitHub takes at most ${BODY_MAX}.`);
  const email = settings.reporter.email.toLowerCase();
  const texts = [
    { what: 'the title', text: settings.title },
    { what: settings.bodyFile, text: settings.body },
  ];
  for (const { what, text } of texts) {
    const places = emailAddressPlaces(text);
    if (text.toLowerCase().includes(email))
      problems.push(
        `${what} holds the reporter's email address: it would reach the advisory, which is published later. Remove it; it goes only into the report file.`,
      );
    else if (places.length > 0)
      problems.push(
        `${what} holds an email address (${places.map((p) => `line ${p.line}, column ${p.column}`).join('; ')}): the advisory is published later, so intake puts no address in it. Remove it or write it another way (user [at] example.org); a coordinator can add what is needed in GitHub's editor.`,
      );
  }
  if (settings.received !== undefined) {
    const zoned = /(?:Z|[+-]\d{2}:\d{2})$/.test(settings.received) && /T/.test(settings.received);
    if (!zoned || !isRealTime(settings.received))
      problems.push(
        `--received "${settings.received}" is not a real time with its zone (e.g. 2026-11-20T09:15:00Z or 2026-11-20T10:15:00+01:00).`,
      );
    else if (Date.parse(settings.received) > now.getTime())
      problems.push(`--received ${settings.received} is in the future.`);
  }
  return problems;
}

/** The package sent with the advisory: pip's own name on PyPI, else the product the CNA names, ecosystem other. */
export function affectedPackage(policy: Policy, repo: string): AffectedPackage {
  const key = Object.keys(policy.cna.products).find((k) => k.toLowerCase() === repo.toLowerCase());
  const product = key === undefined ? undefined : policy.cna.products[key];
  if (product?.package_name && product.package_url?.replace(/\/+$/, '') === 'https://pypi.org')
    return { ecosystem: 'pip', name: product.package_name };
  return { ecosystem: 'other', name: product?.product ?? splitRepo(repo).repo };
}

/** The report file of an intake: the existing text (or a new file) with `received` and `reporter` set. */
export function intakeReportText(
  existing: string | undefined,
  repo: string,
  ghsa: string,
  fields: Pick<ReportFile, 'received' | 'reporter'>,
): string {
  let text =
    existing ??
    newReportText(
      { repo, ghsa },
      "Taken in on the reporter's behalf (psrt intake). The reporter's email stays in this private\nrepository; it never goes into the advisory.",
    );
  if (fields.received !== undefined) text = setInReport(text, ['received'], fields.received);
  if (fields.reporter !== undefined) text = setInReport(text, ['reporter'], fields.reporter);
  return text;
}

function sameText(a: string, b: string): boolean {
  const norm = (t: string) => t.replace(/\r\n?/g, '\n').trim();
  return norm(a) === norm(b);
}

// --- read --------------------------------------------------------------------------------------------

/**
 * The advisory an earlier run of this intake created: a draft in the repository, created within
 * DUPLICATE_WINDOW_DAYS, with the same summary and description (compared in memory, never shown).
 */
async function findPriorAdvisory(
  gh: GitHubApi,
  settings: IntakeSettings,
  now: Date,
): Promise<PriorAdvisory | undefined> {
  const { owner } = splitRepo(settings.repo);
  const open = await gh.listOpenAdvisories(owner, [settings.repo]);
  const since = now.getTime() - DUPLICATE_WINDOW_DAYS * 86_400_000;
  const candidates = (open.get(settings.repo.toLowerCase()) ?? []).filter(
    (a) => a.state === 'draft' && a.created_at !== null && Date.parse(a.created_at) >= since,
  );
  for (const c of candidates) {
    const a = await gh.getAdvisory(settings.repo, c.ghsa_id);
    if (sameText(a.summary, settings.title) && sameText(a.description ?? '', settings.body))
      return { ghsaId: a.ghsa_id, url: a.html_url, createdAt: a.created_at ?? c.created_at! };
  }
  return undefined;
}

async function readIntake(settings: IntakeSettings, config: Config, gh: GitHubApi, now: Date): Promise<IntakeObserved> {
  if (intakeInputProblems(settings, config.policy, now).length > 0) return { skipped: true };
  const prior = await reading(`the draft advisories of ${settings.repo}`, () => findPriorAdvisory(gh, settings, now));
  if (!prior) return {};
  const report = await readReportPr(gh, config.policy.ops_repo, prior.ghsaId, PURPOSE);
  return { prior, report };
}

// --- plan ----------------------------------------------------------------------------------------------

function reportPrSpec(opsRepo: string, ghsa: string, change: IntakeChange & { kind: 'report-file' }): ReportPrSpec {
  const credit = change.fields.reporter?.credit === false ? 'no' : 'yes';
  return {
    opsRepo,
    ghsa,
    purpose: PURPOSE,
    title: `${reportFilePath(ghsa)}: taken in on the reporter's behalf`,
    body: `${ghsa} (${change.repo}) was taken in by \`psrt intake\` for a reporter who does not use GitHub: received ${formatUtcTime(change.fields.received!)}; the reporter's name and email are kept in this private repository, never in the advisory; public credit: ${credit}.\n\nOpened by \`psrt intake\`; it never merges this pull request.`,
  };
}

export function planIntake(config: Config, observed: IntakeObserved, settings: IntakeSettings, now: Date): IntakePlan {
  const { policy } = config;
  const opsRepo = policy.ops_repo;
  const received = settings.received ?? (observed.prior ? observed.prior.createdAt : isoUtc(now));
  const base = { opsRepo, repo: settings.repo, reporter: settings.reporter, received, notes: [], guards: [] };
  const problems = intakeInputProblems(settings, policy, now);
  if (problems.length > 0 || observed.skipped)
    return { ...base, changes: [], refusal: problems.length > 0 ? problems.join('\n') : 'the input was refused.' };

  const fields: Pick<ReportFile, 'received' | 'reporter'> = {
    received,
    reporter: { name: settings.reporter.name, email: settings.reporter.email, credit: settings.reporter.credit },
  };
  const ghsa = observed.prior?.ghsaId ?? PENDING_GHSA;
  const path = reportFilePath(ghsa);
  const before = observed.report?.text;
  const after = intakeReportText(before, settings.repo, ghsa, fields);
  const problem = editedReportProblem(path, after, policy, now, before);
  if (problem) return { ...base, changes: [], refusal: problem };

  const notes: Note[] = [];
  const changes: IntakeChange[] = [];
  if (observed.prior) {
    notes.push({
      level: 'info',
      text: `${observed.prior.ghsaId} has this title and description (created ${formatUtcTime(observed.prior.createdAt)}): it is not created again.`,
    });
    const fileChange: IntakeChange & { kind: 'report-file' } = {
      kind: 'report-file',
      repo: settings.repo,
      opsRepo,
      ghsa,
      fields,
    };
    const pr = planReportPr(reportPrSpec(opsRepo, ghsa, fileChange), observed.report!, after);
    if (pr) changes.push({ ...fileChange, pr });
    else if (after === before) notes.push({ level: 'info', text: `${path} already says this.` });
    else notes.push({ level: 'info', text: `the open pull request already proposes ${path}.` });
  } else {
    const affected = affectedPackage(policy, settings.repo);
    changes.push(
      {
        kind: 'advisory-create',
        repo: settings.repo,
        advisory: {
          summary: settings.title.trim(),
          description: settings.body,
          vulnerabilities: [
            {
              package: affected,
              vulnerable_version_range: null,
              patched_versions: null,
              vulnerable_functions: null,
            },
          ],
        },
        titleLength: settings.title.trim().length,
        bodyLength: settings.body.length,
        affected,
      },
      { kind: 'report-file', repo: settings.repo, opsRepo, fields },
    );
    notes.push({
      level: 'info',
      text: 'GitHub creates the advisory as a draft: the triage state cannot be reached by API, and a draft is what the PSRT calls accepted. If triage finds it is not a vulnerability, close it (`[CLOSED]` or `[INVALID]` in its title).',
    });
  }
  return {
    ...base,
    ...(observed.prior ? { prior: observed.prior } : {}),
    file: { path, ...(before !== undefined ? { before } : {}), after },
    changes,
    notes,
  };
}

// --- render and apply -----------------------------------------------------------------------------------

export function describeIntakeChange(c: IntakeChange): string {
  switch (c.kind) {
    case 'advisory-create':
      return `+ create a draft advisory in ${c.repo}: title ${c.titleLength} characters, description ${c.bodyLength} characters, affected package ${c.affected.name} (ecosystem ${c.affected.ecosystem})`;
    case 'report-file': {
      const who = `received ${formatUtcTime(c.fields.received!)}, the reporter's name and email, public credit ${c.fields.reporter?.credit === false ? 'no' : 'yes'}`;
      if (c.pr) return `${describeToolPrChange(c.pr)} (${who})`;
      return `+ open a pull request in ${c.opsRepo} adding reports/<the new advisory's id>.yaml (${who})`;
    }
  }
}

export function renderIntake(
  plan: IntakePlan,
  format: Format,
  results?: readonly ChangeResult<IntakeChange>[],
): string {
  const md = format === 'markdown';
  const first = headline('intake', plan, results);
  const lines = [md ? `## ${first}` : first];
  if (plan.refusal !== undefined) {
    lines.push('', `Refused: ${plan.refusal}`);
    return `${lines.join('\n')}\n`;
  }
  const status = new Map(results?.map((r) => [r.change, r] as const));
  if (plan.changes.length > 0)
    lines.push('', ...plan.changes.map((c) => withResult(describeIntakeChange(c), status.get(c))));
  lines.push(...plan.notes.map((n) => renderNote(n, format)));
  const outcome = intakeOutcome(plan, results);
  if (outcome.ghsa)
    lines.push('', `Advisory: ${outcome.ghsa}${outcome.advisoryUrl ? ` (${outcome.advisoryUrl})` : ''}`);
  if (outcome.pullRequest) lines.push(`Pull request: ${outcome.pullRequest}`);
  lines.push(...renderResultsLine(results, format));
  if (!results && plan.changes.length > 0 && plan.file) {
    const diff = unifiedDiff(plan.file.before, plan.file.after, {
      oldName: `a/${plan.file.path}`,
      newName: `b/${plan.file.path}`,
    });
    lines.push(
      '',
      `Dry run: nothing was created. The report file the pull request in ${plan.opsRepo} would add${plan.prior ? '' : ` (named after the id GitHub assigns)`}:`,
      md ? `\n\`\`\`diff\n${diff}\`\`\`` : `\n${diff.trimEnd()}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The advisory (prior or just created) and the report PR, from a plan and its results. */
export function intakeOutcome(
  plan: IntakePlan,
  results?: readonly ChangeResult<IntakeChange>[],
): { ghsa?: string; advisoryUrl?: string; pullRequest?: string } {
  const created = results?.find((r) => r.change.kind === 'advisory-create' && r.status === 'done')?.detail;
  const m = created === undefined ? undefined : /\/(GHSA(?:-[0-9a-z]{4}){3})$/.exec(created);
  const pr = results?.find((r) => r.change.kind === 'report-file' && r.status === 'done')?.detail;
  const ghsa = plan.prior?.ghsaId ?? m?.[1];
  const advisoryUrl = plan.prior?.url ?? created;
  return {
    ...(ghsa ? { ghsa } : {}),
    ...(advisoryUrl ? { advisoryUrl } : {}),
    ...(pr ? { pullRequest: pr } : {}),
  };
}

async function applyIntake(plan: IntakePlan, gh: GitHubApi, ctx: JobContext): Promise<ChangeResult<IntakeChange>[]> {
  let created: CreatedAdvisory | undefined;
  return applyInOrder(
    plan.changes.map((c) => [c]),
    async ([c]) => {
      const change = c!;
      if (change.kind === 'advisory-create') {
        created = await gh.createAdvisory(change.repo, change.advisory);
        return created.url;
      }
      if (change.pr) return applyToolPr(gh, change.pr);
      // The id is GitHub's answer to the step before: plan the PR against the ops repository now.
      const ghsa = created?.ghsaId;
      if (!ghsa) throw new Error('the advisory was not created, so its report file has no name');
      const observed = await readReportPr(gh, plan.opsRepo, ghsa, PURPOSE);
      const after = intakeReportText(observed.text, change.repo, ghsa, change.fields);
      const pr = planReportPr(reportPrSpec(plan.opsRepo, ghsa, change), observed, after);
      return pr ? applyToolPr(gh, pr) : (observed.pr.open?.url ?? '');
    },
    ctx,
    describeIntakeChange,
  );
}

export const intakeJob: Job<IntakeSettings, IntakeDeps, IntakeObserved, IntakePlan, IntakeChange> = {
  name: 'intake',
  read: (settings, config, deps, ctx) => readIntake(settings, config, deps.gh, ctx.now()),
  plan: planIntake,
  render: renderIntake,
  apply: (plan, deps, ctx) => applyIntake(plan, deps.gh, ctx),
};

export function runIntake(
  settings: IntakeSettings,
  deps: IntakeDeps,
  ctx: JobContext,
): Promise<JobResult<IntakePlan, IntakeChange>> {
  return runJob(intakeJob, settings, deps, ctx);
}

// --- the acknowledgement ---------------------------------------------------------------------------------

/**
 * The reply to send the reporter once the advisory exists: thanks, where the report is tracked, who
 * writes next, and the embargo. It names the advisory by id and repeats nothing of the report.
 */
export function acknowledgement(params: { ghsa: string; repo: string; reporter: Reporter }): string {
  const { ghsa, repo, reporter } = params;
  // One line per paragraph: the mail client wraps it.
  return [
    `Dear ${reporter.name},`,
    'Thank you for reporting this vulnerability to the Python Security Response Team (PSRT).',
    `Your report is now tracked privately as ${ghsa}, a GitHub Security Advisory of ${repo} that only the PSRT and the experts it asks for help can see. We entered it on your behalf, so you do not need a GitHub account; your email address stays in the PSRT's private records, not in the advisory.`,
    `A coordinator from the PSRT will be in touch with you about the next steps. ${
      reporter.credit
        ? `If the report leads to an advisory, we will credit you as "${reporter.name}" unless you tell us otherwise.`
        : 'As you asked, you will not be credited publicly.'
    }`,
    `Please keep the report and its details embargoed (do not share or publish them) until the PSRT has published an advisory and told you so. If you plan to disclose it, or learn that it is being exploited, please tell us first, quoting ${ghsa}.`,
    'Thank you,\nThe Python Security Response Team',
  ].join('\n\n');
}
