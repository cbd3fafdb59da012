// The Cyber Resilience Act clocks (EU 2024/2847, Art. 14(2)): early warning 24 h and notification
// 72 h after becoming aware, final report 14 days after a fix; escalations at half time and expiry,
// then repeated while unmet, also after the advisory closed; paste-ready text per step.
import { describe, expect, it } from 'vitest';
import { nextDeskState } from '../../actions/lib/domain/desk/advance.js';
import { craClocks } from '../../actions/lib/domain/desk/clocks.js';
import { craText } from '../../actions/lib/domain/desk/cra.js';
import type { SweepInput } from '../../actions/lib/domain/desk/planner.js';
import { planSweep } from '../../actions/lib/domain/desk/planner.js';
import { emptyDeskState } from '../../actions/lib/domain/desk/state.js';
import type { Exploitation, ReportFile } from '../../actions/lib/domain/report-file.js';
import { advisory, credit, deskPolicy, deskRoster, ghsa, only } from '../fixtures/desk/builders.js';

const AWARE = '2026-11-10T08:00:00Z';
const h = (hours: number) => new Date(Date.parse(AWARE) + hours * 3_600_000);

describe('CRA clocks', () => {
  it('run 24 h and 72 h from becoming aware; the final report waits for a fix, then runs 14 days', () => {
    const x: Exploitation = { aware_at: '2026-11-10T09:00:00+01:00' };
    expect(craClocks(x, h(13))).toEqual([
      {
        step: 'early-warning',
        startsAt: AWARE,
        due: '2026-11-11T08:00:00Z',
        halfTime: '2026-11-10T20:00:00Z',
        status: 'past-half-time',
      },
      {
        step: 'notification',
        startsAt: AWARE,
        due: '2026-11-13T08:00:00Z',
        halfTime: '2026-11-11T20:00:00Z',
        status: 'running',
      },
      { step: 'final', status: 'waiting-for-fix' },
    ]);
    const fixed = craClocks(
      { ...x, fix_available_at: '2026-11-20T00:00:00Z', submitted: { 'early-warning': '2026-11-10T10:00:00Z' } },
      h(24 * 30),
    );
    expect(fixed.map((c) => [c.step, c.status, c.due])).toEqual([
      ['early-warning', 'met', '2026-11-11T08:00:00Z'],
      ['notification', 'expired', '2026-11-13T08:00:00Z'],
      ['final', 'expired', '2026-12-04T00:00:00Z'],
    ]);
  });
});

describe('CRA escalations in the sweep', () => {
  const file = (exploited: Exploitation): ReportFile => ({ repo: 'example/lang', ghsa: ghsa(1), exploited });
  const base = (now: Date, extra: Partial<SweepInput> = {}): SweepInput => ({
    now,
    roster: deskRoster(),
    policy: deskPolicy(),
    advisories: [
      advisory(ghsa(1), '2026-11-09T00:00:00Z', { state: 'draft', credits: [credit('eli', 105, 'coordinator')] }),
    ],
    reports: [file({ aware_at: AWARE })],
    state: emptyDeskState(),
    ...extra,
  });
  const craNotices = (input: SweepInput) =>
    only(planSweep(input).changes, 'notify').filter((n) => n.reason.what === 'cra');

  it('tell the admins and the coordinator at half time, first on the list', () => {
    const plan = planSweep(base(h(12)));
    const notices = only(plan.changes, 'notify');
    expect(notices[0]).toMatchObject({
      reason: { what: 'cra', step: 'early-warning', phase: 'half-time', due: '2026-11-11T08:00:00Z' },
      to: ['ada', 'abe', 'eli'],
      escalated: true,
      keys: ['cra/early-warning/half-time'],
    });
    expect(plan.cra.map((c) => c.ghsaId)).toEqual([ghsa(1)]);
  });

  it('fire half time, expiry and each repeat once, and keep repeating while unmet, after the advisory closed too', () => {
    let state = emptyDeskState();
    const keys: string[] = [];
    for (const hour of [11, 12, 13, 24, 25, 48, 71, 72, 96, 97, 120]) {
      const closed = hour >= 96;
      const input = base(h(hour), { state });
      if (closed) input.advisories = [{ ...input.advisories[0]!, state: 'closed', closedAt: h(90).toISOString() }];
      const plan = planSweep(input);
      const cra = only(plan.changes, 'notify').filter((n) => n.reason.what === 'cra');
      keys.push(...cra.flatMap((n) => n.keys.map((k) => `${hour}:${k}`)));
      // Nothing of the 90-day clock for a closed report.
      if (closed) expect(only(plan.changes, 'notify').filter((n) => n.reason.what !== 'cra')).toEqual([]);
      state = nextDeskState(plan, plan.changes)!;
    }
    expect(keys).toEqual([
      '12:cra/early-warning/half-time',
      '24:cra/early-warning/expired',
      '48:cra/early-warning/repeat-1',
      '48:cra/notification/half-time',
      '72:cra/early-warning/repeat-2',
      '72:cra/notification/expired',
      '96:cra/early-warning/repeat-3',
      '96:cra/notification/repeat-1',
      '120:cra/early-warning/repeat-4',
      '120:cra/notification/repeat-2',
    ]);
  });

  it('stop for a step once it is recorded as submitted', () => {
    const sent = file({
      aware_at: AWARE,
      submitted: { 'early-warning': h(20).toISOString(), notification: h(50).toISOString() },
    });
    expect(craNotices(base(h(200), { reports: [sent] }))).toEqual([]);
  });

  it('the final report runs from the fix: half time after 7 days, expiry after 14, then daily', () => {
    const fix = {
      aware_at: AWARE,
      fix_available_at: h(100).toISOString(),
      submitted: { 'early-warning': AWARE, notification: AWARE },
    };
    const at = (hours: number) => craNotices(base(h(hours), { reports: [file(fix)] })).flatMap((n) => n.keys);
    expect(at(100 + 7 * 24 - 1)).toEqual([]);
    expect(at(100 + 7 * 24)).toEqual(['cra/final/half-time']);
    expect(at(100 + 14 * 24 + 24)).toEqual(['cra/final/half-time', 'cra/final/expired', 'cra/final/repeat-1']);
  });

  it('are planned for a report known only by its file (the advisory no longer read), to the admins', () => {
    const notices = craNotices(base(h(30), { advisories: [] }));
    expect(notices.map((n) => [n.ghsaId, n.to, n.keys])).toEqual([
      [ghsa(1), ['ada', 'abe'], ['cra/early-warning/half-time', 'cra/early-warning/expired']],
    ]);
  });

  it('are never sent with the state unreadable (the clocks are still shown)', () => {
    const plan = planSweep(base(h(30), { state: undefined }));
    expect(only(plan.changes, 'notify')).toEqual([]);
    expect(plan.cra[0]!.clocks[0]!.status).toBe('expired');
  });
});

