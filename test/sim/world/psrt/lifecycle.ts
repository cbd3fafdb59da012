// The PSRT world's membership-lifecycle data (PEP 811 votes and the yearly audit), added to the world
// build.ts builds. Kept apart from the rest so each part can change on its own:
//
// - two open nomination PRs in the ops repo: #5 (a pip maintainer) still in its 7-day window, with
//   member approvals, a change request, a changed vote, an SC member who commented and then approved,
//   a non-member's and the nominee's reviews; #4 (a fictional triager) whose window, opened by an
//   admin's `vote-open` label, closed with more than two thirds yes;
// - a year of activity besides the advisories build.ts has: a vulnerability report tracked as an
//   issue (the policy's issue label) with members' comments in the window, one comment just before it;
// - the 2025 yearly report is the audit's previous report (the policy's report label, with the marker
//   the audit writes), so this year's window starts on 2025-12-01;
// - one release manager (part `Tv0k`) is not in the release-managers team: a claimed role that is not
//   verified (a warning, no exemption);
// - what a real installation needs for the audit and the vote: the App reads pull requests of the
//   covered repos (their private forks), and the SC team can be asked to review in the ops repo.
import type { World, WorldIssue, WorldPull, WorldRepo, WorldReview } from '../types.js';
import type { Part } from './cast.js';
import type { Setting } from './setting.js';

function repo(world: World, name: string): WorldRepo {
  const r = world.repos?.find((x) => x.full_name === name);
  if (!r) throw new Error(`psrt world: no repo ${name}`);
  return r;
}

/**
 * members.yaml with `entry` (the lines of one member) added to `members`, before the first member whose
 * name sorts after `name`, or after the last member: wherever the roster stands, the PR adds one entry.
 */
export function withMember(members: string, name: string, entry: string): string {
  const lines = members.split('\n');
  const start = lines.findIndex((l) => l === 'members:');
  if (start < 0) throw new Error('psrt world: members.yaml has no "members:" line');
  let end = start + 1;
  while (end < lines.length && (lines[end]!.startsWith(' ') || lines[end] === '')) end++;
  // Back over blank lines and comments that belong to what follows the list.
  while (end > start + 1 && !lines[end - 1]!.startsWith('    ') && !lines[end - 1]!.startsWith('  - ')) end--;
  let at = end;
  for (let i = start + 1; i < end; i++) {
    const m = /^ {2}- name: (.*)$/.exec(lines[i]!);
    if (m && m[1]!.localeCompare(name, 'en') > 0) {
      at = i;
      // A comment right above an entry belongs to it.
      while (at > start + 1 && lines[at - 1]!.startsWith('  #')) at--;
      break;
    }
  }
  return [...lines.slice(0, at), ...entry.replace(/\n$/, '').split('\n'), ...lines.slice(at)].join('\n');
}

const review = (user: string, state: WorldReview['state'], submitted_at: string, body = ''): WorldReview => ({
  user,
  state,
  submitted_at,
  body,
});

function nominations(
  members: string,
  p: (part: Part) => string,
  name: (part: Part) => string,
  s: Setting,
): WorldPull[] {
  return [
    {
      number: 4,
      title: 'Nominate Tomás Kovač (tkovac-triage) to the PSRT',
      body: 'Tomás has triaged security-relevant issues on the tracker for two years and helped with three reports as an outside expert. Nominated under PEP 811.',
      user: p('wrenfield'),
      created_at: '2026-11-05T10:00:00Z',
      head: {
        ref: 'nominate-tkovac',
        files: {
          'members.yaml': withMember(members, 'Tomás Kovač', '  - name: Tomás Kovač\n    login: tkovac-triage\n'),
        },
      },
      // A member who is not an admin labelled it first (ignored); the admin's label opened the vote.
      labels: [{ name: s.labels.voteOpen, by: p('ivyhale'), at: '2026-11-10T09:00:00Z' }],
      events: [
        { event: 'labeled', actor: p('thorn'), label: s.labels.voteOpen, created_at: '2026-11-06T08:00:00Z' },
        { event: 'unlabeled', actor: p('ivyhale'), label: s.labels.voteOpen, created_at: '2026-11-10T08:59:00Z' },
      ],
      reviews: [
        review(p('wrenfield'), 'APPROVED', '2026-11-10T11:00:00Z'),
        review(p('nell-ostrander'), 'APPROVED', '2026-11-11T09:30:00Z'),
        review(p('vhorvat'), 'APPROVED', '2026-11-11T15:00:00Z'),
        review(p('ivyhale'), 'APPROVED', '2026-11-12T10:00:00Z'),
        review(p('taras-hlyb'), 'APPROVED', '2026-11-13T08:00:00Z'),
        review(p('gpmoss'), 'APPROVED', '2026-11-14T17:00:00Z'),
        review(p('thorn'), 'CHANGES_REQUESTED', '2026-11-12T12:00:00Z', 'I would like to see more review work first.'),
        // After the close (2026-11-17 09:00): not counted.
        review(p('JoukeVeld'), 'CHANGES_REQUESTED', '2026-11-18T10:00:00Z'),
      ],
    },
    {
      number: 5,
      title: `Nominate ${name('sbeaulieu')} (${p('sbeaulieu')}) to the PSRT`,
      body: `${name('sbeaulieu').split(' ')[0]} maintains pip and handled the proxy certificate report with us this year. Nominated under PEP 811.`,
      user: p('anaghap'),
      created_at: '2026-11-22T09:00:00Z',
      head: {
        ref: `nominate-${p('sbeaulieu')}`,
        files: {
          'members.yaml': withMember(
            members,
            name('sbeaulieu'),
            `  - name: ${name('sbeaulieu')}\n    login: ${p('sbeaulieu')}\n`,
          ),
        },
      },
      reviews: [
        review(p('wrenfield'), 'APPROVED', '2026-11-22T10:00:00Z'),
        review(p('ox'), 'CHANGES_REQUESTED', '2026-11-22T12:00:00Z', 'Can we wait for the other pip maintainers?'),
        review(p('nell-ostrander'), 'APPROVED', '2026-11-22T14:00:00Z'),
        // A non-member's approval: shown as not counted.
        review(p('pmoorland'), 'APPROVED', '2026-11-22T15:00:00Z', 'Strong +1 from the pip side.'),
        review(p('gpmoss'), 'COMMENTED', '2026-11-23T08:00:00Z', 'Thanks for the context.'),
        review(p('vhorvat'), 'APPROVED', '2026-11-23T09:00:00Z'),
        // The nominee cannot vote for themselves.
        review(p('sbeaulieu'), 'APPROVED', '2026-11-23T11:00:00Z'),
        // di changes the vote: the latest review counts, once.
        review(p('ox'), 'APPROVED', '2026-11-24T09:00:00Z', 'Heard from the others: +1.'),
        review(p('gpmoss'), 'APPROVED', '2026-11-24T18:00:00Z'),
        review(p('hvlier'), 'CHANGES_REQUESTED', '2026-11-25T10:00:00Z', 'Not yet: see my note on the list.'),
      ],
    },
  ];
}

