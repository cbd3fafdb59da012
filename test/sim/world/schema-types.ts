// types.ts is generated from world.schema.json, the one definition of the world format:
//
//   npx tsx test/sim/world/schema-types.ts        writes types.ts
//
// world.test.ts fails when types.ts is not what this makes of the schema. Every titled definition (and
// the root, `World`) becomes an exported type; untitled ones are written inline where they are used. A
// definition that adds properties to a `$ref` becomes an interface extending it. Descriptions become doc
// comments. What TypeScript cannot say (patterns, formats, minimums, "one of sha or ref") stays in the
// schema, which the loader checks.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

/** The part of JSON Schema 2020-12 the world schema uses. */
export interface SchemaNode {
  title?: string;
  description?: string;
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  $defs?: Record<string, SchemaNode>;
}

export const schemaPath = fileURLToPath(new URL('./world.schema.json', import.meta.url));
export const typesPath = fileURLToPath(new URL('./types.ts', import.meta.url));

const HEADER = `// Generated from world.schema.json by schema-types.ts: do not edit. Change the schema, then run
//   npx tsx test/sim/world/schema-types.ts
// The schema is the world format (README.md beside it is the guide); these are its TypeScript types.
`;

/** The TypeScript source of types.ts for a world schema, formatted as the repository formats it. */
export async function typesFromSchema(root: SchemaNode): Promise<string> {
  const defs = root.$defs ?? {};
  const nameOf = (ref: string): { name?: string; node: SchemaNode } => {
    const key = /^#\/\$defs\/(.+)$/.exec(ref)?.[1];
    const node = key === undefined ? undefined : defs[key];
    if (!node) throw new Error(`world schema: unknown $ref ${ref}`);
    return { ...(node.title ? { name: node.title } : {}), node };
  };

  const literal = (v: unknown): string => (typeof v === 'string' ? `'${v.replace(/'/g, "\\'")}'` : JSON.stringify(v));

  const union = (parts: string[]): string => {
    const unique = [...new Set(parts)];
    // `null` last, as a reader expects it.
    return [...unique.filter((p) => p !== 'null'), ...unique.filter((p) => p === 'null')].join(' | ');
  };

  const element = (t: string): string => (/[|&]/.test(t) ? `(${t})[]` : `${t}[]`);

  /** A subschema that only constrains which properties are present (`{"required": […]}`). */
  const constraintOnly = (n: SchemaNode): boolean => Object.keys(n).every((k) => k === 'required');

  function tsType(node: SchemaNode, indent: string): string {
    if (node.$ref !== undefined && !node.properties) {
      const target = nameOf(node.$ref);
      return target.name ?? tsType(target.node, indent);
    }
    if (node.const !== undefined) return literal(node.const);
    if (node.enum) return union(node.enum.map(literal));
    const alternatives = [...(node.oneOf ?? []), ...(node.anyOf ?? [])].filter((n) => !constraintOnly(n));
    if (alternatives.length > 0) return union(alternatives.map((n) => tsType(n, indent)));
    const types = node.type === undefined ? (node.properties ? ['object'] : []) : [node.type].flat();
    if (types.length === 0) return 'unknown';
    return union(types.map((t) => single(t, node, indent)));
  }

  function single(type: string, node: SchemaNode, indent: string): string {
    switch (type) {
      case 'string':
        return 'string';
      case 'integer':
      case 'number':
        return 'number';
      case 'boolean':
        return 'boolean';
      case 'null':
        return 'null';
      case 'array':
        return element(node.items ? tsType(node.items, indent) : 'unknown');
      case 'object':
        if (node.properties) return objectBody(node, indent);
        if (typeof node.additionalProperties === 'object')
          return `Record<string, ${tsType(node.additionalProperties, indent)}>`;
        return 'Record<string, unknown>';
      default:
        throw new Error(`world schema: type ${type} has no TypeScript counterpart here`);
    }
  }

  function doc(text: string | undefined, indent: string): string {
    if (!text) return '';
    const width = 116 - indent.length;
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/)) {
      if (line && line.length + word.length + 1 > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
    if (lines.length === 1 && lines[0]!.length <= width - 4) return `${indent}/** ${lines[0]} */\n`;
    return `${indent}/**\n${lines.map((l) => `${indent} * ${l}`).join('\n')}\n${indent} */\n`;
  }

  function objectBody(node: SchemaNode, indent: string, declared = false): string {
    const inner = `${indent}  `;
    const required = new Set(node.required ?? []);
    const members = Object.entries(node.properties ?? {}).map(([key, prop]) => {
      const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : literal(key);
      return `${doc(prop.description, inner)}${inner}${name}${required.has(key) ? '' : '?'}: ${tsType(prop, inner)};\n`;
    });
    // Small inline shapes without doc comments stay on one line (Prettier breaks them when too long).
    if (!declared && !Object.values(node.properties ?? {}).some((p) => p.description))
      return `{ ${members.map((m) => m.trim()).join(' ')} }`;
    return `{\n${members.join('')}${indent}}`;
  }

  function declaration(name: string, node: SchemaNode): string {
    const comment = doc(node.description, '');
    if (node.properties) {
      const base = node.$ref === undefined ? '' : ` extends ${nameOf(node.$ref).name ?? 'never'}`;
      return `${comment}export interface ${name}${base} ${objectBody(node, '', true)}\n`;
    }
    return `${comment}export type ${name} = ${tsType(node, '')};\n`;
  }

  const { $defs: _defs, ...top } = root;
  const declarations = [
    declaration(root.title ?? 'World', top),
    ...Object.values(defs)
      .filter((node) => node.title)
      .map((node) => declaration(node.title!, node)),
  ];
  const text = `${HEADER}\n${declarations.join('\n')}`;
  const config = (await prettier.resolveConfig(typesPath)) ?? {};
  return prettier.format(text, { ...config, filepath: typesPath });
}

export async function generatedTypes(): Promise<string> {
  return typesFromSchema(JSON.parse(readFileSync(schemaPath, 'utf8')) as SchemaNode);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(typesPath, await generatedTypes());
  console.log(`wrote ${typesPath}`);
}
