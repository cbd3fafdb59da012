// A whole CVE record checked against the official CVE JSON 5.2 schema vendored in config/cve/. The one
// place the desk validates records, so the way the schema is compiled can change behind it.
import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import recordSchema from '../../../../config/cve/cve-5.2.0-CVE_Record_Format_bundled.json' with { type: 'json' };

export interface CveSchemaProblem {
  /** JSON Pointer into the record, e.g. /containers/cna/references/0/url ('' for the record itself). */
  path: string;
  message: string;
}

type Branch = 'any' | 'published' | 'rejected';

/** The schema is oneOf [published, rejected]: checking the branch the record claims keeps the other
 * branch's complaints out of the messages. */
const BRANCH_REF: Record<Branch, string> = {
  any: recordSchema.$id,
  published: `${recordSchema.$id}#/oneOf/0`,
  rejected: `${recordSchema.$id}#/oneOf/1`,
};

let ajv: Ajv | undefined;
const validators = new Map<Branch, ValidateFunction>();

/** Compiled on first use, one branch at a time (the published branch alone takes ~0.1 s). */
function validatorFor(record: unknown): ValidateFunction {
  const state =
    typeof record === 'object' && record !== null && 'cveMetadata' in record
      ? (record.cveMetadata as { state?: unknown } | null)?.state
      : undefined;
  const branch: Branch = state === 'PUBLISHED' ? 'published' : state === 'REJECTED' ? 'rejected' : 'any';
  let validate = validators.get(branch);
  if (!validate) {
    if (!ajv) {
      ajv = new Ajv({ strict: false, allErrors: true });
      addFormats.default(ajv);
      ajv.addSchema(recordSchema);
    }
    validate = ajv.compile({ $ref: BRANCH_REF[branch] });
    validators.set(branch, validate);
  }
  return validate;
}

/** Ajv reports every branch of a failed oneOf/anyOf; the leaf errors say what to fix. */
function leafErrors(errors: ErrorObject[]): ErrorObject[] {
  const leaves = errors.filter((e) => !['oneOf', 'anyOf', 'allOf', 'if', 'not'].includes(e.keyword));
  return leaves.length > 0 ? leaves : errors;
}

function describe(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') return `has an unknown property "${String(p.additionalProperty)}"`;
  if (error.keyword === 'required') return `lacks the required property "${String(p.missingProperty)}"`;
  if (error.keyword === 'enum' && Array.isArray(p.allowedValues))
    return `must be one of ${p.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  // Ajv's own messages name the rule ("must match format \"uri\"", "must NOT have more than 4096 characters")
  // and never quote the value, which may be embargoed text.
  return error.message ?? error.keyword;
}

/**
 * The record's problems against the CVE JSON 5.2 schema (empty when valid), deduplicated, in the
 * schema's order. Messages name the path and the rule, never the value.
 */
export function validateCveRecord(record: unknown): CveSchemaProblem[] {
  const validate = validatorFor(record);
  if (validate(record)) return [];
  const seen = new Set<string>();
  const problems: CveSchemaProblem[] = [];
  for (const error of leafErrors(validate.errors ?? [])) {
    const problem = { path: error.instancePath, message: describe(error) };
    const key = `${problem.path} ${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}
