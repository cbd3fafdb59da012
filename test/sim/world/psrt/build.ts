// The PSRT world: what GitHub holds for the PSRT, built from a roster (members.yaml), a policy
// (policy.yaml) and a cast (which people play the parts the fixed data below names). The tests build
// it from the fictional files in test/fixtures/config with FIXTURE_CAST; the demo builds it at run time
// from the live top-level files with DEMO_CAST (see index.ts beside this file).
//
// The world is deliberately out of sync with the roster: the team misses several roster members, holds
// one person who is not on the roster, one roster member has a pending invitation and one a failed
// (expired) one, and some open advisories lack the team. Each section is a function: add to the one you
// need (e.g. an open nomination PR in lifecycle.ts, a report in `cpythonAdvisories`).
//
// Whatever the roster holds, the world stays valid: people the fixed data names who are not on the
// roster are still GitHub users (with the cast's names), and parts that need a roster member (the team's
// gaps, the invitations) only apply to those on it.
import { parse as parseYaml } from 'yaml';
import { fnv1a } from '../../github/ids.js';
import { validateWorld } from '../index.js';
import type {
  World,
  WorldAdvisory,
  WorldIssue,
  WorldOrg,
  WorldPull,
  WorldRepo,
  WorldTeam,
  WorldToken,
  WorldUser,
} from '../types.js';
import type { Cast, Part, Person } from './cast.js';
import { addLifecycle } from './lifecycle.js';
import type { Setting } from './setting.js';
import { settingFromPolicy } from './setting.js';

export interface PsrtWorldInput {
  /** members.yaml as text. */
  members: string;
  /** policy.yaml as text. */
  policy: string;
  cast: Cast;
}

interface RosterEntry {
  name: string;
  login?: string;
  id?: number;
  email?: string;
  roles?: string[];
}
interface Roster {
  members: RosterEntry[];
  emeritus?: RosterEntry[];
}

export const NOW = '2026-11-26T12:00:00Z';

type Era = 'early' | 'mid' | 'late';

/** A plausible GitHub id: stable per login, older-looking for people who have been around longer. */
function plausibleId(login: string, era: Era): number {
  const [base, span] =
    era === 'early' ? [1_000, 900_000] : era === 'mid' ? [1_000_000, 40_000_000] : [60_000_000, 150_000_000];
  return base + (fnv1a(login.toLowerCase()) % span);
}

/** The scene the sections share: the cast's logins and names by part, the policy's names, the roster. */
interface Scene {
  p: (part: Part) => string;
  name: (part: Part) => string;
  s: Setting;
  roster: Roster;
  /** Logins of active members, as the roster spells them. */
  active: string[];
}

// --- people ------------------------------------------------------------------------------------------
/** Outside reporters and experts (fictional accounts in every world). */
const REPORTERS: WorldUser[] = [
  { login: 'nadia-fuzzes', name: 'Nadia Okafor', company: 'Independent researcher' },
  { login: 'kp-seclab', name: 'Kenji Park', company: 'SecLab' },
  { login: 'lmarchetti', name: 'Luca Marchetti' },
  { login: 'ossf-sectool', name: 'OSS Security Tool', bio: 'Automated scanner account' },
  { login: 'hanna-sec', name: 'Hanna Berg', previous_logins: ['hberg-old'] },
  { login: 'gone-reporter', name: 'Former Reporter', deleted: true },
  // The report desk's outsiders: an expert with a grant about to expire, a collaborator added by hand.
  { login: 'mara-crypto', name: 'Mara Lindqvist', company: 'Cryptography consultant' },
  { login: 'fuzz-tobi', name: 'Tobias Reuter' },
];

const CREATED: Record<Era, string> = {
  early: '2009-04-01T10:00:00Z',
  mid: '2013-02-20T14:00:00Z',
  late: '2019-06-12T09:30:00Z',
};

function users(scene: Scene, cast: Cast): WorldUser[] {
  const byLogin = new Map<string, Person>(Object.values(cast).map((person) => [person.login.toLowerCase(), person]));
  const eraOf = (login: string): Era => byLogin.get(login.toLowerCase())?.era ?? 'mid';
  const seen = new Set<string>();
  const out: WorldUser[] = [];
  for (const m of [...scene.roster.members, ...(scene.roster.emeritus ?? [])]) {
    if (!m.login || seen.has(m.login.toLowerCase())) continue;
    seen.add(m.login.toLowerCase());
    out.push({
      login: m.login,
      id: m.id ?? plausibleId(m.login, eraOf(m.login)),
      name: m.name,
      email: m.email ?? null,
      created_at: CREATED[eraOf(m.login)],
    });
  }
  // Everyone else the fixed data names: not (or no longer) on the roster, still on GitHub.
  for (const person of Object.values(cast)) {
    if (seen.has(person.login.toLowerCase())) continue;
    seen.add(person.login.toLowerCase());
    const era = person.era ?? 'late';
    out.push({
      login: person.login,
      id: plausibleId(person.login, era),
      name: person.name,
      created_at: era === 'early' ? '2010-03-01T10:00:00Z' : '2020-05-05T08:00:00Z',
    });
  }
  for (const u of REPORTERS)
    if (!seen.has(u.login.toLowerCase()))
      out.push({ ...u, id: plausibleId(u.login, 'late'), created_at: '2020-05-05T08:00:00Z' });
  return out;
}

