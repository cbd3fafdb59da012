// Shared pieces of scenarios: a GitHub client on the harness's simulator (with the ETag cache kept in
// the job's directory between the cold and the warm run, scoped to the identity rather than the token,
// as the workflows do), and page arithmetic for minimums.
import { join } from 'node:path';
import type { Connection } from '../../actions/lib/entry/github-connect.js';
import { connectGitHub } from '../../actions/lib/entry/github-connect.js';
import { silentLogger } from '../../actions/lib/jobs/context.js';
import type { JobContext } from '../harness.js';

export function connect(ctx: JobContext): Promise<Connection> {
  return connectGitHub({
    token: ctx.token,
    apiUrl: ctx.apiUrl,
    graphqlUrl: ctx.graphqlUrl,
    log: silentLogger,
    cacheFile: join(ctx.dir, 'etags.json'),
    cacheScope: ctx.cacheScope,
    fast: true,
  });
}

/** Pages of 100 a list of n items takes (an empty list is still one request). */
export function pages(n: number): number {
  return Math.max(1, Math.ceil(n / 100));
}
