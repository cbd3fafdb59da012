// sweep: the report desk, hourly. read (jobs/sweep/read.ts) → plan (domain/desk/sweep-job.ts: every
// report gets a coordinator, moves by its title tags, keeps its clocks; outside access with expiry; a
// CVE id on accept; the dashboard and the desk's memory) → render (domain/desk/render.ts) → apply
// (jobs/sweep/apply.ts), only when asked and only if no guard trips. A second run right after writes
// nothing.
import { formatDiagnostic } from '../domain/findings.js';
import type { SweepJobChange } from '../domain/desk/plan.js';
import { renderSweepJob } from '../domain/desk/render.js';
import { deadlineShifts } from '../domain/desk/shifts.js';
import { planSweepJob } from '../domain/desk/sweep-job.js';
import type { JobContext } from './context.js';
import type { Job, JobResult, JobSettings } from './job.js';
import { runJob } from './job.js';
import type { SweepRunPlan } from './sweep/apply.js';
import { applySweep } from './sweep/apply.js';
import type { SweepDeps, SweepObserved } from './sweep/read.js';
import { readSweep } from './sweep/read.js';

export type { SweepDeps } from './sweep/read.js';
export type { SweepRunPlan } from './sweep/apply.js';

export interface SweepSettings extends JobSettings {
  /** The reason an operator gave to let more than guards.max_removal_share lose access. */
  allowLargeRemoval?: string;
  /** A policy file to compare the clocks with (a pull request's base): the plan shows whose deadlines move. */
  basePolicy?: string;
}

export const sweepJob: Job<SweepSettings, SweepDeps, SweepObserved, SweepRunPlan, SweepJobChange> = {
  name: 'sweep',
  read: (settings, config, deps, ctx) => readSweep(settings.config, config, deps, ctx, settings.basePolicy),
  plan: ({ roster, policy }, observed, settings, now) => {
    const plan = planSweepJob({
      now,
      roster,
      policy,
      advisories: observed.advisories,
      reports: observed.reports,
      state: observed.state,
      ...(observed.stateProblem ? { stateProblem: observed.stateProblem } : {}),
      exploitedPending: observed.exploitedPending,
      cnaPublications: observed.cnaPublications,
      ...(observed.reportProblems ? { reportProblems: observed.reportProblems } : {}),
      opsRepo: policy.ops_repo,
      opsRepoPrivate: observed.opsRepoPrivate,
      cveCredentials: observed.cveCredentials,
      ...(observed.orgMembers ? { orgMembers: observed.orgMembers } : {}),
      ...(settings.allowLargeRemoval ? { allowLargeRemoval: settings.allowLargeRemoval } : {}),
    });
    for (const d of observed.reportDiagnostics)
      plan.notes.push({ level: 'warning', text: `report file: ${formatDiagnostic(d)}` });
    if (observed.basePolicyProblem)
      plan.notes.push({ level: 'warning', text: `No clock comparison: ${observed.basePolicyProblem}.` });
    const shifts = observed.basePolicy
      ? deadlineShifts(observed.basePolicy, policy, observed.advisories, observed.reports, now)
      : undefined;
    return { ...plan, ...(shifts ? { shifts } : {}), observed };
  },
  render: renderSweepJob,
  apply: applySweep,
};

export type SweepResult = JobResult<SweepRunPlan, SweepJobChange>;

export function runSweep(settings: SweepSettings, deps: SweepDeps, ctx: JobContext): Promise<SweepResult> {
  return runJob(sweepJob, settings, deps, ctx);
}

/** The dashboard issue after a run: the one it wrote or found (empty when there was none to touch). */
export function sweepDashboardUrl(result: SweepResult): string | undefined {
  const r = result.results?.find((x) => x.change.kind === 'dashboard' && x.status === 'done');
  return r?.detail?.replace(/ \(unchanged\)$/, '').replace(/^unchanged$/, '') || undefined;
}
