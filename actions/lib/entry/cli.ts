// `psrt <command>`: the same jobs the actions run, from a terminal. Each command lives in
// ./commands/<name>.ts; this module holds the table and the one error boundary.
import { UsageError, UserError, errorMessage } from '../errors.js';
import type { CliIo, Command } from './cli-support.js';
import { COMMON_OPTIONS_HELP } from './cli-support.js';
import { sourceMappedStack } from './stack-trace.js';
import { announceCommand } from './commands/announce.js';
import { auditCommand } from './commands/audit.js';
import { craCommand } from './commands/cra.js';
import { cveCommand } from './commands/cve.js';
import { exportCommand } from './commands/export.js';
import { grantCommand } from './commands/grant.js';
import { intakeCommand } from './commands/intake.js';
import { creditsCommand } from './commands/credits.js';
import { osvCommand } from './commands/osv.js';
import { pinIdsCommand } from './commands/pin-ids.js';
import { reconcileCommand } from './commands/reconcile.js';
import { revokeCommand } from './commands/revoke.js';
import { sweepCommand } from './commands/sweep.js';
import { validateCommand } from './commands/validate.js';
import { voteCommand } from './commands/vote.js';

export type { CliIo } from './cli-support.js';

const COMMANDS: Command[] = [
  validateCommand,
  exportCommand,
  reconcileCommand,
  pinIdsCommand,
  voteCommand,
  auditCommand,
  grantCommand,
  revokeCommand,
  intakeCommand,
  craCommand,
  cveCommand,
  announceCommand,
  osvCommand,
  creditsCommand,
  sweepCommand,
];

function usage(): string {
  return `usage: psrt <command> [options]\n\ncommands:\n${COMMANDS.map((c) => `  ${c.usage}`).join('\n')}\n\n${COMMON_OPTIONS_HELP}`;
}

/** The CLI's one error boundary: every failure is a message and an exit code, never a stack trace. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
      io.out(usage());
      return 0;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) throw new UsageError(`unknown command "${name}".\n\n${usage()}`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(`usage: psrt ${command.usage}\n\n${COMMON_OPTIONS_HELP}`);
      return 0;
    }
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UserError) {
      io.err(`psrt ${name ?? ''}: ${err.message}\n`);
      return err.exitCode;
    }
    io.err(
      `psrt ${name ?? ''}: unexpected failure: ${errorMessage(err)}. Set PSRT_DEBUG=1 for the stack, and report it if it persists.\n`,
    );
    if (io.env.PSRT_DEBUG === '1' && err instanceof Error && err.stack) io.err(`${sourceMappedStack(err.stack)}\n`);
    return 1;
  }
}