describe('craText', () => {
  const input = {
    repo: 'example/lang',
    ghsaId: ghsa(1),
    exploitation: { aware_at: AWARE, approximate: true } as Exploitation,
    product: { vendor: 'Example Foundation', product: 'Lang', repo: 'https://github.com/example/lang' },
    cveId: 'CVE-2026-1234',
    severity: 'high',
    cvssVector: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N',
    now: h(2),
  };

  it('early warning: who, what product, since when, where it is made available', () => {
    const text = craText({ ...input, step: 'early-warning' });
    expect(text).toMatch(/^CRA early warning \(Art\. 14\(2\)\(a\), Regulation \(EU\) 2024\/2847\)/);
    expect(text).toContain('Due: 2026-11-11 08:00 UTC');
    expect(text).toContain('Manufacturer / open-source steward: Example Foundation');
    expect(text).toContain(
      'Product with digital elements: Lang by Example Foundation (https://github.com/example/lang)',
    );
    expect(text).toContain('CVE: CVE-2026-1234');
    expect(text).toMatch(/became aware at 2026-11-10 08:00 UTC \(approximate/);
    expect(text).toContain('Member States where the product is made available: all EU Member States');
    expect(text).toContain(`npx psrt cra ${ghsa(1)} --done early-warning --at TIME`);
  });

  it('notification: nature of the exploitation, measures taken and for users, severity, sensitivity', () => {
    const text = craText({ ...input, step: 'notification', cveId: null, severity: null, cvssVector: null });
    for (const label of [
      'General nature of the exploitation',
      'General nature of the vulnerability',
      'Corrective or mitigating measures taken',
      'Corrective or mitigating measures users can take',
      'Sensitivity of this information',
    ])
      expect(text).toContain(`${label}: <`);
    expect(text).toContain('Severity: <not yet scored (CVSS 4.0)>');
    expect(text).toContain('CVE: not yet assigned');
    expect(text).toContain('Due: 2026-11-13 08:00 UTC');
  });

  it('final: waits for the fix, then asks for description, severity, actor and the update', () => {
    const waiting = craText({ ...input, step: 'final' });
    expect(waiting).toMatch(/Due: runs from when a fix is available/);
    const text = craText({
      ...input,
      step: 'final',
      exploitation: {
        ...input.exploitation,
        fix_available_at: '2026-11-20T00:00:00Z',
        submitted: { final: '2026-11-25T10:00:00Z' },
      },
    });
    expect(text).toContain('Due: 2026-12-04 00:00 UTC');
    expect(text).toContain('Recorded as submitted: 2026-11-25 10:00 UTC');
    expect(text).toContain('Fix available since: 2026-11-20 00:00 UTC');
    expect(text).toContain('severity: high, CVSS:4.0/');
    expect(text).toContain('Malicious actor exploiting it, where known: <');
    expect(text).toContain('Security update or other corrective measures: <');
  });

  it('carries the title only when the caller passes it', () => {
    expect(craText({ ...input, step: 'early-warning' })).not.toContain('Summary:');
    expect(craText({ ...input, step: 'early-warning', title: 'Overflow\nin parser' })).toContain(
      'Summary: Overflow in parser',
    );
  });
});
