// A scenario's job in its own process: reads its context on stdin, prints one JSON report line.
import type { JobContext } from './harness.js';
import { measureJob } from './harness.js';
import { scenarios } from './scenarios/index.js';

const name = process.argv[2];
const scenario = scenarios.find((s) => s.name === name);
if (!scenario) throw new Error(`no scenario named ${name}`);
let input = '';
for await (const chunk of process.stdin) input += String(chunk);
const ctx = JSON.parse(input) as JobContext;
const report = await measureJob(() => scenario.job(ctx));
process.stdout.write(`${JSON.stringify(report)}\n`);
