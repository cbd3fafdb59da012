// Lists every advisory of a large generated org through the org-level list and its Link cursors:
// proves the harness and the pagination (minimum: one request per page of 100).
import { OctokitGitHub } from '../../actions/lib/clients/github/octokit-api.js';
import { conditional } from '../../actions/lib/clients/github/transport.js';
import { generateWorld } from '../../test/sim/world/generate.js';
import type { Scenario } from '../harness.js';
import { connect, pages } from './common.js';

const PARAMS = { members: 3000, repos: 1000, advisories: 50_000, seed: 1 };

export const listingLarge: Scenario = {
  name: 'list-advisories-large',
  description: 'every advisory of a generated org (50,000 in 1,000 repos) through Link-cursor pages',
  prepare: () => ({ world: generateWorld(PARAMS), data: { org: 'bigorg' } }),
  job: async (ctx) => {
    const { gh, saveCache } = await connect(ctx);
    if (!(gh instanceof OctokitGitHub)) throw new Error('the listing benchmark measures the Octokit client');
    const { octokit } = gh.transport;
    let count = 0;
    let pagesRead = 0;
    for await (const page of octokit.paginate.iterator('GET /orgs/{org}/security-advisories', {
      org: String(ctx.data.org),
      per_page: 100,
      ...conditional('advisories'),
    })) {
      count += page.data.length;
      pagesRead++;
    }
    await saveCache();
    return { advisories: count, pages: pagesRead };
  },
  minimum: (prepared) => pages(prepared.world.repos!.reduce((n, r) => n + (r.advisories?.length ?? 0), 0)),
  warm: true,
};
