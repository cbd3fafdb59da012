// `npm run demo`, the end of a report (issues 13 and 14): for the accepted array.array report, whose CVE id
// the sweep just reserved, the CVE record built from the advisory and its report file, the record PR,
// publishing refused before the advisory email, the email shown then sent to an SMTP server in-process
// (STARTTLS, a login) and recorded by a PR, the merges a person makes, the record published to the CVE
// Services simulator within the 24-hour clock (then nothing left to do), and from the records on the ops
// repository's default branch the OSV record and the year's credits.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSmtpServer } from '../support/smtp.js';
import type { DemoDesk } from './desk.js';
import { advanceClock } from './desk.js';
import type { DemoContext } from './main.js';

const GHSA = 'GHSA-r2v8-hc5x-m4qf';
const OPS = 'python/psrt-ops';
const SMTP_LOGIN = { user: 'psrt-announce', password: 'demo-smtp-password' };
/** The operators review and merge within hours: the record goes out 3 hours after the email. */
const PUBLISH_DELAY_HOURS = 3;

interface Pull {
  number: number;
  html_url: string;
  title: string;
  body: string | null;
  head: { ref: string; sha: string };
}

/** The simulator's REST API as a person (the member token: an org owner) or the App would call it. */
async function rest<T>(
  ctx: DemoContext,
  method: string,
  path: string,
  body?: unknown,
  token = ctx.env.GITHUB_TOKEN,
): Promise<T> {
  const r = await ctx.sim.fetch(`${ctx.sim.url}${path}`, {
    method,
    headers: {
      authorization: `token ${token}`,
      accept: 'application/vnd.github+json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
  return (await r.json()) as T;
}

async function openPull(ctx: DemoContext, branch: string): Promise<Pull | undefined> {
  const pulls = await rest<Pull[]>(
    ctx,
    'GET',
    `/repos/${OPS}/pulls?state=open&head=${encodeURIComponent(`python:${branch}`)}`,
  );
  return pulls[0];
}

/** What a person does on GitHub: merge the reviewed PR (PUT …/merge), so the default branch holds it. */
async function mergeAsPerson(ctx: DemoContext, branch: string, why: string): Promise<boolean> {
  const pr = await openPull(ctx, branch);
  if (!pr) {
    console.log(`no open PR from ${branch}: nothing to merge`);
    return false;
  }
  const merged = await rest<{ sha: string; message: string }>(
    ctx,
    'PUT',
    `/repos/${OPS}/pulls/${pr.number}/merge`,
    { sha: pr.head.sha, merge_method: 'merge' },
    ctx.sim.tokens.member,
  );
  console.log(`merged #${pr.number} "${pr.title}" (${why}): ${merged.message}, main at ${merged.sha.slice(0, 7)}`);
  return true;
}

/** One file as the ops repository's default branch holds it, written to the same path under `dir`. */
async function pullFile(ctx: DemoContext, path: string, dir: string): Promise<void> {
  const file = await rest<{ content: string }>(ctx, 'GET', `/repos/${OPS}/contents/${path}?ref=main`);
  writeFileSync(join(dir, path), Buffer.from(file.content, 'base64'));
  console.log(`
(the work directory pulls ${path} from ${OPS}@main)`);
}

/** A section of the dashboard issue, from its heading to the next blank line after its table. */
async function dashboardSection(ctx: DemoContext, heading: string): Promise<string> {
  const [board] = await rest<{ body: string }[]>(ctx, 'GET', `/repos/${OPS}/issues?labels=psrt-dashboard&state=open`);
  const lines = (board?.body ?? '').split('\n');
  const start = lines.findIndex((l) => l.startsWith(heading));
  if (start < 0) return '(no such section)';
  const end = lines.findIndex((l, i) => i > start + 2 && l.trim() === '');
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

/** records/ as the ops repository's default branch holds it, written into `dir` (a checkout's records/). */
async function fetchRecords(ctx: DemoContext, dir: string): Promise<string[]> {
  const entries = await rest<{ name: string; path: string; type: string }[]>(
    ctx,
    'GET',
    `/repos/${OPS}/contents/records?ref=main`,
  );
  mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  for (const entry of entries.filter((e) => e.type === 'file')) {
    const file = await rest<{ content: string }>(ctx, 'GET', `/repos/${OPS}/contents/${entry.path}?ref=main`);
    writeFileSync(join(dir, entry.name), Buffer.from(file.content, 'base64'));
    names.push(entry.name);
  }
  return names;
}

const indent = (text: string, lines: number) =>
  text
    .split('\n')
    .slice(0, lines)
    .map((l) => `    ${l}`)
    .join('\n');

export async function runEndsDemo(ctx: DemoContext, desk: DemoDesk): Promise<number> {
  const { dir, cve } = desk;
  let failures = 0;
  const fail = (why: string) => {
    console.log(`!! ${why}`);
    failures++;
  };
  /** One step: the command, the exit code it must give (a refusal is 1) and what its output must show. */
  const run = async (
    args: string[],
    title: string,
    opts: { expected?: number; env?: Record<string, string>; shows?: string[] } = {},
  ): Promise<string> => {
    const expected = opts.expected ?? 0;
    const code = await ctx.psrt(args, title, { cwd: dir, env: { ...desk.env, ...opts.env }, expect: expected });
    const out = ctx.lastOutput();
    if (code !== expected) fail(`expected exit ${expected}, got ${code}`);
    for (const text of opts.shows ?? []) if (!out.includes(text)) fail(`the output does not show "${text}"`);
    return out;
  };

  const advisory = await rest<{ cve_id: string | null; summary: string }>(
    ctx,
    'GET',
    `/repos/python/cpython/security-advisories/${GHSA}`,
  );
  const cveId = advisory.cve_id;
  if (!cveId) {
    fail(`${GHSA} has no CVE id: the sweep should have reserved one`);
    return failures;
  }
  const recordPath = `records/${cveId}.json`;
  const recordBranch = `psrt/cve/${cveId}/record`;

  // 1. The record, built from the advisory (CVSS, CWE, credits, description) and the report file beside
  //    members.yaml (references, a name-only credit).
  await run(['cve', 'record', GHSA], `cve record ${GHSA}: the CVE JSON 5.2 record of ${cveId}, validated`, {
    shows: [`"cveId": "${cveId}"`, '"cweId": "CWE-190"', '"vectorString": "CVSS:3.1/', 'Inês Duarte', '/pull/141234'],
  });

  // 2. The record as a reviewed file.
  await run(['cve', 'draft', GHSA, '--apply'], `cve draft --apply: the record PR adding ${recordPath}`, {
    shows: [`${recordPath}, a new record`],
  });
  const recordPr = await openPull(ctx, recordBranch);
  if (!recordPr) fail(`no record PR from ${recordBranch}`);
  else console.log(`\nrecord PR ${recordPr.html_url}, its summary:\n${indent(recordPr.body ?? '', 40)}`);

  // 3. The second operator approved and merged it; the email has not gone out: publishing is refused.
  if (!(await mergeAsPerson(ctx, recordBranch, 'the second operator approved the record')))
    fail('the record PR was not merged');
  await run(
    ['cve', 'publish', cveId, '--apply'],
    `cve publish ${cveId} --apply before the advisory email: REFUSED (exit 1 expected)`,
    { expected: 1, shows: ['publishing waits for the advisory email', 'record.announcement'] },
  );
  if (cve.stats().routes['POST /cve/{id}/cna']) fail('CVE Services got a record before the advisory email');

  // 4. The advisory email: shown, then sent to a real SMTP server (STARTTLS, a login) and recorded by a PR.
  const subject = `Subject: [${cveId}] Integer overflow in array.array slice assignment`;
  await run(['announce', GHSA], `announce ${GHSA}: the advisory email (dry run)`, {
    shows: [subject, 'dry run: nothing sent'],
  });
  const smtp = await startSmtpServer({ users: { [SMTP_LOGIN.user]: SMTP_LOGIN.password } });
  try {
    const caDir = mkdtempSync(join(tmpdir(), 'psrt-demo-smtp-'));
    writeFileSync(join(caDir, 'ca.pem'), smtp.certificate);
    console.log(`\nSMTP server in-process on 127.0.0.1:${smtp.port} (STARTTLS, login required, self-signed CA given)`);
    await run(['announce', GHSA, '--send'], `announce ${GHSA} --send: the email over SMTP, then the PR recording it`, {
      env: { SMTP_URL: smtp.url(SMTP_LOGIN), SMTP_CA_FILE: join(caDir, 'ca.pem') },
      shows: [`announce ${GHSA}: email sent and recorded`],
    });
    const message = smtp.messages[0];
    if (smtp.messages.length !== 1 || !message) {
      fail(`the SMTP server received ${smtp.messages.length} message(s), not 1`);
    } else {
      const mail = message.parsed;
      console.log(
        `\nthe SMTP server received 1 message (${message.secure ? 'encrypted' : 'NOT encrypted'}, login ${message.user ?? 'none'}):`,
      );
      console.log(`    Subject: ${mail.subject ?? ''}\n    Message-ID: ${mail.messageId ?? ''}`);
      console.log(`    To: ${message.envelope.to.join(', ')}\n`);
      console.log(indent(mail.text ?? '', 6));
      console.log('    …');
      if (`Subject: ${mail.subject ?? ''}` !== subject) fail('the message received is not the email shown');
    }
  } finally {
    await smtp.close();
  }
  const announcePr = await openPull(ctx, `psrt/report/${GHSA}/announce`);
  if (!announcePr) fail('no announcement PR');
  else {
    const files = await rest<{ filename: string; patch?: string }[]>(
      ctx,
      'GET',
      `/repos/${OPS}/pulls/${announcePr.number}/files`,
    );
    console.log(`\nannouncement PR ${announcePr.html_url} "${announcePr.title}":`);
    for (const f of files)
      console.log(
        `  ${f.filename}\n${(f.patch ?? '')
          .split('\n')
          .filter((l) => l.startsWith('+'))
          .map((l) => `    ${l}`)
          .join('\n')}`,
      );
  }

  // 5. What a person merges: the announcement, then the record again, now referencing the email.
  if (!(await mergeAsPerson(ctx, `psrt/report/${GHSA}/announce`, 'the email went out')))
    fail('the announcement PR was not merged');
  await run(
    ['cve', 'draft', GHSA, '--apply'],
    'cve draft --apply again: the record now references the advisory email (vendor-advisory)',
    { shows: [`${recordPath}, an update (references)`] },
  );
  if (!(await mergeAsPerson(ctx, recordBranch, 'the second operator approved the update')))
    fail('the updated record PR was not merged');

  // The next hourly sweep (on the checkout, now holding the merged report file) sees the email recorded:
  // the record's 24 hours run on the dashboard, and the CNA operators are told.
  await pullFile(ctx, `reports/${GHSA}.yaml`, dir);
  await run(['sweep', '--apply'], `sweep --apply: the email is recorded, ${cveId}'s 24 hours start`, {
    shows: [`publish the CVE record ${cveId} by`],
  });
  console.log(`
the dashboard's CNA section:
${indent(await dashboardSection(ctx, '### CVE records to publish'), 8)}`);

  // 6. Published within the 24-hour clock, three hours after the email; then nothing left to do.
  advanceClock(ctx, desk, PUBLISH_DELAY_HOURS);
  await run(['cve', 'publish', '--apply'], `cve publish --apply: ${cveId} to CVE Services`, {
    shows: [`publish ${cveId} (${GHSA})`, `published ${PUBLISH_DELAY_HOURS} h after the announcement`],
  });
  await run(['cve', 'publish', '--apply'], 'cve publish --apply again: nothing to do', {
    shows: ['cve publish: nothing to change'],
  });
  const held = await (await cve.fetch(`${cve.url}/cve/${cveId}`)).json().catch(() => undefined);
  const state = (held as { cveMetadata?: { state?: string } } | undefined)?.cveMetadata?.state;
  console.log(`CVE Services holds ${cveId}: ${state ?? 'nothing'}`);
  if (state !== 'PUBLISHED') fail(`${cveId} is not published at CVE Services`);
  if (!(await mergeAsPerson(ctx, `psrt/cve/${cveId}/metadata`, 'the dates CVE Services set')))
    fail('the record metadata PR was not merged');
  await run(['sweep', '--apply'], `sweep --apply: ${cveId} is published, its clock is done`, {
    shows: ['update the dashboard issue'],
  });
  const section = await dashboardSection(ctx, '### CVE records to publish');
  console.log(`\nthe dashboard's CNA section: ${section}`);
  if (section !== '(no such section)') fail(`the dashboard still lists ${cveId} to publish`);
  await run(['sweep', '--apply'], 'sweep --apply again: nothing new, nothing written', {
    shows: ['Sweep: nothing to change'],
  });

  // 7. From the records on the default branch: the OSV record and the year's credits.
  const names = await fetchRecords(ctx, join(dir, 'records'));
  console.log(`\nfetched records/ from ${OPS}@main into the work directory: ${names.join(', ')}`);
  await run(['osv', '--out', 'osv'], 'osv --out osv: the OSV record of each published PSF record', {
    shows: [`${cveId} → PSF-2026-`],
  });
  const osvId = /(PSF-\d{4}-\d+)/.exec(readFileSync(join(dir, 'records', 'osv-ids.yaml'), 'utf8'))?.[1];
  if (!osvId) fail('records/osv-ids.yaml names no PSF id');
  else {
    const text = readFileSync(join(dir, 'osv', `${osvId}.json`), 'utf8');
    console.log(`\nosv/${osvId}.json:\n${text}`);
    const osv = JSON.parse(text) as { aliases?: string[]; database_specific?: { cwe_ids?: string[] } };
    if (!osv.aliases?.includes(GHSA)) fail(`the OSV record's aliases miss ${GHSA}`);
    if (!osv.database_specific?.cwe_ids?.includes('CWE-190')) fail('the OSV record lost its CWE');
  }
  const credits = await run(
    ['credits', '--year', '2026'],
    'credits --year 2026: each credited person once, with their reports',
    { shows: ['**Petr Viktorin**', '**Bénédikt Tran**', '**Inês Duarte**'] },
  );
  const people = [...credits.matchAll(/^- \*\*(.+?)\*\*/gm)].map((m) => m[1]!);
  const twice = people.filter((name, i) => people.indexOf(name) !== i);
  if (twice.length > 0) fail(`credited more than once: ${twice.join(', ')}`);
  return failures;
}
