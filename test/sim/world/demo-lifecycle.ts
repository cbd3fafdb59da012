// The demo world's membership-lifecycle data (PEP 811 votes and the yearly audit), added to the world
// build-demo.ts builds. Kept apart from the rest of the demo so each part can change on its own:
//
// - two open nomination PRs in the ops repo: #5 (sbidoul) still in its 7-day window, with member
//   approvals, a change request, a changed vote, an SC member who commented and then approved, a
//   non-member's and the nominee's reviews; #4 (a fictional triager) whose window, opened by an admin's
//   `vote-open` label, closed with more than two thirds yes;
// - a year of activity besides the advisories build-demo.ts has: a vulnerability report tracked as an
//   issue (label `report`) with members' comments in the window, one comment just before it;
// - the 2025 yearly report is the audit's previous report (label `activity-report`, with the marker the
//   audit writes), so this year's window starts on 2025-12-01;
// - Thomas Wouters (`Yhg1s`) is listed as release manager but is not in the release-managers team: a
//   claimed role that is not verified (a warning, no exemption);
// - what a real installation needs for the audit and the vote: the App reads pull requests of the
//   covered repos (their private forks), and the SC team can be asked to review in the ops repo.
import type { World, WorldIssue, WorldPull, WorldRepo, WorldReview } from './types.js';

const OPS = 'python/psrt-ops';

function repo(world: World, name: string): WorldRepo {
  const r = world.repos?.find((x) => x.full_name === name);
  if (!r) throw new Error(`demo-lifecycle: the demo world has no repo ${name}`);
  return r;
}

/** members.yaml with `entry` inserted before the line `before` (the file keeps its order by name). */
function withMember(members: string, before: string, entry: string): string {
  if (!members.includes(before)) throw new Error(`demo-lifecycle: members.yaml has no line "${before.trim()}"`);
  return members.replace(before, `${entry}${before}`);
}

const review = (user: string, state: WorldReview['state'], submitted_at: string, body = ''): WorldReview => ({
  user,
  state,
  submitted_at,
  body,
});

function nominations(members: string): WorldPull[] {
  return [
    {
      number: 4,
      title: 'Nominate Tomás Kovač (tkovac-triage) to the PSRT',
      body: 'Tomás has triaged security-relevant issues on the tracker for two years and helped with three reports as an outside expert. Nominated under PEP 811.',
      user: 'sethmlarson',
      created_at: '2026-11-05T10:00:00Z',
      head: {
        ref: 'nominate-tkovac',
        files: {
          'members.yaml': withMember(
            members,
            '  - name: Tim Peters\n',
            '  - name: Tomás Kovač\n    login: tkovac-triage\n',
          ),
        },
      },
      // A member who is not an admin labelled it first (ignored); the admin's label opened the vote.
      labels: [{ name: 'vote-open', by: 'ewdurbin', at: '2026-11-10T09:00:00Z' }],
      events: [
        { event: 'labeled', actor: 'glyph', label: 'vote-open', created_at: '2026-11-06T08:00:00Z' },
        { event: 'unlabeled', actor: 'ewdurbin', label: 'vote-open', created_at: '2026-11-10T08:59:00Z' },
      ],
      reviews: [
        review('sethmlarson', 'APPROVED', '2026-11-10T11:00:00Z'),
        review('ned-deily', 'APPROVED', '2026-11-11T09:30:00Z'),
        review('encukou', 'APPROVED', '2026-11-11T15:00:00Z'),
        review('ewdurbin', 'APPROVED', '2026-11-12T10:00:00Z'),
        review('serhiy-storchaka', 'APPROVED', '2026-11-13T08:00:00Z'),
        review('gpshead', 'APPROVED', '2026-11-14T17:00:00Z'),
        review('glyph', 'CHANGES_REQUESTED', '2026-11-12T12:00:00Z', 'I would like to see more review work first.'),
        // After the close (2026-11-17 09:00): not counted.
        review('JelleZijlstra', 'CHANGES_REQUESTED', '2026-11-18T10:00:00Z'),
      ],
    },
    {
      number: 5,
      title: 'Nominate Stéphane Bidoul (sbidoul) to the PSRT',
      body: 'Stéphane maintains pip and handled the proxy certificate report with us this year. Nominated under PEP 811.',
      user: 'pradyunsg',
      created_at: '2026-11-22T09:00:00Z',
      head: {
        ref: 'nominate-sbidoul',
        files: {
          'members.yaml': withMember(
            members,
            '  - name: Steve Dower\n',
            '  - name: Stéphane Bidoul\n    login: sbidoul\n',
          ),
        },
      },
      reviews: [
        review('sethmlarson', 'APPROVED', '2026-11-22T10:00:00Z'),
        review('di', 'CHANGES_REQUESTED', '2026-11-22T12:00:00Z', 'Can we wait for the other pip maintainers?'),
        review('ned-deily', 'APPROVED', '2026-11-22T14:00:00Z'),
        // A non-member's approval: shown as not counted.
        review('pfmoore', 'APPROVED', '2026-11-22T15:00:00Z', 'Strong +1 from the pip side.'),
        review('gpshead', 'COMMENTED', '2026-11-23T08:00:00Z', 'Thanks for the context.'),
        review('encukou', 'APPROVED', '2026-11-23T09:00:00Z'),
        // The nominee cannot vote for themselves.
        review('sbidoul', 'APPROVED', '2026-11-23T11:00:00Z'),
        // di changes the vote: the latest review counts, once.
        review('di', 'APPROVED', '2026-11-24T09:00:00Z', 'Heard from the others: +1.'),
        review('gpshead', 'APPROVED', '2026-11-24T18:00:00Z'),
        review('hugovk', 'CHANGES_REQUESTED', '2026-11-25T10:00:00Z', 'Not yet: see my note on the list.'),
      ],
    },
  ];
}

