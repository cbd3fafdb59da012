// Builds demo.json, the demo world, from the top-level members.yaml and policy.yaml plus the fixed data
// below. Re-run it when the roster changes:  npx tsx test/sim/world/build-demo.ts
//
// The demo is deliberately out of sync with members.yaml: the psrt team misses several roster members,
// holds one person who is not on the roster, one roster member has a pending invitation and one a failed
// (expired) one, and some open advisories lack the team. Each section is a function: add to the one you
// need (e.g. an open nomination PR in `opsRepo`, a year of activity in `activity`).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { fnv1a } from '../github/ids.js';
import { addLifecycle } from './demo-lifecycle.js';
import { validateWorld } from './index.js';
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
} from './types.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const out = fileURLToPath(new URL('./demo.json', import.meta.url));

interface RosterEntry {
  name: string;
  login?: string;
  email?: string;
  roles?: string[];
}
interface Roster {
  members: RosterEntry[];
  emeritus?: RosterEntry[];
}

export const NOW = '2026-11-26T12:00:00Z';

/** A plausible GitHub id: stable per login, older-looking for people who have been around longer. */
function plausibleId(login: string, era: 'early' | 'mid' | 'late' = 'mid'): number {
  const [base, span] =
    era === 'early' ? [1_000, 900_000] : era === 'mid' ? [1_000_000, 40_000_000] : [60_000_000, 150_000_000];
  return base + (fnv1a(login.toLowerCase()) % span);
}

// --- people ------------------------------------------------------------------------------------------
const EARLY = new Set([
  'warsaw',
  'gpshead',
  'ned-deily',
  'tim-one',
  'benjaminp',
  'larryhastings',
  'dstufft',
  'glyph',
  'zooba',
  'Yhg1s',
  'tiran',
  'birkenfeld',
  'mhammond',
  'brettcannon',
  'vstinner',
  'ambv',
  'pfmoore',
  'kushaldas',
]);
const LATE = new Set(['StanFromIreland', 'eclips4', 'picnixz', 'savannahostrowski', 'emmatyping', 'notatallshaw']);

/** People who are not on the roster: Steering Council, pypa maintainers, reporters and experts. */
const OTHERS: WorldUser[] = [
  { login: 'corona10', name: 'Donghee Na' },
  { login: 'emilyemorehouse', name: 'Emily Morehouse' },
  { login: 'brettcannon', name: 'Brett Cannon' },
  { login: 'vstinner', name: 'Victor Stinner' },
  { login: 'pfmoore', name: 'Paul Moore' },
  { login: 'sbidoul', name: 'Stéphane Bidoul' },
  // Outside reporters and experts (fictional accounts).
  { login: 'nadia-fuzzes', name: 'Nadia Okafor', company: 'Independent researcher' },
  { login: 'kp-seclab', name: 'Kenji Park', company: 'SecLab' },
  { login: 'lmarchetti', name: 'Luca Marchetti' },
  { login: 'ossf-sectool', name: 'OSS Security Tool', bio: 'Automated scanner account' },
  { login: 'hanna-sec', name: 'Hanna Berg', previous_logins: ['hberg-old'] },
  { login: 'gone-reporter', name: 'Former Reporter', deleted: true },
];

function users(roster: Roster): WorldUser[] {
  const fromRoster = [...roster.members, ...(roster.emeritus ?? [])]
    .filter((m) => m.login)
    .map((m): WorldUser => ({
      login: m.login!,
      id: plausibleId(m.login!, EARLY.has(m.login!) ? 'early' : LATE.has(m.login!) ? 'late' : 'mid'),
      name: m.name,
      email: m.email ?? null,
      created_at: EARLY.has(m.login!)
        ? '2009-04-01T10:00:00Z'
        : LATE.has(m.login!)
          ? '2019-06-12T09:30:00Z'
          : '2013-02-20T14:00:00Z',
    }));
  const others = OTHERS.map((u): WorldUser => ({
    ...u,
    id: plausibleId(u.login, EARLY.has(u.login) ? 'early' : 'late'),
    created_at: EARLY.has(u.login) ? '2010-03-01T10:00:00Z' : '2020-05-05T08:00:00Z',
  }));
  return [...fromRoster, ...others];
}

