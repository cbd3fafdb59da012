// Loading and validating worlds: JSON Schema first (shape), then references (logins, slugs, branches).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { addFormats } from './ajv.js';
import { parse as parseYaml } from 'yaml';
import { checkReferences } from './references.js';
import type { World } from './types.js';

export type * from './types.js';

const here = fileURLToPath(new URL('.', import.meta.url));
export const worldSchemaPath = `${here}world.schema.json`;

export class WorldError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `invalid world:\n  ${problems.slice(0, 50).join('\n  ')}${problems.length > 50 ? `\n  … and ${problems.length - 50} more` : ''}`,
    );
    this.name = 'WorldError';
  }
}

type Validator = ((data: unknown) => boolean) & {
  errors?: { instancePath: string; message?: string; params: Record<string, unknown> }[] | null;
};
let compiled: Validator | undefined;

function validator(): Validator {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
    addFormats(ajv);
    compiled = ajv.compile(JSON.parse(readFileSync(worldSchemaPath, 'utf8')) as object) as Validator;
  }
  return compiled;
}

/** Checks a parsed world against world.schema.json and its references; throws WorldError listing paths. */
export function validateWorld(json: unknown): World {
  const validate = validator();
  if (!validate(json)) {
    const problems = (validate.errors ?? []).map((e) => {
      // Issues, pulls and comments share fields through $ref, so their extra keys are "unevaluated".
      const unknownKey = e.params['additionalProperty'] ?? e.params['unevaluatedProperty'];
      const extra = e.params['allowedValues']
        ? ` (${(e.params['allowedValues'] as unknown[]).join(', ')})`
        : unknownKey
          ? ` ('${String(unknownKey)}')`
          : '';
      return `${e.instancePath || '/'}: ${e.message ?? 'invalid'}${extra}`;
    });
    throw new WorldError([...new Set(problems)]);
  }
  const world = json as World;
  const problems = checkReferences(world);
  if (problems.length > 0) throw new WorldError(problems);
  return world;
}

/** Reads a world file (JSON or YAML), validated. The PSRT worlds are built by psrt/index.ts. */
export function loadWorld(path: string): World {
  const text = readFileSync(path, 'utf8');
  const json: unknown = /\.ya?ml$/i.test(path) ? parseYaml(text) : JSON.parse(text);
  return validateWorld(json);
}
