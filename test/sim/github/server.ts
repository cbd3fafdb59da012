// Transports for the pipeline: a node:http server, and a WHATWG fetch that calls the same pipeline
// in-process (no sockets; a reset fault rejects like a dropped connection does in undici).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { SimCore } from './core.js';
import type { SimRequest, SimResponse } from './http.js';

function toSimRequest(method: string, url: URL, headers: Record<string, string>, body: Buffer): SimRequest {
  return {
    method: method.toUpperCase(),
    path: url.pathname,
    query: url.searchParams,
    headers,
    body,
    origin: url.origin,
  };
}

export function startHttp(core: () => SimCore, host: string, port: number): Promise<{ server: Server; url: string }> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers))
        if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? `${host}:${port}`}`);
      core()
        .handle(toSimRequest(req.method ?? 'GET', url, headers, Buffer.concat(chunks)))
        .then(
          (r: SimResponse) => {
            if (r.reset) {
              req.socket.destroy();
              return;
            }
            // A stall: nothing, or the headers alone; the client's timeout (or closeHttp) ends it.
            if (r.hang === 'no-answer') return;
            res.writeHead(r.status, r.headers);
            if (r.hang === 'no-body') {
              res.flushHeaders();
              return;
            }
            res.end(r.body ?? undefined);
          },
          (error: unknown) => {
            res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
            res.end(
              JSON.stringify({
                message: `Simulator error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
              }),
            );
          },
        );
    });
  });
  server.keepAliveTimeout = 5000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://${host}:${actual}` });
    });
  });
}

export function closeHttp(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** fetch served by the pipeline directly; relative URLs resolve against `base`. */
export function inProcessFetch(core: () => SimCore, base: string): FetchLike {
  const origin = new URL(base).origin;
  return async (input, init) => {
    const request =
      input instanceof Request ? new Request(input, init) : new Request(new URL(String(input), base), init);
    // Another host (the CVE Services simulator on its own port, say) is reached as a terminal's fetch
    // would reach it: this stands in for the global fetch of a `psrt` command.
    if (new URL(request.url).origin !== origin) return fetch(input, init);
    const url = new URL(request.url);
    const headers: Record<string, string> = {};
    request.headers.forEach((v, k) => {
      headers[k.toLowerCase()] = v;
    });
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : Buffer.alloc(0);
    // A client's timeout (an aborted signal) ends the wait, as it does over a socket that never answers.
    // The caller's own signal: a Request's copy follows it only while the Request is alive.
    const signal = init?.signal ?? request.signal;
    const r = await untilAborted(core().handle(toSimRequest(request.method, url, headers, body)), signal);
    if (r.reset)
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
      });
    // A stall ends only when the caller aborts, as undici's fetch does: rejected (or the body errored)
    // with the signal's reason.
    const onAbort = (then: (reason: unknown) => void) => {
      if (signal.aborted) then(signal.reason);
      else signal.addEventListener('abort', () => then(signal.reason), { once: true });
    };
    if (r.hang === 'no-answer') return new Promise<Response>((_resolve, reject) => onAbort(reject));
    if (r.hang === 'no-body') {
      const stalled = new ReadableStream<Uint8Array>({ start: (controller) => onAbort((e) => controller.error(e)) });
      return new Response(stalled, { status: r.status, headers: r.headers });
    }
    const nullBody = r.status === 204 || r.status === 304 || r.body === null;
    const payload = nullBody ? null : typeof r.body === 'string' ? r.body : new Uint8Array(r.body!);
    return new Response(payload, { status: r.status, headers: r.headers });
  };
}

/** The answer, or the signal's reason (a TimeoutError, an AbortError) if it is aborted first. */
function untilAborted<T>(answer: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', abort, { once: true });
    answer.then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(error as Error);
      },
    );
  });
}
