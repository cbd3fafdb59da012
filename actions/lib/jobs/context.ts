// What an entry (action main.ts or the CLI) injects into a job: no job reads the environment,
// the clock or @actions/core itself.

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  debug(message: string): void;
}

export interface JobContext {
  log: Logger;
  now: () => Date;
}

export const silentLogger: Logger = { info() {}, warning() {}, error() {}, debug() {} };
