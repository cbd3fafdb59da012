// The dashboard (one issue body, also the job summary), the reminder comment and the plan's text:
// CRA first, most urgent first, what changed since the last sweep, within GitHub's 65,536 characters,
// every time with its zone, titles only on the dashboard and always escaped.
import { describe, expect, it } from 'vitest';
import type { DeskAdvisory } from '../../actions/lib/domain/desk/advisory.js';
import { nextDeskState } from '../../actions/lib/domain/desk/advance.js';
import { ISSUE_BODY_MAX_CHARS, renderDashboard } from '../../actions/lib/domain/desk/dashboard.js';
import { inlineUntrustedText } from '../../actions/lib/domain/desk/markdown.js';
import { describeSweepChange } from '../../actions/lib/domain/desk/plan.js';
import type { SweepInput } from '../../actions/lib/domain/desk/planner.js';
import { planSweep } from '../../actions/lib/domain/desk/planner.js';
import { renderReminderComment } from '../../actions/lib/domain/desk/reminders.js';
import { renderSweepPlan } from '../../actions/lib/domain/desk/render.js';
import type { DeskState } from '../../actions/lib/domain/desk/state.js';
import { emptyDeskState } from '../../actions/lib/domain/desk/state.js';
import { applyChanges } from '../fixtures/desk/apply.js';
import {
  account,
  advisory,
  after,
  credit,
  deskPolicy,
  deskRoster,
  ghsa,
  iso,
  only,
} from '../fixtures/desk/builders.js';

const NOW = new Date('2027-01-15T12:00:00Z');
const EVIL = 'Heap overflow @ada <img src=x onerror=alert(1)> | [click](https://evil.example) #12 `code`';

function world(): DeskAdvisory[] {
  return [
    advisory(ghsa(1), iso(after(NOW, -10)), { title: 'Recent report' }),
    advisory(ghsa(2), iso(after(NOW, -95)), {
      state: 'draft',
      title: 'Overdue report',
      credits: [credit('cleo', 103, 'coordinator')],
    }),
    advisory(ghsa(3), iso(after(NOW, -80)), { title: EVIL, credits: [credit('dev', 104, 'coordinator')] }),
    advisory(ghsa(4), iso(after(NOW, -30)), {
      state: 'draft',
      title: 'Exploited report',
      credits: [credit('eli', 105, 'coordinator')],
      cveId: 'CVE-2026-0004',
      collaboratingUsers: [account('handy', 8100)],
    }),
  ];
}

function input(extra: Partial<SweepInput> = {}): SweepInput {
  return {
    now: NOW,
    roster: deskRoster(),
    policy: deskPolicy(),
    advisories: world(),
    reports: [{ repo: 'example/lang', ghsa: ghsa(4), exploited: { aware_at: iso(after(NOW, -0.25)) } }],
    state: emptyDeskState(),
    ...extra,
  };
}

/** Every date in the text outside the Mermaid block carries a time and its zone. */
function bareDates(text: string): string[] {
  const outside = text.replace(/```mermaid[\s\S]*?```/g, '');
  return [...outside.matchAll(/\d{4}-\d{2}-\d{2}(?! \d{2}:\d{2} UTC)(?!T\d{2}:\d{2})/g)].map((m) => m[0]);
}

