// A real GNU Mailman 3 core (Debian's mailman3) for tests and the demo: an isolated instance in a temp
// dir, its own config, SQLite, only the REST runner, on a free port, with random REST credentials.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdtempSync,
  openSync,
  closeSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { MailmanClient } from '../../actions/lib/clients/mailman.js';

const run = promisify(execFile);

/** Debian's layout: the `mailman` command and the runner/master scripts it starts. */
export const MAILMAN_BIN = '/usr/bin/mailman';
const MAILMAN_SCRIPTS = '/usr/lib/mailman3/bin';

export interface MailmanHandle {
  /** REST base URL, e.g. http://127.0.0.1:PORT/3.1 */
  url: string;
  user: string;
  password: string;
  /** PID of the master process. */
  pid: number;
  /** The instance's temp dir (config, SQLite, logs). */
  dir: string;
}

export interface StartOptions {
  /** List addresses to create (their domains first). Default: none. */
  lists?: string[];
  /** Install Debian's mailman3 when it is missing (root with apt-get only). Default true. */
  install?: boolean;
  /** REST port; default a free one. */
  port?: number;
  /** How long to wait for REST to answer. Default 60 s. */
  timeoutMs?: number;
  /** Progress lines (install, start). Default: silent. */
  log?: (line: string) => void;
}

/** The path of the `mailman` command if Debian's mailman3 is installed, else null. */
export function mailmanBinary(): string | null {
  return existsSync(MAILMAN_BIN) && existsSync(join(MAILMAN_SCRIPTS, 'master')) ? MAILMAN_BIN : null;
}

/** Install Debian's mailman3 if missing; only as root on a machine with apt-get. */
export async function ensureMailmanInstalled(log: (line: string) => void = () => {}): Promise<string> {
  const found = mailmanBinary();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    throw new Error(
      "Debian's mailman3 is not installed, and it can only be installed automatically as root with apt-get. " +
        'Install it: sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends mailman3',
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  log('installing mailman3 (apt-get update; apt-get install mailman3) …');
  await run('apt-get', ['update'], { env, maxBuffer: 64 * 1024 * 1024 });
  await run('apt-get', ['install', '-y', '--no-install-recommends', 'mailman3'], { env, maxBuffer: 64 * 1024 * 1024 });
  const installed = mailmanBinary();
  if (!installed)
    throw new Error(`apt-get installed mailman3, but ${MAILMAN_BIN} or ${MAILMAN_SCRIPTS}/master is missing`);
  return installed;
}

/** The `address` of each `mailing_lists` entry of a policy.yaml. */
export function policyListAddresses(policyFile: string): string[] {
  const policy = parse(readFileSync(policyFile, 'utf8')) as { mailing_lists?: { address?: unknown }[] } | null;
  return (policy?.mailing_lists ?? []).map((l) => l.address).filter((a): a is string => typeof a === 'string');
}

/** Bind and release `port` (0: any free one) to learn that it is free. */
async function freePort(port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (err) =>
      reject(new Error(`Port ${port} on 127.0.0.1 is not free for Mailman's REST API: ${err.message}`)),
    );
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function config(dir: string, port: number, user: string, password: string): string {
  // Every runner but REST is off: tests need no mail flow, and each runner costs a Python process.
  const off = [
    'archive',
    'bounces',
    'command',
    'in',
    'lmtp',
    'nntp',
    'out',
    'pipeline',
    'retry',
    'task',
    'virgin',
    'digest',
  ];
  return [
    '[mailman]',
    'layout: psrt',
    'site_owner: mailman-admin@example.com',
    '',
    '[paths.psrt]',
    `var_dir: ${dir}/var`,
    `bin_dir: ${MAILMAN_SCRIPTS}`,
    '',
    '[database]',
    'class: mailman.database.sqlite.SQLiteDatabase',
    'url: sqlite:///$DATA_DIR/mailman.db',
    '',
    '[mta]',
    // Without it, creating or deleting a list answers 500 (no Postfix maps to regenerate).
    'incoming: mailman.mta.null.NullMTA',
    '',
    '[webservice]',
    'hostname: 127.0.0.1',
    `port: ${port}`,
    `admin_user: ${user}`,
    `admin_pass: ${password}`,
    'workers: 1',
    '',
    ...off.flatMap((name) => [`[runner.${name}]`, 'start: no', '']),
  ].join('\n');
}

/** Running (a zombie waiting for its parent to reap it counts as ended). */
function processAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** True when the REST API at `url` accepts these credentials. */
async function answersTo(url: string, user: string, password: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/system/versions`, {
      headers: { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` },
      signal: AbortSignal.timeout(2_000),
    });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

