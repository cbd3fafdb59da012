// The vote action: inputs → runVote → summary and outputs. The PR comes from the input, else the event.
import { UserError } from '../lib/errors.js';
import { actionContext, actionLogger, input, io, runAction } from '../lib/entry/action-runtime.js';
import { failIfJobFailed, reportJobResult } from '../lib/entry/action-job.js';
import { actionsEvent } from '../lib/entry/actions-event.js';
import { connectGitHub, githubEndpoints } from '../lib/entry/github-connect.js';
import { runVote } from '../lib/jobs/vote.js';

await runAction(async () => {
  const token = io.getInput('token', { required: true });
  io.setSecret(token);
  const { apiUrl, graphqlUrl } = githubEndpoints(process.env);
  const given = input('pull-request', '');
  const pullRequest = given !== '' ? Number(given) : actionsEvent(process.env).pullRequest;
  if (pullRequest !== undefined && (!Number.isInteger(pullRequest) || pullRequest < 1))
    throw new UserError(`pull-request "${given}" is not a pull request number.`);
  const { gh, saveCache } = await connectGitHub({
    token,
    apiUrl,
    graphqlUrl,
    log: actionLogger,
    cacheFile: input('cache-file', '.psrt-cache/vote.etags'),
    cacheScope: input('cache-scope', ''),
  });
  try {
    const result = await runVote(
      {
        config: { members: input('members-file', 'members.yaml'), policy: input('policy-file', 'policy.yaml') },
        apply: input('dry-run', 'false') !== 'true',
        ...(pullRequest !== undefined ? { pullRequest } : {}),
      },
      { gh },
      actionContext(),
    );
    await reportJobResult('vote', result);
    const results = (result.plan?.pulls ?? []).map((r) => ({
      number: r.number,
      kind: r.kind,
      nominees: r.nominees,
      state: r.status.state,
      description: r.status.description,
      yes: r.tally?.yes ?? null,
      no: r.tally?.no ?? null,
      closes_at: r.tally?.closesAt ?? null,
    }));
    io.setOutput('results', JSON.stringify(results));
    io.setOutput('changes', String(result.plan?.changes.length ?? 0));
    io.info(
      `GitHub requests: ${gh.counters.requests} (${gh.counters.notModified} answered 304 from the cache, ${gh.counters.writes} writes)`,
    );
    failIfJobFailed('vote', result);
  } finally {
    await saveCache();
  }
});
