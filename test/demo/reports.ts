// `npm run demo`, the report files (issue 12): an expert's grant extended (the PR's diff, a dry run), a
// report taken in by email on someone's behalf (a draft advisory without the reporter's address, its report
// file in a PR, the acknowledgement to send), and the Cyber Resilience Act's early warning for the actively
// exploited report, as paste-ready text, then its submission recorded (a dry run). Nothing here goes to
// ENISA: its platform has no API.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DemoDesk } from './desk.js';
import type { DemoContext } from './main.js';

const EXPERT_REPORT = 'GHSA-h9c3-x7qm-4wvp';
const EXPLOITED_REPORT = 'GHSA-m4x2-9cqv-h7wr';
const REPORTER = 'Jana Nováková <jana.novakova@example.org>';

export async function runReportsDemo(ctx: DemoContext, desk: DemoDesk): Promise<number> {
  const { dir } = desk;
  let failures = 0;
  const run = async (args: string[], title: string, shows: string[], absent: string[] = []): Promise<string> => {
    const code = await ctx.psrt(args, title, { cwd: dir, env: desk.env });
    const out = ctx.lastOutput();
    if (code !== 0) {
      console.log(`!! expected exit 0, got ${code}`);
      failures++;
    }
    for (const text of shows)
      if (!out.includes(text)) {
        console.log(`!! the output does not show "${text}"`);
        failures++;
      }
    for (const text of absent)
      if (out.includes(text)) {
        console.log(`!! the output shows "${text}"`);
        failures++;
      }
    return out;
  };

  await run(
    ['grant', EXPERT_REPORT, 'mara-crypto', '--days', '14', '--reason', 'Reviews the backport of the fix', '--dry-run'],
    `grant ${EXPERT_REPORT} mara-crypto --days 14 --dry-run: the expert's access extended, as the PR would change it`,
    ['mara-crypto'],
  );

  const body = join(dir, 'intake-body.md');
  writeFileSync(
    body,
    [
      'Reported by email to the PSRT.',
      '',
      '`tarfile.TarFile.extractall()` with `filter="data"` follows a hard link whose target was replaced by a symbolic link earlier in the same archive, and writes outside the destination.',
      '',
    ].join('\n'),
  );
  const intake = await run(
    [
      'intake',
      '--repo',
      'python/cpython',
      '--title',
      'tarfile data filter bypass through a hard link to a replaced symlink',
      '--body-file',
      body,
      '--reporter',
      REPORTER,
      '--received',
      '2026-11-25T18:30:00Z',
    ],
    "intake: a report taken in by email on the reporter's behalf (draft advisory, report file PR, acknowledgement)",
    ['GHSA-'],
  );
  const ghsa = /GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}/.exec(intake)?.[0];
  if (!ghsa) {
    console.log('!! intake named no advisory');
    return failures + 1;
  }
  const advisory = (await (
    await ctx.sim.fetch(`${ctx.sim.url}/repos/python/cpython/security-advisories/${ghsa}`, {
      headers: { authorization: `token ${ctx.env.GITHUB_TOKEN}` },
    })
  ).json()) as { state: string; description: string | null };
  const leaked = /[\w.+-]+@[\w-]+\.[\w.]+/.test(advisory.description ?? '');
  console.log(
    `\n${ghsa} on GitHub: state ${advisory.state}; the reporter's address in its description: ${leaked ? 'YES' : 'no'}`,
  );
  if (leaked) failures++;

  await run(
    ['cra', EXPLOITED_REPORT, '--step', 'early-warning'],
    `cra ${EXPLOITED_REPORT} --step early-warning: the text ENISA's platform asks for, to paste`,
    ['UTC'],
  );
  await run(
    ['cra', EXPLOITED_REPORT, '--done', 'early-warning', '--at', '2026-11-26T09:15:00Z', '--dry-run'],
    `cra ${EXPLOITED_REPORT} --done early-warning --dry-run: the submission as the report file would record it`,
    ['early'],
  );
  return failures;
}
