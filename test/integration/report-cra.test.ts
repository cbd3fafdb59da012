// `psrt cra` against the GitHub simulator: the clocks and paste-ready text of an exploited report (exit 0,
// times in UTC), a refusal for a report not marked exploited (exit 1), and --done recording a step in a PR
// to its report file, once.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ReportFile } from '../../actions/lib/domain/report-file.js';
import type { World } from '../sim/world/index.js';
import { api, fileAt, fixtureWorld, psrt, startSim } from '../support/psrt.js';

const OPS = 'python/psrt-ops';
const GHSA = 'GHSA-w8h2-c4xq-5mr9'; // draft "[ACCEPTED] …", python/cpython, in the fixture world
const PATH = `reports/${GHSA}.yaml`;
const REPORT = `# Exploited: reported by a vendor.\nrepo: python/cpython\nghsa: ${GHSA}\nexploited:\n  aware_at: 2026-11-26T00:00:00+01:00\n  source: vendor telemetry\n`;

interface Pull {
  number: number;
  head: { ref: string; sha: string };
}

function exploitedWorld(text = REPORT, title?: string): World {
  const world = fixtureWorld();
  const ops = world.repos!.find((r) => r.full_name === OPS)!;
  ops.files = { ...ops.files, [PATH]: text };
  const advisory = world
    .repos!.find((r) => r.full_name === 'python/cpython')!
    .advisories!.find((a) => a.ghsa_id === GHSA)!;
  if (title !== undefined) advisory.summary = title;
  return world;
}

describe('psrt cra', () => {
  it('prints the clocks and paste-ready text of a step of an exploited report, exit 0, writing nothing', async () => {
    const sim = await startSim(exploitedWorld());
    const r = await psrt(sim, ['cra', GHSA, '--step', 'early-warning']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`CRA clocks of ${GHSA} (UTC):`);
    expect(r.out).toContain('  early warning: due 2026-11-26 23:00 UTC; past half time');
    expect(r.out).toContain('  vulnerability notification: due 2026-11-28 23:00 UTC; running');
    expect(r.out).toContain("ENISA's single reporting platform has no API");
    expect(r.out).toMatch(
      /^CRA early warning \(Art\. 14\(2\)\(a\), Regulation \(EU\) 2024\/2847\) — GHSA-w8h2-c4xq-5mr9$/m,
    );
    expect(r.out).toContain('Due: 2026-11-26 23:00 UTC');
    expect(r.out).toContain('Product with digital elements: CPython by Python Software Foundation');
    expect(r.out).toContain('became aware at 2026-11-25 23:00 UTC');
    expect(r.out).toContain('Summary: Denial of service in ipaddress with huge prefix strings');
    expect(r.out).not.toContain('[ACCEPTED]');
    expect(r.out).not.toContain('CRA vulnerability notification (');
    expect(sim.stats().writes).toBe(0);

    const all = await psrt(sim, ['cra', GHSA, '--no-title']);
    expect(all.code).toBe(0);
    expect(all.out.match(/^CRA .* — GHSA-w8h2-c4xq-5mr9$/gm)).toHaveLength(3);
    expect(all.out).not.toContain('Summary:');
    expect(all.out).not.toContain('ipaddress');
  });

  it('refuses a report that is not marked exploited, exit 1', async () => {
    const sim = await startSim(exploitedWorld(`repo: python/cpython\nghsa: ${GHSA}\n`, '[EXPLOITED] Secret overflow'));
    const tagged = await psrt(sim, ['cra', GHSA, '--step', 'early-warning']);
    expect(tagged.code).toBe(1);
    expect(tagged.err).toContain(`${GHSA}'s title carries [EXPLOITED] but ${PATH} has no exploited.aware_at yet`);
    expect(tagged.err).not.toContain('Secret overflow');
    const plain = await psrt(sim, ['cra', 'GHSA-x3q9-m7vh-2wcp']);
    expect(plain.code).toBe(1);
    expect(plain.err).toMatch(/GHSA-x3q9-m7vh-2wcp is not marked as actively exploited \(there is no reports\//);
  });

  it('--done records the step as submitted in one PR; a second run plans nothing', async () => {
    const sim = await startSim(exploitedWorld());
    const args = ['cra', GHSA, '--done', 'early-warning', '--at', '2026-11-26T08:30:00Z'];
    const dry = await psrt(sim, [...args, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain(`+ record the CRA early warning of ${GHSA} as submitted at 2026-11-26 08:30 UTC`);
    expect(dry.out).toContain('+  submitted:\n+    early-warning: 2026-11-26T08:30:00Z\n');
    expect(sim.stats().writes).toBe(0);

    const run = await psrt(sim, args);
    expect(run.code).toBe(0);
    const pulls = (await api<Pull[]>(sim, `/repos/${OPS}/pulls?state=open`)).filter(
      (p) => p.head.ref === `psrt/report/${GHSA}/cra-early-warning`,
    );
    expect(pulls).toHaveLength(1);
    const text = await fileAt(sim, OPS, PATH, pulls[0]!.head.sha);
    expect(text.startsWith('# Exploited: reported by a vendor.\n')).toBe(true);
    expect((parse(text) as ReportFile).exploited?.submitted).toEqual({ 'early-warning': '2026-11-26T08:30:00Z' });

    const writes = sim.stats().writes;
    const again = await psrt(sim, args);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/^cra: nothing to change/);
    expect(sim.stats().writes).toBe(writes);

    const early = await psrt(sim, ['cra', GHSA, '--done', 'notification', '--at', '2026-11-25T09:00:00Z']);
    expect(early.code).toBe(1);
    expect(early.err).toContain('[time-order] the notification was submitted before aware_at.');
  });

  it("says in --help that nothing is submitted and ENISA's platform has no API", async () => {
    const sim = await startSim();
    const help = await psrt(sim, ['cra', '--help']);
    expect(help.code).toBe(0);
    expect(help.out.replace(/\s+/g, ' ')).toContain(
      "psrt submits nothing anywhere: ENISA's single reporting platform has no API.",
    );
    expect((await psrt(sim, ['cra', GHSA, '--done', 'early-warning'])).code).toBe(2);
    expect((await psrt(sim, ['cra', GHSA, '--step', 'warning'])).code).toBe(2);
  });
});
