// Connecting to GitHub from an entry: the client with its ETag cache loaded from and saved to a file
// (a local directory for the CLI; restored by actions/cache in a workflow).
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { dirname } from 'node:path';
import type { GitHubApi } from '../clients/github/api.js';
import type { RunMemory } from '../clients/github/etag-cache.js';
import { UsageError, UserError } from '../errors.js';
import type { Logger } from '../logger.js';

export interface ConnectSettings {
  token: string;
  apiUrl: string;
  graphqlUrl: string;
  log: Logger;
  /** Where the ETag cache lives between runs; none → no cache. */
  cacheFile?: string;
  /** A stable name for the identity (e.g. the App's slug); default: a hash of the API URL and token. */
  cacheScope?: string;
  fetch?: typeof fetch;
  /** Against a simulator: no pause between writes, short retry back-off. */
  fast?: boolean;
  /** Each request fails after this long without an answer (default: the client's, 30 s). */
  timeoutMs?: number;
}

export interface Connection {
  gh: GitHubApi;
  /** Small observations kept with the cache between runs (settings re-read on a cadence). */
  memory: RunMemory;
  /** Write the ETag cache back (call once the job is done, whatever its result). */
  saveCache: () => Promise<void>;
}

export async function connectGitHub(s: ConnectSettings): Promise<Connection> {
  // Loaded on demand: commands that never talk to GitHub do not pay for Octokit at start-up.
  const [{ createGitHubApi }, { EtagCache }] = await Promise.all([
    import('../clients/github/octokit-api.js'),
    import('../clients/github/etag-cache.js'),
  ]);
  const scope = s.cacheScope || createHash('sha256').update(`${s.apiUrl}\n${s.token}`).digest('hex').slice(0, 16);
  let cache = new EtagCache(scope);
  if (s.cacheFile) {
    try {
      const input = createReadStream(s.cacheFile, { encoding: 'utf8' });
      cache = await EtagCache.fromLines(scope, createInterface({ input, crlfDelay: Infinity }));
    } catch {
      // No cache yet, or an unreadable one: start empty (it only ever saves requests).
    }
  }
  const gh = createGitHubApi({
    token: s.token,
    apiUrl: s.apiUrl,
    graphqlUrl: s.graphqlUrl,
    log: s.log,
    cache,
    ...(s.fetch ? { fetch: s.fetch } : {}),
    ...(s.fast ? { minWriteIntervalMs: 0, retryBaseMs: 10 } : {}),
    ...(s.timeoutMs !== undefined ? { timeoutMs: s.timeoutMs } : {}),
  });
  const cacheFile = s.cacheFile;
  return {
    gh,
    memory: cache,
    saveCache: async () => {
      if (!cacheFile || !cache.changed) return;
      try {
        await mkdir(dirname(cacheFile), { recursive: true });
        // Written a line at a time to a temporary file, then renamed: never a half-written cache.
        const temporary = `${cacheFile}.${process.pid}.tmp`;
        const out = createWriteStream(temporary, { mode: 0o600 });
        for (const line of cache.lines()) {
          if (!out.write(`${line}\n`)) await once(out, 'drain');
        }
        out.end();
        await once(out, 'finish');
        await rename(temporary, cacheFile);
      } catch (err) {
        // The cache only ever saves requests: a cache that cannot be written costs the next run some, nothing more.
        const code = (err as NodeJS.ErrnoException).code ?? 'an error';
        s.log.warning(
          `could not save the ETag cache ${cacheFile} (${code}${code === 'EEXIST' || code === 'ENOTDIR' ? ': a file stands where its directory should be' : ''}); the next run reads everything again.`,
        );
      }
    },
  };
}

/** Parse "owner=token" lines (the org-tokens input). Blank lines are skipped; anything else is an error. */
export function parseOrgTokens(text: string): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const eq = line.indexOf('=');
    if (eq <= 0 || eq === line.length - 1) throw new UserError(`org-tokens line ${i + 1} is not "owner=token".`);
    tokens.set(line.slice(0, eq).trim().toLowerCase(), line.slice(eq + 1).trim());
  }
  return tokens;
}

/** A URL from the environment, refused with a message naming the variable (never its credentials). */
function endpointUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(
      `${name} is not a URL: set it to GitHub's API address (e.g. https://api.github.com), or unset it.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new UsageError(`${name} must start with https:// (or http:// for a local simulator), not ${url.protocol}.`);
  if (url.username || url.password)
    throw new UsageError(`${name} holds a user name or password: remove them (the token is GITHUB_TOKEN).`);
  return value;
}

/** GITHUB_API_URL and GITHUB_GRAPHQL_URL as Actions sets them, with github.com's as the default. */
export function githubEndpoints(env: Readonly<Record<string, string | undefined>>): {
  apiUrl: string;
  graphqlUrl: string;
} {
  const apiUrl = endpointUrl('GITHUB_API_URL', (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''));
  return { apiUrl, graphqlUrl: endpointUrl('GITHUB_GRAPHQL_URL', env.GITHUB_GRAPHQL_URL || `${apiUrl}/graphql`) };
}

export interface OrgConnections {
  /** The client for the PSRT's own org (team, roles, the ops repo). */
  gh: GitHubApi;
  /** The client for a repository owner: its own token when one was given, else gh. */
  ghFor: (owner: string) => GitHubApi;
  memory: RunMemory;
  saveCache: () => Promise<void>;
}

/**
 * One connection per org: an App installation token covers one org, so covered repositories in other
 * orgs come with tokens of their own. Each keeps its own cache file (`<cache>.<owner>.etags`).
 */
export async function connectOrgs(
  s: ConnectSettings & { orgTokens: ReadonlyMap<string, string> },
): Promise<OrgConnections> {
  const { orgTokens, ...main } = s;
  const first = await connectGitHub(main);
  const others = new Map<string, Connection>();
  for (const [owner, token] of orgTokens) {
    const cacheFile = s.cacheFile ? `${s.cacheFile.replace(/\.etags$/, '')}.${owner}.etags` : undefined;
    others.set(
      owner.toLowerCase(),
      await connectGitHub({
        ...main,
        token,
        ...(cacheFile ? { cacheFile } : {}),
        ...(s.cacheScope ? { cacheScope: `${s.cacheScope}/${owner}` } : {}),
      }),
    );
  }
  return {
    gh: first.gh,
    ghFor: (owner) => others.get(owner.toLowerCase())?.gh ?? first.gh,
    memory: first.memory,
    saveCache: async () => {
      await Promise.all([first.saveCache(), ...[...others.values()].map((o) => o.saveCache())]);
    },
  };
}
