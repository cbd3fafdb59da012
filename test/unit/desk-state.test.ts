// The desk's memory file: strict parsing (never a partial state), deterministic serialisation, the
// documented example is a valid state, and nextDeskState records only what was applied.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextDeskState, withCveReservation, withoutCveReservation } from '../../actions/lib/domain/desk/advance.js';
import { planSweep } from '../../actions/lib/domain/desk/planner.js';
import type { DeskState } from '../../actions/lib/domain/desk/state.js';
import {
  DeskStateError,
  compactFired,
  emptyDeskState,
  isNoticeSent,
  parseDeskState,
  sentThrough,
  serializeDeskState,
} from '../../actions/lib/domain/desk/state.js';
import { UserError } from '../../actions/lib/errors.js';
import { advisory, after, deskPolicy, deskRoster, ghsa, iso, only } from '../fixtures/desk/builders.js';

const STATE_MD = readFileSync(join(import.meta.dirname, '../../actions/lib/domain/desk/STATE.md'), 'utf8');

function documentedExample(): string {
  const block = /```json\n([\s\S]*?)\n```/.exec(STATE_MD);
  expect(block).not.toBeNull();
  return block![1]!;
}

function sample(): DeskState {
  return {
    version: 1,
    sweptAt: '2026-12-04T09:00:00Z',
    reports: {
      [ghsa(7)]: {
        repo: 'example/lang',
        snapshot: {
          state: 'draft',
          coordinators: ['dev', 'cleo'],
          deadline: '2027-01-31T10:00:00Z',
          cveId: null,
          updatedAt: '2026-11-20T08:12:44Z',
        },
        fired: { 'reminder/day-76': '2027-01-17T10:00:00Z', 'cra/final/half-time': '2026-12-01T00:00:00Z' },
        tagsSeen: { EXPLOITED: '2026-11-03T14:00:00Z' },
        adopted: { '583231': { login: 'an-expert', firstSeen: '2026-11-03T14:00:00Z' } },
      },
    },
    rotation: { lastAssigned: 'cleo' },
    cveReservations: [
      {
        cveId: 'CVE-2026-9999',
        repo: 'example/lang',
        ghsa: ghsa(8),
        reservedAt: '2026-11-02T10:00:00Z',
        written: false,
      },
      {
        cveId: 'CVE-2026-1000',
        repo: 'example/lang',
        ghsa: ghsa(7),
        reservedAt: '2026-11-01T10:00:00Z',
        written: true,
      },
    ],
    dashboardHash: null,
    lastChanges: null,
  };
}

