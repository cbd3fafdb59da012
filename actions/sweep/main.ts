// The sweep action: inputs → runSweep → summary and outputs. CVE Services credentials come from the
// inputs (or CVE_API_* in the environment); without them no CVE id is reserved.
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
import { CVE_ENV_NAMES, cveServicesIfConfigured } from '../lib/entry/cve-connect.js';
import { runSweep, sweepDashboardUrl } from '../lib/jobs/sweep.js';

await runAction(async () => {
  // Each CVE Services value from its input, else the environment; masked by cveServicesIfConfigured.
  const cveEnv = Object.fromEntries(
    CVE_ENV_NAMES.map((name) => [name, input(name.toLowerCase().replace(/_/g, '-'), process.env[name] ?? '')]),
  );
  const cve = cveServicesIfConfigured(cveEnv, { log: actionLogger, mask: (secret) => io.setSecret(secret) });
  const allow = input('allow-large-removal', '');
  const basePolicy = input('base-policy-file', '');
  const apply = flag('apply', false);
  await withActionGitHub('sweep', async ({ gh, ghFor }) => {
    const result = await runSweep(
      {
        config: { members: input('members-file', 'members.yaml'), policy: input('policy-file', 'policy.yaml') },
        apply,
        ...(allow ? { allowLargeRemoval: allow } : {}),
        ...(basePolicy ? { basePolicy } : {}),
      },
      { gh, ghFor, ...(cve ? { cve } : {}) },
      actionContext(),
    );
    await reportJobResult(result);
    const changes = result.plan?.changes ?? [];
    io.setOutput('outcome', result.outcome);
    io.setOutput('changes', String(changes.length));
    io.setOutput('notices', String(changes.filter((c) => c.kind === 'notify').length));
    io.setOutput(
      'removals',
      String(
        changes.reduce(
          (n, c) => n + (c.kind === 'access' ? c.remove.length : c.kind === 'member-access' ? c.removeUsers.length : 0),
          0,
        ),
      ),
    );
    io.setOutput('dashboard', sweepDashboardUrl(result) ?? '');
    failIfJobFailed('sweep', result);
  });
});