/** The PIDs of a process's descendants, read from /proc (runners and their gunicorn workers). */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and parentheses; the fields after the last ')' are fixed.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const out: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
      out.push(child);
      queue.push(child);
    }
  }
  return out;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Start an isolated Mailman, wait until its REST API answers to our credentials, create the lists. */
export async function startMailman(opts: StartOptions = {}): Promise<MailmanHandle> {
  const log = opts.log ?? (() => {});
  const binary = opts.install === false ? mailmanBinary() : await ensureMailmanInstalled(log);
  if (!binary) throw new Error(`Debian's mailman3 is not installed (${MAILMAN_BIN} missing)`);
  const port = await freePort(opts.port);
  const dir = mkdtempSync(join(tmpdir(), 'psrt-mailman-'));
  const user = `psrt-${randomBytes(4).toString('hex')}`;
  const password = randomBytes(18).toString('base64url');
  const configFile = join(dir, 'mailman.cfg');
  writeFileSync(configFile, config(dir, port, user, password), { mode: 0o600 });
  const handle: MailmanHandle = { url: `http://127.0.0.1:${port}/3.1`, user, password, pid: 0, dir };
  const pidFile = join(dir, 'var', 'master.pid');

  // `mailman start` forks a master that keeps the caller's stdout and stderr open: give it a file,
  // or whoever reads our output (a pipe, vitest) waits for ever.
  const logFd = openSync(join(dir, 'start.log'), 'a');
  const args = ['-C', configFile, ...(process.getuid?.() === 0 ? ['--run-as-root'] : []), 'start'];
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(binary, args, { stdio: ['ignore', logFd, logFd] });
      child.once('error', reject);
      child.once('exit', resolve);
    });
    if (code !== 0) throw new Error(`mailman start exited with ${code}: ${readLog(dir)}`);

    const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
    for (;;) {
      if (!handle.pid && existsSync(pidFile)) handle.pid = Number(readFileSync(pidFile, 'utf8').trim());
      // `mailman start` answers 0 even when the port is taken by another instance; only our random
      // credentials prove the API that answers is ours, and our master must still be running.
      if (handle.pid && !processAlive(handle.pid))
        throw new Error(`Mailman's master exited during start-up: ${readLog(dir)}`);
      if (handle.pid && (await answersTo(handle.url, user, password))) break;
      if (logText(dir).includes('Connection in use'))
        throw new Error(`Port ${port} was taken before Mailman could bind it: ${readLog(dir)}`);
      if (Date.now() > deadline)
        throw new Error(
          `Mailman's REST API at ${handle.url} did not answer within ${opts.timeoutMs ?? 60_000} ms: ${readLog(dir)}`,
        );
      await sleep(100);
    }
    const client = new MailmanClient({ url: handle.url, user, password });
    for (const list of opts.lists ?? []) await client.createList(list);
    return handle;
  } catch (err) {
    // The master may have written its PID after we last looked; stop it too.
    if (!handle.pid && existsSync(pidFile)) handle.pid = Number(readFileSync(pidFile, 'utf8').trim()) || 0;
    await stopMailman(handle).catch(() => {});
    throw err;
  } finally {
    closeSync(logFd);
  }
}

function logText(dir: string): string {
  const file = join(dir, 'var', 'logs', 'mailman.log');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

function readLog(dir: string): string {
  const parts: string[] = [];
  for (const file of [join(dir, 'start.log'), join(dir, 'var', 'logs', 'mailman.log')]) {
    if (existsSync(file)) parts.push(readFileSync(file, 'utf8').split('\n').slice(-15).join('\n'));
  }
  return parts.join('\n').trim() || '(no log)';
}

/** Stop the master and every runner it started (SIGTERM, then SIGKILL after 10 s), remove the temp dir. */
export async function stopMailman(handle: MailmanHandle): Promise<void> {
  if (handle.pid > 0) {
    const family = [handle.pid, ...descendants(handle.pid)];
    try {
      process.kill(handle.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    const deadline = Date.now() + 10_000;
    while (family.some(processAlive) && Date.now() < deadline) await sleep(50);
    for (const pid of family.filter(processAlive)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Ended in between.
      }
    }
  }
  rmSync(handle.dir, { recursive: true, force: true });
}
