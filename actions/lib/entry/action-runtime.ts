// The action runtime every job's action shares: action-io.ts over workflow-commands.ts, plus the token
// inputs. The actions write workflow commands, outputs and the summary themselves, byte for byte as
// @actions/core does (test/unit/workflow-commands.test.ts compares the two): core's own HTTP client
// (undici, for OIDC tokens that no action asks for) would take every bundle over 1 MB, while every
// request here goes through fetch (Octokit, CVE Services).
import type { JobContext } from '../jobs/context.js';
import { UserError } from '../errors.js';
import type { OrgConnections } from './github-connect.js';
import { connectOrgs, githubEndpoints } from './github-connect.js';
import { createActionRuntime } from './action-io.js';
import { parseOrgTokens } from './github-connect.js';
import { workflowCommands } from './workflow-commands.js';

const runtime = createActionRuntime(workflowCommands);

/** Inputs, outputs, secrets and log lines, with @actions/core's names. */
export const io = runtime.io;
export const { annotate, writeSummary, input, flag, runAction } = runtime;
export const actionLogger = runtime.logger;

export function actionContext(): JobContext {
  return runtime.context();
}

/** The token inputs of a job (`token`, `org-tokens`), masked in the log before anything else runs. */
export function tokenInputs(): { token: string; orgTokens: Map<string, string> } {
  const token = io.getInput('token');
  if (token === '')
    throw new UserError(
      'the token input is empty: pass a GitHub App installation token (actions/create-github-app-token), see README: "Setting up the ops repository".',
    );
  io.setSecret(token);
  const orgTokens = parseOrgTokens(io.getInput('org-tokens'));
  for (const t of orgTokens.values()) io.setSecret(t);
  return { token, orgTokens };
}

/**
 * The GitHub clients of a job's action (the `token` and `org-tokens` inputs, the ETag cache of
 * `cache-file`, default .psrt-cache/<job>.etags, under `cache-scope`) for `body`; afterwards the request
 * count is logged and the cache saved, also when `body` fails.
 */
export async function withActionGitHub<T>(job: string, body: (github: OrgConnections) => Promise<T>): Promise<T> {
  const { token, orgTokens } = tokenInputs();
  const { apiUrl, graphqlUrl } = githubEndpoints(process.env);
  const github = await connectOrgs({
    token,
    orgTokens,
    apiUrl,
    graphqlUrl,
    log: actionLogger,
    cacheFile: input('cache-file', `.psrt-cache/${job}.etags`),
    cacheScope: input('cache-scope', ''),
  });
  try {
    return await body(github);
  } finally {
    const c = github.gh.counters;
    io.info(`GitHub requests: ${c.requests} (${c.notModified} answered 304 from the cache, ${c.writes} writes)`);
    await github.saveCache();
  }
}