// --- orgs and teams ------------------------------------------------------------------------------------
/** Roster members who are invited to the org rather than members of it. */
const PENDING_INVITE: Part = 'OttoFromOslo';
const FAILED_INVITE: Part = 'nebula7';
/** On the roster and in the org, but not (yet) on the team. */
const MISSING_FROM_TEAM: Part[] = ['mirarune', 'marisolq', 'larkspur', 'pmcardle'];
/** On the team by hand, not on the roster. */
const HAND_ADDED: Part = 'vstrand';
const STEERING_COUNCIL: Part[] = ['paloma-qr', 'gpmoss', 'sunhee-oh', 'emberlind', 'bcanto'];
/** Org owners (admins of every repo). */
const OWNERS: Part[] = ['ivyhale', 'wrenfield'];
/** Steering Council members outside the PSRT, and a former member: in the org, not on the team. */
const ORG_ONLY: Part[] = ['sunhee-oh', 'emberlind', 'bcanto', 'vstrand', 'clemhaus'];

function orgs({ p, s, active }: Scene): WorldOrg[] {
  const owners = OWNERS.map(p);
  const invited = new Set([p(PENDING_INVITE), p(FAILED_INVITE)]);
  // The Steering Council's team needs its members in the org, on the roster or not.
  const members = [
    ...new Set([
      ...active.filter((l) => !invited.has(l)),
      ...STEERING_COUNCIL.map(p).filter((l) => !invited.has(l)),
      ...ORG_ONLY.map(p),
    ]),
  ];
  const invitations: NonNullable<WorldOrg['invitations']> = [
    {
      login: p(PENDING_INVITE),
      role: 'direct_member',
      teams: [s.team],
      inviter: p('wrenfield'),
      created_at: '2026-11-20T09:14:00Z',
      state: 'pending',
    },
    {
      login: p(FAILED_INVITE),
      role: 'direct_member',
      teams: [s.team],
      inviter: p('wrenfield'),
      created_at: '2026-09-30T16:02:00Z',
      state: 'expired',
    },
    {
      email: 'new-contributor@example.org',
      role: 'direct_member',
      inviter: p('ivyhale'),
      created_at: '2026-11-24T11:00:00Z',
      state: 'pending',
    },
  ];
  return [
    {
      login: s.org,
      id: 1525981,
      name: 'Python',
      description: 'Repositories related to the Python Programming language',
      blog: 'https://www.python.org/',
      created_at: '2012-02-18T18:20:19Z',
      owners,
      members: members.filter((l) => !owners.includes(l)),
      team_member_roles: false,
      invitations,
    },
    {
      login: 'pypa',
      id: 2964877,
      name: 'Python Packaging Authority',
      description: 'The Python Packaging Authority',
      blog: 'https://www.pypa.io/',
      created_at: '2012-10-26T19:18:31Z',
      owners: [p('dwheeler'), p('anaghap')],
      members: [p('ox'), p('notquitefern'), p('pmoorland'), p('sbeaulieu'), p('ivyhale')],
    },
  ];
}

function teams({ p, s, roster, active }: Scene): WorldTeam[] {
  const withRole = (role: string) =>
    roster.members.filter((m) => m.roles?.includes(role) && m.login).map((m) => m.login!);
  const notOnTeam = new Set([p(PENDING_INVITE), p(FAILED_INVITE), ...MISSING_FROM_TEAM.map(p)]);
  const maintainers = withRole('admin').filter((l) => !notOnTeam.has(l));
  const members = [
    ...active.filter((l) => !notOnTeam.has(l) && !maintainers.includes(l) && l !== p(HAND_ADDED)),
    p(HAND_ADDED),
  ];
  return [
    {
      org: s.org,
      slug: s.team,
      name: 'PSRT',
      description: 'Python Security Response Team',
      privacy: 'closed',
      maintainers,
      members,
      created_at: '2023-05-02T12:00:00Z',
    },
    {
      org: s.org,
      slug: s.scTeam,
      name: 'Steering Council',
      privacy: 'closed',
      members: STEERING_COUNCIL.map(p),
      created_at: '2019-02-04T12:00:00Z',
    },
    {
      org: s.org,
      slug: s.rmTeam,
      name: 'Release Managers',
      privacy: 'closed',
      // An invited release manager cannot be on a team before joining the org.
      members: withRole('release-manager').filter((l) => l !== p(PENDING_INVITE) && l !== p(FAILED_INVITE)),
      created_at: '2017-03-01T12:00:00Z',
    },
    {
      org: 'pypa',
      slug: 'pip-committers',
      name: 'pip committers',
      privacy: 'closed',
      members: [p('anaghap'), p('pmoorland'), p('sbeaulieu'), p('notquitefern'), p('dwheeler')],
      created_at: '2016-01-10T12:00:00Z',
    },
  ];
}

// --- advisories ------------------------------------------------------------------------------------------
type AdvisorySpec = WorldAdvisory;

const cpythonVuln = (range: string, patched: string, fns: string[] = []): WorldAdvisory['vulnerabilities'] => [
  {
    package: { ecosystem: 'other', name: 'CPython' },
    vulnerable_version_range: range,
    patched_versions: patched,
    vulnerable_functions: fns,
  },
];
const pipVuln = (range: string, patched: string): WorldAdvisory['vulnerabilities'] => [
  {
    package: { ecosystem: 'pip', name: 'pip' },
    vulnerable_version_range: range,
    patched_versions: patched,
    vulnerable_functions: [],
  },
];

