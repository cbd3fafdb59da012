// CVE Services simulator: a node:http server (and the same handler as an in-process fetch) over the
// state of a world. API routes live under /api as in production; control routes under /_sim.
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CveFaults, faultResponse } from './faults.js';
import type { CveFaultSpec } from './faults.js';
import { CveService } from './service.js';
import type { CveSimStats, Reply, RouteDef } from './service.js';
import type { CveWorld, Json } from './world.js';

export type { CveFaultSpec } from './faults.js';
export type { CveSimStats, RouteStats } from './service.js';
export type {
  CveIdEntry,
  CveIdSpec,
  CveOrgSpec,
  CveRecord,
  CveSection,
  CveUserSpec,
  CveWorld,
  IdRange,
} from './world.js';
export { DEFAULT_ORG } from './world.js';

export interface CveSimOptions {
  world: CveWorld;
  /** 0 or absent: a free port. */
  port?: number;
  /** Items per page of GET /cve-id (the service uses 500). */
  pageSize?: number;
}

export interface CveCredentials {
  org: string;
  user: string;
  key: string;
}

const API = '/api';
const CONTROL = '/_sim';

/** What an in-process fetch throws, and a socket does, when a fault drops the connection. */
function connectionReset(): TypeError {
  return new TypeError('fetch failed', { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) });
}

/** The answer to a request: a response, or the connection dropped. */
type Answer = Response | 'reset';

export class CveSim {
  /** Base URL including the /api prefix, e.g. http://127.0.0.1:5000/api. */
  readonly url: string;
  /** Base URL of the control routes (/_sim). */
  readonly controlUrl: string;
  /** WHATWG fetch over the same state and stats, without a socket; the URL's host is ignored. */
  readonly fetch: typeof fetch;
  private readonly faults = new CveFaults();
  /** Requests held by a hang fault, released when the simulator closes. */
  private readonly hanging = new Set<() => void>();

  private constructor(
    private readonly service: CveService,
    private readonly server: Server,
    origin: string,
  ) {
    this.url = origin + API;
    this.controlUrl = origin + CONTROL;
    this.fetch = async (input, init) => {
      // The caller's own signal, not the Request's: undici's Request follows it through a weak
      // reference that garbage collection can drop, and a hang would then never end.
      const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
      const answer = await this.respond(new Request(input, init), signal ?? undefined);
      if (answer === 'reset') throw connectionReset();
      return answer;
    };
  }

