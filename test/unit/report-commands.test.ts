// The plans of the report-file commands, from hand-built observations: grant and revoke (refusals, the
// date access ends, the edit, one PR per report and person), intake (input refused before any read,
// nothing of the title or body in what is shown, the package sent, the acknowledgement) and cra (text
// only for an exploited report, --done edits checked like `psrt validate`).
import { describe, expect, it } from 'vitest';
import type { RepositoryAdvisory } from '../../actions/lib/clients/github/api.js';
import type { Config } from '../../actions/lib/config/load.js';
import { checkConfig } from '../../actions/lib/config/load.js';
import { parseReportText } from '../../actions/lib/config/report-files.js';
import type { DeskAdvisory } from '../../actions/lib/domain/desk/advisory.js';
import type { ObservedToolPr } from '../../actions/lib/domain/tool-pr.js';
import type { CraObserved, CraSettings } from '../../actions/lib/jobs/cra.js';
import { planCra, renderCra } from '../../actions/lib/jobs/cra.js';
import type { AccessObserved, AccessSettings } from '../../actions/lib/jobs/grant.js';
import { planAccess } from '../../actions/lib/jobs/grant.js';
import type { IntakeSettings } from '../../actions/lib/jobs/intake.js';
import {
  PENDING_GHSA,
  acknowledgement,
  affectedPackage,
  emailAddressPlaces,
  parseReporter,
  planIntake,
  renderIntake,
} from '../../actions/lib/jobs/intake.js';
import { renderReportEdit, utcDatePlusDays } from '../../actions/lib/jobs/report-commands.js';
import { fixtureSource } from '../support/fixtures.js';

const NOW = new Date('2026-11-26T12:00:00Z');
const CONFIG: Config = checkConfig(fixtureSource('members.yaml'), fixtureSource('policy.yaml'), NOW).config!;
const GHSA = 'GHSA-x3q9-m7vh-2wcp';
const PATH = `reports/${GHSA}.yaml`;
const NO_PR: ObservedToolPr = { base: 'main' };

function deskAdvisory(extra: Partial<DeskAdvisory> = {}): DeskAdvisory {
  return {
    repo: 'python/cpython',
    ghsaId: GHSA,
    title: 'Embargoed title',
    state: 'triage',
    createdAt: '2026-11-01T00:00:00Z',
    updatedAt: '2026-11-01T00:00:00Z',
    closedAt: null,
    publishedAt: null,
    withdrawnAt: null,
    cveId: null,
    credits: [],
    collaboratingUsers: [],
    collaboratingTeams: [],
    privateFork: null,
    author: null,
    hasSeverity: false,
    ...extra,
  };
}

const EXPERT = { login: 'nadia-fuzzes', id: 9001 };

function observedAccess(extra: Partial<AccessObserved> = {}): AccessObserved {
  return {
    profile: EXPERT,
    report: { pr: NO_PR },
    advisory: deskAdvisory(),
    searched: ['python/cpython', 'pypa/pip'],
    searchedFileRepo: false,
    ...extra,
  };
}

const grant = (days = 30, reason = 'fuzzing expert', login = EXPERT.login): AccessSettings => ({
  config: { members: '', policy: '' },
  apply: false,
  ghsa: GHSA,
  login,
  action: { kind: 'grant', days, reason },
});
const revoke = (login = EXPERT.login): AccessSettings => ({ ...grant(1, '', login), action: { kind: 'revoke' } });

const FILE_WITH_GRANT = `# asked for by the coordinator
repo: python/cpython
ghsa: ${GHSA}
access:
  # the parser expert
  - login: nadia-fuzzes
    reason: fuzzing expert
    until: 2026-12-10
`;