function cpythonAdvisories(scene: Scene): AdvisorySpec[] {
  const { p, s } = scene;
  const team = [s.team];
  return [
    {
      ghsa_id: 'GHSA-2c9f-x4mp-7qrw',
      cve_id: 'CVE-2025-4516',
      summary: 'Use-after-free in bytes.decode("unicode_escape") on error paths',
      description: 'A use-after-free in the unicode_escape decoder when an error handler is used.',
      cvss_vector_string: 'CVSS:3.1/AV:L/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:H',
      state: 'published',
      author: p('taras-hlyb'),
      publisher: p('wrenfield'),
      created_at: '2025-05-08T10:12:00Z',
      published_at: '2025-05-15T16:00:00Z',
      updated_at: '2025-05-15T16:00:00Z',
      credits: [
        { login: p('wrenfield'), type: 'coordinator' },
        { login: p('taras-hlyb'), type: 'remediation_developer' },
      ],
      collaborating_teams: team,
      vulnerabilities: cpythonVuln('< 3.13.4', '3.13.4', ['codecs.unicode_escape_decode']),
      cwe_ids: ['CWE-416'],
    },
    {
      ghsa_id: 'GHSA-6hm8-9x3w-qq5j',
      cve_id: 'CVE-2025-4517',
      summary: 'tarfile extraction filters can be bypassed with crafted symlinks',
      description:
        'The data and tar extraction filters could be bypassed, allowing files to be written outside the destination.',
      cvss_vector_string: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:N/I:H/A:N',
      // The CNA desk publishes CVSS 4.0 in CVE records: one advisory carries both versions.
      cvss_v4_vector_string: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:N/VI:H/VA:N/SC:N/SI:N/SA:N',
      state: 'published',
      author: 'nadia-fuzzes',
      publisher: p('wrenfield'),
      created_at: '2025-03-02T08:40:00Z',
      published_at: '2025-06-03T15:00:00Z',
      updated_at: '2025-06-03T15:00:00Z',
      submission: { accepted: true },
      credits: [
        { login: 'nadia-fuzzes', type: 'finder' },
        { login: p('wrenfield'), type: 'coordinator' },
        { login: p('taras-hlyb'), type: 'remediation_developer' },
        { login: p('gpmoss'), type: 'remediation_reviewer' },
      ],
      collaborating_teams: team,
      collaborating_users: ['nadia-fuzzes'],
      vulnerabilities: cpythonVuln('< 3.13.4', '3.13.4', ['tarfile.TarFile.extractall']),
      cwe_ids: ['CWE-22'],
    },
    {
      ghsa_id: 'GHSA-8v4q-3m2c-hw7f',
      cve_id: 'CVE-2025-6069',
      summary: 'Quadratic complexity in HTMLParser when processing malformed input',
      description: 'Worst case quadratic complexity when processing certain crafted malformed inputs.',
      severity: 'medium',
      state: 'published',
      author: 'kp-seclab',
      publisher: p('vhorvat'),
      created_at: '2025-05-20T12:00:00Z',
      published_at: '2025-06-17T13:30:00Z',
      updated_at: '2025-06-17T13:30:00Z',
      submission: { accepted: true },
      credits: [
        { login: 'kp-seclab', type: 'reporter' },
        { login: p('vhorvat'), type: 'coordinator' },
        { login: p('taras-hlyb'), type: 'remediation_developer' },
      ],
      collaborating_teams: team,
      vulnerabilities: cpythonVuln('< 3.13.6', '3.13.6', ['html.parser.HTMLParser']),
      cwe_ids: ['CWE-1333'],
    },
    {
      ghsa_id: 'GHSA-fq7m-r5x2-p3vc',
      cve_id: 'CVE-2025-8194',
      summary: 'tarfile infinite loop with negative member offsets',
      description: 'A tar archive with a negative offset for a member makes tarfile loop forever.',
      cvss_vector_string: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:N/I:N/A:H',
      state: 'published',
      author: p('wrenfield'),
      publisher: p('wrenfield'),
      created_at: '2025-07-22T09:00:00Z',
      published_at: '2025-07-28T17:00:00Z',
      updated_at: '2025-07-28T17:00:00Z',
      credits: [
        { login: p('wrenfield'), type: 'coordinator' },
        { login: p('wrenfield'), type: 'remediation_developer' },
      ],
      collaborating_teams: team,
      vulnerabilities: cpythonVuln('< 3.13.7', '3.13.7'),
      cwe_ids: ['CWE-835'],
    },
    {
      ghsa_id: 'GHSA-j4w9-6p2x-c8mr',
      cve_id: 'CVE-2026-0865',
      summary: 'Header injection in http.cookies via control characters in values',
      description: 'Control characters in cookie values allowed injecting headers.',
      severity: 'medium',
      state: 'published',
      author: 'lmarchetti',
      publisher: p('nell-ostrander'),
      created_at: '2025-12-01T10:00:00Z',
      published_at: '2026-01-20T14:00:00Z',
      updated_at: '2026-01-21T08:00:00Z',
      submission: { accepted: true },
      credits: [
        { login: 'lmarchetti', type: 'finder' },
        { login: p('nell-ostrander'), type: 'coordinator' },
        { login: p('quillon'), type: 'remediation_developer' },
      ],
      collaborating_teams: team,
      collaborating_users: ['lmarchetti'],
      vulnerabilities: cpythonVuln('< 3.14.3', '3.14.3', ['http.cookies.SimpleCookie']),
      cwe_ids: ['CWE-93'],
      comments: [
        {
          user: 'lmarchetti',
          body: 'Thanks for the quick turnaround on this one.',
          created_at: '2026-01-20T15:10:00Z',
        },
        { user: p('nell-ostrander'), body: 'Released in 3.14.3 and 3.13.12.', created_at: '2026-01-20T16:00:00Z' },
      ],
    },
    {
      ghsa_id: 'GHSA-m3r7-vx9c-wq2h',
      cve_id: 'CVE-2026-3112',
      summary: 'Excessive memory use in zipfile when reading crafted archives',
      description: 'A crafted ZIP file with overlapping entries leads to excessive memory use.',
      cvss_vector_string: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:N/I:N/A:L',
      state: 'published',
      author: 'ossf-sectool',
      publisher: p('gpmoss'),
      created_at: '2026-03-10T09:00:00Z',
      published_at: '2026-05-05T12:00:00Z',
      updated_at: '2026-05-05T12:00:00Z',
      submission: { accepted: true },
      credits: [
        { login: 'ossf-sectool', type: 'tool' },
        { login: p('gpmoss'), type: 'coordinator' },
      ],
      collaborating_teams: team,
      vulnerabilities: cpythonVuln('< 3.14.5', '3.14.5', ['zipfile.ZipFile']),
      cwe_ids: ['CWE-400'],
    },
    {
      ghsa_id: 'GHSA-p7c2-4hq8-x9vm',
      summary: 'email.message header folding mishandles encoded words',
      description: 'Folding encoded words could drop characters.',
      state: 'closed',
      author: 'hanna-sec',
      created_at: '2025-09-14T11:00:00Z',
      closed_at: '2025-09-20T09:00:00Z',
      updated_at: '2025-09-20T09:00:00Z',
      submission: { accepted: false },
      credits: [
        { login: 'hanna-sec', type: 'reporter' },
        { login: p('hollis'), type: 'coordinator' },
      ],
      collaborating_teams: team,
      vulnerabilities: cpythonVuln('< 3.14.0', ''),
      comments: [
        {
          user: p('hollis'),
          body: 'Not a vulnerability: the behaviour is documented. Closing; please open a public issue.',
          created_at: '2025-09-20T09:00:00Z',
        },
      ],
    },
    {
      ghsa_id: 'GHSA-q9x4-2cfm-7rwh',
      summary: 'Duplicate: tarfile filter bypass (see GHSA-6hm8-9x3w-qq5j)',
      description: 'Same root cause as the tarfile filter bypass.',
      state: 'closed',
      author: 'kp-seclab',
      created_at: '2025-03-10T07:00:00Z',
      closed_at: '2025-03-11T10:00:00Z',
      updated_at: '2025-03-11T10:00:00Z',
      submission: { accepted: false },
      credits: [
        { login: 'kp-seclab', type: 'reporter' },
        { login: p('wrenfield'), type: 'coordinator' },
      ],
      collaborating_teams: team,
      vulnerabilities: cpythonVuln('', ''),
    },
    {
      ghsa_id: 'GHSA-r2v8-hc5x-m4qf',
      summary: '[ACCEPTED] Integer overflow in array.array slice assignment',
      // Markdown, as coordinators write it: the CVE record carries it as text and as HTML.
      description: [
        'Integer overflow when assigning large slices: with a huge step, the length computed by `array_ass_subscr()` wraps around and `array.array.__setitem__` writes past the end of the buffer.',
        'Code that assigns slices with bounds taken from **untrusted input** can crash the interpreter or corrupt memory.',
      ].join('\n\n'),
      cvss_vector_string: 'CVSS:3.1/AV:L/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:H',
      state: 'draft',
      author: 'nadia-fuzzes',
      created_at: '2026-09-02T10:00:00Z',
      updated_at: '2026-11-18T10:00:00Z',
      submission: { accepted: true },
      credits: [
        { login: 'nadia-fuzzes', type: 'finder' },
        { login: p('vhorvat'), type: 'coordinator' },
        { login: p('quillon'), type: 'remediation_developer', state: 'pending' },
      ],
      collaborating_teams: team,
      collaborating_users: ['nadia-fuzzes'],
      vulnerabilities: cpythonVuln('< 3.14.2', '', ['array.array.__setitem__']),
      cwe_ids: ['CWE-190'],
      private_fork: {
        created_at: '2026-09-05T12:00:00Z',
        branches: {
          'fix-array-overflow': {
            files: { 'Modules/arraymodule.c': '/* fixed: check for overflow */\n' },
            date: '2026-09-10T12:00:00Z',
            author: p('quillon'),
          },
        },
        pulls: [
          {
            title: 'gh-xxxx: Check for overflow in array slice assignment',
            user: p('quillon'),
            head: 'fix-array-overflow',
            created_at: '2026-09-10T12:30:00Z',
            reviews: [
              {
                user: p('vhorvat'),
                state: 'CHANGES_REQUESTED',
                body: 'Please add a test.',
                submitted_at: '2026-09-12T09:00:00Z',
              },
              {
                user: p('taras-hlyb'),
                state: 'APPROVED',
                body: 'LGTM once tests are added.',
                submitted_at: '2026-09-15T10:00:00Z',
              },
            ],
            review_comments: [
              {
                user: p('vhorvat'),
                body: 'Use Py_ssize_t here.',
                path: 'Modules/arraymodule.c',
                line: 1,
                created_at: '2026-09-12T09:00:00Z',
              },
            ],
          },
        ],
      },
    },
    {
      ghsa_id: 'GHSA-v6w3-9mqx-f2c4',
      summary: '[ACCEPTED] Path traversal in zipfile.Path with crafted names',
      description: 'zipfile.Path resolves ".." components in member names.',
      severity: 'high',
      state: 'draft',
      author: 'lmarchetti',
      created_at: '2026-08-11T13:00:00Z',
      updated_at: '2026-10-30T08:00:00Z',
      submission: { accepted: true },
      credits: [
        { login: 'lmarchetti', type: 'reporter' },
        { login: p('gpmoss'), type: 'coordinator' },
      ],
      collaborating_teams: team,
      collaborating_users: ['lmarchetti'],
      vulnerabilities: cpythonVuln('< 3.14.2', ''),
      cwe_ids: ['CWE-22'],
      private_fork: { created_at: '2026-08-20T09:00:00Z' },
    },
    {
      // Open, but the team was never added: a reconcile run should add it.
      ghsa_id: 'GHSA-w8h2-c4xq-5mr9',
      summary: '[ACCEPTED] Denial of service in ipaddress with huge prefix strings',
      description: 'Parsing very long prefix strings takes excessive time.',
      state: 'draft',
      author: p('wrenfield'),
      created_at: '2026-10-05T15:00:00Z',
      updated_at: '2026-11-02T15:00:00Z',
      credits: [{ login: p('wrenfield'), type: 'coordinator' }],
      collaborating_users: [p('grebe')],
      vulnerabilities: cpythonVuln('< 3.14.2', ''),
      cwe_ids: ['CWE-400'],
    },
    {
      ghsa_id: 'GHSA-x3q9-m7vh-2wcp',
      summary: 'Possible memory disclosure in ssl when handshakes fail',
      description: 'A failed handshake may leave data in a reused buffer.',
      state: 'triage',
      author: 'kp-seclab',
      created_at: '2026-11-21T08:00:00Z',
      updated_at: '2026-11-21T08:00:00Z',
      submission: { accepted: false },
      collaborating_teams: team,
      vulnerabilities: cpythonVuln('', ''),
    },
    {
      // A fresh report nobody has looked at yet, without the team.
      ghsa_id: 'GHSA-c5p8-j2wq-h9mx',
      summary: 'Regular expression DoS in email.utils.parseaddr',
      description: 'Crafted addresses make parseaddr take exponential time.',
      state: 'triage',
      author: 'ossf-sectool',
      created_at: '2026-11-25T22:10:00Z',
      updated_at: '2026-11-25T22:10:00Z',
      submission: { accepted: false },
      vulnerabilities: cpythonVuln('', ''),
      cwe_ids: ['CWE-1333'],
    },
    {
      // An old report still waiting: past the 90-day clock.
      ghsa_id: 'GHSA-h7m2-q9vw-3rcx',
      summary: 'Crash in the sqlite3 module with recursive callbacks',
      description: 'A recursive progress handler crashes the interpreter.',
      state: 'triage',
      author: 'hanna-sec',
      created_at: '2026-07-30T10:00:00Z',
      updated_at: '2026-08-02T10:00:00Z',
      submission: { accepted: false },
      credits: [
        { login: 'hanna-sec', type: 'reporter' },
        { login: p('mirarune'), type: 'coordinator' },
      ],
      collaborating_teams: team,
      vulnerabilities: cpythonVuln('', ''),
      comments: [
        { user: p('mirarune'), body: 'Reproduced on main; looking for a fix.', created_at: '2026-08-02T10:00:00Z' },
      ],
    },
    ...deskAdvisories(scene),
  ];
}

