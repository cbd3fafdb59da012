// npm run mailman -- start [--lists a@b,c@d]   start an isolated Mailman 3, print one JSON line
// npm run mailman -- stop                       stop it and remove its temp dir
// The handle is kept in $TMPDIR/psrt-mailman.json between the two.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { policyListAddresses, startMailman, stopMailman } from './index.js';
import type { MailmanHandle } from './index.js';

const STATE_FILE = join(tmpdir(), 'psrt-mailman.json');
const POLICY = fileURLToPath(new URL('../../policy.yaml', import.meta.url));
const USAGE = 'usage: npm run mailman -- start [--lists a@example.org,b@example.org] | stop';

function listsArg(args: string[]): string[] | undefined {
  const i = args.findIndex((a) => a === '--lists' || a.startsWith('--lists='));
  if (i < 0) return undefined;
  const value = args[i]!.includes('=') ? args[i]!.slice(args[i]!.indexOf('=') + 1) : args[i + 1];
  if (value === undefined) throw new Error(`--lists needs a value\n${USAGE}`);
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

async function main(args: string[]): Promise<number> {
  const command = args[0];
  if (command === 'start') {
    if (existsSync(STATE_FILE)) {
      throw new Error(
        `A Mailman started here may still run (${STATE_FILE} exists): run "npm run mailman -- stop" first.`,
      );
    }
    const lists = listsArg(args.slice(1)) ?? policyListAddresses(POLICY);
    const began = performance.now();
    const handle = await startMailman({ lists, log: (line) => console.error(line) });
    writeFileSync(STATE_FILE, JSON.stringify(handle) + '\n', { mode: 0o600 });
    console.error(
      `Mailman ready in ${((performance.now() - began) / 1000).toFixed(1)} s; lists: ${lists.join(', ') || '(none)'}`,
    );
    console.log(JSON.stringify(handle));
    return 0;
  }
  if (command === 'stop') {
    if (!existsSync(STATE_FILE)) {
      console.error(`Nothing to stop (${STATE_FILE} does not exist).`);
      return 0;
    }
    const handle = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as MailmanHandle;
    await stopMailman(handle);
    rmSync(STATE_FILE, { force: true });
    console.error(`Stopped Mailman (pid ${handle.pid}) and removed ${handle.dir}.`);
    return 0;
  }
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);
