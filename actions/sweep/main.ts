// The sweep action: inputs → runSweep → summary and outputs. CVE Services credentials come from the
// inputs (or CVE_API_* in the environment); without them no CVE id is reserved.
import * as core from '@actions/core';
import { actionContext, actionLogger, input, runAction, tokenInputs } from '../lib/entry/action-runtime.js';
import { failIfJobFailed, reportJobResult } from '../lib/entry/action-job.js';
import { cveServicesFromEnv } from '../lib/entry/cve-connect.js';
import { connectOrgs, githubEndpoints } from '../lib/entry/github-connect.js';
import { runSweep, sweepDashboardUrl } from '../lib/jobs/sweep.js';

await runAction(async () => {
  const { token, orgTokens } = tokenInputs();
  const cveEnv = {
    CVE_API_URL: input('cve-api-url', process.env.CVE_API_URL ?? ''),
    CVE_API_ORG: input('cve-api-org', process.env.CVE_API_ORG ?? ''),
    CVE_API_USER: input('cve-api-user', process.env.CVE_API_USER ?? ''),
    CVE_API_KEY: input('cve-api-key', process.env.CVE_API_KEY ?? ''),
  };
  if (cveEnv.CVE_API_KEY) core.setSecret(cveEnv.CVE_API_KEY);
  const cve = await cveServicesFromEnv(cveEnv, actionLogger);
  const { apiUrl, graphqlUrl } = githubEndpoints(process.env);
  const allow = input('allow-large-removal', '');
  const { gh, ghFor, saveCache } = await connectOrgs({
    token,
    orgTokens,
    apiUrl,
    graphqlUrl,
    log: actionLogger,
    cacheFile: input('cache-file', '.psrt-cache/sweep.etags'),
    cacheScope: input('cache-scope', ''),
  });
  try {
    const result = await runSweep(
      {
        config: { members: input('members-file', 'members.yaml'), policy: input('policy-file', 'policy.yaml') },
        apply: input('apply', 'false') === 'true',
        ...(allow ? { allowLargeRemoval: allow } : {}),
      },
      { gh, ghFor, ...(cve ? { cve } : {}) },
      actionContext(),
    );
    await reportJobResult('sweep', result);
    const changes = result.plan?.changes ?? [];
    core.setOutput('outcome', result.outcome);
    core.setOutput('changes', String(changes.length));
    core.setOutput('notices', String(changes.filter((c) => c.kind === 'notify').length));
    core.setOutput(
      'removals',
      String(
        changes.reduce(
          (n, c) => n + (c.kind === 'access' ? c.remove.length : c.kind === 'member-access' ? c.removeUsers.length : 0),
          0,
        ),
      ),
    );
    core.setOutput('dashboard', sweepDashboardUrl(result) ?? '');
    core.info(
      `GitHub requests: ${gh.counters.requests} (${gh.counters.notModified} answered 304 from the cache, ${gh.counters.writes} writes)`,
    );
    failIfJobFailed('sweep', result);
  } finally {
    await saveCache();
  }
});
