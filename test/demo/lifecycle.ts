// `npm run demo`, the membership lifecycle part (PEP 811): the nomination votes on the ops repo's open
// pull requests, then the yearly activity audit with its report issue and pruning PR. main.ts runs this
// after reconcile; each step is a `psrt` command against the same in-process simulator.
import type { DemoContext } from './main.js';

interface Pull {
  number: number;
  title: string;
  head: { sha: string };
}

async function get<T>(ctx: DemoContext, path: string): Promise<T> {
  const r = await ctx.sim.fetch(`${ctx.sim.url}${path}`, {
    headers: { authorization: `token ${ctx.env.GITHUB_TOKEN}` },
  });
  if (r.status !== 200) throw new Error(`GET ${path}: ${r.status}`);
  return (await r.json()) as T;
}

/** The vote: the tally first (nothing written), then the statuses and comments, then a run with nothing to do. */
export async function voteDemo(ctx: DemoContext): Promise<number> {
  let failures = 0;
  if ((await ctx.psrt(['vote', '--dry-run'], 'vote --dry-run: the open nominations in python/psrt-ops, counted')) !== 0)
    failures++;
  if ((await ctx.psrt(['vote'], 'vote: the psrt/vote status and one tally comment per nomination')) !== 0) failures++;
  if ((await ctx.psrt(['vote'], 'vote again: nothing new, nothing written')) !== 0) failures++;
  const pulls = await get<Pull[]>(ctx, '/repos/python/psrt-ops/pulls?state=open');
  for (const p of pulls) {
    const statuses = await get<{ context: string; state: string; description: string }[]>(
      ctx,
      `/repos/python/psrt-ops/commits/${p.head.sha}/statuses`,
    );
    const vote = statuses.find((s) => s.context === 'psrt/vote');
    console.log(`#${p.number} ${p.title}\n    psrt/vote: ${vote ? `${vote.state}: ${vote.description}` : '(none)'}`);
  }
  return failures;
}

/** The audit: the report (dry run), then the report issue and the pruning PR, then a re-run that changes nothing. */
export async function auditDemo(ctx: DemoContext): Promise<number> {
  let failures = 0;
  if ((await ctx.psrt(['audit'], 'audit: who was active since the last report (dry run)')) !== 0) failures++;
  if (
    (await ctx.psrt(
      ['audit', '--apply'],
      'audit --apply: the report issue for the Steering Council and one pruning PR',
    )) !== 0
  )
    failures++;
  if ((await ctx.psrt(['audit', '--apply'], 'audit --apply again: the same issue and PR, nothing to change')) !== 0)
    failures++;
  const pulls = await get<Pull[]>(ctx, '/repos/python/psrt-ops/pulls?state=open&head=python:psrt/prune-inactive');
  const pr = pulls[0];
  if (!pr) {
    console.log('no pruning PR is open');
    return failures + 1;
  }
  const files = await get<{ filename: string; additions: number; deletions: number; patch?: string }[]>(
    ctx,
    `/repos/python/psrt-ops/pulls/${pr.number}/files`,
  );
  console.log(
    `pruning PR #${pr.number} "${pr.title}" changes ${files.map((f) => `${f.filename} (+${f.additions} -${f.deletions})`).join(', ')}:`,
  );
  const patch = files.find((f) => f.filename === 'members.yaml')?.patch ?? '';
  // The moved entries only: removed from members, added to emeritus; every comment stays.
  console.log(
    patch
      .split('\n')
      .filter((l) => /^[-+] /.test(l))
      .slice(0, 16)
      .join('\n'),
  );
  console.log('…');
  return failures;
}

export async function runLifecycleDemo(ctx: DemoContext): Promise<number> {
  return (await voteDemo(ctx)) + (await auditDemo(ctx));
}
