// Seeded generator of large worlds in the world format, for benchmarks and load tests:
//   generateWorld({ members: 3000, repos: 1000, advisories: 50000, seed: 1 })
//   npx tsx test/sim/world/generate.ts --members 3000 --repos 1000 --advisories 50000 --seed 1 > big.json
// The same parameters always give the same world.
import { fileURLToPath } from 'node:url';
import { ghsaId } from '../github/ids.js';
import type { AdvisoryState, CreditType, World, WorldAdvisory, WorldRepo, WorldUser } from './types.js';
import { prng } from '../../support/prng.js';

export interface GenerateParams {
  /** Members of the org (users). */
  members: number;
  repos: number;
  advisories: number;
  seed: number;
  /** Days of activity before `now` over which advisories are spread (default 730). */
  spanDays?: number;
  /** The world's clock (default 2026-11-26T12:00:00Z). */
  now?: string;
  org?: string;
  /** Members of the security team (default min(40, members)). */
  teamSize?: number;
}

const WORDS = [
  'overflow',
  'traversal',
  'injection',
  'bypass',
  'disclosure',
  'crash',
  'denial of service',
  'race',
  'confusion',
  'leak',
];
const PLACES = [
  'parser',
  'decoder',
  'archive reader',
  'HTTP client',
  'template engine',
  'URL handling',
  'config loader',
  'cache',
  'CLI',
  'plugin loader',
];
const CWES = ['CWE-20', 'CWE-22', 'CWE-79', 'CWE-400', 'CWE-416', 'CWE-787', 'CWE-1333', 'CWE-295'];
const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;