/**
 * Reports for the report desk (psrt sweep): one per title tag, a report near day 76 of its clock with a
 * collaborator added by hand, an expert whose grant is about to expire, and an actively exploited report
 * (its report file says so). Their coordinators are members who coordinate other open reports already.
 */
function deskAdvisories({ p, s }: Scene): AdvisorySpec[] {
  const team = [s.team];
  return [
    {
      // Accepted from triage by its title tag: moves to draft, gets its fork and a CVE id.
      ghsa_id: 'GHSA-3m7q-wx2c-9vhp',
      summary: '[ACCEPTED] Buffer over-read in binascii.a2b_qp with a trailing soft line break',
      description: 'A quoted-printable input ending in "=" reads one byte past the buffer.',
      state: 'triage',
      author: 'kp-seclab',
      created_at: '2026-11-19T09:00:00Z',
      updated_at: '2026-11-25T16:20:00Z',
      submission: { accepted: false },
      credits: [{ login: 'kp-seclab', type: 'reporter' }],
      collaborating_teams: team,
      vulnerabilities: cpythonVuln('< 3.14.2', ''),
    },
    {
      ghsa_id: 'GHSA-5q2w-cm8x-h3vf',
      summary: '[CLOSED] Crash when printing a deeply recursive dict',
      description: 'Printing a dict that contains itself thousands of levels deep overflows the C stack.',
      state: 'triage',
      author: 'lmarchetti',
      created_at: '2026-11-10T10:00:00Z',
      updated_at: '2026-11-24T09:30:00Z',
      submission: { accepted: false },
      credits: [{ login: 'lmarchetti', type: 'reporter' }],
      collaborating_teams: team,
      vulnerabilities: cpythonVuln('', ''),
    },
    {
      ghsa_id: 'GHSA-7v9c-2hqm-wx4r',
      summary: 'Slow matching in fnmatch with many stars [INVALID]',
      description: 'A pattern of many "*" takes long to match.',
      state: 'triage',
      author: 'ossf-sectool',
      created_at: '2026-11-08T07:00:00Z',
      updated_at: '2026-11-25T11:00:00Z',
      submission: { accepted: false },
      credits: [{ login: 'ossf-sectool', type: 'tool' }],
      collaborating_teams: team,
      vulnerabilities: cpythonVuln('', ''),
    },
    {
      // Tags are case-insensitive.
      ghsa_id: 'GHSA-9h4x-q2mv-c7wf',
      summary: '[duplicate] tarfile filter bypass through hard links',
      description: 'Same root cause as the tarfile filter bypass reported earlier.',
      state: 'triage',
      author: 'nadia-fuzzes',
      created_at: '2026-11-22T13:00:00Z',
      updated_at: '2026-11-25T13:00:00Z',
      submission: { accepted: false },
      credits: [
        { login: 'nadia-fuzzes', type: 'reporter' },
        { login: p('wrenfield'), type: 'coordinator' },
      ],
      collaborating_teams: team,
      vulnerabilities: cpythonVuln('', ''),
    },
    {
      ghsa_id: 'GHSA-c2r8-vq5m-3xhw',
      cve_id: 'CVE-2026-12001',
      summary: 'Heap corruption in _pickle with a crafted memo [COMPLETED]',
      description: 'A crafted memo index corrupts the heap while unpickling.',
      severity: 'high',
      state: 'draft',
      author: 'hanna-sec',
      created_at: '2026-08-20T08:00:00Z',
      updated_at: '2026-11-25T18:00:00Z',
      submission: { accepted: true },
      credits: [
        { login: 'hanna-sec', type: 'reporter' },
        { login: p('wrenfield'), type: 'coordinator' },
      ],
      collaborating_teams: team,
      vulnerabilities: cpythonVuln('< 3.14.1', '3.14.1', ['_pickle.Unpickler.load']),
      cwe_ids: ['CWE-787'],
      private_fork: { created_at: '2026-08-25T09:00:00Z' },
    },
    {
      // Day 74 of its clock: the first reminder falls on day 76. A collaborator added by hand in GitHub's
      // UI (no grant, not a member, not the reporter) is adopted by the desk.
      ghsa_id: 'GHSA-f3w9-7cxq-m2hv',
      cve_id: 'CVE-2026-12002',
      summary: 'Integer overflow in struct.pack_into with a huge offset',
      description: 'A large negative offset wraps around.',
      severity: 'medium',
      state: 'draft',
      author: 'nadia-fuzzes',
      created_at: '2026-09-12T18:00:00Z',
      updated_at: '2026-11-20T10:00:00Z',
      submission: { accepted: true },
      credits: [
        { login: 'nadia-fuzzes', type: 'finder' },
        { login: p('vhorvat'), type: 'coordinator' },
      ],
      collaborating_teams: team,
      collaborating_users: ['nadia-fuzzes', 'fuzz-tobi'],
      vulnerabilities: cpythonVuln('< 3.14.2', '', ['struct.pack_into']),
      cwe_ids: ['CWE-190'],
      private_fork: { created_at: '2026-09-20T09:00:00Z' },
    },
    {
      // An outside expert with a grant in the report file that ends two days from now.
      ghsa_id: 'GHSA-h9c3-x7qm-4wvp',
      cve_id: 'CVE-2026-12003',
      summary: 'Weak randomness in the secrets module on one platform',
      description: 'On one platform the fallback source is not cryptographically secure.',
      severity: 'high',
      state: 'draft',
      author: 'kp-seclab',
      created_at: '2026-10-20T08:00:00Z',
      updated_at: '2026-11-21T08:00:00Z',
      submission: { accepted: true },
      credits: [
        { login: 'kp-seclab', type: 'reporter' },
        { login: p('gpmoss'), type: 'coordinator' },
      ],
      collaborating_teams: team,
      collaborating_users: ['kp-seclab', 'mara-crypto'],
      vulnerabilities: cpythonVuln('< 3.14.2', '', ['secrets.token_bytes']),
      cwe_ids: ['CWE-338'],
      private_fork: { created_at: '2026-10-25T08:00:00Z' },
    },
    {
      // Actively exploited (the report file records when the PSRT became aware): the CRA clocks run.
      ghsa_id: 'GHSA-m4x2-9cqv-h7wr',
      cve_id: 'CVE-2026-12004',
      summary: 'Code execution through a crafted zipimport archive',
      description: 'A crafted archive on sys.path runs code at import time.',
      severity: 'critical',
      state: 'draft',
      author: 'hanna-sec',
      created_at: '2026-11-24T16:00:00Z',
      updated_at: '2026-11-25T21:00:00Z',
      submission: { accepted: true },
      credits: [
        { login: 'hanna-sec', type: 'reporter' },
        { login: p('gpmoss'), type: 'coordinator' },
      ],
      collaborating_teams: team,
      vulnerabilities: cpythonVuln('< 3.14.2', '', ['zipimport.zipimporter']),
      cwe_ids: ['CWE-94'],
      private_fork: { created_at: '2026-11-25T09:00:00Z' },
    },
  ];
}