describe('desk state file', () => {
  it('parses what it serialises, and serialises deterministically (sorted keys, reservations, coordinators)', () => {
    const text = serializeDeskState(sample());
    expect(parseDeskState(text)).toEqual({
      ...sample(),
      reports: {
        [ghsa(7)]: {
          ...sample().reports[ghsa(7)]!,
          snapshot: { ...sample().reports[ghsa(7)]!.snapshot!, coordinators: ['cleo', 'dev'] },
        },
      },
      cveReservations: [sample().cveReservations[1], sample().cveReservations[0]],
    });
    expect(serializeDeskState(parseDeskState(text))).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    // One line per report: a sweep's diff shows the reports it changed.
    expect(text.split('\n').filter((l) => l.startsWith(`    "${ghsa(7)}": {`))).toHaveLength(1);
    const keys = [...text.matchAll(/^ {2}"(\w+)":/gm)].map((m) => m[1]);
    expect(keys).toEqual([
      'cveReservations',
      'dashboardHash',
      'lastChanges',
      'reports',
      'rotation',
      'sweptAt',
      'version',
    ]);
    expect(text.indexOf('CVE-2026-1000')).toBeLessThan(text.indexOf('CVE-2026-9999'));
  });

  it('accepts the example documented in STATE.md, written exactly as the serialiser writes it', () => {
    expect(parseDeskState(documentedExample()).rotation.lastAssigned).toBe('sethmlarson');
    expect(serializeDeskState(parseDeskState(documentedExample()))).toBe(documentedExample() + '\n');
    expect(parseDeskState(serializeDeskState(emptyDeskState()))).toEqual(emptyDeskState());
  });

  const broken: [string, (s: Record<string, unknown>) => unknown, RegExp][] = [
    ['another version', (s) => ({ ...s, version: 2 }), /version is 2; this psrt reads version 1/],
    ['no version', ({ version: _v, ...rest }) => rest, /version is missing/],
    ['an unknown top-level key', (s) => ({ ...s, extra: true }), /\.extra is not a known key/],
    ['a missing key', ({ rotation: _r, ...rest }) => rest, /\.rotation is missing/],
    ['a time without zone', (s) => ({ ...s, sweptAt: '2026-12-04T09:00:00' }), /\.sweptAt is not a UTC time/],
    ['a time that is not real', (s) => ({ ...s, sweptAt: '2026-13-45T09:00:00Z' }), /\.sweptAt is not a real time/],
    [
      'a report keyed by something else than a GHSA id',
      (s) => ({ ...s, reports: { 'not-an-id': (s.reports as Record<string, unknown>)[ghsa(7)] } }),
      /\.reports\.not-an-id is not a valid key/,
    ],
    [
      'a fired key with an odd character',
      (s) => {
        const r = structuredClone(s.reports) as Record<string, { fired: Record<string, string> }>;
        r[ghsa(7)]!.fired['reminder day 76'] = '2026-12-04T09:00:00Z';
        return { ...s, reports: r };
      },
      /fired\.reminder day 76 is not a valid key/,
    ],
    [
      'an unknown tag',
      (s) => {
        const r = structuredClone(s.reports) as Record<string, { tagsSeen: Record<string, string> }>;
        r[ghsa(7)]!.tagsSeen.WONTFIX = '2026-12-04T09:00:00Z';
        return { ...s, reports: r };
      },
      /tagsSeen\.WONTFIX is not a valid key/,
    ],
    [
      'an advisory state GitHub does not have',
      (s) => {
        const r = structuredClone(s.reports) as Record<string, { snapshot: { state: string } }>;
        r[ghsa(7)]!.snapshot.state = 'open';
        return { ...s, reports: r };
      },
      /snapshot\.state is not one of/,
    ],
    [
      'a reservation written as a string',
      (s) => ({ ...s, cveReservations: [{ ...sample().cveReservations[0], written: 'yes' }] }),
      /cveReservations\[0\]\.written is not true or false/,
    ],
    [
      'the same CVE id reserved twice',
      (s) => ({ ...s, cveReservations: [sample().cveReservations[0], sample().cveReservations[0]] }),
      /cveReservations\[1\]\.cveId repeats CVE-2026-9999/,
    ],
    ['a list at the top', () => [], /the top level is not an object/],
  ];
  for (const [what, mutate, message] of broken) {
    it(`refuses ${what} as a whole, with a typed error`, () => {
      const data = JSON.parse(serializeDeskState(sample())) as Record<string, unknown>;
      const text = JSON.stringify(mutate(data));
      let error: unknown;
      try {
        parseDeskState(text);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DeskStateError);
      expect(error).toBeInstanceOf(UserError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).toMatch(/sends no reminder and removes nobody/);
    });
  }

  it('refuses text that is not JSON, and a file over the size limit, without parsing it', () => {
    expect(() => parseDeskState('{"version": 1,')).toThrow(/it is not JSON/);
    expect(() => parseDeskState(' '.repeat(32 * 1024 * 1024 + 1))).toThrow(/the limit is 33554432/);
  });

  it('records the CNA desk reservations once each, and forgets a settled one', () => {
    const one = withCveReservation(emptyDeskState(), {
      cveId: 'CVE-2026-0001',
      repo: 'example/lang',
      ghsa: ghsa(1),
      reservedAt: '2026-11-01T00:00:00Z',
    });
    expect(one.cveReservations).toEqual([
      {
        cveId: 'CVE-2026-0001',
        repo: 'example/lang',
        ghsa: ghsa(1),
        reservedAt: '2026-11-01T00:00:00Z',
        written: false,
      },
    ]);
    expect(withCveReservation(one, { ...one.cveReservations[0]!, reservedAt: '2026-11-02T00:00:00Z' })).toBe(one);
    expect(withoutCveReservation(one, 'CVE-2026-0001').cveReservations).toEqual([]);
  });
});

