// The sweep action: inputs → runSweep → summary and outputs. CVE Services credentials come from the
// inputs (or CVE_API_* in the environment); without them no CVE id is reserved. Like validate, it writes
// workflow commands itself (workflow-commands.ts) rather than loading @actions/core, whose HTTP client
// (for OIDC tokens, never used here) would take the bundle past 1 MB; what action-job.ts does for the
// other actions is done here with that runtime.
import { createActionRuntime } from '../lib/entry/action-io.js';
import { cveServicesIfConfigured } from '../lib/entry/cve-connect.js';
import { connectOrgs, githubEndpoints, parseOrgTokens } from '../lib/entry/github-connect.js';
import { workflowCommands } from '../lib/entry/workflow-commands.js';
import { UserError } from '../lib/errors.js';
import { jobFailed } from '../lib/jobs/job.js';
import { runSweep, sweepDashboardUrl } from '../lib/jobs/sweep.js';

const action = createActionRuntime(workflowCommands);
const { io, input } = action;

await action.runAction(async () => {
  const token = io.getInput('token');
  if (!token)
    throw new UserError(
      'the token input is empty: pass a GitHub App installation token (actions/create-github-app-token), see README: "Setting up the ops repository".',
    );
  io.setSecret(token);
  const orgTokens = parseOrgTokens(io.getInput('org-tokens'));
  for (const t of orgTokens.values()) io.setSecret(t);
  const cveEnv = {
    CVE_API_URL: input('cve-api-url', process.env.CVE_API_URL ?? ''),
    CVE_API_ORG: input('cve-api-org', process.env.CVE_API_ORG ?? ''),
    CVE_API_USER: input('cve-api-user', process.env.CVE_API_USER ?? ''),
    CVE_API_KEY: input('cve-api-key', process.env.CVE_API_KEY ?? ''),
  };
  const cve = cveServicesIfConfigured(cveEnv, {
    log: action.logger,
    mask: (secret) => io.setSecret(secret),
    fast: process.env.PSRT_FAST_WRITES === '1',
  });
  const { apiUrl, graphqlUrl } = githubEndpoints(process.env);
  const allow = input('allow-large-removal', '');
  const basePolicy = input('base-policy-file', '');
  const { gh, ghFor, saveCache } = await connectOrgs({
    token,
    orgTokens,
    apiUrl,
    graphqlUrl,
    log: action.logger,
    cacheFile: input('cache-file', '.psrt-cache/sweep.etags'),
    cacheScope: input('cache-scope', ''),
  });
  try {
    const result = await runSweep(
      {
        config: { members: input('members-file', 'members.yaml'), policy: input('policy-file', 'policy.yaml') },
        apply: input('apply', 'false') === 'true',
        ...(allow ? { allowLargeRemoval: allow } : {}),
        ...(basePolicy ? { basePolicy } : {}),
      },
      { gh, ghFor, ...(cve ? { cve } : {}) },
      action.context(),
    );
    action.annotate(result.diagnostics);
    await action.writeSummary(result.render('markdown'));
    const changes = result.plan?.changes ?? [];
    io.setOutput('outcome', result.outcome);
    io.setOutput('changes', String(changes.length));
    io.setOutput('notices', String(changes.filter((c) => c.kind === 'notify').length));
    io.setOutput(
      'removals',
      String(
        changes.reduce(
          (n, c) => n + (c.kind === 'access' ? c.remove.length : c.kind === 'member-access' ? c.removeUsers.length : 0),
          0,
        ),
      ),
    );
    io.setOutput('dashboard', sweepDashboardUrl(result) ?? '');
    io.info(
      `GitHub requests: ${gh.counters.requests} (${gh.counters.notModified} answered 304 from the cache, ${gh.counters.writes} writes)`,
    );
    if (jobFailed(result))
      throw new UserError(
        `sweep ${result.outcome}: ${
          result.outcome === 'invalid'
            ? 'members.yaml or policy.yaml has errors (see the annotations)'
            : result.outcome === 'blocked'
              ? 'a guard tripped: nothing was written (see the job summary)'
              : 'a write failed: see the job summary for what was done and what was not'
        }.`,
      );
  } finally {
    await saveCache();
  }
});
