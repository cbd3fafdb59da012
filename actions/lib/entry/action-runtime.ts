// The action runtime of the actions that talk to GitHub: action-io.ts over @actions/core, plus their
// token inputs. (The validate action, which makes no request, uses workflow-commands.ts instead.)
import * as core from '@actions/core';
import type { JobContext } from '../jobs/context.js';
import type { ActionIo } from './action-io.js';
import { createActionRuntime } from './action-io.js';
import { parseOrgTokens } from './github-connect.js';

export const coreIo: ActionIo = {
  getInput: (name, options) => core.getInput(name, options),
  setOutput: (name, value) => core.setOutput(name, value),
  setSecret: (secret) => core.setSecret(secret),
  info: (message) => core.info(message),
  debug: (message) => core.debug(message),
  isDebug: () => core.isDebug(),
  warning: (message, properties) => core.warning(message, properties),
  error: (message, properties) => core.error(message, properties),
  setFailed: (message) => core.setFailed(message),
  appendSummary: async (markdown) => {
    await core.summary.addRaw(markdown, true).write();
  },
};

const runtime = createActionRuntime(coreIo);

export const { annotate, writeSummary, input, runAction } = runtime;
export const actionLogger = runtime.logger;

export function actionContext(): JobContext {
  return runtime.context();
}

/** The token inputs of a job (`token`, `org-tokens`), masked in the log before anything else runs. */
export function tokenInputs(): { token: string; orgTokens: Map<string, string> } {
  const token = core.getInput('token', { required: true });
  core.setSecret(token);
  const orgTokens = parseOrgTokens(core.getInput('org-tokens'));
  for (const t of orgTokens.values()) core.setSecret(t);
  return { token, orgTokens };
}
