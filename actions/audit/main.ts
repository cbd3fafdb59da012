// The audit action: inputs → runAudit → summary and outputs.
import * as core from '@actions/core';
import { actionContext, actionLogger, input, runAction, writeSummary } from '../lib/entry/action-runtime.js';
import { connectGitHub, parseOrgTokens } from '../lib/entry/github-connect.js';
import { runAudit } from '../lib/jobs/audit.js';

await runAction(async () => {
  const token = core.getInput('token', { required: true });
  core.setSecret(token);
  const apiUrl = process.env.GITHUB_API_URL || 'https://api.github.com';
  const graphqlUrl = process.env.GITHUB_GRAPHQL_URL || `${apiUrl}/graphql`;
  const cacheFile = input('cache-file', '.psrt-cache/audit.etags');
  const cacheScope = input('cache-scope', '');
  const { gh, saveCache } = await connectGitHub({ token, apiUrl, graphqlUrl, log: actionLogger, cacheFile, cacheScope });
  const others = new Map<string, Awaited<ReturnType<typeof connectGitHub>>>();
  for (const [owner, t] of parseOrgTokens(core.getInput('org-tokens'))) {
    core.setSecret(t);
    others.set(owner, await connectGitHub({ token: t, apiUrl, graphqlUrl, log: actionLogger, cacheFile: cacheFile.replace(/\.json$/, `.${owner}.json`), ...(cacheScope ? { cacheScope: `${cacheScope}/${owner}` } : {}) }));
  }
  try {
    const result = await runAudit(
      { config: { members: input('members-file', 'members.yaml'), policy: input('policy-file', 'policy.yaml') }, apply: input('apply', 'false') === 'true' },
      gh,
      actionContext(),
      (owner) => others.get(owner.toLowerCase())?.gh ?? gh,
    );
    await writeSummary(result.summary);
    core.setOutput('inactive', JSON.stringify(result.inactive));
    core.setOutput('report-issue', result.reportIssue?.url ?? '');
    core.setOutput('pull-request', result.prunePr?.url ?? '');
    core.setOutput('changes', String(result.changes.length));
    core.info(`GitHub requests: ${gh.counters.requests} (${gh.counters.notModified} answered 304 from the cache, ${gh.counters.writes} writes)`);
  } finally {
    await saveCache();
    for (const o of others.values()) await o.saveCache();
  }
});
