// Checks a GraphQL response is well-formed for its query: the data is served back through GitHub's schema
// with resolvers that read response keys (aliases included), so a wrong type, an unknown enum value, a
// missing non-null field or an extra field fails; errors must carry a message (and GitHub's shape).
import { execute, parse, type GraphQLFieldResolver, type GraphQLTypeResolver } from 'graphql';
import { githubSchema } from '../sim/github/graphql.js';

const byResponseKey: GraphQLFieldResolver<unknown, unknown> = (source, _args, _ctx, info) => {
  if (typeof source !== 'object' || source === null) return null;
  const key = String(info.path.key);
  const record = source as Record<string, unknown>;
  if (!(key in record)) throw new Error(`missing field ${info.parentType.name}.${info.fieldName} (key ${key})`);
  return record[key];
};

const byTypename: GraphQLTypeResolver<unknown, unknown> = (value) => {
  const t = (value as { __typename?: unknown }).__typename;
  if (typeof t !== 'string') throw new Error('abstract type without __typename in the query');
  return t;
};

export interface GraphqlResponse {
  data?: unknown;
  errors?: { message?: unknown; type?: unknown; path?: unknown }[];
}

export async function graphqlProblems(
  query: string,
  variables: Record<string, unknown>,
  response: GraphqlResponse,
  allowErrors = false,
): Promise<string[]> {
  const problems: string[] = [];
  for (const e of response.errors ?? []) {
    if (typeof e.message !== 'string') problems.push(`error without message: ${JSON.stringify(e)}`);
    if (e.type !== undefined && typeof e.type !== 'string')
      problems.push(`error type is not a string: ${JSON.stringify(e)}`);
  }
  if (!allowErrors && response.errors?.length) problems.push(`unexpected errors: ${JSON.stringify(response.errors)}`);
  if (response.data === null || response.data === undefined) return problems;
  const data = response.data as Record<string, unknown>;
  const errorPaths = new Set((response.errors ?? []).map((e) => JSON.stringify(e.path ?? [])));
  const result = await execute({
    schema: githubSchema(),
    document: parse(query),
    rootValue: data,
    variableValues: variables,
    fieldResolver: byResponseKey,
    typeResolver: byTypename,
  });
  for (const e of result.errors ?? []) {
    // A null where the server reported an error for that path is how GitHub answers (e.g. NOT_FOUND).
    if (errorPaths.has(JSON.stringify(e.path ?? []))) continue;
    problems.push(`${(e.path ?? []).join('.')}: ${e.message}`);
  }
  if (JSON.stringify(result.data) !== JSON.stringify(data))
    problems.push('response has fields the query did not ask for, or in another order');
  return problems;
}