function reportIssues(): WorldIssue[] {
  return [
    {
      number: 2,
      title: 'Report via security@python.org: python.org downloads page (tracked here, not a GHSA)',
      body: 'Forwarded from security@python.org. Details are in the private thread.',
      user: 'ewdurbin',
      state: 'closed',
      created_at: '2026-03-30T09:00:00Z',
      closed_at: '2026-04-20T09:00:00Z',
      labels: [{ name: 'report', by: 'ewdurbin', at: '2026-03-30T09:00:00Z' }],
      comments: [
        { user: 'ewdurbin', body: 'Confirmed; the infrastructure team is on it.', created_at: '2026-04-02T10:00:00Z' },
        {
          user: 'JelleZijlstra',
          body: 'The same pattern exists on the docs server; checked, not affected.',
          created_at: '2026-04-03T16:00:00Z',
        },
      ],
    },
    {
      number: 3,
      title: 'Report via security@python.org: mailing list archive (tracked here, not a GHSA)',
      user: 'sethmlarson',
      state: 'closed',
      created_at: '2025-11-18T09:00:00Z',
      closed_at: '2025-11-25T09:00:00Z',
      labels: [{ name: 'report', by: 'sethmlarson', at: '2025-11-18T09:00:00Z' }],
      // The day before the window (which starts at the 2025-12-01 report): does not count.
      comments: [{ user: 'tim-one', body: 'Looks like a false positive to me.', created_at: '2025-11-30T22:00:00Z' }],
    },
  ];
}

export function addLifecycle(world: World): World {
  const ops = repo(world, OPS);
  const members = ops.files?.['members.yaml'];
  if (typeof members !== 'string') throw new Error('demo-lifecycle: the ops repo has no members.yaml');

  world.users = [
    ...(world.users ?? []),
    { login: 'tkovac-triage', id: 118_204_551, name: 'Tomás Kovač', created_at: '2021-03-14T10:00:00Z' },
  ];
  ops.pulls = [...(ops.pulls ?? []), ...nominations(members)];
  ops.issues = [...(ops.issues ?? []), ...reportIssues()];

  // The 2025 yearly report, as the audit would have written it: its date starts this year's window.
  const previous = ops.issues.find((i) => i.title === 'Yearly inactivity report 2025');
  if (previous) {
    previous.labels = [
      { name: 'activity-report', by: 'sethmlarson', at: previous.created_at ?? '2025-12-01T10:00:00Z' },
    ];
    previous.body = `<!-- psrt-ops:activity-report date=2025-12-01 since=2024-12-01 -->\n@python/steering-council: the PSRT's activity report under PEP 811, from 2024-12-01 to 2025-12-01.\n`;
  }
  const labels = ops.labels ?? [];
  const report = labels.find((l) => l.name === 'report');
  if (report) report.description = 'A vulnerability report tracked here (not a GHSA)';
  ops.labels = [
    ...labels,
    {
      name: 'activity-report',
      color: 'fbca04',
      description: 'The yearly PEP 811 activity report to the Steering Council',
    },
    {
      name: 'pruning',
      color: 'd93f0b',
      description: 'Moves inactive members to emeritus; the Steering Council decides',
    },
  ];
  // The SC reviews pruning PRs: it needs read access to be asked.
  ops.permissions = { ...ops.permissions, teams: { ...ops.permissions?.teams, 'steering-council': 'read' } };

  // Listed as release manager, not in the team that proves it.
  const rm = world.teams?.find((t) => t.org === 'python' && t.slug === 'release-managers');
  if (rm) rm.members = rm.members?.filter((l) => l !== 'Yhg1s');

  // Private forks inherit their parent's access: the audit reads their pulls with pull_requests: read.
  const app = world.tokens?.['app'];
  if (app) {
    const perms = { ...app.repo_permissions };
    for (const covered of ['python/cpython', 'pypa/pip']) perms[covered] = { ...perms[covered], pull_requests: 'read' };
    app.repo_permissions = perms;
  }
  return world;
}