describe('grant', () => {
  it('creates the report file with a grant until today + N days, and says when access ends', () => {
    const plan = planAccess(CONFIG, observedAccess(), grant(30), NOW);
    expect(plan.refusal).toBeUndefined();
    expect(plan.intent).toEqual([
      `+ grant \`nadia-fuzzes\` access to ${GHSA} (python/cpython): access ends 2026-12-26 00:00 UTC, or 30 days after the report is closed, whichever comes first`,
    ]);
    const change = plan.changes[0]!;
    expect(change.kind).toBe('pr-open');
    if (change.kind !== 'pr-open') return;
    expect(change.pr.branch).toBe(`psrt/report/${GHSA}/access-nadia-fuzzes`);
    const file = change.pr.files[0]!;
    expect(file.path).toBe(PATH);
    const parsed = parseReportText(PATH, file.content, CONFIG.policy, NOW);
    expect(parsed.report).toMatchObject({
      repo: 'python/cpython',
      ghsa: GHSA,
      access: [{ login: 'nadia-fuzzes', reason: 'fuzzing expert', until: '2026-12-26' }],
    });
    const text = renderReportEdit(plan, 'text');
    expect(text).toContain(`--- /dev/null\n+++ b/${PATH}\n@@ -0,0 +1,7 @@`);
    expect(text).toContain('+    until: 2026-12-26');
  });

  it('replaces an existing grant in place, keeping comments, and plans nothing once the PR holds it', () => {
    const observed = observedAccess({ report: { text: FILE_WITH_GRANT, pr: NO_PR } });
    const plan = planAccess(CONFIG, observed, grant(60, 'still fuzzing'), NOW);
    expect(plan.intent[0]).toContain('ends 2027-01-25 00:00 UTC (was 2026-12-10 00:00 UTC)');
    const change = plan.changes[0]!;
    if (change.kind !== 'pr-open') throw new Error('expected a new PR');
    const content = change.pr.files[0]!.content;
    expect(content).toContain('# asked for by the coordinator\n');
    expect(content).toContain(
      '  # the parser expert\n  - login: nadia-fuzzes\n    reason: still fuzzing\n    until: 2027-01-25\n',
    );
    expect(renderReportEdit(plan, 'text')).toContain(
      '-    reason: fuzzing expert\n-    until: 2026-12-10\n+    reason: still fuzzing\n+    until: 2027-01-25\n',
    );

    const again = planAccess(
      CONFIG,
      observedAccess({
        report: {
          text: FILE_WITH_GRANT,
          pr: {
            base: 'main',
            open: {
              number: 7,
              url: 'https://github.com/python/psrt-ops/pull/7',
              title: change.pr.title,
              body: change.pr.body,
              labels: ['psrt-ops'],
              requestedUsers: [],
              requestedTeams: [],
              reviewed: false,
              files: { [PATH]: content },
            },
          },
        },
      }),
      grant(60, 'still fuzzing'),
      NOW,
    );
    expect(again.changes).toEqual([]);
    expect(again.notes.map((n) => n.text)).toEqual([
      'pull request #7 already proposes this (https://github.com/python/psrt-ops/pull/7).',
    ]);
  });

  it('refuses an unknown login, a member (by id, whatever the login), a former member and a missing advisory', () => {
    expect(planAccess(CONFIG, observedAccess({ profile: null }), grant(), NOW).refusal).toBe(
      'GitHub has no account "nadia-fuzzes": check the spelling of the login.',
    );
    const renamedMember = planAccess(
      CONFIG,
      observedAccess({ profile: { login: 'ivy-new-name', id: 4216639 } }),
      grant(),
      NOW,
    );
    expect(renamedMember.refusal).toMatch(/^ivy-new-name is a PSRT member: reconcile gives every member access/);
    expect(renamedMember.changes).toEqual([]);
    expect(planAccess(CONFIG, observedAccess({ profile: { login: 'clemhaus', id: 5 } }), grant(), NOW).refusal).toMatch(
      /former PSRT member \(emeritus/,
    );
    const missing = planAccess(CONFIG, observedAccess({ advisory: undefined }), grant(), NOW);
    expect(missing.refusal).toBe(
      `${GHSA} is not an advisory of any covered repository (python/cpython, pypa/pip), or the token cannot read it: check the id.`,
    );
    expect(renderReportEdit(missing, 'text')).toContain('Refused: ');
  });

  it('refuses an edit that would not pass psrt validate (a reason over the schema limit), and a broken file', () => {
    const long = planAccess(CONFIG, observedAccess(), grant(30, 'x'.repeat(501)), NOW);
    expect(long.refusal).toMatch(
      new RegExp(`^the edited ${PATH} would not pass psrt validate:\\n  ${PATH}:6:13: error \\[schema\\]`),
    );
    const broken = planAccess(
      CONFIG,
      observedAccess({
        // An edit of the grant would fix a broken grant of the same person: this breaks another field.
        report: { text: `${FILE_WITH_GRANT}received: 2030-01-01\n`, pr: NO_PR },
      }),
      grant(),
      NOW,
    );
    expect(broken.refusal).toMatch(/on the ops repository's default branch does not pass psrt validate: fix it first/);
  });

  it('warns about a closed advisory and says what a grant changes for a hand-added collaborator or the author', () => {
    const closed = planAccess(CONFIG, observedAccess({ advisory: deskAdvisory({ state: 'closed' }) }), grant(), NOW);
    expect(closed.notes[0]).toMatchObject({ level: 'warning' });
    const handAdded = planAccess(
      CONFIG,
      observedAccess({ advisory: deskAdvisory({ collaboratingUsers: [EXPERT] }) }),
      grant(),
      NOW,
    );
    expect(handAdded.notes.map((n) => n.text).join()).toContain('already a collaborator (added by hand)');
    const author = planAccess(CONFIG, observedAccess({ advisory: deskAdvisory({ author: EXPERT }) }), grant(), NOW);
    expect(author.notes.map((n) => n.text).join()).toContain("is the advisory's author: the sweep never removes them");
  });

  it('counts days from today, UTC', () => {
    expect(utcDatePlusDays(new Date('2026-12-31T23:59:00-05:00'), 1)).toBe('2027-01-02');
    expect(utcDatePlusDays(new Date('2026-02-28T12:00:00Z'), 1)).toBe('2026-03-01');
  });
});

describe('revoke', () => {
  it('ends an active grant today instead of deleting it (the sweep removes the person at its next run)', () => {
    const plan = planAccess(CONFIG, observedAccess({ report: { text: FILE_WITH_GRANT, pr: NO_PR } }), revoke(), NOW);
    expect(plan.intent).toEqual([
      `- end \`nadia-fuzzes\`'s access to ${GHSA} (python/cpython): access ends 2026-11-26 00:00 UTC (was 2026-12-10 00:00 UTC)`,
    ]);
    const change = plan.changes[0]!;
    if (change.kind !== 'pr-open') throw new Error('expected a PR');
    expect(change.pr.branch).toBe(`psrt/report/${GHSA}/access-nadia-fuzzes`);
    expect(change.pr.files[0]!.content).toContain('    reason: fuzzing expert\n    until: 2026-11-26\n');
  });

  it('gives a hand-added collaborator a grant that has ended', () => {
    const plan = planAccess(
      CONFIG,
      observedAccess({ advisory: deskAdvisory({ collaboratingUsers: [EXPERT] }) }),
      revoke(),
      NOW,
    );
    const change = plan.changes[0]!;
    if (change.kind !== 'pr-open') throw new Error('expected a PR');
    expect(parseReportText(PATH, change.pr.files[0]!.content, CONFIG.policy, NOW).report?.access).toEqual([
      { login: 'nadia-fuzzes', reason: 'access revoked', until: '2026-11-26' },
    ]);
  });

  it('changes nothing for an ended grant or someone without access, and closes a grant PR not yet merged', () => {
    const ended = FILE_WITH_GRANT.replace('until: 2026-12-10', 'until: 2026-11-20');
    expect(planAccess(CONFIG, observedAccess({ report: { text: ended, pr: NO_PR } }), revoke(), NOW).changes).toEqual(
      [],
    );
    const nobody = planAccess(CONFIG, observedAccess(), revoke(), NOW);
    expect(nobody.changes).toEqual([]);
    expect(nobody.refusal).toBeUndefined();
    expect(nobody.notes[0]!.text).toContain('nothing to revoke');
    const open = {
      number: 9,
      url: 'https://github.com/python/psrt-ops/pull/9',
      title: 't',
      body: 'b',
      labels: [],
      requestedUsers: [],
      requestedTeams: [],
      reviewed: false,
      files: {},
    };
    const closing = planAccess(CONFIG, observedAccess({ report: { pr: { base: 'main', open } } }), revoke(), NOW);
    expect(closing.changes).toEqual([
      expect.objectContaining({ kind: 'pr-close', number: 9, repo: 'python/psrt-ops' }),
    ]);
  });
});

const BODY = 'The parser reads past the end of the buffer.\nReproducer: feed it 64 KiB of zeros.\n';
const TITLE = 'Out-of-bounds read in the secret parser';

function intake(extra: Partial<IntakeSettings> = {}): IntakeSettings {
  return {
    config: { members: '', policy: '' },
    apply: false,
    repo: 'python/cpython',
    title: TITLE,
    body: BODY,
    bodyFile: 'report.txt',
    reporter: { name: 'Jane Doe', email: 'jane@example.org', credit: true },
    received: '2026-11-20T09:15:00+01:00',
    ...extra,
  };
}

describe('intake', () => {
  it('plans a draft advisory and a report file named after the id GitHub assigns; shows neither title nor body', () => {
    const plan = planIntake(CONFIG, {}, intake(), NOW);
    expect(plan.refusal).toBeUndefined();
    expect(plan.changes.map((c) => c.kind)).toEqual(['advisory-create', 'report-file']);
    const create = plan.changes[0]!;
    if (create.kind !== 'advisory-create') throw new Error('expected the advisory first');
    expect(create.advisory).toEqual({
      summary: TITLE,
      description: BODY,
      vulnerabilities: [
        {
          package: { ecosystem: 'other', name: 'CPython' },
          vulnerable_version_range: null,
          patched_versions: null,
          vulnerable_functions: null,
        },
      ],
    });
    expect(plan.file?.path).toBe(`reports/${PENDING_GHSA}.yaml`);
    expect(parseReportText(plan.file!.path, plan.file!.after, CONFIG.policy, NOW).report).toMatchObject({
      received: '2026-11-20T09:15:00+01:00',
      reporter: { name: 'Jane Doe', email: 'jane@example.org', credit: true },
    });
    for (const format of ['text', 'markdown'] as const) {
      const shown = renderIntake(plan, format);
      expect(shown).toContain(`title ${TITLE.length} characters, description ${BODY.length} characters`);
      expect(shown).toContain('draft');
      for (const secret of [TITLE, 'parser reads past', 'Reproducer']) expect(shown).not.toContain(secret);
    }
  });

  it("refuses any email address in the title or body, and the reporter's above all, without repeating them", () => {
    const own = planIntake(CONFIG, {}, intake({ body: `${BODY}Reply to JANE@example.org\n` }), NOW);
    expect(own.refusal).toBe(
      "report.txt holds the reporter's email address: it would reach the advisory, which is published later. Remove it; it goes only into the report file.",
    );
    const other = planIntake(
      CONFIG,
      {},
      intake({ title: 'ask ops@python.org', body: 'x\n  cc: a.b+c@mail.example.net\n' }),
      NOW,
    );
    expect(other.refusal).toContain('the title holds an email address (line 1, column 5)');
    expect(other.refusal).toContain('report.txt holds an email address (line 2, column 7)');
    expect(other.refusal).not.toMatch(/ops@|a\.b\+c/);
    expect(emailAddressPlaces('no address @ here, nor user@localhost')).toEqual([]);
  });

  it('refuses a received time without zone, unreal or in the future, an uncovered repo and empty or long texts', () => {
    const refusal = (extra: Partial<IntakeSettings>) => planIntake(CONFIG, {}, intake(extra), NOW).refusal;
    expect(refusal({ received: '2026-11-20' })).toMatch(/is not a real time with its zone/);
    expect(refusal({ received: '2026-11-20T09:15:00' })).toMatch(/is not a real time with its zone/);
    expect(refusal({ received: '2026-02-30T09:15:00Z' })).toMatch(/is not a real time with its zone/);
    expect(refusal({ received: '2026-11-27T00:00:00Z' })).toMatch(/is in the future/);
    expect(refusal({ repo: 'python/typeshed' })).toMatch(/^python\/typeshed is not a covered repository/);
    expect(refusal({ title: '  ' })).toBe('the title is empty.');
    expect(refusal({ title: 'x'.repeat(1025) })).toMatch(/at most 1024/);
    expect(refusal({ body: '\n' })).toBe('report.txt is empty.');
    expect(refusal({ reporter: { name: 'Jane\u0007', email: 'jane@example.org', credit: true } })).toMatch(
      /would not pass psrt validate/,
    );
  });

  it('sends pip as a PyPI package and other products as ecosystem other', () => {
    expect(affectedPackage(CONFIG.policy, 'pypa/pip')).toEqual({ ecosystem: 'pip', name: 'pip' });
    expect(affectedPackage(CONFIG.policy, 'Python/CPython')).toEqual({ ecosystem: 'other', name: 'CPython' });
  });

  it('creates nothing again for an advisory a first run created; keeps received from it', () => {
    const prior = {
      ghsaId: GHSA,
      url: `https://github.com/python/cpython/security/advisories/${GHSA}`,
      createdAt: '2026-11-26T11:00:00Z',
    };
    const plan = planIntake(CONFIG, { prior, report: { pr: NO_PR } }, intake({ received: undefined }), NOW);
    expect(plan.changes.map((c) => c.kind)).toEqual(['report-file']);
    expect(plan.file?.path).toBe(PATH);
    expect(plan.file?.after).toContain('received: 2026-11-26T11:00:00Z');
  });

  it('reads "Name <email>" and writes an acknowledgement that names the advisory and nothing of the report', () => {
    expect(parseReporter('"Doe, Jane" <jane@example.org>')).toEqual({ name: 'Doe, Jane', email: 'jane@example.org' });
    expect(parseReporter('jane@example.org')).toBeUndefined();
    const text = acknowledgement({ ghsa: GHSA, repo: 'python/cpython', reporter: intake().reporter });
    expect(text).toMatch(/^Dear Jane Doe,\n\nThank you/);
    expect(text).toContain(`tracked privately as ${GHSA}`);
    expect(text).toContain('A coordinator from the PSRT will be in touch');
    expect(text).toMatch(/keep the report and its details embargoed/);
    expect(text).not.toContain('jane@example.org');
    const anonymous = acknowledgement({
      ghsa: GHSA,
      repo: 'python/cpython',
      reporter: { ...intake().reporter, credit: false },
    });
    expect(anonymous).toContain('you will not be credited publicly');
  });
});

const EXPLOITED = `repo: python/cpython
ghsa: ${GHSA}
exploited:
  aware_at: 2026-11-25T10:00:00Z
`;

function restAdvisory(summary: string): RepositoryAdvisory {
  return {
    ghsa_id: GHSA,
    summary,
    cve_id: 'CVE-2026-4242',
    severity: 'high',
    cvss_severities: {
      cvss_v3: null,
      cvss_v4: { vector_string: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:N/VA:N/SC:N/SI:N/SA:N', score: 8.7 },
    },
  } as RepositoryAdvisory;
}

function craObserved(text: string | undefined, summary = '[ACCEPTED] Overflow in the secret parser'): CraObserved {
  return {
    report: { ...(text !== undefined ? { text } : {}), pr: NO_PR },
    located: { repo: 'python/cpython', advisory: restAdvisory(summary) },
    searched: ['python/cpython'],
    searchedFileRepo: text !== undefined,
  };
}

const cra = (request: CraSettings['request']): CraSettings => ({
  config: { members: '', policy: '' },
  apply: false,
  ghsa: GHSA,
  request,
});

describe('cra', () => {
  it('gives the clocks and the text of each step asked for, the title without the PSRT tags', () => {
    const plan = planCra(
      CONFIG,
      craObserved(EXPLOITED),
      cra({ kind: 'text', steps: ['early-warning'], withTitle: true }),
      NOW,
    );
    expect(plan.refusal).toBeUndefined();
    expect(plan.changes).toEqual([]);
    expect(plan.clockLines).toEqual([
      'early warning: due 2026-11-26 10:00 UTC; EXPIRED, not yet recorded as submitted',
      'vulnerability notification: due 2026-11-28 10:00 UTC; running',
      'final report: runs from when a fix is available (record exploited.fix_available_at)',
    ]);
    expect(plan.texts).toHaveLength(1);
    expect(plan.texts[0]).toContain('Summary: Overflow in the secret parser\n');
    expect(plan.texts[0]).toContain('CVE: CVE-2026-4242');
    const shown = renderCra(plan, 'text');
    expect(shown).toContain("ENISA's single reporting platform has no API");
    expect(shown).toContain('embargoed');
    const all = planCra(
      CONFIG,
      craObserved(EXPLOITED),
      cra({ kind: 'text', steps: ['early-warning', 'notification', 'final'], withTitle: false }),
      NOW,
    );
    expect(all.texts.map((t) => t.split('\n')[0]!.replace(/ \(.*/, ''))).toEqual([
      'CRA early warning',
      'CRA vulnerability notification',
      'CRA final report',
    ]);
    expect(all.texts.join()).not.toContain('Summary:');
  });

  it('refuses a report that is not marked exploited, naming an [EXPLOITED] tag the file does not record yet', () => {
    const none = planCra(
      CONFIG,
      craObserved(undefined, 'Overflow'),
      cra({ kind: 'text', steps: ['final'], withTitle: true }),
      NOW,
    );
    expect(none.refusal).toMatch(/is not marked as actively exploited \(there is no reports\//);
    const tagged = planCra(
      CONFIG,
      craObserved(`repo: python/cpython\nghsa: ${GHSA}\n`, '[EXPLOITED] Overflow in the secret parser'),
      cra({ kind: 'text', steps: ['final'], withTitle: true }),
      NOW,
    );
    expect(tagged.refusal).toMatch(
      /title carries \[EXPLOITED\] but reports\/.* has no exploited.aware_at yet: merge the sweep's/,
    );
    expect(tagged.refusal).not.toContain('Overflow');
  });

  it('--done records the submission in the report file, checked like psrt validate', () => {
    const done = planCra(
      CONFIG,
      craObserved(EXPLOITED),
      cra({ kind: 'done', step: 'early-warning', at: '2026-11-26T09:30:00+01:00' }),
      NOW,
    );
    expect(done.intent).toEqual([`+ record the CRA early warning of ${GHSA} as submitted at 2026-11-26 08:30 UTC`]);
    const change = done.changes[0]!;
    if (change.kind !== 'pr-open') throw new Error('expected a PR');
    expect(change.pr.branch).toBe(`psrt/report/${GHSA}/cra-early-warning`);
    expect(parseReportText(PATH, change.pr.files[0]!.content, CONFIG.policy, NOW).report?.exploited?.submitted).toEqual(
      {
        'early-warning': '2026-11-26T09:30:00+01:00',
      },
    );
    const refusal = (at: string) =>
      planCra(CONFIG, craObserved(EXPLOITED), cra({ kind: 'done', step: 'notification', at }), NOW).refusal;
    expect(refusal('2026-11-25T09:00:00Z')).toMatch(
      /would not pass psrt validate:\n.*\[time-order\] the notification was submitted before aware_at/,
    );
    expect(refusal('2026-11-26T13:00:00Z')).toMatch(/is in the future/);
    expect(refusal('2026-11-26')).toMatch(/is not a real time with its zone/);
    expect(
      planCra(CONFIG, craObserved(undefined), cra({ kind: 'done', step: 'final', at: '2026-11-26T10:00:00Z' }), NOW)
        .refusal,
    ).toMatch(/not marked as actively exploited/);
  });
});
