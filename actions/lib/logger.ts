// The logger every layer writes to. Entries choose where it goes (@actions/core in an action, stderr in
// the CLI); the library never writes to the console itself.

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  debug(message: string): void;
}

export const silentLogger: Logger = { info() {}, warning() {}, error() {}, debug() {} };
