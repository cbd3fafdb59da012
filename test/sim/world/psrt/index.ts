// The PSRT worlds by name. `demo`: the live top-level members.yaml and policy.yaml with the real PSRT
// cast, built when asked (so it follows the roster; nothing is committed that could drift). `fixture`:
// the fictional roster and policy in test/fixtures/config, what every test runs on.
//
//   npx tsx test/sim/world/psrt/main.ts demo > world.json     # any of them as a world file
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FIXTURE_CONFIG_DIR } from '../../../support/fixtures.js';
import type { World } from '../types.js';
import { buildPsrtWorld } from './build.js';
import { DEMO_CAST, FIXTURE_CAST } from './cast.js';

export { buildPsrtWorld, deskReportFiles, NOW as PSRT_WORLD_NOW } from './build.js';
export type { PsrtWorldInput } from './build.js';
export { DEMO_CAST, FIXTURE_CAST } from './cast.js';
export type { Cast, Part, Person } from './cast.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

export type PsrtWorldName = 'demo' | 'fixture';
export const PSRT_WORLD_NAMES: readonly PsrtWorldName[] = ['demo', 'fixture'];

const read = (path: string) => readFileSync(path, 'utf8');

/** The files a named world is built from (and that the jobs should read against it). */
export function psrtConfig(name: PsrtWorldName): { members: string; policy: string } {
  const dir = name === 'demo' ? ROOT : `${FIXTURE_CONFIG_DIR}/`;
  return { members: read(`${dir}members.yaml`), policy: read(`${dir}policy.yaml`) };
}

/** A fresh copy of a named world (build it once per test; it is cheap). */
export function psrtWorld(name: PsrtWorldName): World {
  return buildPsrtWorld({ ...psrtConfig(name), cast: name === 'demo' ? DEMO_CAST : FIXTURE_CAST });
}
