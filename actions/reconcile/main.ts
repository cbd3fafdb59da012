// The reconcile action: inputs → runReconcile → summary, outputs, and on a pull request one plan
// comment updated in place. Mailman comes from MAILMAN_REST_URL/USER/PASSWORD (secrets in the workflow).
import * as core from '@actions/core';
import { context } from '@actions/github';
import { removedPeople } from '../lib/domain/reconcile/plan.js';
import { UserError } from '../lib/errors.js';
import { actionContext, actionLogger, annotate, input, runAction, writeSummary } from '../lib/entry/action-runtime.js';
import { connectGitHub, parseOrgTokens } from '../lib/entry/github-connect.js';
import { mailmanEnv, mailmanFor } from '../lib/entry/services.js';
import { upsertMarkedComment } from '../lib/jobs/pr-comment.js';
import { reconcileFailed, runReconcile } from '../lib/jobs/reconcile.js';

await runAction(async () => {
  const token = core.getInput('token', { required: true });
  core.setSecret(token);
  const mailman = mailmanEnv(process.env);
  if (mailman.password) core.setSecret(mailman.password);
  const apiUrl = process.env.GITHUB_API_URL || 'https://api.github.com';
  const graphqlUrl = process.env.GITHUB_GRAPHQL_URL || `${apiUrl}/graphql`;
  const allow = input('allow-large-removal', '');
  const cacheScope = input('cache-scope', '');
  const { gh, saveCache } = await connectGitHub({ token, apiUrl, graphqlUrl, log: actionLogger, cacheFile: input('cache-file', '.psrt-cache/reconcile.etags'), cacheScope });
  const others = new Map<string, Awaited<ReturnType<typeof connectGitHub>>>();
  for (const [owner, t] of parseOrgTokens(core.getInput('org-tokens'))) {
    core.setSecret(t);
    const cacheFile = input('cache-file', '.psrt-cache/reconcile.etags').replace(/\.etags$/, '') + `.${owner}.etags`;
    others.set(owner, await connectGitHub({ token: t, apiUrl, graphqlUrl, log: actionLogger, cacheFile, ...(cacheScope ? { cacheScope: `${cacheScope}/${owner}` } : {}) }));
  }
  const ghFor = (owner: string) => others.get(owner.toLowerCase())?.gh ?? gh;
  try {
    const result = await runReconcile(
      { paths: { members: input('members-file', 'members.yaml'), policy: input('policy-file', 'policy.yaml') }, apply: input('apply', 'false') === 'true', ...(allow ? { allowLargeRemoval: allow } : {}) },
      { gh, ghFor, mailmanFor: mailmanFor(mailman) },
      actionContext(),
    );
    annotate(result.diagnostics);
    const markdown = result.render('markdown');
    await writeSummary(markdown);
    core.setOutput('outcome', result.outcome);
    core.setOutput('changes', String(result.plan?.changes.length ?? 0));
    core.setOutput('removals', String(new Set(result.plan?.changes.flatMap(removedPeople) ?? []).size));
    if (context.eventName === 'pull_request' && context.payload.pull_request && result.plan) {
      const commentToken = core.getInput('comment-token');
      const comments = await connectGitHub({ token: commentToken, apiUrl, graphqlUrl, log: actionLogger });
      const c = await upsertMarkedComment(comments.gh, `${context.repo.owner}/${context.repo.repo}`, context.payload.pull_request.number, 'reconcile-plan', markdown);
      core.info(`plan comment ${c.action}: ${c.url}`);
    }
    core.info(`GitHub requests: ${gh.counters.requests} (${gh.counters.notModified} answered 304 from the cache, ${gh.counters.writes} writes)`);
    if (reconcileFailed(result)) throw new UserError(`reconcile ${result.outcome}: see the job summary.`);
  } finally {
    await Promise.all([saveCache(), ...[...others.values()].map((o) => o.saveCache())]);
  }
});
