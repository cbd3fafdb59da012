// reconcile: one roster drives the GitHub team, GHSA access, the org role, the mailing lists and the
// covered projects. read → plan → guards → show → apply (only when asked, and only if no guard trips).
import type { GitHub } from '../clients/github.js';
import type { ConfigPaths } from '../config/load.js';
import { loadConfig } from '../config/load.js';
import type { Diagnostic } from '../domain/findings.js';
import type { GuardResult } from '../domain/reconcile/guards.js';
import { checkGuards, tripped } from '../domain/reconcile/guards.js';
import type { Observed } from '../domain/reconcile/observed.js';
import type { Format, ReconcilePlan } from '../domain/reconcile/plan.js';
import { planReconcile } from '../domain/reconcile/planner.js';
import type { ChangeResult, RenderContext } from '../domain/reconcile/render.js';
import { renderPlan } from '../domain/reconcile/render.js';
import type { JobContext } from './context.js';
import { applyPlan } from './reconcile/apply.js';
import type { GitHubFor, MailmanFor } from './reconcile/read.js';
import { readObserved } from './reconcile/read.js';

export interface ReconcileSettings {
  paths: ConfigPaths;
  apply: boolean;
  /** The reason an operator gave to let more than guards.max_removal_share lose access. */
  allowLargeRemoval?: string;
}

export interface ReconcileDeps {
  /** The client for the PSRT's org (team, roles) and the ops repo. */
  gh: GitHub;
  /** The client for a covered repository's owner (an App installation token covers one org); default: gh. */
  ghFor?: GitHubFor;
  /** The Mailman client for a list's REST URL; undefined when none is configured (lists are then left alone, and the plan says so). */
  mailmanFor: MailmanFor;
}

export interface ReconcileResult {
  /** 'invalid': the config has errors and nothing was read; 'blocked': a guard tripped, nothing was written. */
  outcome: 'invalid' | 'in-sync' | 'planned' | 'blocked' | 'applied' | 'apply-failed';
  diagnostics: Diagnostic[];
  plan?: ReconcilePlan;
  guards?: GuardResult[];
  results?: ChangeResult[];
  observed?: Observed;
  render: (format: Format) => string;
}

export function reconcileFailed(result: ReconcileResult): boolean {
  return result.outcome === 'invalid' || result.outcome === 'blocked' || result.outcome === 'apply-failed';
}

export async function runReconcile(
  settings: ReconcileSettings,
  deps: ReconcileDeps,
  ctx: JobContext,
): Promise<ReconcileResult> {
  const loaded = await loadConfig(settings.paths, ctx.now());
  if (!loaded.config) {
    return {
      outcome: 'invalid',
      diagnostics: loaded.diagnostics,
      render: () => 'members.yaml or policy.yaml has errors: nothing was read or changed.\n',
    };
  }
  const { roster, policy } = loaded.config;
  const ghFor = deps.ghFor ?? (() => deps.gh);

  const observed = await readObserved(deps.gh, ghFor, deps.mailmanFor, roster, policy);
  const plan = planReconcile({ roster, policy, observed });
  const guards = checkGuards({
    plan,
    policy,
    roster,
    observed,
    ...(settings.allowLargeRemoval ? { allowLargeRemoval: settings.allowLargeRemoval } : {}),
  });
  const blocked = tripped(guards).length > 0;
  for (const g of tripped(guards)) ctx.log.error(`guard ${g.guard} tripped: ${g.detail}`);

  let results: ChangeResult[] | undefined;
  let outcome: ReconcileResult['outcome'] = plan.changes.length === 0 ? 'in-sync' : blocked ? 'blocked' : 'planned';
  if (settings.apply && !blocked && plan.changes.length > 0) {
    results = await applyPlan({ gh: deps.gh, ghFor, mailmanFor: deps.mailmanFor, policy, log: ctx.log }, plan);
    outcome = results.every((r) => r.status === 'done') ? 'applied' : 'apply-failed';
  }
  const ctxRender: RenderContext = {
    org: policy.org,
    team: policy.team,
    lists: (policy.mailing_lists ?? []).map((l) => l.address),
    mode: results ? 'applied' : blocked ? 'blocked' : 'plan',
  };
  return {
    outcome,
    diagnostics: loaded.diagnostics,
    plan,
    guards,
    observed,
    ...(results ? { results } : {}),
    render: (format) => renderPlan(plan, guards, ctxRender, format, results),
  };
}
