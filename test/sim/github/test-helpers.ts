// Small helpers for the simulator's own tests: requests with a token, JSON bodies, next links.
import type { GitHubSim } from './index.js';

export interface Reply<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export function client(sim: GitHubSim, token: string) {
  const request = async <T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply<T>> => {
    const res = await sim.fetch(path, {
      method,
      headers: { authorization: `token ${token}`, ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T, headers: res.headers };
  };
  return {
    get: <T = unknown>(path: string, headers?: Record<string, string>) => request<T>('GET', path, undefined, headers),
    post: <T = unknown>(path: string, body?: unknown) => request<T>('POST', path, body),
    put: <T = unknown>(path: string, body?: unknown) => request<T>('PUT', path, body),
    patch: <T = unknown>(path: string, body?: unknown) => request<T>('PATCH', path, body),
    del: <T = unknown>(path: string) => request<T>('DELETE', path),
  };
}

export function link(headers: Headers, rel: 'next' | 'prev' | 'last' | 'first'): string | undefined {
  const m = new RegExp(`<([^>]+)>; rel="${rel}"`).exec(headers.get('link') ?? '');
  return m ? m[1]!.replace(/^https?:\/\/[^/]+/, '') : undefined;
}
