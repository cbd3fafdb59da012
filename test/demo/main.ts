// `npm run demo`: the main job on the embedded demo, in-process, no network and no setup beyond
// `npm ci`. Today: validate the real roster and print its summary.
import { join } from 'node:path';
import { runValidate } from '../../actions/lib/jobs/validate.js';
import { formatDiagnostic } from '../../actions/lib/domain/findings.js';

const root = join(import.meta.dirname, '../..');
const log = { info: console.log, warning: console.warn, error: console.error, debug: () => {} };

console.log('== psrt validate (members.yaml, policy.yaml) ==');
process.chdir(root);
const result = await runValidate({ members: 'members.yaml', policy: 'policy.yaml' }, { log, now: () => new Date() });
for (const d of result.diagnostics) console.log(formatDiagnostic(d));
console.log('');
console.log(result.summary);
process.exitCode = result.ok ? 0 : 1;
