import type { Command } from '../cli-support.js';
import { runAccessCommand } from './grant.js';

export const revokeCommand: Command = {
  name: 'revoke',
  usage:
    'revoke GHSA-… LOGIN [--reason "…"] [--dry-run]\n                                end someone\'s access to one advisory today: a PR to its report file (the sweep removes them)',
  run(argv, io) {
    return runAccessCommand('revoke', this.usage, argv, io);
  },
};
