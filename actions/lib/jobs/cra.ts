// cra: the Cyber Resilience Act steps (EU 2024/2847, Art. 14(2)) of an actively exploited report.
//   cra GHSA-… [--step STEP]          paste-ready text for ENISA's single reporting platform (read only)
//   cra GHSA-… --done STEP --at TIME  records the step as submitted (exploited.submitted.<step>) in a PR
// Nothing is ever submitted anywhere: the platform has no API. A report is exploited when its report file
// says so (exploited.aware_at); a title tag [EXPLOITED] alone is not enough here: the sweep records the
// time it first saw the tag in a PR, and the clocks run from that once it is merged.
import type { GitHubApi } from '../clients/github/api.js';
import type { Config } from '../config/load.js';
import { CRA_STEP_NAMES, CRA_STEPS, craClocks } from '../domain/desk/clocks.js';
import type { CraClock } from '../domain/desk/clocks.js';
import { craText } from '../domain/desk/cra.js';
import { TITLE_TAGS, findTitleTags, stripTitleTags } from '../domain/desk/tags.js';
import { formatUtcTime } from '../domain/desk/time.js';
import type { ChangeResult, Format } from '../domain/plan.js';
import type { CraStep, ReportFile } from '../domain/report-file.js';
import { reportFilePath } from '../domain/report-file.js';
import { setInReport } from '../domain/report-edit.js';
import { isRealTime } from '../domain/report-rules.js';
import type { ToolPrChange } from '../domain/tool-pr.js';
import type { JobContext } from './context.js';
import type { Job, JobResult, JobSettings } from './job.js';
import { runJob } from './job.js';
import { reading } from './reading.js';
import type { LocatedAdvisory, ReportEditPlan } from './report-commands.js';
import {
  advisoryNotFound,
  applyReportEdit,
  editedReportProblem,
  locateAdvisory,
  refusedPlan,
  renderReportEdit,
  soundReportFile,
  unchangedNotes,
} from './report-commands.js';
import type { ObservedReportPr } from './report-pr.js';
import { planReportPr, readReportPr } from './report-pr.js';

export type CraRequest =
  /** The paste-ready text of some steps; `withTitle` puts the (embargoed) advisory title in it. */
  | { kind: 'text'; steps: readonly CraStep[]; withTitle: boolean }
  /** Record that a step was submitted on ENISA's platform at `at` (a time with zone). */
  | { kind: 'done'; step: CraStep; at: string };

export interface CraSettings extends JobSettings {
  ghsa: string;
  request: CraRequest;
}

export interface CraDeps {
  gh: GitHubApi;
}

export interface CraObserved {
  /** The report file on the default branch and, for --done, the step's PR. */
  report: ObservedReportPr;
  /** The advisory: for the text, or to tell a report tagged [EXPLOITED] whose file does not say so yet. */
  located?: LocatedAdvisory;
  searched: string[];
  searchedFileRepo: boolean;
}

export interface CraPlan extends ReportEditPlan {
  mode: CraRequest['kind'];
  /** The report's clocks, one line each (text mode). */
  clockLines: string[];
  /** Paste-ready texts, one per step asked for (text mode). Private: they may carry the title. */
  texts: string[];
  /** The texts carry the advisory's (embargoed) title. */
  withTitle: boolean;
}

export function craPurpose(step: CraStep): string {
  return `cra-${step}`;
}

async function readCra(settings: CraSettings, config: Config, gh: GitHubApi, now: Date): Promise<CraObserved> {
  const { policy } = config;
  const { ghsa, request } = settings;
  const path = reportFilePath(ghsa);
  const report: ObservedReportPr =
    request.kind === 'done'
      ? await readReportPr(gh, policy.ops_repo, ghsa, craPurpose(request.step))
      : await reading(`${path} of ${policy.ops_repo}`, async () => {
          const file = await gh.readFile(policy.ops_repo, path);
          // Text mode writes nothing: no PR is read (the plan has no change to make).
          return { ...(file ? { text: file.text } : {}), pr: { base: '' } };
        });
  const file = soundReportFile(path, report.text, policy, now);
  // The advisory is read for the text; for --done only when the file does not say the report is exploited.
  const needAdvisory = request.kind === 'text' || !file?.exploited;
  const searched = file ? [file.repo] : policy.covered_repos;
  const located = needAdvisory
    ? await reading(`advisory ${ghsa}`, () => locateAdvisory(gh, searched, ghsa))
    : undefined;
  return { report, ...(located ? { located } : {}), searched, searchedFileRepo: file !== undefined };
}

