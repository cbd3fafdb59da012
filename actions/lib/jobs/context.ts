// What an entry (action main.ts or the CLI) injects into a job: no job reads the environment,
// the clock or @actions/core itself.
import type { Logger } from '../logger.js';

export type { Logger } from '../logger.js';
export { silentLogger } from '../logger.js';

export interface JobContext {
  log: Logger;
  now: () => Date;
}
