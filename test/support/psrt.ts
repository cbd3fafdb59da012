// Helpers for tests that run psrt against the GitHub simulator (in-process, no sockets) and, where
// one is available, a real Mailman 3.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../actions/lib/entry/cli.js';
import { GitHubSim } from '../sim/github/index.js';
import type { World } from '../sim/world/index.js';
import { PSRT_WORLD_NOW, psrtWorld } from '../sim/world/psrt/index.js';
import { fixtureConfig } from './fixtures.js';
import type { MailmanHandle } from '../mailman/index.js';
import { mailmanBinary, startMailman, stopMailman } from '../mailman/index.js';

export { fixtureConfig } from './fixtures.js';

export const ROOT = join(import.meta.dirname, '../..');
/** The clock of the fixture world, and of every `psrt` run against it. */
export const FIXTURE_NOW = PSRT_WORLD_NOW;

let fixture: World | undefined;

/**
 * A deep copy of the fixture world (the PSRT world built from test/fixtures/config with the fictional
 * cast), to change for one test.
 */
export function fixtureWorld(): World {
  fixture ??= psrtWorld('fixture');
  return structuredClone(fixture);
}

/** Rename a login everywhere the world refers to it (GitHub keeps the id; the world refers by login). */
export function renameInWorld(world: World, from: string, to: string): World {
  const walk = (v: unknown): unknown => {
    if (v === from) return to;
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  const out = walk(world) as World;
  const user = out.users?.find((u) => u.login === to);
  if (user) user.previous_logins = [from];
  return out;
}

export async function startSim(world: World = fixtureWorld()): Promise<GitHubSim> {
  return GitHubSim.start({ world, inProcessOnly: true, frozenClock: true });
}

export interface RunResult {
  code: number;
  out: string;
  err: string;
}

/**
 * Run `psrt …` in-process against the simulator, as a person with a token in a terminal would: in `cwd`,
 * by default a fresh work directory holding the fixture roster and policy.
 */
export async function psrt(
  sim: GitHubSim,
  args: string[],
  opts: { env?: Record<string, string>; cwd?: string; token?: string } = {},
): Promise<RunResult> {
  let out = '';
  let err = '';
  const env: Record<string, string> = {
    GITHUB_TOKEN: opts.token ?? sim.tokens.app,
    GITHUB_API_URL: sim.url,
    GITHUB_GRAPHQL_URL: sim.graphqlUrl,
    PSRT_FAST_WRITES: '1',
    PSRT_NOW: FIXTURE_NOW,
    PSRT_CACHE_DIR: mkdtempSync(join(tmpdir(), 'psrt-cache-')),
    ...opts.env,
  };
  const code = await runCli(args, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    env,
    cwd: opts.cwd ?? workdir(),
    fetch: sim.fetch as typeof fetch,
  });
  return { code, out, err };
}

/** A working directory holding members.yaml and policy.yaml (the fixtures, edited by `edit`). */
export function workdir(edit: { members?: (text: string) => string; policy?: (text: string) => string } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'psrt-work-'));
  const { members, policy } = fixtureConfig();
  writeFileSync(join(dir, 'members.yaml'), edit.members ? edit.members(members) : members);
  writeFileSync(join(dir, 'policy.yaml'), edit.policy ? edit.policy(policy) : policy);
  return dir;
}

export interface MailmanSettings {
  url: string;
  user: string;
  password: string;
  /** Stop it when the tests are done (only when this suite started it). */
  stop: () => Promise<void>;
}

/**
 * A real Mailman 3: the one CI started (MAILMAN_REST_URL/USER/PASSWORD), or one started here. Absent
 * only when Debian's mailman3 is not installed and PSRT_REQUIRE_MAILMAN is not set.
 */
export async function realMailman(): Promise<MailmanSettings | undefined> {
  const { MAILMAN_REST_URL: url, MAILMAN_REST_USER: user, MAILMAN_REST_PASSWORD: password } = process.env;
  if (url && user && password) return { url, user, password, stop: async () => {} };
  if (!mailmanBinary()) {
    if (process.env.PSRT_REQUIRE_MAILMAN === '1')
      throw new Error("PSRT_REQUIRE_MAILMAN=1 but Debian's mailman3 is not installed");
    return undefined;
  }
  const handle: MailmanHandle = await startMailman({});
  return { url: handle.url, user: handle.user, password: handle.password, stop: () => stopMailman(handle) };
}

export function uniqueListAddress(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@lists.example.org`;
}

/** GET a simulator route as the App would (for assertions that read state the way GitHub serves it). */
export async function api<T = unknown>(sim: GitHubSim, path: string): Promise<T> {
  const r = await sim.fetch(`${sim.url}${path}`, {
    headers: { authorization: `token ${sim.tokens.app}`, accept: 'application/vnd.github+json' },
  });
  if (r.status !== 200) throw new Error(`GET ${path}: ${r.status} ${await r.text()}`);
  return (await r.json()) as T;
}

/** A text file at a ref, through the contents API. */
export async function fileAt(sim: GitHubSim, repo: string, path: string, ref: string): Promise<string> {
  const data = await api<{ content: string }>(sim, `/repos/${repo}/contents/${path}?ref=${encodeURIComponent(ref)}`);
  return Buffer.from(data.content, 'base64').toString('utf8');
}

/** Delete an account as GitHub does: 404 by login and id, and gone from org and team member lists. */
export function deleteFromWorld(world: World, login: string): World {
  const user = world.users?.find((u) => u.login === login);
  if (user) user.deleted = true;
  for (const org of world.orgs ?? []) {
    org.members = org.members?.filter((m) => m !== login);
    org.owners = org.owners?.filter((m) => m !== login);
  }
  for (const team of world.teams ?? []) {
    team.members = team.members?.filter((m) => m !== login);
    team.maintainers = team.maintainers?.filter((m) => m !== login);
  }
  return world;
}
