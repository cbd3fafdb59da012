// The validators compiled at build time (.ci/compile-schemas.mjs) report exactly what Ajv reports when
// it compiles the same schema at run time, error for error (paths, keywords, params, data, schemas), on
// the bad-input corpus and on files that are valid.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, parseYaml } from '../../actions/lib/config/yaml-source.js';
import generatedMembers from '../../actions/lib/config/generated/members.validate.cjs';
import generatedPolicy from '../../actions/lib/config/generated/policy.validate.cjs';
import generatedReport from '../../actions/lib/config/generated/report.validate.cjs';
import manifest from '../../.ci/schemas.json' with { type: 'json' };

const root = join(import.meta.dirname, '../..');
const CORPUS = join(root, 'test/fixtures/bad-input');
const REPORT_CORPUS = join(root, 'test/fixtures/bad-reports');
const GENERATED = { members: generatedMembers, policy: generatedPolicy, report: generatedReport };
type Name = keyof typeof GENERATED;

function runtimeValidator(name: Name) {
  const spec = manifest.validators.find((v) => v.name === name)!;
  const ajv = new Ajv2020({ allErrors: true, verbose: spec.verbose, strict: spec.strict });
  return ajv.compile(JSON.parse(readFileSync(join(root, spec.schema), 'utf8')));
}

/** YAML data of each corpus file (and the real files' shape) that gets as far as the schema check. */
function samples(prefix: Name): [string, unknown][] {
  const files =
    prefix === 'report'
      ? readdirSync(REPORT_CORPUS).flatMap((dir) =>
          readdirSync(join(REPORT_CORPUS, dir)).map((f) => join(REPORT_CORPUS, dir, f)),
        )
      : readdirSync(CORPUS)
          .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.yaml'))
          .map((f) => join(CORPUS, f));
  const out: [string, unknown][] = [];
  for (const file of files.sort()) {
    const decoded = decodeUtf8(file, readFileSync(file));
    if (decoded.text === undefined) continue;
    const { source } = parseYaml(file, decoded.text);
    if (source) out.push([relative(root, file), source.data]);
  }
  const valid = {
    members: { members: [{ name: 'Ada', login: 'ada' }] },
    policy: {},
    report: { repo: 'python/cpython', ghsa: 'GHSA-2222-3333-4444' },
  };
  out.push(['a valid shape', valid[prefix]]);
  return out;
}

describe('generated schema validators', () => {
  it('cover every validator listed in .ci/schemas.json', () => {
    expect(manifest.validators.map((v) => v.name).sort()).toEqual(Object.keys(GENERATED).sort());
  });

  for (const name of ['members', 'policy', 'report'] as const) {
    describe(name, () => {
      const runtime = runtimeValidator(name);
      const generated = GENERATED[name];
      const cases = samples(name);

      it('has corpus files that fail the schema, so the comparison compares errors', () => {
        expect(cases.filter(([, data]) => !runtime(data)).length).toBeGreaterThan(3);
      });

      for (const [file, data] of cases) {
        it(file, () => {
          const valid = runtime(data);
          expect(generated(data)).toBe(valid);
          expect(generated.errors ?? null).toEqual(runtime.errors ?? null);
        });
      }
    });
  }
});
