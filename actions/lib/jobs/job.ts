// The one shape of every job: read → plan → render → apply.
//   read(settings, config, deps, ctx) → observed   what GitHub, Mailman… hold (every read completes or throws)
//   plan(config, observed, settings, now) → Plan   pure: typed changes carrying all apply needs, notes, guards
//   render(plan, format, results?) → text          markdown (summaries, comments) or terminal text
//   apply(plan, deps, ctx) → results               one result per change, in the plan's order
// runJob loads members.yaml and policy.yaml the same way for every job (bad configuration: outcome
// 'invalid', the diagnostics, nothing read or written), checks the guards before the first write, and
// applies only when asked.
import type { Config, ConfigPaths } from '../config/load.js';
import { loadConfig } from '../config/load.js';
import type { Diagnostic } from '../domain/findings.js';
import type { ChangeResult, Format, Plan } from '../domain/plan.js';
import { trippedGuards } from '../domain/plan.js';
import { describeFailure, networkFailureOf } from '../clients/github/failures.js';
import { RequestError } from '@octokit/request-error';
import { errorMessage } from '../errors.js';
import type { JobContext } from './context.js';

export interface JobSettings {
  /** members.yaml and policy.yaml: the paths read, and the names diagnostics print. */
  config: ConfigPaths;
  /** Write the plan's changes; otherwise a dry run. */
  apply: boolean;
}

export interface Job<S extends JobSettings, D, O, P extends Plan<C>, C = P['changes'][number]> {
  name: string;
  read(settings: S, config: Config, deps: D, ctx: JobContext): Promise<O>;
  plan(config: Config, observed: O, settings: S, now: Date): P;
  render(plan: P, format: Format, results?: readonly ChangeResult<C>[]): string;
  apply(plan: P, deps: D, ctx: JobContext): Promise<ChangeResult<C>[]>;
}

export type Outcome = 'invalid' | 'in-sync' | 'planned' | 'blocked' | 'applied' | 'apply-failed';

export interface JobResult<P, C> {
  /** 'invalid': the files have errors, nothing was read; 'blocked': a guard tripped, nothing was written. */
  outcome: Outcome;
  diagnostics: Diagnostic[];
  plan?: P;
  results?: ChangeResult<C>[];
  render: (format: Format) => string;
}

export function jobFailed(result: { outcome: Outcome }): boolean {
  return result.outcome === 'invalid' || result.outcome === 'blocked' || result.outcome === 'apply-failed';
}

function invalidText(diagnostics: readonly Diagnostic[], format: Format): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const lines = errors.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message} [${d.rule}]`);
  return format === 'markdown'
    ? `## The roster or policy has ${errors.length} error(s): nothing was read or changed\n\n${lines.map((l) => `- \`${l}\``).join('\n')}\n`
    : `The roster or policy has ${errors.length} error(s): nothing was read or changed (npx psrt validate).\n`;
}

export async function runJob<S extends JobSettings, D, O, P extends Plan<C>, C>(
  job: Job<S, D, O, P, C>,
  settings: S,
  deps: D,
  ctx: JobContext,
): Promise<JobResult<P, C>> {
  const loaded = await loadConfig(settings.config, ctx.now(), undefined, { style: false });
  if (!loaded.config) {
    const diagnostics = loaded.diagnostics;
    return { outcome: 'invalid', diagnostics, render: (format) => invalidText(diagnostics, format) };
  }
  const config = loaded.config;
  const observed = await job.read(settings, config, deps, ctx);
  const plan = job.plan(config, observed, settings, ctx.now());
  const tripped = trippedGuards(plan.guards);
  for (const g of tripped) ctx.log.error(`guard ${g.guard} tripped: ${g.detail}`);

  let results: ChangeResult<C>[] | undefined;
  let outcome: Outcome = plan.changes.length === 0 ? 'in-sync' : tripped.length > 0 ? 'blocked' : 'planned';
  if (settings.apply && tripped.length === 0 && plan.changes.length > 0) {
    results = await job.apply(plan, deps, ctx);
    outcome = results.some((r) => r.status === 'failed') ? 'apply-failed' : 'applied';
  }
  return {
    outcome,
    diagnostics: loaded.diagnostics,
    plan,
    ...(results ? { results } : {}),
    render: (format) => job.render(plan, format, results),
  };
}

/**
 * Apply changes one at a time, in order, stopping at the first failure: what was done, what failed
 * and what was not attempted are all reported, and a re-run converges from there. A step may write
 * several changes at once (they share its result).
 */
export async function applyInOrder<C>(
  steps: readonly (readonly C[])[],
  /** Returns what people should see of the write (a URL), or anything else when there is nothing to show. */
  write: (changes: readonly C[]) => Promise<unknown>,
  ctx: JobContext,
  describe: (change: C) => string,
): Promise<ChangeResult<C>[]> {
  const results = new Map<C, ChangeResult<C>>();
  let failed = false;
  for (const changes of steps) {
    if (failed) {
      for (const change of changes) results.set(change, { change, status: 'not attempted' });
      continue;
    }
    try {
      const written = await write(changes);
      const detail = typeof written === 'string' && written !== '' ? written : undefined;
      for (const change of changes) {
        results.set(change, { change, status: 'done', ...(detail ? { detail } : {}) });
        if (detail) ctx.log.info(`${describe(change)}: ${detail}`);
        else ctx.log.debug(`done: ${describe(change)}`);
      }
    } catch (err) {
      failed = true;
      const error = describeWriteFailure(err);
      ctx.log.error(`stopping at the first failure: ${describe(changes[0]!)}: ${error}`);
      for (const change of changes) results.set(change, { change, status: 'failed', error });
    }
  }
  return steps.flat().map((c) => results.get(c)!);
}

/** A failed write for people: GitHub's failures by status and network error, anything else by its message. */
export function describeWriteFailure(err: unknown): string {
  return err instanceof RequestError || networkFailureOf(err) ? describeFailure(err) : errorMessage(err);
}
