// reconcile end to end: the psrt CLI against the GitHub simulator and a real Mailman 3.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MailmanClient } from '../../actions/lib/clients/mailman.js';
import type { World } from '../sim/world/index.js';
import type { MailmanSettings } from '../support/psrt.js';
import {
  api,
  deleteFromWorld,
  fixtureWorld,
  fileAt,
  fixtureConfig,
  psrt,
  realMailman,
  renameInWorld,
  startSim,
  uniqueListAddress,
  workdir,
} from '../support/psrt.js';

function team(world: World, slug = 'psrt') {
  const t = world.teams!.find((x) => x.org === 'python' && x.slug === slug)!;
  return { members: [...(t.members ?? [])].sort(), maintainers: [...(t.maintainers ?? [])].sort() };
}

function emptyPsrtTeam(world: World): World {
  const t = world.teams!.find((x) => x.org === 'python' && x.slug === 'psrt')!;
  t.members = [];
  t.maintainers = [];
  for (const r of world.repos ?? []) for (const a of r.advisories ?? []) a.collaborating_teams = [];
  return world;
}

const rosterText = fixtureConfig().members;
const rosterLogins = [...rosterText.matchAll(/^ {2}- name: .*\n {4}login: (\S+)/gm)].map((m) => m[1]!);
const activeLogins = rosterLogins.slice(
  0,
  rosterText.slice(0, rosterText.indexOf('\nemeritus:')).match(/^ {2}- name:/gm)!.length,
);

