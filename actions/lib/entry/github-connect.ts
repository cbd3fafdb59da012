// Connecting to GitHub from an entry: the client with its ETag cache loaded from and saved to a file
// (a local directory for the CLI; restored by actions/cache in a workflow).
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { GitHub } from '../clients/github.js';
import type { Logger } from '../jobs/context.js';

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
}

export interface Connection {
  gh: GitHub;
  /** Write the ETag cache back (call once the job is done, whatever its result). */
  saveCache: () => Promise<void>;
}

export async function connectGitHub(s: ConnectSettings): Promise<Connection> {
  // Loaded on demand: commands that never talk to GitHub do not pay for Octokit at start-up.
  const [{ createGitHub }, { EtagCache }] = await Promise.all([import('../clients/github.js'), import('../clients/etag-cache.js')]);
  const scope = s.cacheScope || createHash('sha256').update(`${s.apiUrl}\n${s.token}`).digest('hex').slice(0, 16);
  let cache = new EtagCache(scope);
  if (s.cacheFile) {
    try {
      cache = EtagCache.fromJSON(scope, JSON.parse(await readFile(s.cacheFile, 'utf8')));
    } catch {
      // No cache yet, or an unreadable one: start empty (it only ever saves requests).
    }
  }
  const gh = createGitHub({
    token: s.token,
    apiUrl: s.apiUrl,
    graphqlUrl: s.graphqlUrl,
    log: s.log,
    cache,
    ...(s.fetch ? { fetch: s.fetch } : {}),
    ...(s.fast ? { minWriteIntervalMs: 0, retryBaseMs: 10 } : {}),
  });
  const cacheFile = s.cacheFile;
  return {
    gh,
    saveCache: async () => {
      if (!cacheFile || !cache.changed) return;
      await mkdir(dirname(cacheFile), { recursive: true });
      await writeFile(cacheFile, JSON.stringify(cache.toJSON()), { mode: 0o600 });
    },
  };
}