/**
 * The ops repo's report files (reports/GHSA-….yaml) for the desk's reports above, and for the accepted
 * array.array report (GHSA-r2v8-hc5x-m4qf) what its CVE record needs besides the advisory: the issue, the
 * fix's pull request and commits, and the reviewer of the fix, who has no GitHub account.
 */
export function deskReportFiles(): Record<string, string> {
  return {
    'reports/GHSA-r2v8-hc5x-m4qf.yaml': [
      "# The PSRT's data about GHSA-r2v8-hc5x-m4qf (python/cpython).",
      'repo: python/cpython',
      'ghsa: GHSA-r2v8-hc5x-m4qf',
      'record:',
      '  references:',
      '    - url: https://github.com/python/cpython/issues/141233',
      '      tags: [issue-tracking]',
      '    - url: https://github.com/python/cpython/pull/141234',
      '      tags: [patch]',
      '    - url: https://github.com/python/cpython/commit/6f1c2e9a8b7d4c3e2f1a0b9c8d7e6f5a4b3c2d1e',
      '      tags: [patch]',
      '    - url: https://github.com/python/cpython/commit/a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6',
      '      tags: [patch]',
      '  credits:',
      '    - name: Inês Duarte',
      '      type: remediation reviewer',
      '',
    ].join('\n'),
    'reports/GHSA-h9c3-x7qm-4wvp.yaml': [
      "# The PSRT's data about GHSA-h9c3-x7qm-4wvp (python/cpython).",
      'repo: python/cpython',
      'ghsa: GHSA-h9c3-x7qm-4wvp',
      'access:',
      '  - login: mara-crypto',
      '    reason: Reviews the fix to the random source',
      '    until: 2026-11-28',
      '',
    ].join('\n'),
    'reports/GHSA-m4x2-9cqv-h7wr.yaml': [
      "# The PSRT's data about GHSA-m4x2-9cqv-h7wr (python/cpython).",
      'repo: python/cpython',
      'ghsa: GHSA-m4x2-9cqv-h7wr',
      'exploited:',
      '  aware_at: 2026-11-25T20:00:00Z',
      '  source: A distributor saw crafted archives in the wild',
      '',
    ].join('\n'),
  };
}

