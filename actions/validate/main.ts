// The validate action: inputs → runValidate → annotations, summary, outputs.
import * as core from '@actions/core';
import { actionContext, annotate, input, runAction, writeSummary } from '../lib/entry/action-runtime.js';
import { UserError } from '../lib/errors.js';
import { runValidate } from '../lib/jobs/validate.js';

await runAction(async () => {
  const paths = { members: input('members-file', 'members.yaml'), policy: input('policy-file', 'policy.yaml') };
  const result = await runValidate(paths, actionContext());
  annotate(result.diagnostics);
  await writeSummary(result.summary);
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  core.setOutput('valid', String(result.ok));
  core.setOutput('errors', String(errors));
  core.setOutput('warnings', String(result.diagnostics.length - errors));
  core.setOutput('members', result.counts ? String(result.counts.members) : '');
  if (!result.ok)
    throw new UserError(`${paths.members} / ${paths.policy}: ${errors} error(s); see the annotations above.`);
});
