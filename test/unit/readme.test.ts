// The README stays true: it opens with the two commands, and its tables of action inputs and outputs
// are what the action.yml files declare.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const actions = readdirSync(join(root, 'actions'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, 'actions', d.name, 'action.yml')))
  .map((d) => d.name);

describe('README', () => {
  it('opens with exactly the two commands: the demo and the tests', () => {
    expect(readme.startsWith('```sh\nnpm run demo\nnpm test\n```\n')).toBe(true);
    const scripts = (
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    expect(scripts.demo).toBeDefined();
    expect(scripts.test).toBe('vitest run');
  });

  it("documents every action's inputs and outputs as its action.yml declares them", () => {
    const generated = execFileSync(process.execPath, [join(root, '.ci/action-docs.mjs')], {
      encoding: 'utf8',
    }).trimEnd();
    const start = readme.indexOf('<!-- action-tables:start');
    const end = readme.indexOf('<!-- action-tables:end -->') + '<!-- action-tables:end -->'.length;
    expect(start).toBeGreaterThan(0);
    expect(readme.slice(start, end), 'run `npm run docs` to regenerate the tables').toBe(generated);
    for (const name of actions) {
      const meta = parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8')) as {
        inputs?: object;
        outputs?: object;
        runs: { using: string; main: string };
      };
      expect(meta.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
      for (const input of Object.keys(meta.inputs ?? {})) expect(readme).toContain(`| \`${input}\` |`);
      for (const output of Object.keys(meta.outputs ?? {})) expect(readme).toContain(`| \`${output}\` |`);
      expect(readme).toContain(`\`./actions/${name}\``);
    }
  });
});
