// The audit action: inputs → runAudit → summary and outputs.
import { actionContext, flag, input, io, runAction, withActionGitHub } from '../lib/entry/action-runtime.js';
import { failIfJobFailed, reportJobResult } from '../lib/entry/action-job.js';
import { auditLinks, runAudit } from '../lib/jobs/audit.js';

await runAction(() =>
  withActionGitHub('audit', async ({ gh, ghFor }) => {
    const result = await runAudit(
      {
        config: { members: input('members-file', 'members.yaml'), policy: input('policy-file', 'policy.yaml') },
        apply: flag('apply', false),
      },
      { gh, ghFor },
      actionContext(),
    );
    await reportJobResult(result);
    const links = auditLinks(result);
    io.setOutput('inactive', JSON.stringify(result.plan?.inactive ?? []));
    io.setOutput('report-issue', links.reportIssue ?? '');
    io.setOutput('pull-request', links.pullRequest ?? '');
    io.setOutput('changes', String(result.plan?.changes.length ?? 0));
    failIfJobFailed('audit', result);
  }),
);