function clockLine(clock: CraClock): string {
  const name = CRA_STEP_NAMES[clock.step];
  const due = clock.due ? `due ${formatUtcTime(clock.due)}` : 'runs from when a fix is available';
  switch (clock.status) {
    case 'met':
      return `${name}: ${due}; submitted ${formatUtcTime(clock.submittedAt!)}`;
    case 'waiting-for-fix':
      return `${name}: ${due} (record exploited.fix_available_at)`;
    case 'running':
      return `${name}: ${due}; running`;
    case 'past-half-time':
      return `${name}: ${due}; past half time`;
    case 'expired':
      return `${name}: ${due}; EXPIRED, not yet recorded as submitted`;
  }
}

/** Why a report without exploited.aware_at in its file cannot be treated as exploited here. */
function notExploited(ghsa: string, fileExists: boolean, located: LocatedAdvisory | undefined): string {
  const path = reportFilePath(ghsa);
  const where = fileExists ? `${path} has no exploited.aware_at` : `there is no ${path}`;
  // The tag is looked for in memory; the title itself is never shown.
  if (located && findTitleTags(located.advisory.summary).includes('EXPLOITED'))
    return `${ghsa}'s title carries [EXPLOITED] but ${where} yet: merge the sweep's pull request that records when it first saw the tag (or add exploited.aware_at by hand), then run this again.`;
  return `${ghsa} is not marked as actively exploited (${where}): the CRA steps apply only to actively exploited vulnerabilities. If it is, record exploited.aware_at (when the PSRT became aware) in ${path}, or put [EXPLOITED] in the advisory's title for the sweep to record it.`;
}

