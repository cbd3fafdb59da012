// `npm run demo`, the report desk part: the hourly sweep on the demo world (the PSRT's reports, their
// title tags, clocks, outside access and an actively exploited report), first as a plan, then applied
// (with a CVE id reserved on accept from the CVE Services simulator), then once more with nothing to do.
// It runs in a copy of the live roster and policy beside the world's report files (reports/).
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CveSim } from '../sim/cve/index.js';
import { deskReportFiles } from '../sim/world/psrt/index.js';
import type { DemoContext } from './main.js';

const root = join(import.meta.dirname, '../..');
const CVE_KEY = 'demo-cve-services-key-0001';

async function get<T>(ctx: DemoContext, path: string): Promise<T> {
  const r = await ctx.sim.fetch(`${ctx.sim.url}${path}`, {
    headers: { authorization: `token ${ctx.env.GITHUB_TOKEN}` },
  });
  if (r.status !== 200) throw new Error(`GET ${path}: ${r.status}`);
  return (await r.json()) as T;
}

export async function runSweepDemo(ctx: DemoContext): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'psrt-demo-desk-'));
  for (const f of ['members.yaml', 'policy.yaml']) copyFileSync(join(root, f), join(dir, f));
  mkdirSync(join(dir, 'reports'));
  for (const [path, text] of Object.entries(deskReportFiles())) writeFileSync(join(dir, path), text);
  const cve = await CveSim.start({
    world: {
      cve: {
        now: ctx.env.PSRT_NOW,
        orgs: [{ short_name: 'PSF', id_quota: 50, users: [{ username: 'psrt-bot@python.org', secret: CVE_KEY }] }],
      },
    },
  });
  const env = { CVE_API_URL: cve.url, CVE_API_ORG: 'PSF', CVE_API_USER: 'psrt-bot@python.org', CVE_API_KEY: CVE_KEY };
  let failures = 0;
  try {
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
      (await ctx.psrt(['sweep', '--apply'], 'sweep --apply again: nothing new, nothing written', { cwd: dir, env })) !==
      0
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
  } finally {
    await cve.close();
  }
  return failures;
}
