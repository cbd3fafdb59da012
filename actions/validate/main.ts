// The validate action: inputs → runValidate → annotations, summary, outputs. It makes no request, so it
// writes workflow commands itself (workflow-commands.ts) instead of loading @actions/core and its HTTP
// client: the bundle stays small and starts fast.
import { createActionRuntime } from '../lib/entry/action-io.js';
import { workflowCommands } from '../lib/entry/workflow-commands.js';
import { UserError } from '../lib/errors.js';
import { runValidate } from '../lib/jobs/validate.js';

const action = createActionRuntime(workflowCommands);

await action.runAction(async () => {
  const paths = {
    members: action.input('members-file', 'members.yaml'),
    policy: action.input('policy-file', 'policy.yaml'),
  };
  const result = await runValidate(paths, action.context());
  action.annotate(result.diagnostics);
  await action.writeSummary(result.summary);
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  action.io.setOutput('valid', String(result.ok));
  action.io.setOutput('errors', String(errors));
  action.io.setOutput('warnings', String(result.diagnostics.length - errors));
  action.io.setOutput('members', result.counts ? String(result.counts.members) : '');
  if (!result.ok)
    throw new UserError(`${paths.members} / ${paths.policy}: ${errors} error(s); see the annotations above.`);
});