function pipAdvisories({ p }: Scene): AdvisorySpec[] {
  return [
    {
      ghsa_id: 'GHSA-4xh5-x5gv-qwph',
      cve_id: 'CVE-2025-8869',
      summary: 'pip does not validate symbolic links in source distributions',
      description: 'When extracting a tar source distribution, pip may write files outside the build directory.',
      cvss_vector_string: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:N/I:H/A:N',
      state: 'published',
      author: p('wrenfield'),
      publisher: p('anaghap'),
      created_at: '2025-08-01T10:00:00Z',
      published_at: '2025-09-24T12:00:00Z',
      updated_at: '2025-09-24T12:00:00Z',
      credits: [
        { login: p('wrenfield'), type: 'coordinator' },
        { login: p('wrenfield'), type: 'remediation_developer' },
      ],
      collaborating_users: [p('wrenfield'), p('ivyhale')],
      vulnerabilities: pipVuln('< 25.3', '25.3'),
      cwe_ids: ['CWE-22'],
    },
    {
      ghsa_id: 'GHSA-9pqr-7w3h-cm2x',
      summary: 'Credentials from keyring leak into error messages',
      description: 'An index URL with credentials appears in a log line.',
      state: 'closed',
      author: 'nadia-fuzzes',
      created_at: '2025-11-02T09:00:00Z',
      closed_at: '2025-11-10T09:00:00Z',
      updated_at: '2025-11-10T09:00:00Z',
      submission: { accepted: false },
      credits: [{ login: 'nadia-fuzzes', type: 'reporter' }],
      collaborating_users: [p('anaghap')],
      vulnerabilities: pipVuln('', ''),
    },
    {
      ghsa_id: 'GHSA-f4c8-q3mw-v7h2',
      summary: '[ACCEPTED] Wheel RECORD hashes not verified for some paths',
      description: 'Files listed with unusual paths in RECORD skip hash checks.',
      severity: 'medium',
      state: 'draft',
      author: 'kp-seclab',
      created_at: '2026-09-18T11:00:00Z',
      updated_at: '2026-11-12T11:00:00Z',
      submission: { accepted: true },
      credits: [
        { login: 'kp-seclab', type: 'finder' },
        { login: p('dwheeler'), type: 'coordinator' },
      ],
      collaborating_users: ['kp-seclab', p('dwheeler'), p('wrenfield')],
      vulnerabilities: pipVuln('< 26.0', ''),
      cwe_ids: ['CWE-20'],
      private_fork: {
        created_at: '2026-09-25T10:00:00Z',
        branches: {
          'verify-record': {
            files: { 'src/pip/_internal/operations/install/wheel.py': '# verify every RECORD entry\n' },
            author: p('notquitefern'),
            date: '2026-10-01T10:00:00Z',
          },
        },
        pulls: [
          {
            title: 'Verify RECORD hashes for all paths',
            user: p('notquitefern'),
            head: 'verify-record',
            created_at: '2026-10-01T11:00:00Z',
            reviews: [
              {
                user: p('anaghap'),
                state: 'COMMENTED',
                body: 'Looks right; let us check the vendored copy too.',
                submitted_at: '2026-10-03T09:00:00Z',
              },
            ],
          },
        ],
      },
    },
    {
      ghsa_id: 'GHSA-g2w7-m9xc-r4pq',
      summary: 'Dependency confusion through extra-index-url ordering',
      description: 'Report about resolution order between indexes.',
      state: 'triage',
      author: 'lmarchetti',
      created_at: '2026-11-15T14:00:00Z',
      updated_at: '2026-11-15T14:00:00Z',
      submission: { accepted: false },
      collaborating_users: [p('ox')],
      vulnerabilities: pipVuln('', ''),
    },
    {
      ghsa_id: 'GHSA-j8v3-5hqx-w2cm',
      summary: '[ACCEPTED] Zip bomb in wheel extraction',
      description: 'Extraction of a wheel does not bound decompressed size.',
      cvss_vector_string: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:N/I:N/A:H',
      state: 'draft',
      author: 'gone-reporter',
      created_at: '2026-06-02T10:00:00Z',
      updated_at: '2026-10-01T10:00:00Z',
      submission: { accepted: true },
      credits: [{ login: p('pmoorland'), type: 'coordinator' }],
      collaborating_users: [p('pmoorland')],
      vulnerabilities: pipVuln('< 26.0', ''),
      cwe_ids: ['CWE-400'],
    },
    {
      ghsa_id: 'GHSA-r6m4-2xq9-h8vc',
      cve_id: 'CVE-2026-1703',
      summary: 'Improper certificate validation for some proxy setups',
      description: 'With certain proxy settings, certificate verification was skipped.',
      severity: 'high',
      state: 'published',
      author: p('ox'),
      publisher: p('anaghap'),
      created_at: '2026-01-05T10:00:00Z',
      published_at: '2026-02-10T10:00:00Z',
      updated_at: '2026-02-10T10:00:00Z',
      credits: [
        { login: p('ox'), type: 'coordinator' },
        { login: p('sbeaulieu'), type: 'remediation_developer' },
      ],
      collaborating_users: [p('ox'), p('sbeaulieu')],
      vulnerabilities: pipVuln('>= 25.0, < 26.0.1', '26.0.1'),
      cwe_ids: ['CWE-295'],
    },
  ];
}

