// Ajv validators for GitHub's response schemas (the committed subset of @octokit/openapi) and for the
// simulator's own preview schemas. OpenAPI 3.0's `nullable` is rewritten to JSON Schema (anyOf null),
// formats are checked (date-time, uri, email…).
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { addFormats } from '../sim/world/ajv.js';
import { subsetPath, type ResponseSubset } from './extract-schemas.js';

const previewPath = new URL('./preview-schemas.json', import.meta.url);

/**
 * OpenAPI 3.0 → JSON Schema: `nullable: true` becomes `anyOf: [schema, {type: null}]`, and `oneOf` becomes
 * `anyOf` (the description's alternatives overlap, e.g. basic-error and repository-rule-violation-error,
 * so a real GitHub body would match "more than one").
 */
export function openApiToJsonSchema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(openApiToJsonSchema);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === 'nullable' || k === 'example' || k === 'examples' || k.startsWith('x-')) continue;
    out[k === 'oneOf' ? 'anyOf' : k] =
      k === 'properties' || k === 'patternProperties'
        ? Object.fromEntries(
            Object.entries(v as Record<string, unknown>).map(([name, s]) => [name, openApiToJsonSchema(s)]),
          )
        : openApiToJsonSchema(v);
  }
  if ((value as { nullable?: unknown }).nullable === true) {
    if (Array.isArray(out['enum']) && !out['enum'].includes(null)) out['enum'] = [...(out['enum'] as unknown[]), null];
    return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

export class ResponseValidator {
  readonly subset: ResponseSubset;
  private readonly ajv: Ajv;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor() {
    this.subset = JSON.parse(readFileSync(subsetPath, 'utf8')) as ResponseSubset;
    this.ajv = new Ajv({ strict: false, allErrors: true, logger: false });
    addFormats(this.ajv);
    const operations = Object.fromEntries(
      Object.values(this.subset.operations).map((op) => [op.operationId, { responses: op.responses }]),
    );
    this.ajv.addSchema(openApiToJsonSchema({ $id: 'gh', operations, components: this.subset.components }) as object);
    this.ajv.addSchema({ $id: 'preview', ...(JSON.parse(readFileSync(previewPath, 'utf8')) as object) });
  }

  /** Statuses GitHub documents for an operation ("METHOD template"), or undefined when it is not in the subset. */
  documented(operation: string): string[] | undefined {
    const op = this.subset.operations[operation];
    return op ? Object.keys(op.responses) : undefined;
  }

  /** Errors of a body against the operation's schema for the status (empty when valid). */
  validate(operation: string, status: number, body: unknown): string[] {
    const op = this.subset.operations[operation];
    if (!op) return [`${operation} is not in the extracted subset`];
    if (!(String(status) in op.responses))
      return [
        `status ${status} is not documented for ${operation} (documented: ${Object.keys(op.responses).join(', ')})`,
      ];
    if (op.responses[String(status)] === null) {
      if (body === null || body === undefined) return [];
      // The description documents some error statuses without a body; GitHub still sends its error body.
      return status >= 400
        ? this.run('gh#/components/schemas/basic-error', body)
        : [`status ${status} has no body in the description`];
    }
    const pointer = `gh#/operations/${op.operationId.replace(/~/g, '~0').replace(/\//g, '~1')}/responses/${status}`;
    return this.run(pointer, body);
  }

  validatePreview(name: string, body: unknown): string[] {
    return this.run(`preview#/${name}`, body);
  }

  private run(ref: string, body: unknown): string[] {
    let fn = this.cache.get(ref);
    if (!fn) {
      fn = this.ajv.getSchema(ref) ?? this.ajv.compile({ $ref: ref });
      this.cache.set(ref, fn);
    }
    if (fn(body)) return [];
    return (fn.errors ?? [])
      .slice(0, 8)
      .map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
  }
}
