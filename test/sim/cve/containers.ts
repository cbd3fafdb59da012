// Validation of the bodies of POST/PUT /cve/{id}/cna and /cve/{id}/reject against the official CVE
// Record Format 5.2.0 container schemas vendored in config/cve/ (the product's own copies).
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const CONFIG = new URL('../../../config/cve/', import.meta.url);
const PUBLISHED = 'cve-5.2.0-CVE_Record_Format_bundled_cnaPublishedContainer.json';
const REJECTED = 'cve-5.2.0-CVE_Record_Format_bundled_cnaRejectedContainer.json';

export type ContainerKind = 'published' | 'rejected';

let validators: Record<ContainerKind, ValidateFunction> | undefined;

function compiled(): Record<ContainerKind, ValidateFunction> {
  if (!validators) {
    // allErrors off, as in CVE Services: it answers with the first error Ajv finds.
    const ajv = new Ajv({ strict: false, allErrors: false });
    addFormats.default(ajv);
    const wrap = (file: string): ValidateFunction => {
      const schema = JSON.parse(readFileSync(new URL(file, CONFIG), 'utf8')) as { $id: string };
      ajv.addSchema(schema);
      // The official container schemas do not require cnaContainer at the top; the service does.
      return ajv.compile({ type: 'object', required: ['cnaContainer'], allOf: [{ $ref: schema.$id }] });
    };
    validators = { published: wrap(PUBLISHED), rejected: wrap(REJECTED) };
  }
  return validators;
}

/** Ajv's errors for the body, or null when it is valid. */
export function containerErrors(kind: ContainerKind, body: unknown): ErrorObject[] | null {
  const validate = compiled()[kind];
  return validate(body) ? null : (validate.errors ?? []);
}
