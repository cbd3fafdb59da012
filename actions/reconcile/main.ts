// The reconcile action: inputs → runReconcile → summary, outputs, and on a pull request one plan
// comment updated in place. Mailman comes from MAILMAN_REST_URL/USER/PASSWORD (secrets in the workflow).
import { removedPeople } from '../lib/domain/reconcile/plan.js';
import { actionContext, actionLogger, input, io, runAction, tokenInputs } from '../lib/entry/action-runtime.js';
import { failIfJobFailed, reportJobResult } from '../lib/entry/action-job.js';
import { connectGitHub, connectOrgs, githubEndpoints } from '../lib/entry/github-connect.js';
import { actionsEvent } from '../lib/entry/actions-event.js';
import { mailmanEnv, mailmanFor, mailmanSecrets } from '../lib/entry/services.js';
import { upsertMarkedComment } from '../lib/jobs/pr-comment.js';
import { runReconcile } from '../lib/jobs/reconcile.js';

await runAction(async () => {
  const { token, orgTokens } = tokenInputs();
  // Masked before anything else runs: the comment token, and every form of the Mailman secrets.
  const commentToken = io.getInput('comment-token');
  if (commentToken) io.setSecret(commentToken);
  const mailman = mailmanEnv(process.env);
  for (const secret of mailmanSecrets(mailman)) io.setSecret(secret);
  const { apiUrl, graphqlUrl } = githubEndpoints(process.env);
  const allow = input('allow-large-removal', '');
  const { gh, ghFor, memory, saveCache } = await connectOrgs({
    token,
    orgTokens,
    apiUrl,
    graphqlUrl,
    log: actionLogger,
    cacheFile: input('cache-file', '.psrt-cache/reconcile.etags'),
    cacheScope: input('cache-scope', ''),
  });
  try {
    const result = await runReconcile(
      {
        config: { members: input('members-file', 'members.yaml'), policy: input('policy-file', 'policy.yaml') },
        apply: input('apply', 'false') === 'true',
        ...(allow ? { allowLargeRemoval: allow } : {}),
        ...(input('add-only', 'false') === 'true' ? { addOnly: true } : {}),
      },
      { gh, ghFor, memory, mailmanFor: mailmanFor(mailman) },
      actionContext(),
    );
    const markdown = await reportJobResult('reconcile', result);
    io.setOutput('outcome', result.outcome);
    io.setOutput('changes', String(result.plan?.changes.length ?? 0));
    io.setOutput('removals', String(new Set(result.plan?.changes.flatMap(removedPeople) ?? []).size));
    const event = actionsEvent(process.env);
    // pull_request_target: the plan workflow runs this action from the default branch (see plan.yml).
    const onPullRequest = event.name === 'pull_request' || event.name === 'pull_request_target';
    if (onPullRequest && event.pullRequest !== undefined && result.plan && commentToken) {
      const comments = await connectGitHub({ token: commentToken, apiUrl, graphqlUrl, log: actionLogger });
      const c = await upsertMarkedComment(comments.gh, event.repository, event.pullRequest, 'reconcile-plan', markdown);
      io.info(`plan comment ${c.action}: ${c.url}`);
    }
    io.info(
      `GitHub requests: ${gh.counters.requests} (${gh.counters.notModified} answered 304 from the cache, ${gh.counters.writes} writes)`,
    );
    failIfJobFailed('reconcile', result);
  } finally {
    await saveCache();
  }
});
