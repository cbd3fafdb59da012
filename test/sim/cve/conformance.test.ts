// Every answer the simulator gives is checked against the CVE Services 2.6.2 OpenAPI description
// (vendored in ./schemas): the status must be one the operation declares, and the body must match the
// schema the spec names for it. Each route the simulator serves must be exercised here.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CveSim } from './index.js';
import type { CveWorld } from './index.js';
import { call, minimalContainer, rejection } from './helpers.js';

type Schema = { $ref?: string; oneOf?: Schema[]; [k: string]: unknown };
interface Operation {
  responses: Record<string, { content?: { 'application/json'?: { schema?: Schema } } }>;
}
const SCHEMAS = new URL('./schemas/', import.meta.url);
const spec = JSON.parse(readFileSync(new URL('openapi.json', SCHEMAS), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
};

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addFormat('int32', {
  type: 'number',
  validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31,
});
const compiled = new Map<string, ValidateFunction>();

/** The spec's refs are relative to its api-docs/ folder ("../schemas/x.json"); here they sit in ./schemas. */
function validator(ref: string): ValidateFunction {
  let v = compiled.get(ref);
  if (!v) {
    const file = ref.replace(/^\.\.\/schemas\//, '');
    // Draft-04 documents: Ajv 8 has no draft-04 meta-schema, and these use nothing draft-04-specific.
    const { $schema: _draft, ...schema } = JSON.parse(readFileSync(new URL(file, SCHEMAS), 'utf8')) as Record<
      string,
      unknown
    >;
    v = ajv.compile(schema);
    compiled.set(ref, v);
  }
  return v;
}

function templateOf(path: string): string | undefined {
  return Object.keys(spec.paths).find((tpl) => new RegExp('^' + tpl.replace(/\{[^}]+\}/g, '[^/]+') + '$').test(path));
}

interface Exchange {
  method: string;
  route: string;
  status: number;
  body: unknown;
  contentType: string | null;
}

/**
 * Where the real service departs from its own spec, the simulator follows the service, so clients meet
 * what production sends. Each entry must still fail the spec's schema, so a fixed spec is noticed.
 */
function knownDeparture(x: Exchange): string | null {
  const body = x.body as Record<string, unknown> | undefined;
  if (x.status === 400 && body?.error === 'INVALID_JSON_SCHEMA') {
    return 'schema failures carry details: {errors: [Ajv errors]}, where bad-request.json says details is an array';
  }
  if (x.route === '/cve/{id}/cna' && x.status === 200) {
    return 'a record carries affected as an array (CVE Record Format 5.x); the response schemas say object';
  }
  if (x.route === '/cve-id' && x.method === 'get' && body && (body.prevPage === null || body.nextPage === null)) {
    return 'the paginator sends prevPage/nextPage null on the first/last page, where the schema says integer';
  }
  return null;
}

describe('CVE Services simulator conforms to the OpenAPI description', () => {
  const exchanges: Exchange[] = [];
  let sim: CveSim;

  beforeAll(async () => {
    const world: CveWorld = {
      cve: {
        now: '2026-05-01T12:00:00.000Z',
        orgs: [
          { short_name: 'PSF', id_quota: 6 },
          { short_name: 'OTHER', users: [{ username: 'x@other.example', secret: 'other' }] },
          {
            short_name: 'MITRE',
            active_roles: ['CNA', 'SECRETARIAT'],
            users: [{ username: 'sec@mitre.example', secret: 'sec' }],
          },
        ],
        id_ranges: { '2026': { start: 1000, end: 1005 } },
      },
    };
    sim = await CveSim.start({ world, pageSize: 2 });
    const base = sim.fetch;
    // Record every exchange, whichever test helper makes it.
    Object.defineProperty(sim, 'fetch', {
      value: (async (input, init) => {
        const request = new Request(input, init);
        const response = await base(request.clone());
        const url = new URL(request.url);
        const text = await response.clone().text();
        exchanges.push({
          method: request.method.toLowerCase(),
          route: templateOf(url.pathname.replace(/^\/api/, '')) ?? url.pathname,
          status: response.status,
          body: text ? JSON.parse(text) : undefined,
          contentType: response.headers.get('content-type'),
        });
        return response;
      }) satisfies typeof fetch,
    });
    await scenario(sim);
  });

  afterAll(async () => {
    await sim.close();
  });

  it('answers only with statuses the spec declares, with bodies matching the schemas it names', () => {
    const problems: string[] = [];
    for (const x of exchanges) {
      const op = spec.paths[x.route]?.[x.method];
      if (!op) {
        problems.push(`${x.method.toUpperCase()} ${x.route}: not in the spec`);
        continue;
      }
      const declared = op.responses[String(x.status)];
      if (!declared) {
        problems.push(`${x.method.toUpperCase()} ${x.route}: status ${x.status} not declared`);
        continue;
      }
      const schema = declared.content?.['application/json']?.schema;
      if (!schema) continue;
      expect(x.contentType).toMatch(/^application\/json/);
      const refs = schema.oneOf ? schema.oneOf.map((s) => s.$ref!) : [schema.$ref!];
      const failures = refs.map((ref) => {
        const v = validator(ref);
        return v(x.body) ? null : `${ref}: ${ajv.errorsText(v.errors)}`;
      });
      const valid = failures.some((f) => f === null);
      const departure = knownDeparture(x);
      if (departure) {
        if (valid)
          problems.push(
            `${x.method.toUpperCase()} ${x.route} ${x.status}: listed as a departure (${departure}) but now conforms`,
          );
      } else if (!valid) {
        problems.push(`${x.method.toUpperCase()} ${x.route} ${x.status}: ${failures.join(' | ')}`);
      }
    }
    expect(problems).toEqual([]);
    expect(exchanges.length).toBeGreaterThan(40);
  });

  it('exercises every route the simulator serves, each with a success and a failure', () => {
    for (const r of sim.routes) {
      const method = r.method.toLowerCase();
      expect(spec.paths[r.path]?.[method], `${r.method} ${r.path} is in the spec`).toBeDefined();
      const seen = exchanges.filter((x) => x.method === method && x.route === r.path);
      expect(
        seen.some((x) => x.status < 300),
        `${r.method} ${r.path} has a success case`,
      ).toBe(true);
      if (r.path !== '/health-check')
        expect(
          seen.some((x) => x.status >= 400),
          `${r.method} ${r.path} has an error case`,
        ).toBe(true);
    }
    expect(exchanges.filter((x) => !spec.paths[x.route])).toEqual([]);
  });
});

/** One pass over every route, through its successes and its typical failures. */
async function scenario(sim: CveSim): Promise<void> {
  const other = { org: 'OTHER', user: 'x@other.example', key: 'other' };
  const secretariat = { org: 'MITRE', user: 'sec@mitre.example', key: 'sec' };
  const wrong = { ...sim.credentials, key: 'wrong' };

  await call(sim, 'GET', '/health-check', { creds: null });

  // POST /cve-id: 200, 206, 400, 401, 403
  await call(sim, 'POST', '/cve-id?amount=1&cve_year=2026&short_name=PSF');
  await call(sim, 'POST', '/cve-id?amount=2&batch_type=sequential&cve_year=2026&short_name=PSF');
  await call(sim, 'POST', '/cve-id?amount=4&batch_type=nonsequential&cve_year=2026&short_name=PSF');
  await call(sim, 'POST', '/cve-id?amount=1&cve_year=2027&short_name=PSF');
  await call(sim, 'POST', '/cve-id?amount=1&cve_year=2026&short_name=OTHER', { creds: secretariat });
  await call(sim, 'POST', '/cve-id?amount=2&cve_year=2026&short_name=PSF');
  await call(sim, 'POST', '/cve-id?amount=1&cve_year=2026&short_name=PSF', { creds: null });
  await call(sim, 'POST', '/cve-id?amount=1&cve_year=2026&short_name=PSF', { creds: wrong });
  await call(sim, 'POST', '/cve-id?amount=1&cve_year=2026&short_name=PSF', { creds: other });
  await call(sim, 'POST', '/cve-id?amount=9&batch_type=sequential&cve_year=2027&short_name=PSF');

  // GET /cve-id: pages, filters, 400, 401
  await call(sim, 'GET', '/cve-id');
  await call(sim, 'GET', '/cve-id?page=2');
  await call(sim, 'GET', '/cve-id?state=RESERVED&cve_id_year=2026');
  await call(sim, 'GET', '/cve-id', { creds: secretariat });
  await call(sim, 'GET', '/cve-id?state=nope');
  await call(sim, 'GET', '/cve-id', { creds: wrong });

  // GET /cve-id/{id}: full, partial, anonymous, 400, 404
  await call(sim, 'GET', '/cve-id/CVE-2026-1000');
  await call(sim, 'GET', '/cve-id/CVE-2026-1000', { creds: other });
  await call(sim, 'GET', '/cve-id/CVE-2026-1000', { creds: null });
  await call(sim, 'GET', '/cve-id/not-an-id');
  await call(sim, 'GET', '/cve-id/CVE-2026-9999');

  // POST /cve/{id}/cna and PUT: 200, 400 (schema, exists), 401, 403 (not owner, no record)
  await call(sim, 'POST', '/cve/CVE-2026-1000/cna', { body: minimalContainer() });
  await call(sim, 'POST', '/cve/CVE-2026-1000/cna', { body: minimalContainer() });
  await call(sim, 'POST', '/cve/CVE-2026-1001/cna', { body: { cnaContainer: { descriptions: [] } } });
  await call(sim, 'POST', '/cve/CVE-2026-1001/cna', { body: minimalContainer(), creds: other });
  await call(sim, 'POST', '/cve/CVE-2026-1001/cna', { body: minimalContainer(), creds: wrong });
  await call(sim, 'PUT', '/cve/CVE-2026-1000/cna', { body: minimalContainer('New title') });
  await call(sim, 'PUT', '/cve/CVE-2026-1001/cna', { body: minimalContainer() });
  await call(sim, 'PUT', '/cve/CVE-2026-1000/cna', { body: { cnaContainer: {} } });
  await call(sim, 'PUT', '/cve/CVE-2026-1000/cna', { body: minimalContainer(), creds: null });

  // POST /cve/{id}/reject and PUT: 200, 400, 401, 403
  await call(sim, 'POST', '/cve/CVE-2026-1001/reject', { body: rejection() });
  await call(sim, 'POST', '/cve/CVE-2026-1001/reject', { body: rejection() });
  await call(sim, 'POST', '/cve/CVE-2026-1002/reject', { body: { cnaContainer: {} } });
  await call(sim, 'POST', '/cve/CVE-2026-1002/reject', { body: rejection(), creds: other });
  await call(sim, 'POST', '/cve/CVE-2026-1002/reject', { body: rejection(), creds: null });
  await call(sim, 'PUT', '/cve/CVE-2026-1000/reject', { body: rejection('Duplicate.') });
  await call(sim, 'PUT', '/cve/CVE-2026-1002/reject', { body: rejection() });
  await call(sim, 'PUT', '/cve/CVE-2026-1000/reject', { body: rejection(), creds: wrong });

  // GET /cve/{id}: published, rejected, 400, 404
  await call(sim, 'PUT', '/cve/CVE-2026-1000/cna', { body: minimalContainer() });
  await call(sim, 'GET', '/cve/CVE-2026-1000', { creds: null });
  await call(sim, 'GET', '/cve/CVE-2026-1001', { creds: null });
  await call(sim, 'GET', '/cve/bogus', { creds: null });
  await call(sim, 'GET', '/cve/CVE-2026-1003', { creds: null });

  // PUT /cve-id/{id}: 200, 400, 401, 403, 404
  await call(sim, 'PUT', '/cve-id/CVE-2026-1002?state=REJECTED');
  await call(sim, 'PUT', '/cve-id/CVE-2026-1002?state=RESERVED');
  await call(sim, 'PUT', '/cve-id/CVE-2026-1002?state=PUBLISHED');
  await call(sim, 'PUT', '/cve-id/CVE-2026-1002?state=REJECTED', { creds: other });
  await call(sim, 'PUT', '/cve-id/CVE-2026-1002?state=REJECTED', { creds: wrong });
  await call(sim, 'PUT', '/cve-id/CVE-2026-1000?state=REJECTED');
  await call(sim, 'PUT', '/cve-id/CVE-2026-9999?state=REJECTED');

  // Orgs: 200, 401, 403, 404
  await call(sim, 'GET', '/org/PSF');
  await call(sim, 'GET', '/org/PSF', { creds: other });
  await call(sim, 'GET', '/org/PSF', { creds: wrong });
  await call(sim, 'GET', '/org/NOPE', { creds: secretariat });
  await call(sim, 'GET', '/org/PSF/id_quota');
  await call(sim, 'GET', '/org/PSF/id_quota', { creds: other });
  await call(sim, 'GET', '/org/PSF/id_quota', { creds: null });
  await call(sim, 'GET', '/org/NOPE/id_quota', { creds: secretariat });

  // Injected faults where the spec declares them: the rate limiter's 429 (GET /cve/{id}, GET
  // /cve-id/{id}) and the service's 500 (every route). The front end's HTML 502-504 are not the
  // service's answers and are not in the spec.
  sim.injectFault({ method: 'GET', route: '/cve/{id}', status: 429 });
  await call(sim, 'GET', '/cve/CVE-2026-1000', { creds: null });
  sim.injectFault({ method: 'GET', route: '/cve-id/{id}', status: 429 });
  await call(sim, 'GET', '/cve-id/CVE-2026-1000');
  sim.injectFault({ method: 'POST', route: '/cve-id', status: 500 });
  await call(sim, 'POST', '/cve-id?amount=1&cve_year=2026&short_name=PSF');
  sim.injectFault({ method: 'PUT', route: '/cve/{id}/cna', status: 500, afterHandling: true });
  await call(sim, 'PUT', '/cve/CVE-2026-1000/cna', { body: minimalContainer() });
}