export function planCra(config: Config, observed: CraObserved, settings: CraSettings, now: Date): CraPlan {
  const { policy } = config;
  const { ghsa, request } = settings;
  const opsRepo = policy.ops_repo;
  const path = reportFilePath(ghsa);
  const extra = { mode: request.kind, clockLines: [], texts: [], withTitle: false };
  const refuse = (why: string): CraPlan => ({ ...refusedPlan('cra', opsRepo, ghsa, why), ...extra });

  const before = observed.report.text;
  if (request.kind === 'done') {
    if (!/T.*(?:Z|[+-]\d{2}:\d{2})$/.test(request.at) || !isRealTime(request.at))
      return refuse(`--at "${request.at}" is not a real time with its zone (e.g. 2026-11-26T14:30:00Z).`);
    if (Date.parse(request.at) > now.getTime()) return refuse(`--at ${request.at} is in the future.`);
  }
  const problem = before === undefined ? undefined : editedReportProblem(path, before, policy, now, before);
  if (problem) return refuse(problem);
  const file: ReportFile | undefined = soundReportFile(path, before, policy, now);
  const exploited = file?.exploited;
  if (!exploited) return refuse(notExploited(ghsa, before !== undefined, observed.located));

  if (request.kind === 'text') {
    const located = observed.located;
    if (!located) return refuse(advisoryNotFound(ghsa, observed.searched, observed.searchedFileRepo));
    const a = located.advisory;
    const cvssVector =
      a.cvss_severities?.cvss_v4?.vector_string ?? a.cvss_severities?.cvss_v3?.vector_string ?? a.cvss?.vector_string;
    const productKey = Object.keys(policy.cna.products).find((k) => k.toLowerCase() === located.repo.toLowerCase());
    const product = productKey === undefined ? undefined : policy.cna.products[productKey];
    // The PSRT's own title tags ([ACCEPTED], [EXPLOITED]…) are not part of what the vulnerability is called.
    const title = request.withTitle ? stripTitleTags(a.summary, TITLE_TAGS, '') : '';
    const texts = request.steps.map((step) =>
      craText({
        step,
        repo: located.repo,
        ghsaId: ghsa,
        exploitation: exploited,
        ...(product ? { product } : {}),
        cveId: a.cve_id,
        severity: a.severity,
        cvssVector: cvssVector ?? null,
        ...(title ? { title } : {}),
        now,
      }),
    );
    return {
      job: 'cra',
      opsRepo,
      ghsa,
      intent: [],
      changes: [],
      notes: [],
      guards: [],
      mode: 'text',
      clockLines: craClocks(exploited, now).map(clockLine),
      texts,
      withTitle: title !== '',
    };
  }

  const { step, at } = request;
  const previous = exploited.submitted?.[step];
  const after = setInReport(before!, ['exploited', 'submitted', step], at);
  const edited = editedReportProblem(path, after, policy, now, before);
  if (edited) return refuse(edited);
  const name = CRA_STEP_NAMES[step];
  const title = `${path}: CRA ${name} submitted`;
  const change: ToolPrChange | undefined = planReportPr(
    {
      opsRepo,
      ghsa,
      purpose: craPurpose(step),
      title,
      body: `Records that the CRA ${name} for ${ghsa} was submitted on ENISA's single reporting platform at ${formatUtcTime(at)} (exploited.submitted.${step}). The tool submits nothing; once this is merged, the sweep stops escalating this step.\n\nOpened by \`psrt cra --done\`; it never merges this pull request.`,
    },
    observed.report,
    after,
  );
  return {
    job: 'cra',
    opsRepo,
    ghsa,
    intent: [
      previous === undefined
        ? `+ record the CRA ${name} of ${ghsa} as submitted at ${formatUtcTime(at)}`
        : `~ record the CRA ${name} of ${ghsa} as submitted at ${formatUtcTime(at)} (was ${formatUtcTime(previous)})`,
    ],
    file: { path, before: before!, after },
    changes: change ? [change] : [],
    notes: unchangedNotes(path, observed.report, after, change),
    guards: [],
    mode: 'done',
    clockLines: [],
    texts: [],
    withTitle: false,
  };
}

export function renderCra(plan: CraPlan, format: Format, results?: readonly ChangeResult<ToolPrChange>[]): string {
  if (plan.mode === 'done' || plan.refusal !== undefined) return renderReportEdit(plan, format, results);
  const md = format === 'markdown';
  const lines = [
    md ? `## CRA clocks of ${plan.ghsa}` : `CRA clocks of ${plan.ghsa} (UTC):`,
    '',
    ...plan.clockLines.map((l) => (md ? `- ${l}` : `  ${l}`)),
    '',
    "psrt submits nothing: ENISA's single reporting platform has no API. Fill in each <…>, paste the text there, then record the submission with --done.",
    ...(plan.withTitle
      ? [
          "The texts carry the advisory's title, which is embargoed: paste them nowhere else (--no-title leaves it out).",
        ]
      : []),
  ];
  for (const text of plan.texts) lines.push('', md ? `\`\`\`\n${text}\`\`\`` : `${'-'.repeat(72)}\n${text.trimEnd()}`);
  return `${lines.join('\n')}\n`;
}

export const craJob: Job<CraSettings, CraDeps, CraObserved, CraPlan, ToolPrChange> = {
  name: 'cra',
  read: (settings, config, deps, ctx) => readCra(settings, config, deps.gh, ctx.now()),
  plan: planCra,
  render: renderCra,
  apply: (plan, deps, ctx) => applyReportEdit(plan, deps.gh, ctx),
};

export function runCra(
  settings: CraSettings,
  deps: CraDeps,
  ctx: JobContext,
): Promise<JobResult<CraPlan, ToolPrChange>> {
  return runJob(craJob, settings, deps, ctx);
}

export { CRA_STEPS };
