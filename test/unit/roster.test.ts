// The fixture roster and policy are valid; the devguide export reproduces its lists; the roster rules.
// (The live top-level files have their one check in live-config.test.ts.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConfig } from '../../actions/lib/config/load.js';
import { renderDevguideCsv } from '../../actions/lib/domain/devguide.js';
import { checkRoster } from '../../actions/lib/domain/roster-rules.js';
import type { Roster } from '../../actions/lib/domain/roster.js';
import { fixtureSource } from '../support/fixtures.js';

const root = join(import.meta.dirname, '../..');
const NOW = new Date('2026-11-26T12:00:00Z');
const read = fixtureSource;

describe('the fixture roster', () => {
  const result = checkConfig(read('members.yaml'), read('policy.yaml'), NOW);

  it('is valid, with warnings only for missing emails and ids', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.diagnostics.map((d) => d.rule).sort()).toEqual(['missing-email', 'missing-id']);
    expect(result.config!.roster.members).toHaveLength(31);
    expect(result.config!.roster.emeritus).toHaveLength(9);
  });

  it('exports the devguide lists byte for byte', () => {
    const files = renderDevguideCsv(result.config!.roster);
    expect(files['psrt.csv']).toBe(readFileSync(join(root, 'test/fixtures/devguide/psrt.csv'), 'utf8'));
    expect(files['psrt-emeritus.csv']).toBe(
      readFileSync(join(root, 'test/fixtures/devguide/psrt-emeritus.csv'), 'utf8'),
    );
  });
});

describe('format', () => {
  it('warns, at the line, where automated edits would reformat members.yaml', () => {
    const text =
      'members:\n  - name: A\n    login: a\n    roles: [admin]\n  - name: B\n    login: b\n    roles: [ admin ]\n';
    const r = checkConfig({ file: 'm.yaml', bytes: Buffer.from(text) }, read('policy.yaml'), NOW);
    expect(r.config).toBeDefined();
    expect(r.diagnostics.filter((d) => d.rule === 'format').map((d) => [d.line, d.severity])).toEqual([[7, 'warning']]);
    // Jobs that only use the configuration skip it (a tenth of a second on a roster of thousands).
    const quiet = checkConfig({ file: 'm.yaml', bytes: Buffer.from(text) }, read('policy.yaml'), NOW, undefined, {
      style: false,
    });
    expect(quiet.config).toBeDefined();
    expect(quiet.diagnostics.filter((d) => d.rule === 'format')).toEqual([]);
  });
});

describe('roster rules', () => {
  const policy = checkConfig(read('members.yaml'), read('policy.yaml'), NOW).config!.policy;
  const roster = (members: Roster['members'], emeritus: Roster['emeritus'] = []): Roster => ({ members, emeritus });
  const two = [
    { name: 'A', login: 'a', roles: ['admin' as const] },
    { name: 'B', login: 'b', roles: ['admin' as const] },
  ];

  it('matches an emeritus entry to an active one by id as well as by login', () => {
    const f = checkRoster(
      roster([...two, { name: 'C', login: 'c-new', id: 7 }], [{ name: 'C', login: 'c-old', id: 7 }]),
      policy,
      NOW,
    );
    expect(f.filter((x) => x.severity === 'error').map((x) => x.rule)).toEqual(['active-and-emeritus']);
  });

  it('accepts a member who joined after PEP 811 with a vote link, and refuses one without', () => {
    const ok = checkRoster(
      roster([
        ...two,
        { name: 'N', login: 'n', joined: '2026-02-01', vote: 'https://github.com/python/psrt-ops/pull/12' },
      ]),
      policy,
      NOW,
    );
    expect(ok.filter((x) => x.severity === 'error')).toEqual([]);
    const bad = checkRoster(roster([...two, { name: 'N', login: 'n', joined: '2026-02-01' }]), policy, NOW);
    expect(bad.map((x) => x.rule)).toContain('vote-link-required');
  });

  it('does not require a vote link for members who joined before PEP 811', () => {
    const f = checkRoster(roster([...two, { name: 'O', login: 'o', joined: '2020-01-01' }]), policy, NOW);
    expect(f.filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('counts admins against the policy minimum', () => {
    expect(checkRoster(roster(two.slice(0, 1)), policy, NOW).map((x) => x.rule)).toContain('min-admins');
    expect(
      checkRoster(roster(two), { ...policy, membership: { ...policy.membership, min_admins: 3 } }, NOW).map(
        (x) => x.rule,
      ),
    ).toContain('min-admins');
  });
});
