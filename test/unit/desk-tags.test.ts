// Title tags: any case, anywhere in the title; each moves the report as the devguide says and is
// removed once acted on; transitions GitHub forbids are warnings; a second sweep plans nothing.
import { describe, expect, it } from 'vitest';
import type { DeskAdvisory } from '../../actions/lib/domain/desk/advisory.js';
import { nextDeskState } from '../../actions/lib/domain/desk/advance.js';
import { describeSweepChange } from '../../actions/lib/domain/desk/plan.js';
import type { SweepInput } from '../../actions/lib/domain/desk/planner.js';
import { planSweep } from '../../actions/lib/domain/desk/planner.js';
import { emptyDeskState } from '../../actions/lib/domain/desk/state.js';
import { TEMPLATE_REPLIES, findTitleTags, stripTitleTags } from '../../actions/lib/domain/desk/tags.js';
import type { ReportFile } from '../../actions/lib/domain/report-file.js';
import { applyChanges } from '../fixtures/desk/apply.js';
import { advisory, after, credit, deskPolicy, deskRoster, ghsa, iso, kinds, only } from '../fixtures/desk/builders.js';

const CREATED = '2026-11-01T09:00:00Z';
const NOW = after(CREATED, 1); // before auto-assign: only the tags act
const coordinated = { credits: [credit('cleo', 103, 'coordinator')] };

function sweep(advisories: DeskAdvisory[], extra: Partial<SweepInput> = {}) {
  return planSweep({
    now: NOW,
    roster: deskRoster(),
    policy: deskPolicy(),
    advisories,
    reports: [],
    state: emptyDeskState(),
    ...extra,
  });
}

describe('finding and stripping tags', () => {
  it('finds tags in any case and position, once each, in order', () => {
    expect(findTitleTags('[accepted] Overflow')).toEqual(['ACCEPTED']);
    expect(findTitleTags('Overflow in parser [Closed]')).toEqual(['CLOSED']);
    expect(findTitleTags('Overflow [ InValid ] in [DUPLICATE] parser [invalid]')).toEqual(['INVALID', 'DUPLICATE']);
    expect(findTitleTags('No tags [ACCEPT] here [EXPLOITED-ISH]')).toEqual([]);
  });

  it('strips only the tags acted on, tidies spaces and a leading separator, never leaves an empty title', () => {
    expect(stripTitleTags('[ACCEPTED] - Overflow in parser', ['ACCEPTED'], 'X')).toBe('Overflow in parser');
    expect(stripTitleTags('Overflow [accepted]  in parser', ['ACCEPTED'], 'X')).toBe('Overflow in parser');
    expect(stripTitleTags('[EXPLOITED] [CLOSED] Overflow', ['EXPLOITED'], 'X')).toBe('[CLOSED] Overflow');
    expect(stripTitleTags('- dash first', [], 'X')).toBe('- dash first');
    expect(stripTitleTags(' [closed] ', ['CLOSED'], 'GHSA-fallback')).toBe('GHSA-fallback');
  });
});