// --- orgs and teams ------------------------------------------------------------------------------------
/** Roster members who are invited to python rather than members of it. */
const PENDING_INVITE = 'StanFromIreland';
const FAILED_INVITE = 'eclips4';
/** On the roster and in the org, but not (yet) on the team. */
const MISSING_FROM_TEAM = ['emmatyping', 'savannahostrowski', 'larryhastings', 'paulmcmillan'];
/** On the team by hand, not on the roster. */
const HAND_ADDED = 'vstinner';
const STEERING_COUNCIL = ['pablogsal', 'gpshead', 'corona10', 'emilyemorehouse', 'brettcannon'];

function orgs(roster: Roster): WorldOrg[] {
  const active = roster.members.map((m) => m.login!).filter(Boolean);
  const owners = ['ewdurbin', 'sethmlarson'];
  const members = [
    ...active.filter((l) => l !== PENDING_INVITE && l !== FAILED_INVITE && !owners.includes(l)),
    'corona10',
    'emilyemorehouse',
    'brettcannon',
    HAND_ADDED,
    'tiran',
  ];
  return [
    {
      login: 'python',
      id: 1525981,
      name: 'Python',
      description: 'Repositories related to the Python Programming language',
      blog: 'https://www.python.org/',
      created_at: '2012-02-18T18:20:19Z',
      owners,
      members,
      team_member_roles: false,
      invitations: [
        {
          login: PENDING_INVITE,
          role: 'direct_member',
          teams: ['psrt'],
          inviter: 'sethmlarson',
          created_at: '2026-11-20T09:14:00Z',
          state: 'pending',
        },
        {
          login: FAILED_INVITE,
          role: 'direct_member',
          teams: ['psrt'],
          inviter: 'sethmlarson',
          created_at: '2026-09-30T16:02:00Z',
          state: 'expired',
        },
        {
          email: 'new-contributor@example.org',
          role: 'direct_member',
          inviter: 'ewdurbin',
          created_at: '2026-11-24T11:00:00Z',
          state: 'pending',
        },
      ],
    },
    {
      login: 'pypa',
      id: 2964877,
      name: 'Python Packaging Authority',
      description: 'The Python Packaging Authority',
      blog: 'https://www.pypa.io/',
      created_at: '2012-10-26T19:18:31Z',
      owners: ['dstufft', 'pradyunsg'],
      members: ['di', 'notatallshaw', 'pfmoore', 'sbidoul', 'ewdurbin'],
    },
  ];
}

