// Roster and policy files for generated worlds (test/sim/world/generate.ts), so the lifecycle jobs
// (audit, vote) can run on them: the integration tests and the audit-large benchmark share these.
import type { World } from '../sim/world/index.js';

/** members.yaml and policy.yaml for the generated org: every member on the roster, every repo covered. */
export function largeConfig(world: World): { members: string; policy: string; covered: string[] } {
  const org = world.orgs![0]!.login;
  const sc = new Set(world.teams!.find((t) => t.slug === 'steering-council')?.members ?? []);
  const rm = new Set(world.teams!.find((t) => t.slug === 'release-managers')?.members ?? []);
  const people = (world.users ?? []).filter((u) => u.login.startsWith('member-'));
  const lines = ['# Generated for the audit-large benchmark.', 'members:'];
  people.forEach((u, i) => {
    const roles = [
      ...(i < 2 ? ['admin'] : []),
      ...(rm.has(u.login) ? ['release-manager'] : []),
      ...(sc.has(u.login) ? ['steering-council'] : []),
    ];
    lines.push(`  - name: ${u.name ?? u.login}`, `    login: ${u.login}`, `    id: ${u.id}`);
    if (roles.length > 0) lines.push(`    roles: [${roles.join(', ')}]`);
  });
  lines.push('emeritus: []', '');
  const covered = world.repos!.map((r) => r.full_name);
  const policy = [
    `org: ${org}`,
    'team: psrt',
    `ops_repo: ${org}/psrt-ops`,
    'covered_repos:',
    ...covered.map((r) => `  - ${r}`),
    'membership:',
    '  min_admins: 2',
    '  vote:',
    '    days: 7',
    '    threshold: 2/3',
    '    veto_team: steering-council',
    '  inactivity:',
    '    window_days: 365',
    '    exempt_roles:',
    '      release-manager: release-managers',
    '      steering-council: steering-council',
    'guards:',
    '  max_removal_share: 0.25',
    'reports:',
    '  deadline_days: 90',
    '  reminder_from_day: 76',
    '  auto_assign_after_days: 3',
    'cna:',
    '  short_name: BIG',
    '  org_id: 00000000-0000-4000-8000-000000000000',
    '  products:',
    ...covered.flatMap((r) => [
      `    ${r}:`,
      '      vendor: Big Org',
      `      product: ${r.split('/')[1]}`,
      `      repo: https://github.com/${r}`,
      '      version_type: semver',
    ]),
    'announce:',
    '  to: security-announce@example.org',
    '',
  ].join('\n');
  return { members: lines.join('\n'), policy, covered };
}
