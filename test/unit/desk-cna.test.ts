// The CNA's 24-hour clock on the report desk (issue 13): once the report file records the advisory
// email, the sweep tells the CNA operators, again at half time, escalates when the 24 hours pass and
// every day after, shows the clock on the dashboard, and stops for good once the record is published.
import { describe, expect, it } from 'vitest';
import { nextDeskState } from '../../actions/lib/domain/desk/advance.js';
import type { CnaPublication } from '../../actions/lib/domain/desk/cna.js';
import { cnaCandidates, cnaPublishedKey } from '../../actions/lib/domain/desk/cna.js';
import { renderDashboard } from '../../actions/lib/domain/desk/dashboard.js';
import type { SweepInput } from '../../actions/lib/domain/desk/planner.js';
import { planSweep } from '../../actions/lib/domain/desk/planner.js';
import { renderReminderComment } from '../../actions/lib/domain/desk/reminders.js';
import type { DeskState } from '../../actions/lib/domain/desk/state.js';
import { emptyDeskState, parseDeskState, serializeDeskState } from '../../actions/lib/domain/desk/state.js';
import type { SweepChange } from '../../actions/lib/domain/desk/plan.js';
import type { SweepJobInput } from '../../actions/lib/domain/desk/sweep-job.js';
import { planSweepJob, settleSweep } from '../../actions/lib/domain/desk/sweep-job.js';
import type { ReportFile } from '../../actions/lib/domain/report-file.js';
import { advisory, credit, deskPolicy, deskRoster, ghsa, only } from '../fixtures/desk/builders.js';

const SENT = '2026-11-20T14:00:00Z';
const CVE = 'CVE-2026-4242';
const h = (hours: number) => new Date(Date.parse(SENT) + hours * 3_600_000);
const announced: ReportFile = {
  repo: 'example/lang',
  ghsa: ghsa(1),
  record: { announcement: { url: 'https://lists.example.org/thread/ABC/', sent_at: SENT } },
};
const theAdvisory = advisory(ghsa(1), '2026-10-01T00:00:00Z', {
  state: 'published',
  cveId: CVE,
  publishedAt: SENT,
  credits: [credit('eli', 105, 'coordinator')],
});
const unpublished: CnaPublication = { repo: 'example/lang', ghsaId: ghsa(1), cveId: CVE, source: 'cve-services' };

function input(now: Date, state: DeskState | undefined, extra: Partial<SweepInput> = {}): SweepInput {
  return {
    now,
    roster: deskRoster(),
    policy: deskPolicy({}, { cna: { ...deskPolicy().cna, operators: ['cara', '@example/cna'] } }),
    advisories: [theAdvisory],
    reports: [announced],
    state,
    cnaPublications: [unpublished],
    ...extra,
  };
}
const cnaNotices = (i: SweepInput) => only(planSweep(i).changes, 'notify').filter((n) => n.reason.what === 'cna');

