// `npm run demo`, the report desk part: the hourly sweep on the demo world (the PSRT's reports, their
// title tags, clocks, outside access and an actively exploited report), first as a plan, then applied
// (with a CVE id reserved on accept from the CVE Services simulator), then once more with nothing to do.
// It runs in the desk's work directory (desk.ts: a copy of the live roster and policy beside the world's
// report files) against the CVE Services simulator that the end of a report (ends.ts) publishes to.
import type { DemoDesk } from './desk.js';
import type { DemoContext } from './main.js';

async function get<T>(ctx: DemoContext, path: string): Promise<T> {
  const r = await ctx.sim.fetch(`${ctx.sim.url}${path}`, {
    headers: { authorization: `token ${ctx.env.GITHUB_TOKEN}` },
  });
  if (r.status !== 200) throw new Error(`GET ${path}: ${r.status}`);
  return (await r.json()) as T;
}

export async function runSweepDemo(ctx: DemoContext, desk: DemoDesk): Promise<number> {
  const { dir, cve, env } = desk;
  let failures = 0;
  if ((await ctx.psrt(['sweep'], 'sweep: the report desk, planned (dry run)', { cwd: dir, env })) !== 0) failures++;
  if (
    (await ctx.psrt(
      ['sweep', '--apply'],
      'sweep --apply: coordinators, tags, reminders, access, CVE ids, the dashboard',
      { cwd: dir, env },
    )) !== 0
  )
    failures++;
  if (
    (await ctx.psrt(['sweep', '--apply'], 'sweep --apply again: nothing new, nothing written', { cwd: dir, env })) !== 0
  )
    failures++;

  const issues = await get<{ number: number; html_url: string; body: string }[]>(
    ctx,
    '/repos/python/psrt-ops/issues?labels=psrt-dashboard&state=open',
  );
  const board = issues[0];
  if (!board) {
    console.log('no dashboard issue');
    return failures + 1;
  }
  console.log(`\ndashboard ${board.html_url} (pinned), its first lines:`);
  console.log(board.body.split('\n').slice(1, 14).join('\n'));
  console.log('…');
  const comments = await get<{ body: string }[]>(ctx, `/repos/python/psrt-ops/issues/${board.number}/comments`);
  console.log(`\n${comments.length} reminder comment(s); the first:\n${comments[0]?.body ?? ''}`);
  const reserved = cve.stats().routes['POST /cve-id']?.count ?? 0;
  console.log(
    `CVE Services: ${reserved} reservation request(s), each recorded in the desk's memory before the PATCH writing it.`,
  );
  return failures;
}
