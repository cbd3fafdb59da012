// What every action entry shares: the @actions/core logger, annotations, the job summary and the one
// error boundary that turns anything thrown into a readable failure (never a stack trace).
import * as core from '@actions/core';
import type { Diagnostic } from '../domain/findings.js';
import type { JobContext, Logger } from '../jobs/context.js';
import { UserError, errorMessage } from '../errors.js';
import { parseOrgTokens } from './github-connect.js';

export const actionLogger: Logger = {
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  error: (m) => core.error(m),
  debug: (m) => core.debug(m),
};

export function actionContext(): JobContext {
  return { log: actionLogger, now: () => new Date() };
}

/** Each diagnostic becomes an annotation on its file and line (`::error file=…,line=…,col=…`). */
export function annotate(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    const props: core.AnnotationProperties = { title: d.rule, file: d.file, startLine: d.line, startColumn: d.column };
    if (d.severity === 'error') core.error(d.message, props);
    else core.warning(d.message, props);
  }
}

export async function writeSummary(markdown: string): Promise<void> {
  // Outside a runner (a local `node dist/index.js`) there is no summary file: print instead.
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info(markdown);
    return;
  }
  await core.summary.addRaw(markdown, true).write();
}

/** Inputs with a value, or the default: '' counts as unset, as in GitHub's own actions. */
export function input(name: string, fallback: string): string {
  const value = core.getInput(name);
  return value === '' ? fallback : value;
}

/** The single error boundary of an action: failures set the step failed, with a message that says what to change. */
export async function runAction(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (err) {
    if (err instanceof UserError) core.setFailed(err.message);
    else
      core.setFailed(
        `psrt-ops failed unexpectedly: ${errorMessage(err)}. Re-run with ACTIONS_STEP_DEBUG=true for details, and report it if it persists.`,
      );
    if (!(err instanceof UserError) && err instanceof Error && err.stack) core.debug(err.stack);
  }
}

/** The token inputs of a job (`token`, `org-tokens`), masked in the log before anything else runs. */
export function tokenInputs(): { token: string; orgTokens: Map<string, string> } {
  const token = core.getInput('token', { required: true });
  core.setSecret(token);
  const orgTokens = parseOrgTokens(core.getInput('org-tokens'));
  for (const t of orgTokens.values()) core.setSecret(t);
  return { token, orgTokens };
}