describe('nextDeskState', () => {
  const created = '2026-10-01T09:00:00Z';
  const now = after(created, 80);
  const input = {
    now,
    roster: deskRoster(),
    policy: deskPolicy(),
    advisories: [advisory(ghsa(1), created), advisory(ghsa(2), created)],
    reports: [],
  };

  it('records the notices and the rotation of the changes applied, and nothing of the rest', () => {
    const plan = planSweep({ ...input, state: emptyDeskState() });
    const notices = only(plan.changes, 'notify');
    const assigns = only(plan.changes, 'assign-coordinator');
    expect(notices.length).toBeGreaterThan(1);
    expect(assigns).toHaveLength(2);
    const appliedNotice = notices.find((n) => n.ghsaId === ghsa(1))!;
    const state = nextDeskState(plan, [appliedNotice, assigns[0]!])!;
    expect(state.sweptAt).toBe(plan.now);
    expect(Object.keys(state.reports[ghsa(1)]!.fired).sort()).toEqual([...appliedNotice.keys].sort());
    expect(state.reports[ghsa(2)]!.fired).toEqual({});
    expect(state.rotation.lastAssigned).toBe(assigns[0]!.login);
    // The state file carries ids, logins and times, never the title.
    expect(serializeDeskState(state)).not.toContain('Overflow');
  });

  it('is undefined when the sweep ran without a readable state: nothing is written over the broken file', () => {
    const plan = planSweep({ ...input, state: undefined, stateProblem: 'not JSON' });
    expect(plan.observed).toBeUndefined();
    expect(nextDeskState(plan, plan.changes)).toBeUndefined();
  });
});

describe('notice sequences (the state stays small while overdue reminders never end)', () => {
  const fired = {
    'reminder/day-76': '2027-01-01T00:00:00Z',
    'reminder/day-83': '2027-01-08T00:00:00Z',
    'overdue/day-90': '2027-01-15T00:00:00Z',
    'stale/2026-10-01T00:00:00Z/1': '2026-10-15T00:00:00Z',
    'stale/2026-10-01T00:00:00Z/3': '2026-10-29T00:00:00Z',
    'stale/2026-09-01T00:00:00Z/2': '2026-09-29T00:00:00Z',
    'cra/notification/repeat-4': '2026-12-01T00:00:00Z',
    'cra/notification/expired': '2026-11-27T00:00:00Z',
    unassigned: '2026-10-04T00:00:00Z',
  };

  it('keeps only the latest key of each sequence, and every single key', () => {
    expect(Object.keys(compactFired(fired)).sort()).toEqual([
      'cra/notification/expired',
      'cra/notification/repeat-4',
      'overdue/day-90',
      'stale/2026-09-01T00:00:00Z/2',
      'stale/2026-10-01T00:00:00Z/3',
      'unassigned',
    ]);
  });

  it('counts every earlier threshold of a sequence as sent, and nothing later', () => {
    const compact = compactFired(fired);
    const through = sentThrough(compact);
    for (const key of [
      'reminder/day-76',
      'reminder/day-83',
      'overdue/day-90',
      'reminder/day-70',
      'cra/notification/repeat-2',
    ])
      expect(isNoticeSent(compact, through, key)).toBe(true);
    for (const key of [
      'overdue/day-97',
      'stale/2026-10-01T00:00:00Z/4',
      'cra/notification/repeat-5',
      'cra/final/expired',
      'template/duplicate',
    ])
      expect(isNoticeSent(compact, through, key)).toBe(false);
  });

  it('a policy that moves reminders earlier does not send old ones again', () => {
    const created = '2026-10-01T09:00:00Z';
    const a = advisory(ghsa(1), created, {
      credits: [{ login: 'cleo', id: 103, type: 'coordinator', state: 'accepted' }],
    });
    const base = { roster: deskRoster(), advisories: [a], reports: [] };
    const first = planSweep({
      ...base,
      now: after(created, 77),
      policy: deskPolicy({ stale_after_days: undefined }),
      state: emptyDeskState(),
    });
    const state = nextDeskState(first, first.changes)!;
    expect(state.reports[ghsa(1)]!.fired).toEqual({ 'reminder/day-76': iso(after(created, 77)) });
    const earlier = planSweep({
      ...base,
      now: after(created, 78),
      policy: deskPolicy({ stale_after_days: undefined, reminder_from_day: 70, reminder_every_days: 10 }),
      state,
    });
    expect(only(earlier.changes, 'notify')).toEqual([]);
  });
});
