// The validators compiled at build time (.ci/compile-schemas.mjs) report exactly what Ajv reports when
// it compiles the same schema at run time, error for error (paths, keywords, params, data, schemas), on
// the bad-input corpus and on files that are valid.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, parseYaml } from '../../actions/lib/config/yaml-source.js';
import generatedMembers from '../../actions/lib/config/generated/members.validate.cjs';
import generatedPolicy from '../../actions/lib/config/generated/policy.validate.cjs';
import manifest from '../../.ci/schemas.json' with { type: 'json' };

const root = join(import.meta.dirname, '../..');
const CORPUS = join(root, 'test/fixtures/bad-input');
const GENERATED = { members: generatedMembers, policy: generatedPolicy };

function runtimeValidator(name: 'members' | 'policy') {
  const spec = manifest.validators.find((v) => v.name === name)!;
  const ajv = new Ajv2020({ allErrors: true, verbose: spec.verbose, strict: spec.strict });
  return ajv.compile(JSON.parse(readFileSync(join(root, spec.schema), 'utf8')));
}

/** YAML data of each corpus file (and the real files' shape) that gets as far as the schema check. */
function samples(prefix: 'members' | 'policy'): [string, unknown][] {
  const files = readdirSync(CORPUS).filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.yaml'));
  const out: [string, unknown][] = [];
  for (const file of files.sort()) {
    const decoded = decodeUtf8(file, readFileSync(join(CORPUS, file)));
    if (decoded.text === undefined) continue;
    const { source } = parseYaml(file, decoded.text);
    if (source) out.push([file, source.data]);
  }
  out.push(['a valid shape', prefix === 'members' ? { members: [{ name: 'Ada', login: 'ada' }] } : {}]);
  return out;
}

describe('generated schema validators', () => {
  it('cover every validator listed in .ci/schemas.json', () => {
    expect(manifest.validators.map((v) => v.name).sort()).toEqual(Object.keys(GENERATED).sort());
  });

  for (const name of ['members', 'policy'] as const) {
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