function iso(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export function generateWorld(params: GenerateParams): World {
  const rand = prng(params.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const now = params.now ?? '2026-11-26T12:00:00Z';
  const nowMs = Date.parse(now);
  const span = (params.spanDays ?? 730) * 86_400_000;
  const org = params.org ?? 'bigorg';
  const width = String(Math.max(params.members, params.repos)).length;
  const pad = (n: number): string => String(n).padStart(width, '0');

  const members: WorldUser[] = Array.from({ length: params.members }, (_, i) => ({
    login: `member-${pad(i + 1)}`,
    id: 1_000_000 + i * 7 + 1,
    name: `Member ${i + 1}`,
    email: rand() < 0.5 ? `member${i + 1}@example.org` : null,
    created_at: iso(Date.parse('2012-01-01T00:00:00Z') + Math.floor(rand() * 3000) * 86_400_000),
  }));
  const reporterCount = Math.max(5, Math.floor(params.members / 10));
  const reporters: WorldUser[] = Array.from({ length: reporterCount }, (_, i) => ({
    login: `reporter-${pad(i + 1)}`,
    id: 90_000_000 + i * 11 + 1,
    name: `Reporter ${i + 1}`,
    created_at: '2020-01-01T00:00:00Z',
  }));
  const logins = members.map((m) => m.login);
  const teamSize = Math.min(params.teamSize ?? 40, logins.length);
  const team = logins.slice(0, teamSize);
  const owners = logins.slice(0, Math.min(2, logins.length));

  const repos: WorldRepo[] = Array.from({ length: params.repos }, (_, i) => ({
    full_name: `${org}/repo-${pad(i + 1)}`,
    id: 300_000_000 + i * 13 + 1,
    private: rand() < 0.05,
    default_branch: 'main',
    created_at: iso(nowMs - span - Math.floor(rand() * 1000) * 86_400_000),
    updated_at: now,
    pushed_at: now,
    private_vulnerability_reporting: rand() < 0.8,
    files: {
      'SECURITY.md': `# Security\n\nReport at https://github.com/${org}/repo-${pad(i + 1)}/security/advisories/new\n`,
    },
    advisories: [],
  }));
  const publicRepos = repos.filter((r) => !r.private);

  const seen = new Set<string>();
  for (let i = 0; i < params.advisories; i++) {
    const repo = pick(publicRepos.length > 0 ? publicRepos : repos);
    let ghsa = ghsaId(`${params.seed}/${i}`);
    while (seen.has(ghsa)) ghsa = ghsaId(`${ghsa}/again`);
    seen.add(ghsa);
    const roll = rand();
    const state: AdvisoryState = roll < 0.1 ? 'triage' : roll < 0.3 ? 'draft' : roll < 0.85 ? 'published' : 'closed';
    const created = nowMs - Math.floor(rand() * span);
    const updated = Math.min(nowMs, created + Math.floor(rand() * 60) * 86_400_000);
    const reporter = pick(reporters).login;
    const coordinator = pick(team.length > 0 ? team : logins);
    const credits: { login: string; type: CreditType }[] = [
      { login: reporter, type: 'reporter' },
      { login: coordinator, type: 'coordinator' },
    ];
    const advisory: WorldAdvisory = {
      ghsa_id: ghsa,
      summary: `${pick(WORDS)} in ${pick(PLACES)} (#${i + 1})`,
      description: 'Generated advisory.',
      severity: pick(SEVERITIES),
      state,
      author: reporter,
      created_at: iso(created),
      updated_at: iso(updated),
      submission: { accepted: state !== 'triage' && state !== 'closed' },
      credits,
      collaborating_teams: rand() < 0.8 ? ['psrt'] : [],
      collaborating_users: rand() < 0.3 ? [reporter] : [],
      vulnerabilities: [
        {
          package: { ecosystem: 'pip', name: repo.full_name.split('/')[1]! },
          vulnerable_version_range: '< 2.0',
          patched_versions: state === 'published' ? '2.0' : null,
        },
      ],
      cwe_ids: [pick(CWES)],
      ...(state === 'published'
        ? {
            published_at: iso(updated),
            publisher: coordinator,
            cve_id: `CVE-${new Date(updated).getUTCFullYear()}-${String(10000 + i)}`,
          }
        : {}),
      ...(state === 'closed' ? { closed_at: iso(updated) } : {}),
    };
    repo.advisories!.push(advisory);
  }

  return {
    now,
    users: [...members, ...reporters],
    orgs: [
      { login: org, id: 500_000_001, name: 'Big Org', owners, members: logins.filter((l) => !owners.includes(l)) },
    ],
    teams: [
      { org, slug: 'psrt', name: 'Security Response Team', maintainers: team.slice(0, 2), members: team.slice(2) },
      { org, slug: 'steering-council', name: 'Steering Council', members: logins.slice(0, Math.min(5, logins.length)) },
      {
        org,
        slug: 'release-managers',
        name: 'Release Managers',
        members: logins.slice(5, Math.min(12, logins.length)),
      },
    ],
    repos,
    tokens: {
      app: {
        token: `ghs_generated${params.seed}app`,
        kind: 'app',
        app: 'psrt-ops',
        orgs: [org],
        permissions: {
          members: 'write',
          repository_advisories: 'write',
          organization_administration: 'write',
          contents: 'write',
          issues: 'write',
          pull_requests: 'write',
          statuses: 'write',
          administration: 'write',
        },
      },
      ...(owners[0]
        ? { member: { token: `ghp_generated${params.seed}member`, kind: 'user' as const, login: owners[0] } }
        : {}),
      ...(repos[0]
        ? {
            actions: {
              token: `ghs_generated${params.seed}actions`,
              kind: 'actions' as const,
              repo: repos[0].full_name,
            },
          }
        : {}),
    },
  };
}

function argv(name: string, fallback?: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (value === undefined || !Number.isFinite(value)) throw new Error(`--${name} N is required`);
  return value;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv[1].endsWith('generate.ts')) {
  const world = generateWorld({
    members: argv('members', 3000),
    repos: argv('repos', 1000),
    advisories: argv('advisories', 50000),
    seed: argv('seed', 1),
    spanDays: argv('span-days', 730),
  });
  process.stdout.write(JSON.stringify(world));
  process.stdout.write('\n');
}