describe('dashboard', () => {
  const plan = planSweep(input());
  const md = renderDashboard(plan, { advisories: world() });

  it('shows the CRA clocks first, then open reports most urgent first (exploited, then deadline)', () => {
    const cra = md.indexOf('### Cyber Resilience Act clocks');
    const open = md.indexOf('### Open reports, most urgent first');
    expect(cra).toBeGreaterThan(0);
    expect(cra).toBeLessThan(open);
    expect(plan.reports.map((r) => r.ghsaId)).toEqual([ghsa(4), ghsa(2), ghsa(3), ghsa(1)]);
    const rows = md
      .split('\n')
      .filter((l) => (l.startsWith('| [GHSA-') && l.includes('| triage |')) || l.includes('| draft |'));
    expect(rows.map((l) => /\[(GHSA-[^\]]+)\]/.exec(l)![1])).toEqual([ghsa(4), ghsa(2), ghsa(3), ghsa(1)]);
    expect(md).toContain('⏳ due 2027-01-16 06:00 UTC (in 18 h)');
    expect(md).toContain('**overdue 5 d**<br>2027-01-10 12:00 UTC');
    expect(md).toContain('| CVE-2026-0004 |');
  });

  it('has a Mermaid gantt of deadlines, by repository', () => {
    expect(md).toMatch(/```mermaid\ngantt\n {4}title Received → deadline, UTC dates\n {4}dateFormat YYYY-MM-DD/);
    expect(md).toContain(`    ${ghsa(2)} :crit, 2026-10-12, 2027-01-10`);
  });

  it('lists people outside the PSRT with the end of their access, the changes of this sweep and the notes', () => {
    expect(md).toContain(`| \`handy\` | added by hand (adopted) | 2027-01-15 12:00 UTC | 2027-02-14 12:00 UTC |`);
    expect(md).toMatch(/### This sweep\n\n```diff\n\+ .* coordinator /);
  });

  it('shows every time with its zone, never a bare date', () => {
    expect(bareDates(md)).toEqual([]);
    expect(bareDates(renderSweepPlan(plan, 'markdown'))).toEqual([]);
    expect(bareDates(renderReminderComment(plan)!.body)).toEqual([]);
  });

  it('escapes a title: no HTML, no link, no mention, no table break', () => {
    const row = md.split('\n').find((l) => l.includes(ghsa(3)) && l.includes('Heap'))!;
    expect(row).toContain(
      'Heap overflow @\u200bada &lt;img src=x onerror=alert(1)&gt; \\| \\[click\\](https:\u200b//evil.example) #\u200b12 \\`code\\`',
    );
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/@ada\b/);
    expect(row.split(' | ').length).toBe(8);
    expect(inlineUntrustedText('a\u202eb\nc  d', 200)).toBe('a b c d');
    expect([...inlineUntrustedText('x'.repeat(500))].length).toBe(200);
  });

  it('keeps titles out of the plan text, each change line, the notes and the reminder comment', () => {
    const texts = [
      renderSweepPlan(plan, 'text'),
      renderSweepPlan(plan, 'markdown'),
      renderReminderComment(plan)!.body,
      ...plan.changes.map(describeSweepChange),
      ...plan.notes.map((n) => n.text),
    ];
    for (const text of texts) for (const a of world()) expect(text).not.toContain(a.title);
  });

  it('reports what changed since the last sweep: new, accepted, coordinator, closed, deadline moved, CVE', () => {
    const first = planSweep(input());
    const state: DeskState = nextDeskState(first, first.changes)!;
    const applied = applyChanges({ advisories: world(), reports: [] }, first.changes, NOW);
    const later = after(NOW, 1 / 24);
    const advisories = applied.advisories.map((a) => {
      if (a.ghsaId === ghsa(3)) return { ...a, state: 'draft' as const, cveId: 'CVE-2026-0003' };
      if (a.ghsaId === ghsa(2)) return { ...a, state: 'closed' as const, closedAt: iso(later) };
      return a;
    });
    advisories.push(advisory(ghsa(5), iso(later)));
    const reports = [
      { repo: 'example/lang', ghsa: ghsa(4), exploited: { aware_at: iso(after(NOW, -0.25)) } },
      { repo: 'example/lang', ghsa: ghsa(1), received: iso(after(NOW, -12)) },
    ];
    const second = planSweep(input({ now: later, advisories, reports, state }));
    const events = Object.fromEntries(second.sinceLastSweep.map((s) => [s.ghsaId, s.events.map((e) => e.what)]));
    expect(events).toEqual({
      [ghsa(1)]: ['coordinator', 'deadline-moved'],
      [ghsa(2)]: ['finished'],
      [ghsa(3)]: ['accepted', 'cve'],
      [ghsa(5)]: ['new'],
    });
    const text = renderDashboard(second, { advisories });
    expect(text).toMatch(
      new RegExp(
        `${ghsa(1)}\\) \\(example/lang\\): coordinator none → \`abe\`; deadline moved 2027-04-05 12:00 UTC → 2027-04-03 12:00 UTC`,
      ),
    );
    expect(text).toContain('(example/lang): accepted (triage → draft); CVE-2026-0003 assigned');
  });

  it('lists reserved CVE ids no advisory uses, and writes a reserved id the PATCH missed', () => {
    const state: DeskState = {
      ...emptyDeskState(),
      cveReservations: [
        {
          cveId: 'CVE-2026-0100',
          repo: 'example/lang',
          ghsa: ghsa(4),
          reservedAt: '2026-12-01T00:00:00Z',
          written: true,
        },
        {
          cveId: 'CVE-2026-0101',
          repo: 'example/lang',
          ghsa: ghsa(2),
          reservedAt: '2026-12-01T00:00:00Z',
          written: false,
        },
        {
          cveId: 'CVE-2026-0102',
          repo: 'example/lang',
          ghsa: ghsa(9),
          reservedAt: '2026-12-01T00:00:00Z',
          written: true,
        },
        {
          cveId: 'CVE-2026-0004',
          repo: 'example/lang',
          ghsa: ghsa(4),
          reservedAt: '2026-11-01T00:00:00Z',
          written: false,
        },
      ],
    };
    const p = planSweep(input({ state }));
    expect(only(p.changes, 'cve-id-write')).toEqual([
      { kind: 'cve-id-write', system: 'cve', repo: 'example/lang', ghsaId: ghsa(2), cveId: 'CVE-2026-0101' },
    ]);
    expect(p.reservationsToReject.map((r) => [r.cveId, r.why])).toEqual([
      ['CVE-2026-0100', `${ghsa(4)} carries CVE-2026-0004 instead`],
    ]);
    expect(p.observed!.cveReservations.find((r) => r.cveId === 'CVE-2026-0004')!.written).toBe(true);
    expect(renderDashboard(p, { advisories: world() })).toContain(
      `- CVE-2026-0100, reserved 2026-12-01 00:00 UTC for [${ghsa(4)}]`,
    );
  });

  it('keeps within 65,536 characters with hundreds of reports: the most urgent shown, the rest counted', () => {
    const many: DeskAdvisory[] = [];
    for (let i = 0; i < 600; i++)
      many.push(
        advisory(ghsa(1000 + i), iso(after(NOW, -(i % 120) - 1 - i / 1000)), {
          title: `Report number ${i} ${'with a long title '.repeat(8)}`,
          credits: [credit('cleo', 103, 'coordinator')],
          collaboratingUsers: [account(`guest${i}`, 20_000 + i)],
        }),
      );
    const big = planSweep(input({ advisories: many, reports: [] }));
    const body = renderDashboard(big, { advisories: many });
    expect(body.length).toBeLessThanOrEqual(ISSUE_BODY_MAX_CHARS);
    expect(body.length).toBeGreaterThan(ISSUE_BODY_MAX_CHARS / 2);
    const shown = [...body.matchAll(/^\| \[(GHSA-[^\]]+)\]\(.*\| (triage|draft) \|/gm)].map((m) => m[1]);
    expect(shown.length).toBeGreaterThan(10);
    expect(shown).toEqual(big.reports.slice(0, shown.length).map((r) => r.ghsaId));
    expect(body).toContain(`_… and ${600 - shown.length} more open reports, not shown`);
    const roomy = renderDashboard(big, { advisories: many, maxChars: 2_000_000 });
    expect(roomy).not.toContain('more open reports');
  });
});

