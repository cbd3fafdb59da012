#!/usr/bin/env node
// `npx psrt …` — the CLI entry; the logic is in lib/entry/cli.ts so tests can run it in-process.
import { runCli } from './lib/entry/cli.js';

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
});
