// Extracts, from @octokit/openapi's description of api.github.com, the response schemas of exactly the
// operations the GitHub simulator serves (its route table), with the component schemas they refer to,
// into github-responses.json beside this file. Run it when routes change or the package is updated:
//   npx tsx test/conformance/extract-schemas.ts
// The conformance suite checks the committed file equals a fresh extraction from the installed package.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allRoutes } from '../sim/github/routes/index.js';

type JsonObject = { [key: string]: unknown };

export const subsetPath = fileURLToPath(new URL('./github-responses.json', import.meta.url));

export interface OperationSubset {
  operationId: string;
  responses: Record<string, unknown>;
}
export interface ResponseSubset {
  source: string;
  version: string;
  operations: Record<string, OperationSubset>;
  components: { schemas: Record<string, unknown> };
}

function packageDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'node_modules/@octokit/openapi');
    try {
      readFileSync(join(candidate, 'package.json'));
      return candidate;
    } catch {
      if (dirname(dir) === dir) throw new Error('@octokit/openapi is not installed');
      dir = dirname(dir);
    }
  }
}

export function installedVersion(): string {
  return (JSON.parse(readFileSync(join(packageDir(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** The operations served by the simulator that GitHub's description covers ("METHOD template"). */
export function servedOperations(): string[] {
  return allRoutes.filter((r) => !r.preview).map((r) => `${r.method} ${r.template}`);
}

export function extract(): ResponseSubset {
  const description = JSON.parse(
    readFileSync(join(packageDir(), 'generated/api.github.com.json'), 'utf8'),
  ) as JsonObject;
  const paths = description['paths'] as Record<string, Record<string, JsonObject>>;
  const components = description['components'] as {
    schemas: Record<string, unknown>;
    responses: Record<string, JsonObject>;
  };
  const operations: Record<string, OperationSubset> = {};
  const missing: string[] = [];
  for (const key of servedOperations()) {
    const [method, template] = key.split(' ') as [string, string];
    const op = paths[template]?.[method.toLowerCase()];
    if (!op) {
      missing.push(key);
      continue;
    }
    const responses: Record<string, unknown> = {};
    for (const [status, value] of Object.entries(op['responses'] as Record<string, JsonObject>)) {
      const ref = value['$ref'] as string | undefined;
      const response = ref ? components.responses[ref.split('/').at(-1)!]! : value;
      const content = response['content'] as Record<string, { schema?: unknown }> | undefined;
      responses[status] = content?.['application/json']?.schema ?? content?.['application/scim+json']?.schema ?? null;
    }
    operations[key] = { operationId: op['operationId'] as string, responses };
  }
  if (missing.length > 0)
    throw new Error(`routes not in GitHub's description (mark them preview): ${missing.join(', ')}`);
  // Component schemas referred to, transitively.
  const schemas: Record<string, unknown> = {};
  const pending = [...JSON.stringify(operations).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (name in schemas) continue;
    const schema = components.schemas[name];
    if (schema === undefined) throw new Error(`missing component ${name}`);
    schemas[name] = schema;
    for (const m of JSON.stringify(schema).matchAll(/"#\/components\/schemas\/([^"]+)"/g)) pending.push(m[1]!);
  }
  const sorted = Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    source: '@octokit/openapi generated/api.github.com.json',
    version: installedVersion(),
    operations,
    components: { schemas: sorted },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const subset = extract();
  writeFileSync(subsetPath, `${JSON.stringify(subset, null, 1)}\n`);
  console.log(
    `wrote ${Object.keys(subset.operations).length} operations, ${Object.keys(subset.components.schemas).length} schemas to ${subsetPath}`,
  );
}
