// The vote action: inputs → runVote → summary and outputs. The PR comes from the input, else the event.
import { UserError } from '../lib/errors.js';
import { actionContext, flag, input, io, runAction, withActionGitHub } from '../lib/entry/action-runtime.js';
import { failIfJobFailed, reportJobResult } from '../lib/entry/action-job.js';
import { actionsEvent } from '../lib/entry/actions-event.js';
import { runVote } from '../lib/jobs/vote.js';

await runAction(async () => {
  const given = input('pull-request', '');
  const pullRequest = given !== '' ? Number(given) : actionsEvent(process.env).pullRequest;
  if (pullRequest !== undefined && (!Number.isInteger(pullRequest) || pullRequest < 1))
    throw new UserError(`pull-request "${given}" is not a pull request number.`);
  const apply = !flag('dry-run', false);
  await withActionGitHub('vote', async ({ gh }) => {
    const result = await runVote(
      {
        config: { members: input('members-file', 'members.yaml'), policy: input('policy-file', 'policy.yaml') },
        apply,
        ...(pullRequest !== undefined ? { pullRequest } : {}),
      },
      { gh },
      actionContext(),
    );
    await reportJobResult(result);
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
    failIfJobFailed('vote', result);
  });
});
