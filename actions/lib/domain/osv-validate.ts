// OSV records checked against OSV's own JSON Schema (config/osv/osv-schema.json, draft 2020-12, vendored
// byte for byte). The one entry point is validateOsvRecord, so a build-time compiled validator can take
// its place without touching the callers.
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import osvSchema from '../../../config/osv/osv-schema.json' with { type: 'json' };

type FormatsPlugin = (ajv: Ajv2020) => Ajv2020;
// ajv-formats is CommonJS: under NodeNext its default import is typed as the module, at run time it is
// the plugin (or, bundled, an object holding it as `default`).
const addFormats: FormatsPlugin =
  (formats as unknown as { default?: FormatsPlugin }).default ?? (formats as unknown as FormatsPlugin);

let validator: ValidateFunction | undefined;

function compiled(): ValidateFunction {
  // The upstream schema uses if/then without restating types, which Ajv's strict mode rejects; it is
  // valid JSON Schema, so strict mode is off for it alone.
  validator ??= (() => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    return ajv.compile(osvSchema);
  })();
  return validator;
}

function describe(e: ErrorObject): string {
  const where = e.instancePath === '' ? 'the record' : e.instancePath;
  if (e.keyword === 'additionalProperties') {
    return `${where}: unknown field "${String((e.params as { additionalProperty: string }).additionalProperty)}"`;
  }
  if (e.keyword === 'pattern') return `${where}: ${JSON.stringify(e.data)} does not match ${String(e.params.pattern)}`;
  return `${where}: ${e.message ?? e.keyword}`;
}

/** The schema's complaints about one record (empty when it is valid), one line each, with the JSON path. */
export function validateOsvRecord(record: unknown): string[] {
  const validate = compiled();
  if (validate(record)) return [];
  // oneOf/if branches repeat the same complaint; one line per distinct message is enough.
  return [...new Set((validate.errors ?? []).filter((e) => e.keyword !== 'if').map(describe))];
}