describe('reconcile against the simulator and a real Mailman 3', () => {
  let mailman: MailmanSettings | undefined;
  beforeAll(async () => {
    mailman = await realMailman();
  });
  afterAll(async () => {
    await mailman?.stop();
  });

  it('converges from an empty team and an empty list; a second run plans nothing and exits 0', async () => {
    const sim = await startSim(emptyPsrtTeam(fixtureWorld()));
    const list = uniqueListAddress('psrt');
    const dir = workdir({ policy: (p) => p.replace('address: psrt@python.org', `address: ${list}`) });
    const env: Record<string, string> = {};
    let client: MailmanClient | undefined;
    if (mailman) {
      client = new MailmanClient({ url: mailman.url, user: mailman.user, password: mailman.password });
      await client.createList(list);
      Object.assign(env, {
        MAILMAN_REST_URL: mailman.url,
        MAILMAN_REST_USER: mailman.user,
        MAILMAN_REST_PASSWORD: mailman.password,
      });
    }

    const dry = await psrt(sim, ['reconcile'], { cwd: dir, env });
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('Dry run: nothing was changed');
    expect(sim.stats().writes).toBe(0);

    const applied = await psrt(sim, ['reconcile', '--apply'], { cwd: dir, env });
    expect(applied.err).toBe('');
    expect(applied.code).toBe(0);
    expect(applied.out).toMatch(/^Reconcile applied \d+ changes/);

    sim.resetStats();
    const again = await psrt(sim, ['reconcile'], { cwd: dir, env });
    expect(again.code).toBe(0);
    expect(again.out.split('\n')[0]).toBe('Reconcile: nothing to change');
    expect(sim.stats().writes).toBe(0);

    const world = sim.snapshot();
    const t = team(world);
    const orgMembers = new Set(
      world
        .orgs!.find((o) => o.login === 'python')!
        .members!.concat(world.orgs!.find((o) => o.login === 'python')!.owners ?? []),
    );
    expect([...t.members, ...t.maintainers].sort()).toEqual(activeLogins.filter((l) => orgMembers.has(l)).sort());
    expect(t.maintainers).toEqual(['hollis', 'ivyhale', 'nell-ostrander', 'wrenfield']);
    for (const r of world.repos!.filter((x) => x.full_name === 'python/cpython')) {
      for (const a of r.advisories ?? [])
        if (a.state === 'triage' || a.state === 'draft') expect(a.collaborating_teams).toContain('psrt');
    }
    if (client) {
      const members = (await client.listMembers(list, 'member')).map((m) => m.address).sort();
      expect(members).toEqual([
        'hollis@example.org',
        'ivy@example.org',
        'nell@example.org',
        'vesna@example.org',
        'wren@example.org',
      ]);
      const owners = (await client.listMembers(list, 'owner')).map((m) => m.address).sort();
      expect(owners).toEqual(['hollis@example.org', 'ivy@example.org', 'nell@example.org', 'wren@example.org']);
    } else {
      expect(dry.out).toContain('no Mailman REST API is configured');
    }
  });

  it('a 502 in the middle of an apply stops it with nothing removed; a re-run converges', async () => {
    const sim = await startSim();
    const before = team(sim.snapshot());
    expect(before.members).toContain('vstrand');
    sim.injectFault({
      method: 'PATCH',
      route: '/repos/{owner}/{repo}/security-advisories/{ghsa_id}',
      status: 502,
      count: 50,
      afterMatches: 2,
    });
    const failed = await psrt(sim, ['reconcile', '--apply']);
    expect(failed.code).toBe(1);
    expect(failed.out).toContain('[failed: ');
    expect(failed.out).toContain('[not attempted]');
    expect(failed.out).toMatch(/Applied: \d+ done, 1 failed, \d+ not attempted/);
    // Removals come last, so the failure stopped the run before any of them.
    expect(team(sim.snapshot()).members).toContain('vstrand');

    sim.clearFaults();
    const rerun = await psrt(sim, ['reconcile', '--apply']);
    expect(rerun.code).toBe(0);
    const final = await psrt(sim, ['reconcile']);
    expect(final.out.split('\n')[0]).toBe('Reconcile: nothing to change');
    const after = team(sim.snapshot());
    expect(after.members).not.toContain('vstrand');
    // No one in the roster lost anything on the way.
    for (const login of [...before.members, ...before.maintainers])
      if (login !== 'vstrand') expect([...after.members, ...after.maintainers]).toContain(login);
  });

  it("gives the team the org's security-manager role when policy asks, found by name, once", async () => {
    const sim = await startSim();
    const dir = workdir({ policy: (p) => p.replace('team_security_manager: false', 'team_security_manager: true') });
    const first = await psrt(sim, ['reconcile', '--apply'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.out).toContain('+ give team python/psrt the org role security_manager');
    const roles = await api<{ roles: { id: number; name: string }[] }>(sim, '/orgs/python/organization-roles');
    const role = roles.roles.find((r) => r.name === 'security_manager')!;
    const teams = await api<{ slug: string }[]>(sim, `/orgs/python/organization-roles/${role.id}/teams`);
    expect(teams.map((t) => t.slug)).toContain('psrt');
    const again = await psrt(sim, ['reconcile'], { cwd: dir });
    expect(again.out.split('\n')[0]).toBe('Reconcile: nothing to change');
  });

  it('a read that fails aborts before any write', async () => {
    const sim = await startSim();
    sim.injectFault({ method: 'GET', route: '/orgs/{org}/members', status: 500, count: 100 });
    const r = await psrt(sim, ['reconcile', '--apply']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('could not read the members of python: GitHub answered 500. Nothing was changed.');
    expect(sim.stats().writes).toBe(0);
  });
});

describe('reconcile guards: any trip means no write at all', () => {
  it('removal share: trips with the numbers; the override with a reason applies and is shown', async () => {
    const world = fixtureWorld();
    const strangers = Array.from({ length: 12 }, (_, i) => `eve${i + 1}`);
    world.users!.push(...strangers.map((login, i) => ({ login, id: 990000 + i, name: login })));
    world.orgs!.find((o) => o.login === 'python')!.members!.push(...strangers);
    world.teams!.find((t) => t.slug === 'psrt')!.members!.push(...strangers);
    const sim = await startSim(world);
    const blocked = await psrt(sim, ['reconcile', '--apply']);
    expect(blocked.code).toBe(1);
    expect(blocked.out).toContain('Reconcile blocked by a guard');
    // Counted of everyone holding access before the run: 31 members staying and 13 people leaving.
    expect(blocked.out).toContain(
      'removal-share: TRIPPED (13 of 44 people holding access (31 member(s) staying, 13 leaving) would lose some (29.5%); limit 25%',
    );
    expect(blocked.err).toContain('guard removal-share tripped');
    expect(sim.stats().writes).toBe(0);

    const allowed = await psrt(sim, [
      'reconcile',
      '--apply',
      '--allow-large-removal',
      'PSRT cleanup approved by the SC on 2026-11-20',
    ]);
    expect(allowed.code).toBe(0);
    expect(allowed.out).toContain('removal-share: overridden');
    expect(allowed.out).toContain('overridden: "PSRT cleanup approved by the SC on 2026-11-20"');
    expect(team(sim.snapshot()).members).not.toContain('eve1');
  });

  it('min admins: trips when team maintainers would drop below the minimum', async () => {
    const world = fixtureWorld();
    const python = world.orgs!.find((o) => o.login === 'python')!;
    const admins = ['hollis', 'ivyhale', 'nell-ostrander', 'wrenfield', 'OttoFromOslo'];
    python.members = python.members!.filter((m) => !admins.includes(m));
    python.owners = ['bcanto'];
    python.members.push('sunhee-oh');
    const t = world.teams!.find((x) => x.slug === 'psrt')!;
    t.maintainers = ['sunhee-oh', 'emberlind'];
    t.members = t.members!.filter((m) => !admins.includes(m));
    const sim = await startSim(world);
    const r = await psrt(sim, ['reconcile', '--apply']);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'min-admins: TRIPPED (5 admin(s) in members.yaml; team maintainers 2 → 0 after this plan; minimum 2)',
    );
    expect(sim.stats().writes).toBe(0);
  });

  it("own identity: a person's token never removes its own account", async () => {
    const sim = await startSim();
    const dir = workdir({
      members: (m) =>
        m.replace(
          / {2}- name: Wren Field\n {4}login: wrenfield\n {4}email: wren@example.org\n {4}roles: \[admin\]\n/,
          '',
        ),
    });
    const r = await psrt(sim, ['reconcile', '--apply'], { cwd: dir, token: sim.tokens.member });
    expect(r.code).toBe(1);
    expect(r.out).toContain("own-identity: TRIPPED (this plan would remove the token's own account wrenfield");
    expect(sim.stats().writes).toBe(0);
  });
});

describe('identity: renames and deleted accounts', () => {
  it('follows a rename by id, opens one PR fixing the login with comments intact, and updates it on re-runs', async () => {
    const pinned = (m: string) =>
      m
        .replace('    login: hollis\n', '    login: hollis\n    id: 538736\n')
        .replace('    login: tam-two\n', '    login: tam-two\n    id: 293078\n');
    const dir = workdir({ members: pinned });
    let world = renameInWorld(fixtureWorld(), 'hollis', 'hollis-brandt');
    world = deleteFromWorld(world, 'tam-two');
    const ops = world.repos!.find((r) => r.full_name === 'python/psrt-ops')!;
    const mainMembers = pinned(fixtureConfig().members);
    ops.files = { ...ops.files, 'members.yaml': mainMembers };
    world = structuredClone(world);
    const sim = await startSim(world);

    const r = await psrt(sim, ['reconcile', '--apply'], { cwd: dir });
    expect(r.err).not.toContain('error:');
    expect(r.err).toMatch(/members\.yaml: hollis is now .*: https:\/\/github\.com\/python\/psrt-ops\/pull\//);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      '~ members.yaml: hollis is now hollis-brandt on GitHub (id 538736); a PR follows the rename',
    );
    expect(r.out).toContain('Tamsin Petrie (tam-two, id 293078): the GitHub account no longer exists');
    expect(r.out).not.toMatch(/remove hollis-brandt/);

    const prs = await api<{ number: number }[]>(
      sim,
      '/repos/python/psrt-ops/pulls?state=open&head=python:psrt/follow-renames',
    );
    expect(prs).toHaveLength(1);
    const branchFile = await fileAt(sim, 'python/psrt-ops', 'members.yaml', 'psrt/follow-renames');
    const a = mainMembers.split('\n');
    const b = branchFile.split('\n');
    expect(b.length).toBe(a.length);
    const diff = a.map((line, i) => [line, b[i]]).filter(([x, y]) => x !== y);
    expect(diff).toEqual([['    login: hollis', '    login: hollis-brandt']]);

    const again = await psrt(sim, ['reconcile', '--apply'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(
      await api<unknown[]>(sim, '/repos/python/psrt-ops/pulls?state=all&head=python:psrt/follow-renames'),
    ).toHaveLength(1);
  });

  it('pin-ids finds every id in one GraphQL query and opens one PR that only adds id lines', async () => {
    const world = deleteFromWorld(fixtureWorld(), 'tam-two');
    const sim = await startSim(world);
    const dry = await psrt(sim, ['pin-ids']);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('28 of 29 member(s) without an id found on GitHub');
    expect(dry.out).toContain('warning: tam-two: GitHub has no such account');
    expect(sim.stats().writes).toBe(0);
    expect(sim.stats().byRoute['POST /graphql']?.requests).toBe(1);

    const applied = await psrt(sim, ['pin-ids', '--apply']);
    expect(applied.code).toBe(0);
    expect(applied.out).toMatch(/Pull request: https:\/\/github.com\/python\/psrt-ops\/pull\/\d+/);
    const main = await fileAt(sim, 'python/psrt-ops', 'members.yaml', 'main');
    const pinned = await fileAt(sim, 'python/psrt-ops', 'members.yaml', 'psrt/pin-ids');
    const added = pinned.split('\n').filter((l) => !main.split('\n').includes(l));
    expect(added).toHaveLength(28);
    expect(added.every((l) => /^ {4}id: \d+$/.test(l))).toBe(true);
    expect(pinned.split('\n').filter((l) => !added.includes(l))).toEqual(main.split('\n'));
    expect(pinned).toContain('    login: hollis\n    id: 538736\n');

    const again = await psrt(sim, ['pin-ids', '--apply']);
    expect(again.out).toContain('pin-ids: nothing to change');
    expect(await api<unknown[]>(sim, '/repos/python/psrt-ops/pulls?state=all&head=python:psrt/pin-ids')).toHaveLength(
      1,
    );
  });
});
