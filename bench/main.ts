// `npm run bench [-- --json] [-- --only NAME[,NAME]] [-- --latency MS]`: runs the scenarios and prints
// their figures as a table, or as one JSON object {"scenarios": {NAME: {...}}}.
import { parseArgs } from 'node:util';
import type { ScenarioResult } from './harness.js';
import { runScenario } from './harness.js';
import { scenarios } from './scenarios/index.js';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean' },
    only: { type: 'string' },
    latency: { type: 'string' },
    list: { type: 'boolean' },
  },
});
if (values.list) {
  for (const s of scenarios) console.log(`${s.name.padEnd(20)} ${s.description}`);
  process.exit(0);
}
const only = values.only?.split(',').map((s) => s.trim());
const latency = Number(values.latency ?? 5);
const chosen = scenarios.filter((s) => !only || only.includes(s.name));
if (chosen.length === 0) throw new Error(`no scenario matches --only ${values.only}`);

const results: Record<string, ScenarioResult> = {};
for (const s of chosen) {
  if (!values.json) process.stderr.write(`running ${s.name}…\n`);
  results[s.name] = await runScenario(s, latency);
}

if (values.json) {
  process.stdout.write(`${JSON.stringify({ latencyMs: latency, scenarios: results }, null, 2)}\n`);
} else {
  const rows = [
    [
      'scenario',
      'run',
      'requests',
      'reads',
      'writes',
      'charged',
      '304',
      'minimum',
      'ratio',
      'wall ms',
      'cpu ms',
      'peak RSS MB',
    ],
  ];
  for (const [name, r] of Object.entries(results)) {
    rows.push(
      [
        name,
        'cold',
        r.requests,
        r.reads,
        r.writes,
        r.charged,
        r.notModified,
        r.minimum,
        r.ratio,
        r.wallMs,
        r.cpuMs,
        r.peakRssMb,
      ].map(String),
    );
    if (r.warm)
      rows.push(
        [
          '',
          'warm',
          r.warm.requests,
          r.warm.reads,
          r.warm.writes,
          r.warm.charged,
          r.warm.notModified,
          '',
          `${Math.round(r.warm.chargedShareOfCold * 1000) / 10}% charged`,
          r.warm.wallMs,
          r.warm.cpuMs,
          r.warm.peakRssMb,
        ].map(String),
      );
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  for (const row of rows)
    console.log(row.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  console.log(
    `\nlatency injected per request: ${latency} ms; CPU time and peak RSS are the job's own process (bundled JavaScript, as the actions run).`,
  );
}
