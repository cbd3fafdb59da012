// reconcile: one roster drives the GitHub team, GHSA access, the org role, the mailing lists and the
// covered projects. read → plan (with guards) → render → apply (only when asked, and only if no guard trips).
import type { Observed } from '../domain/reconcile/observed.js';
import type { Change, ReconcilePlan } from '../domain/reconcile/plan.js';
import { planReconcile } from '../domain/reconcile/planner.js';
import { renderPlan } from '../domain/reconcile/render.js';
import type { JobContext } from './context.js';
import type { Job, JobResult, JobSettings } from './job.js';
import { runJob } from './job.js';
import type { ReconcileDeps } from './reconcile/apply.js';
import { applyReconcile } from './reconcile/apply.js';
import { readObserved } from './reconcile/read.js';

export type { ReconcileDeps } from './reconcile/apply.js';

export interface ReconcileSettings extends JobSettings {
  /** The reason an operator gave to let more than guards.max_removal_share lose access. */
  allowLargeRemoval?: string;
}

export const reconcileJob: Job<ReconcileSettings, ReconcileDeps, Observed, ReconcilePlan, Change> = {
  name: 'reconcile',
  read: (_settings, { roster, policy }, deps) =>
    readObserved(deps.gh, deps.ghFor ?? (() => deps.gh), deps.mailmanFor, roster, policy),
  plan: ({ roster, policy }, observed, settings) =>
    planReconcile({
      roster,
      policy,
      observed,
      ...(settings.allowLargeRemoval ? { allowLargeRemoval: settings.allowLargeRemoval } : {}),
    }),
  render: renderPlan,
  apply: applyReconcile,
};

export type ReconcileResult = JobResult<ReconcilePlan, Change>;

export function runReconcile(
  settings: ReconcileSettings,
  deps: ReconcileDeps,
  ctx: JobContext,
): Promise<ReconcileResult> {
  return runJob(reconcileJob, settings, deps, ctx);
}
