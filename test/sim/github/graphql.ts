// GraphQL at POST /graphql: queries are parsed, validated and executed with graphql-js against GitHub's
// real schema (@octokit/graphql-schema), so invalid queries fail as they would on GitHub. Resolvers cover
// what psrt-ops sends (graphql-objects.ts); any other field answers a clear "not implemented" error.
// Queries are charged like GitHub: connections' requests summed, divided by 100, at least 1 point.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Kind,
  buildSchema,
  execute,
  getNamedType,
  isAbstractType,
  parse,
  validate,
  type DocumentNode,
  type FieldNode,
  type GraphQLError,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type GraphQLTypeResolver,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { rootMutation, rootQuery, type GqlContext } from './graphql-objects.js';

let schemaCache: GraphQLSchema | undefined;

/** GitHub's public schema, built once per process (about a quarter of a second). */
export function githubSchema(): GraphQLSchema {
  if (!schemaCache) {
    // The package exports only its index (which parses a 5 MB JSON at import): read the SDL file itself.
    let dir = dirname(fileURLToPath(import.meta.url));
    const sdl = (d: string): string => join(d, 'node_modules/@octokit/graphql-schema/schema.graphql');
    while (!existsSync(sdl(dir))) {
      if (dirname(dir) === dir) throw new Error('@octokit/graphql-schema is not installed');
      dir = dirname(dir);
    }
    const path = sdl(dir);
    schemaCache = buildSchema(readFileSync(path, 'utf8'), { assumeValidSDL: true });
  }
  return schemaCache;
}

/** An error GitHub reports with a `type` (NOT_FOUND, FORBIDDEN, …). */
export class TypedError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export interface GqlError {
  type?: string;
  message: string;
  path?: (string | number)[];
  locations?: { line: number; column: number }[];
  extensions?: Record<string, unknown>;
}

export interface Prepared {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  cost: number;
  nodeCount: number;
}

/** Parses, validates and costs a query; returns GitHub-style errors for invalid ones. */
export function prepare(
  query: string,
  variables: Record<string, unknown>,
  operationName?: string,
): Prepared | { errors: GqlError[] } {
  const schema = githubSchema();
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    const e = error as GraphQLError;
    return {
      errors: [
        {
          message: `Parse error on ${JSON.stringify(e.message)}`,
          locations: e.locations ? [...e.locations] : undefined,
        },
      ],
    };
  }
  const validation = validate(schema, document);
  if (validation.length > 0) return { errors: validation.map(githubValidationError) };
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (!operation)
    return {
      errors: [{ message: operationName ? `No operation named "${operationName}"` : 'An operation name is required' }],
    };
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const { requests, nodes } = costOf(schema, operation, fragments, variables);
  if (nodes > 500_000)
    return {
      errors: [
        {
          type: 'MAX_NODE_LIMIT_EXCEEDED',
          message: `This query requests up to ${nodes.toLocaleString('en-US')} possible nodes which exceeds the maximum limit of 500,000.`,
        },
      ],
    };
  return { document, operation, cost: Math.max(1, Math.round(requests / 100)), nodeCount: nodes };
}

function githubValidationError(e: GraphQLError): GqlError {
  const locations = e.locations ? [...e.locations] : undefined;
  const undefinedField = /^Cannot query field "(\w+)" on type "(\w+)"\./.exec(e.message);
  if (undefinedField) {
    return {
      message: `Field '${undefinedField[1]}' doesn't exist on type '${undefinedField[2]}'`,
      locations,
      extensions: { code: 'undefinedField', typeName: undefinedField[2], fieldName: undefinedField[1] },
    };
  }
  const unknownArg = /^Unknown argument "(\w+)" on field "(\w+)\.(\w+)"\./.exec(e.message);
  if (unknownArg) {
    return {
      message: `Field '${unknownArg[3]}' doesn't accept argument '${unknownArg[1]}'`,
      locations,
      extensions: { code: 'argumentNotAccepted', name: unknownArg[3], typeName: 'Field', argumentName: unknownArg[1] },
    };
  }
  return { message: e.message, locations };
}

function argNumber(value: ValueNode | undefined, variables: Record<string, unknown>): number | undefined {
  if (!value) return undefined;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === 'number' ? v : undefined;
  }
  return undefined;
}

/** GitHub's rate-limit calculation: one request per connection per parent, nodes as the product of limits. */
function costOf(
  schema: GraphQLSchema,
  op: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): { requests: number; nodes: number } {
  let requests = 0;
  let nodes = 0;
  const root = op.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  const walk = (set: SelectionSetNode, type: GraphQLCompositeType | null | undefined, multiplier: number): void => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const f = fragments.get(sel.name.value);
        if (f) walk(f.selectionSet, schema.getType(f.typeCondition.name.value) as GraphQLCompositeType, multiplier);
        continue;
      }
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        walk(
          sel.selectionSet,
          sel.typeCondition ? (schema.getType(sel.typeCondition.name.value) as GraphQLCompositeType) : type,
          multiplier,
        );
        continue;
      }
      const field = sel as FieldNode;
      if (!field.selectionSet || !type || !('getFields' in type)) continue;
      const def = type.getFields()[field.name.value];
      if (!def) continue;
      const child = getNamedType(def.type) as GraphQLCompositeType;
      let next = multiplier;
      const limit =
        argNumber(field.arguments?.find((a) => a.name.value === 'first')?.value, variables) ??
        argNumber(field.arguments?.find((a) => a.name.value === 'last')?.value, variables);
      if (child.name.endsWith('Connection') && limit !== undefined) {
        requests += multiplier;
        next = multiplier * limit;
        nodes += next;
      }
      walk(field.selectionSet, isAbstractType(child) || 'getFields' in child ? child : null, next);
    }
  };
  walk(op.selectionSet, root, 1);
  return { requests, nodes };
}

/** Resolvers: objects carry their fields as values or functions of the arguments. */
const fieldResolver: GraphQLFieldResolver<unknown, GqlContext> = (source, args, context, info) => {
  if (typeof source !== 'object' || source === null) return null;
  const value = (source as Record<string, unknown>)[info.fieldName];
  if (value === undefined) {
    throw new TypedError(
      'NOT_IMPLEMENTED',
      `The GitHub simulator does not implement the field '${info.fieldName}' on type '${info.parentType.name}'.`,
    );
  }
  return typeof value === 'function' ? (value as (a: unknown, c: GqlContext) => unknown)(args, context) : value;
};

const typeResolver: GraphQLTypeResolver<unknown, GqlContext> = (value) => (value as { __typename?: string }).__typename;

export async function run(
  prepared: Prepared,
  context: GqlContext,
  variables: Record<string, unknown>,
): Promise<{ data: unknown; errors?: GqlError[] }> {
  const result = await execute({
    schema: githubSchema(),
    document: prepared.document,
    operationName: prepared.operation.name?.value,
    rootValue: prepared.operation.operation === 'mutation' ? rootMutation(context) : rootQuery(context),
    contextValue: context,
    variableValues: variables,
    fieldResolver,
    typeResolver,
  });
  const errors = result.errors?.map((e): GqlError => {
    const original = e.originalError;
    const path = e.path ? [...e.path] : undefined;
    const locations = e.locations ? [...e.locations] : undefined;
    if (original instanceof TypedError) return { type: original.type, path, locations, message: original.message };
    return { path, locations, message: e.message };
  });
  return { data: result.data ?? null, ...(errors && errors.length > 0 ? { errors } : {}) };
}