describe('reminder comment', () => {
  it('mentions each person with their report ids and what is due, escalations marked', () => {
    const aware = iso(new Date(NOW.getTime() - 13 * 3_600_000));
    const plan = planSweep(
      input({ reports: [{ repo: 'example/lang', ghsa: ghsa(4), exploited: { aware_at: aware } }] }),
    );
    const body = renderReminderComment(plan)!.body;
    expect(body).toMatch(/^\*\*Report desk\*\*, sweep of 2027-01-15 12:00 UTC:/);
    expect(body).toContain(
      `- @cleo @ada @abe (escalation):\n  - [${ghsa(2)}](https://github.com/example/lang/security/advisories/${ghsa(2)}) (example/lang): overdue (days 76, 83, 90): deadline 2027-01-10 12:00 UTC passed 5 day(s) ago`,
    );
    expect(body).toContain(`- @dev:\n  - [${ghsa(3)}]`);
    expect(body).toMatch(/day 76 of the deadline clock: 10 day\(s\) left/);
    expect(body).toMatch(
      /@ada @abe @eli \(escalation\):\n {2}- \[GHSA-.*CRA early warning due 2027-01-15 23:00 UTC: half its time has passed/,
    );
  });

  it('keeps within its limits, most urgent first, and defers the rest to the next sweep', () => {
    const many: DeskAdvisory[] = [];
    for (let i = 0; i < 400; i++)
      many.push(
        advisory(ghsa(3000 + i), iso(after(NOW, -100 - (i % 30))), {
          credits: [credit(`member${i}`, 30_000 + i, 'coordinator')],
        }),
      );
    const plan = planSweep(input({ advisories: many, reports: [] }));
    const notices = only(plan.changes, 'notify');
    const comment = renderReminderComment(plan)!;
    expect(comment.notices.length + comment.deferred.length).toBe(notices.length);
    expect(comment.deferred.length).toBeGreaterThan(0);
    // In the plan's order; everything before the first deferred notice is carried; later notices for
    // people already mentioned still fit.
    const carried = new Set(comment.notices);
    expect(comment.notices).toEqual(notices.filter((n) => carried.has(n)));
    const firstDeferred = notices.indexOf(comment.deferred[0]!);
    expect(notices.slice(0, firstDeferred).every((n) => carried.has(n))).toBe(true);
    expect(new Set(comment.body.match(/@[\w/-]+/g)).size).toBeLessThanOrEqual(50);
    expect(comment.body).toContain(`${comment.deferred.length} more notice(s) did not fit in this comment`);
    const small = renderReminderComment(plan, { maxChars: 3_000, maxMentions: 500 })!;
    expect(small.body.length).toBeLessThanOrEqual(3_000);
    // Recording only what was carried leaves the rest for the next sweep.
    const next = planSweep(input({ advisories: many, reports: [], state: nextDeskState(plan, comment.notices)! }));
    expect(only(next.changes, 'notify').map((n) => n.ghsaId)).toEqual(comment.deferred.map((n) => n.ghsaId));
  });

  it('is not written when there is nothing to say', () => {
    expect(renderReminderComment({ now: iso(NOW), changes: [] })).toBeUndefined();
  });
});

describe('plan text', () => {
  it('groups changes like reconcile, says dry run, lists who loses access', () => {
    const state = nextDeskState(planSweep(input()), [])!;
    const p = planSweep(input({ state, now: after(NOW, 31) }));
    const text = renderSweepPlan(p, 'text');
    expect(text).toMatch(/^Sweep plan: \d+ changes \(\d+ notices, 1 removal\)/);
    expect(text).toContain('Dry run: nothing was changed (use --apply to make these changes).');
    expect(text).toContain(
      `Losing access (counted by guards.max_removal_share):\n  handy from ${ghsa(4)} (example/lang)`,
    );
    const applied = renderSweepPlan(
      p,
      'markdown',
      p.changes.map((change, i) => ({ change, status: i === 0 ? 'failed' : 'done' })),
    );
    expect(applied).toMatch(/^## Sweep applied:/);
    expect(applied).toMatch(/\[failed\]/);
    expect(applied).toContain(`**Applied: ${p.changes.length - 1} done, 1 failed, 0 not attempted.**`);
    expect(renderSweepPlan(planSweep(input({ advisories: [], reports: [] })), 'text')).toMatch(/^Sweep: nothing to do/);
  });
});
