import { runValidate } from '../../jobs/validate.js';
import type { Command } from '../cli-support.js';
import { configArgs, jobContext, noPositionals, parseCommand, printDiagnostics } from '../cli-support.js';

export const validateCommand: Command = {
  name: 'validate',
  usage:
    'validate                      check members.yaml and policy.yaml (no network; other files: --members, --policy)',
  async run(argv, io) {
    const { values, positionals } = parseCommand(argv, {}, this.usage);
    noPositionals('validate', positionals, this.usage);
    const paths = configArgs(io, values);
    const result = await runValidate(paths.resolved, jobContext(io, values));
    printDiagnostics(io, result.diagnostics);
    if (!result.ok || !result.counts) {
      const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
      io.err(`psrt validate: ${errors} error(s).\n`);
      return 1;
    }
    const c = result.counts;
    io.out(
      `${paths.given.members}, ${paths.given.policy}: valid. ${c.members} members (${c.admins} admins, ${c.releaseManagers} release managers, ${c.steeringCouncil} Steering Council), ${c.emeritus} emeritus; ${c.withEmail} with email, ${c.withId} with pinned id.\n`,
    );
    return 0;
  },
};
