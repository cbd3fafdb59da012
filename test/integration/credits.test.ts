// `psrt credits --year 2026` against the GitHub simulator on the fixture world: each credited person once,
// with their reports, exactly the people the world's own advisories credit as coordinator or remediation
// developer/reviewer on reports that ended in 2026 (computed here independently), plus those a CVE record
// in records/ credits; names from the roster; the CSV form one row per person, report and role.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CveRecord } from '../../actions/lib/domain/cve/types.js';
import type { World } from '../sim/world/index.js';
import { fixtureConfig, fixtureWorld, psrt, startSim, workdir } from '../support/psrt.js';

const COUNTED = new Set(['coordinator', 'remediation_developer', 'remediation_reviewer']);

/** Who the world's advisories credit for reports that ended in `year`: login → GHSA ids. */
function expectedFromWorld(world: World, year: number): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const repo of world.repos ?? []) {
    for (const a of repo.advisories ?? []) {
      const ended = a.published_at ?? (a.state === 'closed' ? a.closed_at : undefined);
      if (!ended || new Date(ended).getUTCFullYear() !== year) continue;
      for (const c of a.credits ?? []) {
        if (!COUNTED.has(c.type) || c.state === 'declined') continue;
        out.set(c.login, (out.get(c.login) ?? new Set<string>()).add(a.ghsa_id!));
      }
    }
  }
  return out;
}

function rosterNames(): Map<string, string> {
  const roster = parse(fixtureConfig().members) as { members: { name: string; login?: string }[] };
  return new Map(roster.members.flatMap((m) => (m.login ? [[m.login, m.name] as const] : [])));
}

/** A published PSF record of a world advisory, crediting people as the CNA desk writes them. */
function record(cve: string, ghsa: string, credits: { value: string; type: string }[]): CveRecord {
  return {
    dataType: 'CVE_RECORD',
    dataVersion: '5.2',
    cveMetadata: {
      cveId: cve,
      assignerOrgId: '28c92f92-d60d-412d-b760-e73465c3df22',
      state: 'PUBLISHED',
      datePublished: '2026-01-21T09:00:00.000Z',
    },
    containers: {
      cna: {
        providerMetadata: { orgId: '28c92f92-d60d-412d-b760-e73465c3df22' },
        descriptions: [{ lang: 'en', value: 'synthetic' }],
        affected: [],
        references: [],
        credits: credits.map((c) => ({ lang: 'en', ...c })),
        source: { discovery: 'UNKNOWN', advisory: ghsa },
      },
    },
  } as CveRecord;
}

/** The people lines of the Markdown list: login → the line. */
function peopleLines(out: string): Map<string, string> {
  const lines = out.split('\n').filter((l) => l.startsWith('- **'));
  const logins = lines.map((l) => /\(`([^`]+)`\)/.exec(l)?.[1] ?? '');
  expect(new Set(logins).size, 'each person once').toBe(lines.length);
  return new Map(logins.map((login, i) => [login, lines[i]!] as const));
}

describe('psrt credits', () => {
  it('lists each person the 2026 reports credit once, with their reports, named from the roster', async () => {
    const world = fixtureWorld();
    const sim = await startSim(world);
    const run = await psrt(sim, ['credits', '--year', '2026']);
    expect(run.code, run.out + run.err).toBe(0);
    const expected = expectedFromWorld(world, 2026);
    expect(expected.size).toBeGreaterThan(2);
    const people = peopleLines(run.out);
    expect([...people.keys()].sort()).toEqual([...expected.keys()].sort());
    const names = rosterNames();
    for (const [login, ghsas] of expected) {
      const line = people.get(login)!;
      for (const ghsa of ghsas) expect(line).toContain(ghsa);
      if (names.has(login)) expect(line.startsWith(`- **${names.get(login)}**`), line).toBe(true);
    }
    // Titles never appear: reports are named by their ids.
    expect(run.out).not.toContain('Header injection');
  });

  it('adds the credits of the CVE records in records/, still one line per person', async () => {
    const world = fixtureWorld();
    const sim = await startSim(world);
    const cwd = workdir();
    mkdirSync(join(cwd, 'records'));
    writeFileSync(
      join(cwd, 'records/CVE-2026-0865.json'),
      JSON.stringify(
        record('CVE-2026-0865', 'GHSA-j4w9-6p2x-c8mr', [
          { value: 'Nell Ostrander (https://github.com/nell-ostrander)', type: 'coordinator' },
          { value: 'Gideon P. Moss (https://github.com/gpmoss)', type: 'remediation reviewer' },
        ]),
      ),
    );
    const run = await psrt(sim, ['credits', '--year', '2026'], { cwd });
    expect(run.code, run.out + run.err).toBe(0);
    const people = peopleLines(run.out);
    expect(people.get('gpmoss')).toContain('reviewed the fix of CVE-2026-0865 (GHSA-j4w9-6p2x-c8mr)');
    expect(people.get('gpmoss')).toContain('coordinated CVE-2026-3112');
    expect(people.get('nell-ostrander')).toContain('coordinated CVE-2026-0865 (GHSA-j4w9-6p2x-c8mr)');
  });

  it('names someone the roster does not know by their GitHub profile', async () => {
    const world = fixtureWorld();
    const cookies = world.repos!.flatMap((r) => r.advisories ?? []).find((a) => a.ghsa_id === 'GHSA-j4w9-6p2x-c8mr')!;
    cookies.credits = [...(cookies.credits ?? []), { login: 'lmarchetti', type: 'remediation_developer' }];
    const sim = await startSim(world);
    const run = await psrt(sim, ['credits', '--year', '2026']);
    expect(run.code, run.out + run.err).toBe(0);
    expect(peopleLines(run.out).get('lmarchetti')).toBe(
      '- **Luca Marchetti** (`lmarchetti`): fixed CVE-2026-0865 (GHSA-j4w9-6p2x-c8mr)',
    );
  });

  it('writes CSV: a header and one row per person, report and role', async () => {
    const world = fixtureWorld();
    const sim = await startSim(world);
    const run = await psrt(sim, ['credits', '--year', '2026', '--format', 'csv']);
    expect(run.code, run.err).toBe(0);
    const rows = run.out.trimEnd().split('\r\n');
    expect(rows[0]).toBe('name,login,role,ghsa,cve,repo,date');
    const expected = expectedFromWorld(world, 2026);
    const logins = new Set(rows.slice(1).map((r) => r.split(',')[1]));
    expect([...logins].sort()).toEqual([...expected.keys()].sort());
    expect(rows.every((r) => r.split(',').length === 7)).toBe(true);
  });

  it('refuses a missing or malformed --year', async () => {
    const sim = await startSim();
    const run = await psrt(sim, ['credits']);
    expect(run.code).toBe(2);
    expect(run.err).toContain('--year YYYY is required');
  });
});