  static async start(opts: CveSimOptions): Promise<CveSim> {
    const service = new CveService(opts.world, opts.pageSize);
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    const sim = new CveSim(service, server, `http://127.0.0.1:${port}`);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => void sim.serve(req, res));
    return sim;
  }

  /** The first user of the first org: the CNA account a test acts as. */
  get credentials(): CveCredentials {
    return this.service.firstUser();
  }

  /** The routes served (method and OpenAPI path), for conformance checks. */
  get routes(): readonly Pick<RouteDef, 'method' | 'path'>[] {
    return this.service.routes.map(({ method, path }) => ({ method, path }));
  }

  snapshot(): CveWorld {
    return this.service.snapshot();
  }

  stats(): CveSimStats {
    return this.service.getStats();
  }

  /** Back to the world it started with (or to `world`), stats and faults cleared. */
  reset(world?: CveWorld): void {
    this.service.reset(world);
    this.faults.clear();
  }

  /** Arm a fault (see faults.ts): 429/5xx, a body that is not JSON, a hang, a dropped connection. */
  injectFault(fault: CveFaultSpec): void {
    this.faults.add(fault);
  }

  clearFaults(): void {
    this.faults.clear();
  }

  /** Freeze the clock at `iso`. */
  setClock(iso: string): void {
    this.service.setClock(iso);
  }

  async close(): Promise<void> {
    for (const release of this.hanging) release();
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((err) => (err ? reject(err) : resolve())));
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
      const method = req.method ?? 'GET';
      const body = chunks.length > 0 && method !== 'GET' && method !== 'HEAD' ? Buffer.concat(chunks) : undefined;
      // A client that gives up closes the connection: that ends a hang.
      const gone = new AbortController();
      res.on('close', () => gone.abort(new Error('client closed the connection')));
      const response = await this.respond(
        new Request(`http://${req.headers.host ?? '127.0.0.1'}${req.url ?? '/'}`, { method, headers, body }),
        gone.signal,
      );
      if (response === 'reset') {
        req.socket.destroy();
        return;
      }
      if (gone.signal.aborted) return;
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (err) {
      // A hang ends in an error when its client leaves: nobody is there to answer.
      if (res.destroyed || res.headersSent) return;
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ error: 'INTERNAL_SERVER_ERROR', message: err instanceof Error ? err.message : String(err) }),
      );
    }
  }

  private async respond(request: Request, signal?: AbortSignal): Promise<Answer> {
    const url = new URL(request.url);
    const raw = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
    if (url.pathname === API || url.pathname.startsWith(API + '/')) {
      const path = url.pathname.slice(API.length);
      const key = this.service.routeKey(request.method, path);
      const fault = this.faults.take(request.method, key?.slice(key.indexOf(' ') + 1), path);
      if (fault) this.service.countFault(key ?? 'unmatched');
      const handle = (): Response =>
        toResponse(this.service.handle(request.method, path, url.searchParams, request.headers, raw));
      if (!fault) return handle();
      if (fault.afterHandling) handle();
      if (fault.reset) return 'reset';
      if (fault.hang) return this.hang(signal);
      return faultResponse(fault);
    }
    if (url.pathname.startsWith(CONTROL + '/'))
      return toResponse(this.control(request.method, url.pathname.slice(CONTROL.length), raw));
    return toResponse({ status: 404, body: { error: 'NOT_FOUND', message: '404: resource not found' } });
  }

  /** Wait until the client aborts (then fail as fetch does) or the simulator closes. */
  private hang(signal: AbortSignal | undefined): Promise<Answer> {
    return new Promise<Answer>((resolve, reject) => {
      const release = (): void => {
        this.hanging.delete(release);
        resolve('reset');
      };
      this.hanging.add(release);
      if (!signal) return;
      const abort = (): void => {
        this.hanging.delete(release);
        reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
      };
      if (signal.aborted) abort();
      else signal.addEventListener('abort', abort, { once: true });
    });
  }

  private control(method: string, path: string, raw: string): Reply {
    try {
      const body = raw.trim() ? (JSON.parse(raw) as Record<string, unknown>) : {};
      if (method === 'GET' && path === '/stats') return { status: 200, body: this.stats() as unknown as Json };
      if (method === 'GET' && path === '/world') return { status: 200, body: this.snapshot() as unknown as Json };
      if (method === 'POST' && path === '/reset') {
        this.reset(Object.keys(body).length > 0 ? (body as CveWorld) : undefined);
        return { status: 200, body: { reset: true } };
      }
      if (method === 'POST' && path === '/faults') {
        this.injectFault(body as CveFaultSpec);
        return { status: 200, body: { armed: true } };
      }
      if (method === 'DELETE' && path === '/faults') {
        this.clearFaults();
        return { status: 200, body: { cleared: true } };
      }
      if (method === 'POST' && path === '/clock') {
        if (typeof body.now === 'string') this.service.setClock(body.now);
        else if (typeof body.advance_seconds === 'number') this.service.advanceClock(body.advance_seconds);
        else
          return {
            status: 400,
            body: { error: 'BAD_CLOCK', message: 'Send {"now": ISO 8601} or {"advance_seconds": n}.' },
          };
        return { status: 200, body: { now: this.service.now().toISOString() } };
      }
      return { status: 404, body: { error: 'NOT_FOUND', message: `No control route ${method} ${CONTROL}${path}` } };
    } catch (err) {
      return {
        status: 400,
        body: { error: 'BAD_CONTROL_REQUEST', message: err instanceof Error ? err.message : String(err) },
      };
    }
  }
}

function toResponse(reply: Reply): Response {
  if (reply.body === undefined) return new Response(null, { status: reply.status });
  return new Response(JSON.stringify(reply.body), {
    status: reply.status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
