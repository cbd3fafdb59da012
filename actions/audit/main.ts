// The audit action: inputs → runAudit → summary and outputs.
import { actionContext, actionLogger, input, io, runAction, tokenInputs } from '../lib/entry/action-runtime.js';
import { failIfJobFailed, reportJobResult } from '../lib/entry/action-job.js';
import { connectOrgs, githubEndpoints } from '../lib/entry/github-connect.js';
import { auditLinks, runAudit } from '../lib/jobs/audit.js';

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
      { gh, ghFor },
      actionContext(),
    );
    await reportJobResult('audit', result);
    const links = auditLinks(result);
    io.setOutput('inactive', JSON.stringify(result.plan?.inactive ?? []));
    io.setOutput('report-issue', links.reportIssue ?? '');
    io.setOutput('pull-request', links.pullRequest ?? '');
    io.setOutput('changes', String(result.plan?.changes.length ?? 0));
    io.info(
      `GitHub requests: ${gh.counters.requests} (${gh.counters.notModified} answered 304 from the cache, ${gh.counters.writes} writes)`,
    );
    failIfJobFailed('audit', result);
  } finally {
    await saveCache();
  }
});
