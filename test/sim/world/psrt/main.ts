// `npx tsx test/sim/world/psrt/main.ts demo|fixture > world.json`: a PSRT world as a world file (for
// `npm run sim -- --world-file`, or to read). Kept apart from index.ts, which bundles import.
import type { PsrtWorldName } from './index.js';
import { PSRT_WORLD_NAMES, psrtWorld } from './index.js';

const name = process.argv[2] ?? 'demo';
if (!PSRT_WORLD_NAMES.includes(name as PsrtWorldName))
  throw new Error(`unknown world '${name}' (one of ${PSRT_WORLD_NAMES.join(', ')})`);
process.stdout.write(`${JSON.stringify(psrtWorld(name as PsrtWorldName), null, 2)}\n`);
