// The yearly credits from GHSA credits and CVE records: each person once with their reports and roles,
// names from the roster first, the year a report ended, and the Markdown and CSV renderings.
import { describe, expect, it } from 'vitest';
import type { AdvisoryForCredits } from '../../actions/lib/domain/credits.js';
import {
  creditsForYear,
  parseCreditValue,
  renderCreditsCsv,
  renderCreditsMarkdown,
} from '../../actions/lib/domain/credits.js';
import type { CveCredit, CveRecord } from '../../actions/lib/domain/cve/types.js';
import type { Roster } from '../../actions/lib/domain/roster.js';

const ROSTER: Roster = {
  members: [
    { name: 'Ada Lovelace', login: 'ada' },
    { name: 'Zoë Çelik', login: 'zoe' },
    { name: 'Grace Hopper', login: 'grace' },
  ],
  emeritus: [{ name: 'Emeritus Eve', login: 'eve', left: '2026-01-01' }],
};

type Credit = NonNullable<AdvisoryForCredits['credits_detailed']>[number];

function ghCredit(login: string, type: Credit['type'], state: Credit['state'] = 'accepted', name?: string): Credit {
  return { user: { login, ...(name ? { name } : {}) }, type, state } as Credit;
}

function advisory(ghsa: string, over: Partial<AdvisoryForCredits> = {}): AdvisoryForCredits {
  return {
    repo: 'python/cpython',
    ghsa_id: ghsa,
    cve_id: null,
    state: 'closed',
    published_at: null,
    closed_at: '2026-05-01T10:00:00Z',
    credits_detailed: [],
    ...over,
  };
}

function record(cve: string, datePublished: string, credits: CveCredit[], ghsa?: string): CveRecord {
  return {
    dataType: 'CVE_RECORD',
    dataVersion: '5.2',
    cveMetadata: { cveId: cve, assignerOrgId: 'org', state: 'PUBLISHED', datePublished },
    containers: {
      cna: {
        providerMetadata: { orgId: 'org' },
        descriptions: [{ lang: 'en', value: 'x' }],
        affected: [],
        references: [],
        credits,
        ...(ghsa ? { source: { discovery: 'UNKNOWN', advisory: ghsa } } : {}),
      },
    },
  };
}

const A = 'GHSA-2222-3333-4444';
const B = 'GHSA-5555-6666-7777';
const C = 'GHSA-8888-9999-cccc';
const D = 'GHSA-ffff-gggg-hhhh';

