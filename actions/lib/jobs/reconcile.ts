// reconcile: one roster drives the GitHub team, GHSA access, the org role, the mailing lists and the
// covered projects. read → plan (with guards) → render → apply (only when asked, and only if no guard
// trips) → read back what was written and report any difference.
import type { Config } from '../config/load.js';
import { loadConfig, placeFindings } from '../config/load.js';
import type { Diagnostic } from '../domain/findings.js';
import type { Format } from '../domain/plan.js';
import type { Observed } from '../domain/reconcile/observed.js';
import type { Change, ReconcilePlan } from '../domain/reconcile/plan.js';
import { describeChange } from '../domain/reconcile/plan.js';
import { planReconcile } from '../domain/reconcile/planner.js';
import { renderPlan } from '../domain/reconcile/render.js';
import { errorMessage } from '../errors.js';
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
  /** Plan removals (they are shown) but never write them: their result is 'suppressed'. */
  addOnly?: boolean;
}

/** The plan with its findings placed in members.yaml (a login GitHub does not know: file, line, column). */
export interface PlacedReconcilePlan extends ReconcilePlan {
  diagnostics: Diagnostic[];
}

function plan(config: Config, observed: Observed, settings: ReconcileSettings): PlacedReconcilePlan {
  const planned = planReconcile({
    roster: config.roster,
    policy: config.policy,
    observed,
    ...(settings.allowLargeRemoval ? { allowLargeRemoval: settings.allowLargeRemoval } : {}),
    ...(settings.addOnly ? { addOnly: true } : {}),
  });
  return { ...planned, diagnostics: placeFindings(config, planned.findings) };
}

export const reconcileJob: Job<ReconcileSettings, ReconcileDeps, Observed, PlacedReconcilePlan, Change> = {
  name: 'reconcile',
  read: (_settings, { roster, policy }, deps, ctx) =>
    readObserved(deps.gh, deps.ghFor ?? (() => deps.gh), deps.mailmanFor, roster, policy, ctx.now(), deps.memory),
  plan,
  render: renderPlan,
  apply: applyReconcile,
};

export interface ReconcileResult extends JobResult<PlacedReconcilePlan, Change> {
  /**
   * After an apply: what GitHub and Mailman still differ on when read back, as the next plan's lines
   * (empty when everything written took effect; undefined when nothing was written or read back).
   */
  /** What an apply wrote and a fresh read still plans (rendered per format: addresses masked in markdown). */
  readBack?: { differences: Change[]; scope: { org: string; team: string }; failed?: string };
}

/** What one change asks for, in parts that can be compared between two plans. */
function facts(c: Change): string[] {
  switch (c.kind) {
    case 'team-add':
    case 'team-role':
      return [`team:${c.login.toLowerCase()}:${c.role}`];
    case 'team-remove':
    case 'team-invitation-cancel':
      return [`team-out:${c.login.toLowerCase()}`];
    case 'role-assign':
      return [`role:${c.team}:${c.roleId}`];
    case 'advisory-access':
      return [
        ...c.addTeams.map((t) => `ghsa:${c.ghsaId}:+team:${t}`),
        ...c.addUsers.map((u) => `ghsa:${c.ghsaId}:+${u.toLowerCase()}`),
        ...c.removeUsers.map((u) => `ghsa:${c.ghsaId}:-${u.toLowerCase()}`),
      ];
    case 'pvr-enable':
      return [`pvr:${c.repo.toLowerCase()}`];
    case 'list-subscribe':
    case 'list-unsubscribe':
    case 'list-owner-add':
    case 'list-owner-remove':
      return [`${c.kind}:${c.list.toLowerCase()}:${c.address.toLowerCase()}`];
    case 'grants-record':
      return [`grants:${c.phase}`];
    case 'roster-login':
      // A PR: it stays planned until someone merges it.
      return [];
  }
}

/** The read-back after an apply, in the plan's format (exported for its test). */
export function renderReadBack(readBack: ReconcileResult['readBack'], format: Format): string {
  if (!readBack) return '';
  const md = format === 'markdown';
  if (readBack.failed)
    return `\n${md ? '**Read back:** ' : 'Read back: '}could not read back what was written (${readBack.failed}); the next run will show any difference.\n`;
  if (readBack.differences.length === 0)
    return `\n${md ? '**Read back:** ' : 'Read back: '}everything written took effect.\n`;
  const lines = readBack.differences.map((c) => describeChange(c, readBack.scope, format));
  return md
    ? `\n**Read back:** ${lines.length} change(s) written did not take effect:\n\n\`\`\`diff\n${lines.join('\n')}\n\`\`\`\n`
    : `\nRead back: ${lines.length} change(s) written did not take effect:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}

/**
 * Reads everything again after an apply and plans once more: a change that was written ('done') and
 * is still planned did not take effect (GitHub or Mailman accepted it but holds something else).
 */
async function readBack(
  settings: ReconcileSettings,
  deps: ReconcileDeps,
  ctx: JobContext,
  result: JobResult<PlacedReconcilePlan, Change>,
): Promise<ReconcileResult['readBack']> {
  const done = new Set((result.results ?? []).filter((r) => r.status === 'done').flatMap((r) => facts(r.change)));
  if (done.size === 0 || !result.plan) return undefined;
  try {
    const loaded = await loadConfig(settings.config, ctx.now(), undefined, { style: false });
    const none = { differences: [], scope: result.plan.scope };
    if (!loaded.config) return { ...none, failed: 'members.yaml or policy.yaml changed meanwhile' };
    const observed = await reconcileJob.read(settings, loaded.config, deps, ctx);
    const again = reconcileJob.plan(loaded.config, observed, settings, ctx.now());
    const scope = again.scope;
    const differences = again.changes.filter((c) => facts(c).some((f) => done.has(f)));
    // The log is public for a public ops repo's runs: addresses masked, as in the summary.
    for (const c of differences)
      ctx.log.error(`read back after the apply, still to do: ${describeChange(c, scope, 'markdown')}`);
    return { differences, scope };
  } catch (err) {
    const failed = errorMessage(err);
    ctx.log.warning(`could not read back what was written: ${failed}`);
    return { differences: [], scope: result.plan.scope, failed };
  }
}

export async function runReconcile(
  settings: ReconcileSettings,
  deps: ReconcileDeps,
  ctx: JobContext,
): Promise<ReconcileResult> {
  const result = await runJob(reconcileJob, settings, deps, ctx);
  const diagnostics = [...result.diagnostics, ...(result.plan?.diagnostics ?? [])];
  const checked = result.results ? await readBack(settings, deps, ctx, result) : undefined;
  const outcome = checked && checked.differences.length > 0 ? 'apply-failed' : result.outcome;
  return {
    ...result,
    outcome,
    diagnostics,
    ...(checked ? { readBack: checked } : {}),
    render: (format) => result.render(format) + renderReadBack(checked, format),
  };
}