describe("the CNA's 24-hour clock in the sweep", () => {
  it('looks only at announced reports with a CVE id whose record no sweep has seen published', () => {
    const other = advisory(ghsa(2), '2026-10-01T00:00:00Z', { cveId: 'CVE-2026-0001' });
    const noEmail: ReportFile = { repo: 'example/lang', ghsa: ghsa(2) };
    expect(cnaCandidates([theAdvisory, other], [announced, noEmail], emptyDeskState())).toEqual([
      { repo: 'example/lang', ghsaId: ghsa(1), cveId: CVE },
    ]);
    expect(cnaCandidates([{ ...theAdvisory, cveId: null }], [announced], emptyDeskState())).toEqual([]);
    const seen = emptyDeskState();
    seen.reports[ghsa(1)] = {
      repo: 'example/lang',
      snapshot: null,
      fired: { [cnaPublishedKey(CVE)]: h(3).toISOString() },
      tagsSeen: {},
      adopted: {},
    };
    expect(cnaCandidates([theAdvisory], [announced], seen)).toEqual([]);
  });

  it('tells the operators once the email is recorded, at half time, escalates at 24 h and daily after, each once', () => {
    let state = emptyDeskState();
    const fired: string[] = [];
    for (const hour of [1, 2, 11, 12, 13, 23, 24, 30, 47, 48, 72, 73]) {
      const plan = planSweep(input(h(hour), state));
      for (const n of only(plan.changes, 'notify').filter((x) => x.reason.what === 'cna'))
        fired.push(`${hour}:${n.keys.at(-1)}:${n.escalated ? 'escalated' : 'operators'}:${n.to.join(' ')}`);
      state = nextDeskState(plan, plan.changes)!;
    }
    expect(fired).toEqual([
      `1:cna/${CVE}/announced:operators:cara example/cna`,
      `12:cna/${CVE}/half-time:operators:cara example/cna`,
      `24:cna/${CVE}/overdue:escalated:cara example/cna ada abe`,
      `48:cna/${CVE}/repeat-1:escalated:cara example/cna ada abe`,
      `72:cna/${CVE}/repeat-2:escalated:cara example/cna ada abe`,
    ]);
  });

  it('sends the latest threshold only, after sweeps were missed', () => {
    const [notice] = cnaNotices(input(h(50), emptyDeskState()));
    expect(notice?.keys).toEqual([
      `cna/${CVE}/announced`,
      `cna/${CVE}/half-time`,
      `cna/${CVE}/overdue`,
      `cna/${CVE}/repeat-1`,
    ]);
    expect(notice?.reason).toEqual({
      what: 'cna',
      cveId: CVE,
      phase: 'still-overdue',
      due: '2026-11-21T14:00:00.000Z',
    });
    const comment = renderReminderComment(planSweep(input(h(50), emptyDeskState())))!;
    expect(comment.body).toContain(`${CVE} is still not published (due 2026-11-21 14:00 UTC)`);
    expect(comment.body).toContain('@cara @example/cna @ada @abe (escalation)');
  });

  it('stops for good once the record is published: the memory keeps it, no notice, no further read', () => {
    const published: CnaPublication = { ...unpublished, publishedAt: h(5).toISOString() };
    let state = nextDeskState(
      planSweep(input(h(1), emptyDeskState())),
      planSweep(input(h(1), emptyDeskState())).changes,
    )!;
    const plan = planSweep(input(h(30), state, { cnaPublications: [published] }));
    expect(only(plan.changes, 'notify').filter((n) => n.reason.what === 'cna')).toEqual([]);
    expect(plan.cna.map((v) => v.clock.state)).toEqual(['published']);
    state = nextDeskState(plan, plan.changes)!;
    expect(state.reports[ghsa(1)]?.fired).toMatchObject({ [cnaPublishedKey(CVE)]: '2026-11-20T19:00:00Z' });
    expect(Object.keys(state.reports[ghsa(1)]!.fired).filter((k) => k.startsWith('cna/'))).toEqual([
      cnaPublishedKey(CVE),
    ]);
    expect(cnaCandidates([theAdvisory], [announced], state)).toEqual([]);
  });

  it('sends nothing when the memory cannot be read, but still shows the clock', () => {
    const i = input(h(30), undefined);
    expect(cnaNotices(i)).toEqual([]);
    expect(planSweep(i).cna.map((v) => v.clock.state)).toEqual(['overdue']);
  });

  it('shows each clock on the dashboard: absolute times on the issue, hours left in the summary', () => {
    const plan = planSweep(input(h(20), emptyDeskState()));
    const issue = renderDashboard(plan, { view: 'issue', advisories: [theAdvisory], changes: null, mode: 'applied' });
    expect(issue).toContain('### CVE records to publish (within 24 h of the advisory email)');
    expect(issue).toContain(`| ${CVE} |`);
    expect(issue).toContain('| 2026-11-20 14:00 UTC | 2026-11-21 14:00 UTC | to publish |');
    const summary = renderDashboard(plan, { view: 'summary', advisories: [theAdvisory], changes: null, mode: 'plan' });
    expect(summary).toContain('| 4 h left |');
    const none = planSweep(input(h(20), emptyDeskState(), { cnaPublications: [] }));
    expect(
      renderDashboard(none, { view: 'issue', advisories: [theAdvisory], changes: null, mode: 'applied' }),
    ).not.toContain('CVE records to publish');
  });
});

describe("the CNA clock across a sweep's apply", () => {
  const jobInput = (now: Date, state: DeskState, cnaPublications: CnaPublication[]): SweepJobInput => ({
    ...input(now, state, { cnaPublications }),
    state,
    opsRepo: 'example/psrt-ops',
    opsRepoPrivate: true,
    cveCredentials: true,
    orgMembers: deskRoster().members.map((m) => ({ login: m.login, id: m.id! })),
  });

  it('plans nothing in the sweep after the one that saw the record published', () => {
    // An hour after the email: the operators are told; settled; the next hour plans nothing.
    let state = emptyDeskState();
    const settle = (plan: ReturnType<typeof planSweepJob>) => {
      const applied = plan.changes.filter((c): c is SweepChange => c.kind !== 'dashboard' && c.kind !== 'desk-state');
      const settled = settleSweep({
        plan,
        applied,
        advisories: plan.input.advisories,
        reservations: [],
        exploitedPending: [],
        retryNew: [],
      });
      return parseDeskState(serializeDeskState(settled.state!));
    };
    const candidates = (s: DeskState): CnaPublication[] =>
      cnaCandidates([theAdvisory], [announced], s).map((c) => ({ ...c, source: 'cve-services' as const }));
    state = settle(planSweepJob(jobInput(h(1), state, candidates(state))));
    // Three hours after the email CVE Services holds the record: the sweep sees it and settles.
    const seen = planSweepJob(
      jobInput(
        h(3),
        state,
        candidates(state).map((c) => ({ ...c, publishedAt: h(2).toISOString() })),
      ),
    );
    expect(seen.changes.map((c) => c.kind)).toEqual(['dashboard', 'desk-state']);
    state = settle(seen);
    // The candidate is gone from the next read; the plan is empty.
    expect(candidates(state)).toEqual([]);
    expect(planSweepJob(jobInput(h(4), state, [])).changes).toEqual([]);
  });

  it('keeps a time from CVE Services in the form the memory reads back (UTC, to the second)', () => {
    const plan = planSweep(
      input(h(5), emptyDeskState(), {
        cnaPublications: [{ ...unpublished, publishedAt: '2026-11-20T16:00:00.123456+00:00' }],
      }),
    );
    const state = nextDeskState(plan, plan.changes)!;
    expect(state.reports[ghsa(1)]?.fired[cnaPublishedKey(CVE)]).toBe('2026-11-20T16:00:00Z');
    expect(() => parseDeskState(serializeDeskState(state))).not.toThrow();
  });
});
