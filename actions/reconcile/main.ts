// The reconcile action: inputs → runReconcile → summary, outputs, and on a pull request one plan
// comment updated in place. Mailman comes from MAILMAN_REST_URL/USER/PASSWORD (secrets in the workflow).
import { removedPeople } from '../lib/domain/reconcile/plan.js';
import {
  actionContext,
  actionLogger,
  flag,
  input,
  io,
  runAction,
  withActionGitHub,
} from '../lib/entry/action-runtime.js';
import { failIfJobFailed, reportJobResult } from '../lib/entry/action-job.js';
import { connectGitHub, githubEndpoints } from '../lib/entry/github-connect.js';
import { actionsEvent } from '../lib/entry/actions-event.js';
import { mailmanEnv, mailmanFor, mailmanSecrets } from '../lib/entry/services.js';
import { upsertMarkedComment } from '../lib/jobs/pr-comment.js';
import { runReconcile } from '../lib/jobs/reconcile.js';

await runAction(async () => {
  // Masked before anything else runs: the comment token, and every form of the Mailman secrets (the
  // token inputs are masked first thing in withActionGitHub).
  const commentToken = io.getInput('comment-token');
  if (commentToken) io.setSecret(commentToken);
  const mailman = mailmanEnv(process.env);
  for (const secret of mailmanSecrets(mailman)) io.setSecret(secret);
  const allow = input('allow-large-removal', '');
  const apply = flag('apply', false);
  const addOnly = flag('add-only', false);
  await withActionGitHub('reconcile', async ({ gh, ghFor, memory }) => {
    const result = await runReconcile(
      {
        config: { members: input('members-file', 'members.yaml'), policy: input('policy-file', 'policy.yaml') },
        apply,
        ...(allow ? { allowLargeRemoval: allow } : {}),
        ...(addOnly ? { addOnly: true } : {}),
      },
      { gh, ghFor, memory, mailmanFor: mailmanFor(mailman) },
      actionContext(),
    );
    const markdown = await reportJobResult(result);
    io.setOutput('outcome', result.outcome);
    io.setOutput('changes', String(result.plan?.changes.length ?? 0));
    io.setOutput('removals', String(new Set(result.plan?.changes.flatMap(removedPeople) ?? []).size));
    const event = actionsEvent(process.env);
    // pull_request_target: the plan workflow runs this action from the default branch (see plan.yml).
    const onPullRequest = event.name === 'pull_request' || event.name === 'pull_request_target';
    if (onPullRequest && event.pullRequest !== undefined && result.plan && commentToken) {
      const { apiUrl, graphqlUrl } = githubEndpoints(process.env);
      const comments = await connectGitHub({ token: commentToken, apiUrl, graphqlUrl, log: actionLogger });
      const c = await upsertMarkedComment(comments.gh, event.repository, event.pullRequest, 'reconcile-plan', markdown);
      io.info(`plan comment ${c.action}: ${c.url}`);
    }
    failIfJobFailed('reconcile', result);
  });
});
