// `npm run demo`, the desks' shared ground: a work directory holding a copy of the live roster and policy
// beside the world's report files (reports/), as a person's checkout of the ops repository would, and
// the CVE Services simulator with the PSF's account. The report desk (sweep.ts) reserves CVE ids there;
// the end of a report (ends.ts) publishes the record to the same service.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CveSim } from '../sim/cve/index.js';
import { deskReportFiles } from '../sim/world/psrt/index.js';
import type { DemoContext } from './main.js';

const root = join(import.meta.dirname, '../..');
const CVE_KEY = 'demo-cve-services-key-0001';

export interface DemoDesk {
  /** The work directory: members.yaml, policy.yaml and reports/. */
  dir: string;
  cve: CveSim;
  /** The CVE Services account, as the cna environment gives it to a job. */
  env: Record<string, string>;
  close: () => Promise<void>;
}

export async function openDemoDesk(ctx: DemoContext): Promise<DemoDesk> {
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
  return { dir, cve, env, close: () => cve.close() };
}

/** Moves the demo's clock on by `hours`: the GitHub and CVE Services simulators and the jobs' PSRT_NOW. */
export function advanceClock(ctx: DemoContext, desk: DemoDesk, hours: number): void {
  const later = new Date(Date.parse(ctx.env.PSRT_NOW!) + hours * 3_600_000);
  ctx.sim.setNow(later);
  desk.cve.setClock(later.toISOString());
  ctx.env.PSRT_NOW = later.toISOString();
  console.log(`\n(clock: ${later.toISOString()}, ${hours} h later)`);
}