describe('credits for a year', () => {
  it('lists each person once with their reports and roles, from GHSA credits and CVE records', () => {
    const advisories = [
      // Announced in 2026: the CVE record's publication dates it, though closed in 2027.
      advisory(A, {
        cve_id: 'CVE-2026-41001',
        closed_at: '2027-01-05T00:00:00Z',
        credits_detailed: [
          ghCredit('ADA', 'coordinator'),
          ghCredit('grace', 'remediation_developer'),
          ghCredit('zoe', 'remediation_reviewer'),
          ghCredit('mallory', 'reporter'),
          ghCredit('declines', 'remediation_reviewer', 'declined'),
        ],
      }),
      // Closed in 2026 without a CVE: closed_at dates it. A pending credit counts.
      advisory(B, {
        credits_detailed: [ghCredit('ada', 'remediation_developer', 'pending'), ghCredit('eve', 'coordinator')],
      }),
      // Still a draft: not ended, not counted.
      advisory(C, { state: 'draft', closed_at: null, credits_detailed: [ghCredit('ada', 'coordinator')] }),
      // Published on GitHub (pip) in 2025: another year.
      advisory(D, {
        repo: 'pypa/pip',
        state: 'published',
        published_at: '2025-12-31T23:59:59Z',
        credits_detailed: [ghCredit('grace', 'coordinator')],
      }),
    ];
    const records = [
      record('CVE-2026-41001', '2026-12-30T10:00:00', [
        { lang: 'en', type: 'coordinator', value: 'Ada Lovelace (https://github.com/ada)' },
        { lang: 'en', type: 'remediation developer', value: 'G. Hopper (https://github.com/grace)' },
        { lang: 'en', type: 'reporter', value: 'Reporter Person' },
      ]),
      // A report outside GHSA (by email): only its record credits people.
      record(
        'CVE-2026-41002',
        '2026-03-01T00:00:00Z',
        [
          { lang: 'en', type: 'remediation developer', value: 'Outside Helper' },
          { lang: 'en', type: 'remediation reviewer', value: 'Zoë Çelik' },
          { lang: 'en', type: 'remediation reviewer', value: 'Kim Lee (https://github.com/kimlee)' },
        ],
        'GHSA-jjjj-mmmm-pppp',
      ),
    ];
    const report = creditsForYear({ year: 2026, advisories, records, roster: ROSTER });
    expect(report.reports).toBe(3);
    expect(report.people).toEqual([
      {
        name: 'Ada Lovelace',
        login: 'ada',
        reports: [
          { ghsa: B, repo: 'python/cpython', date: '2026-05-01', roles: ['remediation developer'] },
          { ghsa: A, cve: 'CVE-2026-41001', repo: 'python/cpython', date: '2026-12-30', roles: ['coordinator'] },
        ],
      },
      {
        name: 'Emeritus Eve',
        login: 'eve',
        reports: [{ ghsa: B, repo: 'python/cpython', date: '2026-05-01', roles: ['coordinator'] }],
      },
      {
        name: 'Grace Hopper',
        login: 'grace',
        reports: [
          {
            ghsa: A,
            cve: 'CVE-2026-41001',
            repo: 'python/cpython',
            date: '2026-12-30',
            roles: ['remediation developer'],
          },
        ],
      },
      {
        name: 'Kim Lee',
        login: 'kimlee',
        reports: [
          { ghsa: 'GHSA-jjjj-mmmm-pppp', cve: 'CVE-2026-41002', date: '2026-03-01', roles: ['remediation reviewer'] },
        ],
      },
      {
        name: 'Outside Helper',
        reports: [
          { ghsa: 'GHSA-jjjj-mmmm-pppp', cve: 'CVE-2026-41002', date: '2026-03-01', roles: ['remediation developer'] },
        ],
      },
      {
        name: 'Zoë Çelik',
        login: 'zoe',
        reports: [
          { ghsa: 'GHSA-jjjj-mmmm-pppp', cve: 'CVE-2026-41002', date: '2026-03-01', roles: ['remediation reviewer'] },
          {
            ghsa: A,
            cve: 'CVE-2026-41001',
            repo: 'python/cpython',
            date: '2026-12-30',
            roles: ['remediation reviewer'],
          },
        ],
      },
    ]);
    const other = creditsForYear({ year: 2025, advisories, records, roster: ROSTER });
    expect(other.people.map((p) => [p.name, p.reports.map((r) => r.ghsa)])).toEqual([['Grace Hopper', [D]]]);
  });

  it('takes names from the roster, then the record, then the GitHub profile, then the login', () => {
    const advisories = [
      advisory(A, {
        cve_id: 'CVE-2026-41001',
        credits_detailed: [
          ghCredit('grace', 'coordinator', 'accepted', 'Rear Admiral Hopper'),
          ghCredit('kim', 'remediation_developer', 'accepted', 'Kim From GitHub'),
          ghCredit('lee', 'remediation_developer', 'accepted', 'Lee From GitHub'),
          ghCredit('nobody-named', 'remediation_reviewer'),
        ],
      }),
    ];
    const records = [
      record('CVE-2026-41001', '2026-06-01T00:00:00Z', [
        { lang: 'en', type: 'remediation developer', value: 'Kim Record (https://github.com/kim)' },
      ]),
    ];
    const names = creditsForYear({ year: 2026, advisories, records, roster: ROSTER }).people.map((p) => p.name);
    expect(names).toEqual(['Grace Hopper', 'Kim Record', 'Lee From GitHub', 'nobody-named']);
  });

  it('is empty for a year without credits', () => {
    const report = creditsForYear({ year: 2030, advisories: [advisory(A)], records: [], roster: ROSTER });
    expect(report).toEqual({ year: 2030, people: [], reports: 0 });
    expect(renderCreditsMarkdown(report)).toBe(
      '# PSRT credits for 2030\n\nNobody was credited as coordinator, remediation developer or reviewer on a report that ended in 2030.\n',
    );
    expect(renderCreditsCsv(report)).toBe('name,login,role,ghsa,cve,repo,date\r\n');
  });

  it('reads "Name (https://github.com/login)" credit values', () => {
    expect(parseCreditValue('Ada Lovelace (https://github.com/ada)')).toEqual({ name: 'Ada Lovelace', login: 'ada' });
    expect(parseCreditValue('Ada (https://example.org/ada)')).toEqual({ name: 'Ada' });
    expect(parseCreditValue('  Plain Name ')).toEqual({ name: 'Plain Name' });
  });
});

describe('rendering', () => {
  const report = creditsForYear({
    year: 2026,
    advisories: [
      advisory(A, {
        cve_id: 'CVE-2026-41001',
        credits_detailed: [ghCredit('ada', 'coordinator'), ghCredit('ada', 'remediation_reviewer')],
      }),
      advisory(B, {
        credits_detailed: [
          ghCredit('ada', 'remediation_developer'),
          ghCredit('odd', 'coordinator', 'accepted', 'O"Brien, *Jr*'),
        ],
      }),
    ],
    records: [],
    roster: ROSTER,
  });

  it('writes a thank-you list: one line per person, reports by id grouped by role, names escaped', () => {
    expect(renderCreditsMarkdown(report)).toBe(
      [
        '# PSRT credits for 2026',
        '',
        'Thank you to the 2 people who coordinated, fixed or reviewed the fixes of 2 vulnerability reports in 2026:',
        '',
        `- **Ada Lovelace** (\`ada\`): coordinated CVE-2026-41001 (${A}); fixed ${B}; reviewed the fix of CVE-2026-41001 (${A})`,
        `- **O"Brien, \\*Jr\\*** (\`odd\`): coordinated ${B}`,
        '',
      ].join('\n'),
    );
  });

  it('writes RFC 4180 CSV: a header, one row per person, report and role, quotes where needed, CRLF', () => {
    expect(renderCreditsCsv(report)).toBe(
      [
        'name,login,role,ghsa,cve,repo,date',
        `Ada Lovelace,ada,coordinator,${A},CVE-2026-41001,python/cpython,2026-05-01`,
        `Ada Lovelace,ada,remediation reviewer,${A},CVE-2026-41001,python/cpython,2026-05-01`,
        `Ada Lovelace,ada,remediation developer,${B},,python/cpython,2026-05-01`,
        `"O""Brien, *Jr*",odd,coordinator,${B},,python/cpython,2026-05-01`,
        '',
      ].join('\r\n'),
    );
  });
});
