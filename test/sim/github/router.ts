// A small router on GitHub's own route templates (`/repos/{owner}/{repo}/pulls/{pull_number}`). Numeric
// parameters only match digits and `{path}` / `{ref}` may span slashes, which keeps literal segments
// (`/pulls/comments`) from being taken for parameters. The table is public: the conformance suite
// derives its list of routes from it.

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteSpec<H> {
  method: Method;
  template: string;
  handler: H;
  /** Counted as a write for stats and secondary limits (default: every method but GET). */
  write?: boolean;
  /** Served outside GitHub's OpenAPI description (the advisory comments preview, GraphQL). */
  preview?: boolean;
}

export interface Match<H> {
  route: RouteSpec<H>;
  params: Record<string, string>;
}

const NUMERIC = new Set([
  'pull_number',
  'issue_number',
  'comment_id',
  'role_id',
  'invitation_id',
  'account_id',
  'review_id',
]);
const GREEDY = new Set(['path', 'ref', 'branch']);

interface Compiled<H> {
  route: RouteSpec<H>;
  regex: RegExp;
  names: string[];
  literal: number;
}

export class Router<H> {
  private readonly compiled: Compiled<H>[] = [];

  add(route: RouteSpec<H>): void {
    const names: string[] = [];
    let literal = 0;
    const source = route.template
      .split('/')
      .map((segment) => {
        const m = /^\{(\w+)\}$/.exec(segment);
        if (!m) {
          literal += segment.length;
          return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        }
        names.push(m[1]!);
        if (NUMERIC.has(m[1]!)) return '(\\d+)';
        if (GREEDY.has(m[1]!)) return '(.+?)';
        return '([^/]+)';
      })
      .join('/');
    this.compiled.push({ route, regex: new RegExp(`^${source}/?$`), names, literal });
    // More literal text first, so `/pulls/comments` wins over `/pulls/{pull_number}`-like shapes.
    this.compiled.sort((a, b) => b.literal - a.literal);
  }

  routes(): RouteSpec<H>[] {
    return this.compiled.map((c) => c.route);
  }

  /** The route for a method and path; `methodMismatch` when only the path matches. */
  match(method: string, path: string): Match<H> | { methodMismatch: true } | undefined {
    let pathMatched = false;
    for (const c of this.compiled) {
      const m = c.regex.exec(path);
      if (!m) continue;
      pathMatched = true;
      if (c.route.method !== method) continue;
      const params: Record<string, string> = {};
      c.names.forEach((name, i) => {
        params[name] = decodeURIComponent(m[i + 1]!);
      });
      return { route: c.route, params };
    }
    return pathMatched ? { methodMismatch: true } : undefined;
  }
}

/** Whether a fault/latency pattern names a request: the route template itself, or a glob over the path. */
export function patternMatches(pattern: string, template: string | undefined, path: string): boolean {
  if (pattern === template) return true;
  const regex = new RegExp(
    `^${pattern
      .split(/(\*\*|\*)/)
      .map((part) => (part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
      .join('')}$`,
  );
  return regex.test(path) || (template !== undefined && regex.test(template));
}