function teams(roster: Roster): WorldTeam[] {
  const admins = roster.members.filter((m) => m.roles?.includes('admin') && m.login).map((m) => m.login!);
  const releaseManagers = roster.members
    .filter((m) => m.roles?.includes('release-manager') && m.login)
    .map((m) => m.login!);
  const notOnTeam = new Set([PENDING_INVITE, FAILED_INVITE, ...MISSING_FROM_TEAM]);
  const maintainers = admins.filter((l) => !notOnTeam.has(l));
  const members = [
    ...roster.members.map((m) => m.login!).filter((l) => l && !notOnTeam.has(l) && !maintainers.includes(l)),
    HAND_ADDED,
  ];
  return [
    {
      org: 'python',
      slug: 'psrt',
      name: 'PSRT',
      description: 'Python Security Response Team',
      privacy: 'closed',
      maintainers,
      members,
      created_at: '2023-05-02T12:00:00Z',
    },
    {
      org: 'python',
      slug: 'steering-council',
      name: 'Steering Council',
      privacy: 'closed',
      members: STEERING_COUNCIL,
      created_at: '2019-02-04T12:00:00Z',
    },
    {
      org: 'python',
      slug: 'release-managers',
      name: 'Release Managers',
      privacy: 'closed',
      members: releaseManagers,
      created_at: '2017-03-01T12:00:00Z',
    },
    {
      org: 'pypa',
      slug: 'pip-committers',
      name: 'pip committers',
      privacy: 'closed',
      members: ['pradyunsg', 'pfmoore', 'sbidoul', 'notatallshaw', 'dstufft'],
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

function cpythonAdvisories(): AdvisorySpec[] {
  const team = ['psrt'];
  return [
    {
      ghsa_id: 'GHSA-2c9f-x4mp-7qrw',
      cve_id: 'CVE-2025-4516',
      summary: 'Use-after-free in bytes.decode("unicode_escape") on error paths',
      description: 'A use-after-free in the unicode_escape decoder when an error handler is used.',
      cvss_vector_string: 'CVSS:3.1/AV:L/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:H',
      state: 'published',
      author: 'serhiy-storchaka',
      publisher: 'sethmlarson',
      created_at: '2025-05-08T10:12:00Z',
      published_at: '2025-05-15T16:00:00Z',
      updated_at: '2025-05-15T16:00:00Z',
      credits: [
        { login: 'sethmlarson', type: 'coordinator' },
        { login: 'serhiy-storchaka', type: 'remediation_developer' },
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
      state: 'published',
      author: 'nadia-fuzzes',
      publisher: 'sethmlarson',
      created_at: '2025-03-02T08:40:00Z',
      published_at: '2025-06-03T15:00:00Z',
      updated_at: '2025-06-03T15:00:00Z',
      submission: { accepted: true },
      credits: [
        { login: 'nadia-fuzzes', type: 'finder' },
        { login: 'sethmlarson', type: 'coordinator' },
        { login: 'serhiy-storchaka', type: 'remediation_developer' },
        { login: 'gpshead', type: 'remediation_reviewer' },
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
      publisher: 'encukou',
      created_at: '2025-05-20T12:00:00Z',
      published_at: '2025-06-17T13:30:00Z',
      updated_at: '2025-06-17T13:30:00Z',
      submission: { accepted: true },
      credits: [
        { login: 'kp-seclab', type: 'reporter' },
        { login: 'encukou', type: 'coordinator' },
        { login: 'serhiy-storchaka', type: 'remediation_developer' },
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
      author: 'sethmlarson',
      publisher: 'sethmlarson',
      created_at: '2025-07-22T09:00:00Z',
      published_at: '2025-07-28T17:00:00Z',
      updated_at: '2025-07-28T17:00:00Z',
      credits: [
        { login: 'sethmlarson', type: 'coordinator' },
        { login: 'sethmlarson', type: 'remediation_developer' },
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
      publisher: 'ned-deily',
      created_at: '2025-12-01T10:00:00Z',
      published_at: '2026-01-20T14:00:00Z',
      updated_at: '2026-01-21T08:00:00Z',
      submission: { accepted: true },
      credits: [
        { login: 'lmarchetti', type: 'finder' },
        { login: 'ned-deily', type: 'coordinator' },
        { login: 'picnixz', type: 'remediation_developer' },
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
        { user: 'ned-deily', body: 'Released in 3.14.3 and 3.13.12.', created_at: '2026-01-20T16:00:00Z' },
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
      publisher: 'gpshead',
      created_at: '2026-03-10T09:00:00Z',
      published_at: '2026-05-05T12:00:00Z',
      updated_at: '2026-05-05T12:00:00Z',
      submission: { accepted: true },
      credits: [
        { login: 'ossf-sectool', type: 'tool' },
        { login: 'gpshead', type: 'coordinator' },
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
        { login: 'warsaw', type: 'coordinator' },
      ],
      collaborating_teams: team,
      vulnerabilities: cpythonVuln('< 3.14.0', ''),
      comments: [
        {
          user: 'warsaw',
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
        { login: 'sethmlarson', type: 'coordinator' },
      ],
      collaborating_teams: team,
      vulnerabilities: cpythonVuln('', ''),
    },
    {
      ghsa_id: 'GHSA-r2v8-hc5x-m4qf',
      summary: '[ACCEPTED] Integer overflow in array.array slice assignment',
      description: 'Integer overflow when assigning large slices.',
      cvss_vector_string: 'CVSS:3.1/AV:L/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:H',
      state: 'draft',
      author: 'nadia-fuzzes',
      created_at: '2026-09-02T10:00:00Z',
      updated_at: '2026-11-18T10:00:00Z',
      submission: { accepted: true },
      credits: [
        { login: 'nadia-fuzzes', type: 'finder' },
        { login: 'encukou', type: 'coordinator' },
        { login: 'picnixz', type: 'remediation_developer', state: 'pending' },
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
            author: 'picnixz',
          },
        },
        pulls: [
          {
            title: 'gh-xxxx: Check for overflow in array slice assignment',
            user: 'picnixz',
            head: 'fix-array-overflow',
            created_at: '2026-09-10T12:30:00Z',
            reviews: [
              {
                user: 'encukou',
                state: 'CHANGES_REQUESTED',
                body: 'Please add a test.',
                submitted_at: '2026-09-12T09:00:00Z',
              },
              {
                user: 'serhiy-storchaka',
                state: 'APPROVED',
                body: 'LGTM once tests are added.',
                submitted_at: '2026-09-15T10:00:00Z',
              },
            ],
            review_comments: [
              {
                user: 'encukou',
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
        { login: 'gpshead', type: 'coordinator' },
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
      author: 'sethmlarson',
      created_at: '2026-10-05T15:00:00Z',
      updated_at: '2026-11-02T15:00:00Z',
      credits: [{ login: 'sethmlarson', type: 'coordinator' }],
      collaborating_users: ['zooba'],
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
        { login: 'emmatyping', type: 'coordinator' },
      ],
      collaborating_teams: team,
      vulnerabilities: cpythonVuln('', ''),
      comments: [
        { user: 'emmatyping', body: 'Reproduced on main; looking for a fix.', created_at: '2026-08-02T10:00:00Z' },
      ],
    },
  ];
}

function pipAdvisories(): AdvisorySpec[] {
  return [
    {
      ghsa_id: 'GHSA-4xh5-x5gv-qwph',
      cve_id: 'CVE-2025-8869',
      summary: 'pip does not validate symbolic links in source distributions',
      description: 'When extracting a tar source distribution, pip may write files outside the build directory.',
      cvss_vector_string: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:N/I:H/A:N',
      state: 'published',
      author: 'sethmlarson',
      publisher: 'pradyunsg',
      created_at: '2025-08-01T10:00:00Z',
      published_at: '2025-09-24T12:00:00Z',
      updated_at: '2025-09-24T12:00:00Z',
      credits: [
        { login: 'sethmlarson', type: 'coordinator' },
        { login: 'sethmlarson', type: 'remediation_developer' },
      ],
      collaborating_users: ['sethmlarson', 'ewdurbin'],
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
      collaborating_users: ['pradyunsg'],
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
        { login: 'dstufft', type: 'coordinator' },
      ],
      collaborating_users: ['kp-seclab', 'dstufft', 'sethmlarson'],
      vulnerabilities: pipVuln('< 26.0', ''),
      cwe_ids: ['CWE-20'],
      private_fork: {
        created_at: '2026-09-25T10:00:00Z',
        branches: {
          'verify-record': {
            files: { 'src/pip/_internal/operations/install/wheel.py': '# verify every RECORD entry\n' },
            author: 'notatallshaw',
            date: '2026-10-01T10:00:00Z',
          },
        },
        pulls: [
          {
            title: 'Verify RECORD hashes for all paths',
            user: 'notatallshaw',
            head: 'verify-record',
            created_at: '2026-10-01T11:00:00Z',
            reviews: [
              {
                user: 'pradyunsg',
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
      collaborating_users: ['di'],
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
      credits: [{ login: 'pfmoore', type: 'coordinator' }],
      collaborating_users: ['pfmoore'],
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
      author: 'di',
      publisher: 'pradyunsg',
      created_at: '2026-01-05T10:00:00Z',
      published_at: '2026-02-10T10:00:00Z',
      updated_at: '2026-02-10T10:00:00Z',
      credits: [
        { login: 'di', type: 'coordinator' },
        { login: 'sbidoul', type: 'remediation_developer' },
      ],
      collaborating_users: ['di', 'sbidoul'],
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

function cpython(): WorldRepo {
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
    permissions: { teams: { 'release-managers': 'maintain', psrt: 'triage' } },
    files: { 'SECURITY.md': CPYTHON_SECURITY, 'README.rst': 'This is Python version 3.15.0 alpha 2\n' },
    advisories: cpythonAdvisories(),
  };
}

function pip(): WorldRepo {
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
    advisories: pipAdvisories(),
  };
}

function opsRepo(): WorldRepo {
  const issues: WorldIssue[] = [
    {
      title: 'Yearly inactivity report 2025',
      user: 'sethmlarson',
      state: 'closed',
      created_at: '2025-12-01T10:00:00Z',
      closed_at: '2025-12-20T10:00:00Z',
      labels: [{ name: 'report', by: 'sethmlarson', at: '2025-12-01T10:00:00Z' }],
      comments: [
        { user: 'gpshead', body: 'Steering Council reviewed the list: approved.', created_at: '2025-12-18T18:00:00Z' },
      ],
    },
  ];
  const pulls: WorldPull[] = [];
  return {
    full_name: 'python/psrt-ops',
    id: 918273645,
    private: true,
    description: 'PSRT roster, policy and automation',
    default_branch: 'main',
    created_at: '2025-11-20T10:00:00Z',
    permissions: { teams: { psrt: 'write' } },
    files: {
      'members.yaml': readFileSync(`${root}members.yaml`, 'utf8'),
      'policy.yaml': readFileSync(`${root}policy.yaml`, 'utf8'),
      'README.md': "# psrt-ops\n\nThe Python Security Response Team's roster, policy and automation.\n",
    },
    labels: [
      { name: 'vote-open', color: '0e8a16', description: 'A nomination vote is running' },
      { name: 'sc-veto', color: 'b60205', description: 'The Steering Council vetoed the nomination' },
      { name: 'report', color: '5319e7', description: 'Yearly report' },
    ],
    issues,
    pulls,
  };
}

// --- tokens ------------------------------------------------------------------------------------------------
function tokens(): Record<string, WorldToken> {
  return {
    app: {
      token: 'ghs_demoPsrtOpsInstallation0000000000001',
      kind: 'app',
      app: 'psrt-ops',
      app_id: 1029384,
      installation_id: 58273641,
      orgs: ['python', 'pypa'],
      repositories: ['python/psrt-ops', 'python/cpython', 'pypa/pip'],
      permissions: {
        members: 'write',
        repository_advisories: 'write',
        organization_administration: 'write',
        metadata: 'read',
      },
      repo_permissions: {
        'python/psrt-ops': {
          contents: 'write',
          pull_requests: 'write',
          issues: 'write',
          statuses: 'write',
          checks: 'write',
        },
        'python/cpython': { administration: 'write' },
        'pypa/pip': { administration: 'write' },
      },
    },
    member: { token: 'ghp_demoSethLarsonPersonalToken000000001', kind: 'user', login: 'sethmlarson' },
    actions: { token: 'ghs_demoActionsGithubToken0000000000001', kind: 'actions', repo: 'python/psrt-ops' },
  };
}

/** Extra activity (comments, reviews, votes over the year) goes here; other engineers extend it. */
function activity(world: World): World {
  // Nomination votes and a year of activity for the PEP 811 audit: see demo-lifecycle.ts.
  return addLifecycle(world);
}

export function buildDemoWorld(): World {
  const roster = parseYaml(readFileSync(`${root}members.yaml`, 'utf8')) as Roster;
  const world: World = {
    $schema: './world.schema.json',
    now: NOW,
    users: users(roster),
    orgs: orgs(roster),
    teams: teams(roster),
    repos: [cpython(), pip(), opsRepo()],
    tokens: tokens(),
    rateLimits: { secondary: { writes_per_minute: 80, status: 403 } },
  };
  // The cve section belongs to the CVE Services simulator: keep whatever demo.json has.
  if (existsSync(out)) {
    const previous = JSON.parse(readFileSync(out, 'utf8')) as World;
    if (previous.cve) world.cve = previous.cve;
  }
  return validateWorld(activity(world));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(out, `${JSON.stringify(buildDemoWorld(), null, 2)}\n`);
  console.log(`wrote ${out}`);
}