function reportIssues(p: (part: Part) => string, s: Setting): WorldIssue[] {
  return [
    {
      number: 2,
      title: 'Report via security@python.org: python.org downloads page (tracked here, not a GHSA)',
      body: 'Forwarded from security@python.org. Details are in the private thread.',
      user: p('ivyhale'),
      state: 'closed',
      created_at: '2026-03-30T09:00:00Z',
      closed_at: '2026-04-20T09:00:00Z',
      labels: [{ name: s.labels.report, by: p('ivyhale'), at: '2026-03-30T09:00:00Z' }],
      comments: [
        {
          user: p('ivyhale'),
          body: 'Confirmed; the infrastructure team is on it.',
          created_at: '2026-04-02T10:00:00Z',
        },
        {
          user: p('JoukeVeld'),
          body: 'The same pattern exists on the docs server; checked, not affected.',
          created_at: '2026-04-03T16:00:00Z',
        },
      ],
    },
    {
      number: 3,
      title: 'Report via security@python.org: mailing list archive (tracked here, not a GHSA)',
      user: p('wrenfield'),
      state: 'closed',
      created_at: '2025-11-18T09:00:00Z',
      closed_at: '2025-11-25T09:00:00Z',
      labels: [{ name: s.labels.report, by: p('wrenfield'), at: '2025-11-18T09:00:00Z' }],
      // The day before the window (which starts at the 2025-12-01 report): does not count.
      comments: [
        { user: p('tam-two'), body: 'Looks like a false positive to me.', created_at: '2025-11-30T22:00:00Z' },
      ],
    },
  ];
}

/** Adds the votes and the year of activity to a world build.ts made, for the cast `p` and `name` give. */
export function addLifecycle(world: World, p: (part: Part) => string, name: (part: Part) => string, s: Setting): World {
  const ops = repo(world, s.opsRepo);
  const members = ops.files?.['members.yaml'];
  if (typeof members !== 'string') throw new Error('psrt world: the ops repo has no members.yaml');

  world.users = [
    ...(world.users ?? []),
    { login: 'tkovac-triage', id: 118_204_551, name: 'Tomás Kovač', created_at: '2021-03-14T10:00:00Z' },
  ];
  ops.pulls = [...(ops.pulls ?? []), ...nominations(members, p, name, s)];
  ops.issues = [...(ops.issues ?? []), ...reportIssues(p, s)];

  // The 2025 yearly report, as the audit would have written it: its date starts this year's window.
  const previous = ops.issues.find((i) => i.title === 'Yearly inactivity report 2025');
  if (previous) {
    previous.labels = [
      { name: s.labels.activityReport, by: p('wrenfield'), at: previous.created_at ?? '2025-12-01T10:00:00Z' },
    ];
    previous.body = `<!-- psrt-ops:activity-report date=2025-12-01 since=2024-12-01 -->\n@${s.org}/${s.scTeam}: the PSRT's activity report under PEP 811, from 2024-12-01 to 2025-12-01.\n`;
  }
  const labels = ops.labels ?? [];
  const report = labels.find((l) => l.name === s.labels.report);
  if (report) report.description = 'A vulnerability report tracked here (not a GHSA)';
  ops.labels = [
    ...labels,
    {
      name: s.labels.activityReport,
      color: 'fbca04',
      description: 'The yearly PEP 811 activity report to the Steering Council',
    },
    {
      name: s.labels.pruning,
      color: 'd93f0b',
      description: 'Moves inactive members to emeritus; the Steering Council decides',
    },
  ];
  // The SC reviews pruning PRs: it needs read access to be asked.
  ops.permissions = { ...ops.permissions, teams: { ...ops.permissions?.teams, [s.scTeam]: 'read' } };

  // Listed as release manager, not in the team that proves it.
  const rm = world.teams?.find((t) => t.org === s.org && t.slug === s.rmTeam);
  if (rm) rm.members = rm.members?.filter((l) => l !== p('Tv0k'));

  // Private forks inherit their parent's access: the audit reads their pulls with pull_requests: read.
  const app = world.tokens?.['app'];
  if (app) {
    const perms = { ...app.repo_permissions };
    for (const covered of s.covered) perms[covered] = { ...perms[covered], pull_requests: 'read' };
    app.repo_permissions = perms;
  }
  return world;
}