describe('tags in a sweep', () => {
  it('[ACCEPTED] moves a triage report to draft, starts the fork first, and strips the tag', () => {
    const plan = sweep([advisory(ghsa(1), CREATED, { title: 'Overflow [Accepted] in parser', ...coordinated })]);
    expect(kinds(plan.changes)).toEqual([`fork-create:${ghsa(1)}`, `tag-action:${ghsa(1)}`]);
    const action = only(plan.changes, 'tag-action')[0]!;
    expect(action).toMatchObject({ from: 'triage', to: 'draft', tags: ['ACCEPTED'], title: 'Overflow in parser' });
    expect(describeSweepChange(action)).toBe(
      `~ ${ghsa(1)} (example/lang): [ACCEPTED]: triage → draft; tag removed from the title`,
    );
    expect(describeSweepChange(action)).not.toContain('Overflow');
  });

  it('[ACCEPTED] does not start a fork while one exists, and on a draft only strips the tag', () => {
    const withFork = sweep([
      advisory(ghsa(1), CREATED, { title: '[ACCEPTED] x', privateFork: 'example/lang-ghsa', ...coordinated }),
    ]);
    expect(kinds(withFork.changes)).toEqual([`tag-action:${ghsa(1)}`]);
    const draft = sweep([advisory(ghsa(2), CREATED, { state: 'draft', title: '[ACCEPTED] x', ...coordinated })]);
    expect(kinds(draft.changes)).toEqual([`fork-create:${ghsa(2)}`, `tag-action:${ghsa(2)}`]);
    expect(only(draft.changes, 'tag-action')[0]!.to).toBeUndefined();
  });

  for (const tag of ['CLOSED', 'invalid', 'Duplicate', 'COMPLETED']) {
    it(`[${tag}] closes an open report and strips the tag`, () => {
      const plan = sweep([
        advisory(ghsa(3), CREATED, { state: 'draft', title: `Parser bug [${tag}]`, ...coordinated }),
      ]);
      expect(only(plan.changes, 'tag-action')[0]).toMatchObject({ to: 'closed', title: 'Parser bug' });
    });
  }

  it('with comments off, [CLOSED]/[INVALID] and [DUPLICATE] tell the coordinator which template to send', () => {
    const plan = sweep([
      advisory(ghsa(1), CREATED, { title: '[INVALID] spam', ...coordinated }),
      advisory(ghsa(2), CREATED, { title: '[DUPLICATE] again', ...coordinated }),
      advisory(ghsa(3), CREATED, { title: '[COMPLETED] done', state: 'draft', ...coordinated }),
    ]);
    const notices = only(plan.changes, 'notify');
    expect(notices.map((n) => [n.ghsaId, n.reason, n.to])).toEqual([
      [ghsa(1), { what: 'template', template: 'not-a-vulnerability' }, ['cleo']],
      [ghsa(2), { what: 'template', template: 'duplicate' }, ['cleo']],
    ]);
    expect(only(plan.changes, 'template-comment')).toEqual([]);
    expect(plan.notes.filter((n) => /reply by hand/.test(n.text)).map((n) => n.ghsaId)).toEqual([ghsa(1), ghsa(2)]);
  });

  it('with reports.comments_api on, the template is an advisory comment, before the close', () => {
    const plan = sweep([advisory(ghsa(2), CREATED, { title: '[DUPLICATE] again', ...coordinated })], {
      policy: deskPolicy({ comments_api: true }),
    });
    expect(kinds(plan.changes)).toEqual([`template-comment:${ghsa(2)}`, `tag-action:${ghsa(2)}`]);
    expect(only(plan.changes, 'template-comment')[0]!.body).toBe(TEMPLATE_REPLIES.duplicate);
    expect(only(plan.changes, 'notify')).toEqual([]);
  });

  it('[COMPLETED] on a report never accepted closes it, with a note', () => {
    const plan = sweep([advisory(ghsa(4), CREATED, { title: '[COMPLETED] x', ...coordinated })]);
    expect(only(plan.changes, 'tag-action')[0]!.to).toBe('closed');
    expect(plan.notes.map((n) => n.text).join('\n')).toMatch(/never accepted and is closed as \[COMPLETED\]/);
  });

  it('transitions GitHub forbids are warnings, never changes: the tag stays', () => {
    const plan = sweep([
      advisory(ghsa(1), CREATED, { state: 'published', publishedAt: iso(NOW), title: '[CLOSED] x' }),
      advisory(ghsa(2), CREATED, { state: 'withdrawn', withdrawnAt: iso(NOW), title: '[invalid] x' }),
      advisory(ghsa(3), CREATED, { state: 'closed', closedAt: iso(NOW), title: '[ACCEPTED] x' }),
      advisory(ghsa(4), CREATED, { title: '[ACCEPTED] [CLOSED] x', ...coordinated }),
    ]);
    expect(plan.changes).toEqual([]);
    const warnings = plan.notes.filter((n) => n.level === 'warning').map((n) => [n.ghsaId, n.text]);
    expect(warnings).toEqual([
      [ghsa(1), expect.stringMatching(/cannot close a published advisory/)],
      [ghsa(2), expect.stringMatching(/cannot close a withdrawn advisory/)],
      [ghsa(3), expect.stringMatching(/cannot move it back to draft/)],
      [ghsa(4), expect.stringMatching(/both \[ACCEPTED\] and \[CLOSED\]/)],
    ]);
  });

  it('a closing tag left on an advisory closed by hand is left alone', () => {
    const plan = sweep([advisory(ghsa(1), CREATED, { state: 'closed', closedAt: iso(NOW), title: '[CLOSED] x' })]);
    expect(plan.changes).toEqual([]);
    expect(plan.notes).toEqual([]);
  });

  it('[EXPLOITED] is recorded in the report file (approximate, first sighting) before the tag is stripped', () => {
    const plan = sweep(
      [advisory(ghsa(5), CREATED, { state: 'draft', title: 'Overflow [exploited]', ...coordinated })],
      {
        state: { ...emptyDeskState(), sweptAt: iso(after(NOW, -1 / 24)) },
      },
    );
    expect(kinds(plan.changes)).toEqual([`record-exploited:${ghsa(5)}`, `tag-action:${ghsa(5)}`]);
    const record = only(plan.changes, 'record-exploited')[0]!;
    expect(record).toMatchObject({ awareAt: iso(NOW), approximate: true, previousSweepAt: iso(after(NOW, -1 / 24)) });
    expect(describeSweepChange(record)).toMatch(
      /approximate: when a sweep first saw \[EXPLOITED\]; the sweep before ran at .* UTC/,
    );
    expect(plan.notes.map((n) => n.text).join('\n')).toMatch(/earlier by up to one sweep interval/);
    expect(only(plan.changes, 'tag-action')[0]).toMatchObject({ tags: ['EXPLOITED'], title: 'Overflow' });
    // The time of the first sighting is remembered until the report file has it.
    expect(plan.observed!.reports[ghsa(5)]!.tagsSeen.EXPLOITED).toBe(iso(NOW));
  });

  it('[EXPLOITED] already recorded in the report file, or in an open PR: the tag is only stripped', () => {
    const file: ReportFile = { repo: 'example/lang', ghsa: ghsa(5), exploited: { aware_at: iso(NOW) } };
    const a = advisory(ghsa(5), CREATED, { state: 'draft', title: '[EXPLOITED] x', ...coordinated });
    expect(kinds(sweep([a], { reports: [file] }).changes)).toEqual([`tag-action:${ghsa(5)}`]);
    expect(kinds(sweep([a], { exploitedPending: [ghsa(5)] }).changes)).toEqual([`tag-action:${ghsa(5)}`]);
  });

  it('after the tag is stripped, the remembered sighting keeps the CRA clock and the PR going until the file has it', () => {
    const first = sweep([advisory(ghsa(5), CREATED, { state: 'draft', title: '[EXPLOITED] x', ...coordinated })]);
    const state = nextDeskState(first, first.changes)!;
    const later = after(NOW, 0.5);
    const stripped = advisory(ghsa(5), CREATED, { state: 'draft', title: 'x', ...coordinated });
    const second = sweep([stripped], { state, now: later });
    expect(only(second.changes, 'record-exploited')[0]!.awareAt).toBe(iso(NOW));
    expect(second.cra.map((c) => [c.ghsaId, c.awareAt, c.awareFrom])).toEqual([[ghsa(5), iso(NOW), 'title-tag']]);
    const merged: ReportFile = {
      repo: 'example/lang',
      ghsa: ghsa(5),
      exploited: { aware_at: iso(NOW), approximate: true },
    };
    const third = sweep([stripped], { state, now: later, reports: [merged] });
    expect(only(third.changes, 'record-exploited')).toEqual([]);
    expect(third.observed!.reports[ghsa(5)]!.tagsSeen).toEqual({});
  });

  it('a second sweep right after the apply plans nothing', () => {
    const advisories = [
      advisory(ghsa(1), CREATED, { title: '[ACCEPTED] a', ...coordinated }),
      advisory(ghsa(2), CREATED, { title: '[closed] b', ...coordinated }),
      advisory(ghsa(3), CREATED, { state: 'draft', title: 'c [EXPLOITED]', ...coordinated }),
    ];
    const first = sweep(advisories);
    expect(first.changes.length).toBeGreaterThan(0);
    const world = applyChanges({ advisories, reports: [] }, first.changes, NOW);
    const second = sweep(world.advisories, { reports: world.reports, state: nextDeskState(first, first.changes)! });
    expect(second.changes.filter((c) => c.kind !== 'notify')).toEqual([]);
    expect(only(second.changes, 'notify').map((n) => n.reason.what)).toEqual([]);
  });
});
