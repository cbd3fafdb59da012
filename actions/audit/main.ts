// The audit action: inputs → runAudit → summary and outputs.
import * as core from '@actions/core';
import {
  actionContext,
  actionLogger,
  input,
  runAction,
  tokenInputs,
  writeSummary,
} from '../lib/entry/action-runtime.js';
import { connectOrgs, githubEndpoints } from '../lib/entry/github-connect.js';
import { runAudit } from '../lib/jobs/audit.js';

await runAction(async () => {
  const { token, orgTokens } = tokenInputs();
  const { apiUrl, graphqlUrl } = githubEndpoints(process.env);
  const { gh, ghFor, saveCache } = await connectOrgs({
    token,
    orgTokens,
    apiUrl,
    graphqlUrl,
    log: actionLogger,
    cacheFile: input('cache-file', '.psrt-cache/audit.etags'),
    cacheScope: input('cache-scope', ''),
  });
  try {
    const result = await runAudit(
      {
        config: { members: input('members-file', 'members.yaml'), policy: input('policy-file', 'policy.yaml') },
        apply: input('apply', 'false') === 'true',
      },
      gh,
      actionContext(),
      ghFor,
    );
    await writeSummary(result.summary);
    core.setOutput('inactive', JSON.stringify(result.inactive));
    core.setOutput('report-issue', result.reportIssue?.url ?? '');
    core.setOutput('pull-request', result.prunePr?.url ?? '');
    core.setOutput('changes', String(result.changes.length));
    core.info(
      `GitHub requests: ${gh.counters.requests} (${gh.counters.notModified} answered 304 from the cache, ${gh.counters.writes} writes)`,
    );
  } finally {
    await saveCache();
  }
});
