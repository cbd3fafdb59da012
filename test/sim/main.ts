// `npm run sim -- --world demo|fixture` or `npm run sim -- --world-file FILE [--port N]`: starts the GitHub and
// CVE Services simulators on one world, prints one JSON line with their URLs and credentials, and
// serves until SIGINT/SIGTERM.
import { CveSim, type CveWorld } from './cve/index.js';
import { GitHubSim } from './github/index.js';
import { loadWorld } from './world/index.js';
import type { PsrtWorldName } from './world/psrt/index.js';
import { PSRT_WORLD_NAMES, psrtWorld } from './world/psrt/index.js';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const value = process.argv[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`);
  return value;
}

async function main(): Promise<void> {
  const worldName = option('world');
  const worldFile = option('world-file');
  if ((worldName === undefined) === (worldFile === undefined))
    throw new Error('give one of --world demo, --world fixture or --world-file FILE');
  if (worldName !== undefined && !PSRT_WORLD_NAMES.includes(worldName as PsrtWorldName))
    throw new Error(`unknown world '${worldName}' (${PSRT_WORLD_NAMES.join(' or ')}; use --world-file for others)`);
  const port = option('port');
  const world = worldFile !== undefined ? loadWorld(worldFile) : psrtWorld(worldName as PsrtWorldName);
  const github = await GitHubSim.start({ world, port: port === undefined ? 0 : Number(port) });
  const cve = await CveSim.start({ world: { cve: world.cve as CveWorld['cve'] } });
  const { app, member, actions } = github.tokens;
  console.log(
    JSON.stringify({
      github: github.url,
      graphql: github.graphqlUrl,
      cveServices: cve.url,
      tokens: { app, member, actions },
      cve: cve.credentials,
    }),
  );
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void Promise.all([github.close(), cve.close()]).finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`sim: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