// --- repositories ----------------------------------------------------------------------------------------
const CPYTHON_SECURITY = `# Security Policy

## Supported Versions

The Python Software Foundation supports each branch of Python for five years.

## Reporting a Vulnerability

Please read the guidelines on security issues at https://www.python.org/dev/security/.
Report vulnerabilities privately through GitHub: https://github.com/python/cpython/security/advisories/new
`;

// pip's policy lacks the link to the GHSA form: drift a check should report.
const PIP_SECURITY = `# Security Policy

If you think you have found a security vulnerability, please email security@python.org.
`;

function cpython(scene: Scene): WorldRepo {
  const { s } = scene;
  return {
    full_name: 'python/cpython',
    id: 81598961,
    private: false,
    description: 'The Python programming language',
    homepage: 'https://www.python.org',
    language: 'Python',
    default_branch: 'main',
    created_at: '2017-02-10T19:23:51Z',
    private_vulnerability_reporting: true,
    permissions: { teams: { [s.rmTeam]: 'maintain', [s.team]: 'triage' } },
    files: { 'SECURITY.md': CPYTHON_SECURITY, 'README.rst': 'This is Python version 3.15.0 alpha 2\n' },
    advisories: cpythonAdvisories(scene),
  };
}

function pip(scene: Scene): WorldRepo {
  return {
    full_name: 'pypa/pip',
    id: 1446467,
    private: false,
    description: 'The Python package installer',
    homepage: 'https://pip.pypa.io/',
    language: 'Python',
    default_branch: 'main',
    created_at: '2011-03-06T14:30:46Z',
    private_vulnerability_reporting: true,
    permissions: { teams: { 'pip-committers': 'write' } },
    files: { 'SECURITY.md': PIP_SECURITY, 'README.rst': 'pip - The Python Package Installer\n' },
    advisories: pipAdvisories(scene),
  };
}

