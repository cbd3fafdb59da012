// The action runtime every job's action shares: action-io.ts over workflow-commands.ts, plus the token
// inputs. The actions write workflow commands, outputs and the summary themselves, byte for byte as
// @actions/core does (test/unit/workflow-commands.test.ts compares the two): core's own HTTP client
// (undici, for OIDC tokens that no action asks for) would take every bundle over 1 MB, while every
// request here goes through fetch (Octokit, CVE Services).
import type { JobContext } from '../jobs/context.js';
import { createActionRuntime } from './action-io.js';
import { parseOrgTokens } from './github-connect.js';
import { workflowCommands } from './workflow-commands.js';

const runtime = createActionRuntime(workflowCommands);

/** Inputs, outputs, secrets and log lines, with @actions/core's names. */
export const io = runtime.io;
export const { annotate, writeSummary, input, runAction } = runtime;
export const actionLogger = runtime.logger;

export function actionContext(): JobContext {
  return runtime.context();
}

/** The token inputs of a job (`token`, `org-tokens`), masked in the log before anything else runs. */
export function tokenInputs(): { token: string; orgTokens: Map<string, string> } {
  const token = io.getInput('token', { required: true });
  io.setSecret(token);
  const orgTokens = parseOrgTokens(io.getInput('org-tokens'));
  for (const t of orgTokens.values()) io.setSecret(t);
  return { token, orgTokens };
}
