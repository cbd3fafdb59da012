// Small helpers for the simulator's own tests: one call = one API request with the CNA headers.
import type { CveCredentials, CveSim } from './index.js';

export interface ApiResult {
  status: number;
  body: Record<string, unknown>;
}

export async function call(
  sim: CveSim,
  method: string,
  path: string,
  opts: { creds?: CveCredentials | null; body?: unknown; viaSocket?: boolean } = {},
): Promise<ApiResult> {
  const creds = opts.creds === undefined ? sim.credentials : opts.creds;
  const headers: Record<string, string> = {};
  if (creds) Object.assign(headers, { 'CVE-API-ORG': creds.org, 'CVE-API-USER': creds.user, 'CVE-API-KEY': creds.key });
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  const doFetch = opts.viaSocket ? fetch : sim.fetch;
  const res = await doFetch(sim.url + path, {
    method,
    headers,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as ApiResult['body']) : {} };
}

/** The smallest container CVE Services accepts, in the PSF's conventions. */
export function minimalContainer(title = 'Example vulnerability in CPython'): {
  cnaContainer: Record<string, unknown>;
} {
  return {
    cnaContainer: {
      title,
      descriptions: [
        {
          lang: 'en',
          value: 'A flaw in an example module of CPython before 3.12.5 lets a remote attacker do something.',
        },
      ],
      affected: [
        {
          vendor: 'Python Software Foundation',
          product: 'CPython',
          repo: 'https://github.com/python/cpython',
          defaultStatus: 'unaffected',
          versions: [{ version: '0', lessThan: '3.12.5', status: 'affected', versionType: 'python' }],
        },
      ],
      references: [{ url: 'https://github.com/python/cpython/issues/1', tags: ['issue-tracking'] }],
    },
  };
}

export function rejection(reason = 'This candidate was issued in error.'): { cnaContainer: Record<string, unknown> } {
  return { cnaContainer: { rejectedReasons: [{ lang: 'en', value: reason }] } };
}