/** A covered repository the fixed data knows nothing about: public, reporting on, no advisories. */
function plainRepo(fullName: string): WorldRepo {
  return {
    full_name: fullName,
    private: false,
    default_branch: 'main',
    private_vulnerability_reporting: true,
    files: { 'SECURITY.md': `Report at https://github.com/${fullName}/security/advisories/new\n` },
  };
}

function opsRepo({ p, s }: Scene, members: string, policy: string): WorldRepo {
  const issues: WorldIssue[] = [
    {
      title: 'Yearly inactivity report 2025',
      user: p('wrenfield'),
      state: 'closed',
      created_at: '2025-12-01T10:00:00Z',
      closed_at: '2025-12-20T10:00:00Z',
      labels: [{ name: s.labels.report, by: p('wrenfield'), at: '2025-12-01T10:00:00Z' }],
      comments: [
        {
          user: p('gpmoss'),
          body: 'Steering Council reviewed the list: approved.',
          created_at: '2025-12-18T18:00:00Z',
        },
      ],
    },
  ];
  const pulls: WorldPull[] = [];
  return {
    full_name: s.opsRepo,
    id: 918273645,
    private: true,
    description: 'PSRT roster, policy and automation',
    default_branch: 'main',
    created_at: '2025-11-20T10:00:00Z',
    permissions: { teams: { [s.team]: 'write' } },
    files: {
      'members.yaml': members,
      'policy.yaml': policy,
      'README.md': "# psrt-ops\n\nThe Python Security Response Team's roster, policy and automation.\n",
      ...deskReportFiles(),
    },
    labels: [
      { name: s.labels.voteOpen, color: '0e8a16', description: 'A nomination vote is running' },
      { name: s.labels.veto, color: 'b60205', description: 'The Steering Council vetoed the nomination' },
      { name: s.labels.report, color: '5319e7', description: 'Yearly report' },
    ],
    issues,
    pulls,
  };
}

// --- tokens ------------------------------------------------------------------------------------------------
function tokens({ p, s }: Scene): Record<string, WorldToken> {
  return {
    app: {
      token: 'ghs_demoPsrtOpsInstallation0000000000001',
      kind: 'app',
      app: 'psrt-ops',
      app_id: 1029384,
      installation_id: 58273641,
      orgs: [s.org, 'pypa'],
      repositories: [s.opsRepo, ...s.covered],
      permissions: {
        members: 'write',
        repository_advisories: 'write',
        organization_administration: 'write',
        metadata: 'read',
      },
      repo_permissions: {
        [s.opsRepo]: {
          contents: 'write',
          pull_requests: 'write',
          issues: 'write',
          statuses: 'write',
        },
        ...Object.fromEntries(s.covered.map((repo) => [repo, { administration: 'write' as const }])),
      },
    },
    member: { token: 'ghp_demoPsrtAdminPersonalToken0000000001', kind: 'user', login: p('wrenfield') },
    actions: { token: 'ghs_demoActionsGithubToken0000000000001', kind: 'actions', repo: s.opsRepo },
  };
}

/** The PSRT world for a roster, a policy and a cast; validated. */
export function buildPsrtWorld(input: PsrtWorldInput): World {
  const roster = parseYaml(input.members) as Roster;
  const s = settingFromPolicy(input.policy);
  const known = new Set(['python', 'pypa']);
  const outside = [s.opsRepo, ...s.covered].filter((r) => !known.has(r.split('/')[0]!));
  if (s.org !== 'python' || outside.length > 0)
    throw new Error(
      `psrt world: the world models the orgs python and pypa; the policy names org ${s.org} and ${[s.opsRepo, ...s.covered].join(', ')}`,
    );
  const active = roster.members.map((m) => m.login).filter((l): l is string => Boolean(l));
  const scene: Scene = {
    p: (part) => input.cast[part].login,
    name: (part) => input.cast[part].name,
    s,
    roster,
    active,
  };
  const catalogue: Record<string, (scene: Scene) => WorldRepo> = { 'python/cpython': cpython, 'pypa/pip': pip };
  const world: World = {
    now: NOW,
    users: users(scene, input.cast),
    orgs: orgs(scene),
    teams: teams(scene),
    repos: [
      ...s.covered.map((repo) => (catalogue[repo] ?? (() => plainRepo(repo)))(scene)),
      opsRepo(scene, input.members, input.policy),
    ],
    tokens: tokens(scene),
    rateLimits: { secondary: { writes_per_minute: 80, status: 403 } },
  };
  // Nomination votes and a year of activity for the PEP 811 audit.
  return validateWorld(addLifecycle(world, scene.p, scene.name, s));
}
