// Control routes under /_sim/ (no auth, not counted): world load/export, stats, clock, latency, faults,
// rate-limit settings, reset.
import { validateWorld, WorldError } from '../world/index.js';
import type { SimCore } from './core.js';
import type { FaultSpec } from './faults.js';
import type { SimRequest, SimResponse } from './http.js';
import type { WorldRateLimits } from '../world/types.js';

function json(status: number, body: unknown): SimResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? null : JSON.stringify(body),
  };
}

function parse(req: SimRequest): unknown {
  if (req.body.length === 0) return {};
  return JSON.parse(req.body.toString('utf8'));
}

export function controlRoute(core: SimCore, req: SimRequest): SimResponse {
  let body: unknown;
  try {
    body = parse(req);
  } catch {
    return json(400, { message: 'Problems parsing JSON' });
  }
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const route = `${req.method} ${req.path.replace(/\/$/, '')}`;
  switch (route) {
    case 'POST /_sim/world':
      try {
        core.load(validateWorld(body));
        return json(200, { ok: true });
      } catch (error) {
        if (error instanceof WorldError) return json(400, { message: 'Invalid world', errors: error.problems });
        return json(400, { message: error instanceof Error ? error.message : String(error) });
      }
    case 'GET /_sim/world':
      return json(200, core.snapshot());
    case 'GET /_sim/stats':
      return json(200, core.stats.snapshot());
    case 'POST /_sim/stats/reset':
      core.stats.reset();
      return json(200, { ok: true });
    case 'GET /_sim/clock':
      return json(200, { now: core.store.clock.iso(), frozen: core.store.clock.isFrozen() });
    case 'POST /_sim/clock': {
      if (typeof b['now'] === 'string') {
        const date = new Date(b['now']);
        if (Number.isNaN(date.getTime())) return json(400, { message: `'now' is not a date: ${b['now']}` });
        core.store.clock.set(date, b['advance'] === true);
      }
      if (typeof b['advanceMs'] === 'number') core.store.clock.advanceBy(b['advanceMs']);
      // Answers can depend on the time (a fork that appears later): nothing read before is current.
      core.modifications.everything(core.store.clock.nowMs());
      return json(200, { now: core.store.clock.iso(), frozen: core.store.clock.isFrozen() });
    }
    case 'POST /_sim/forks':
      // How long a private fork started through the API takes to appear on its advisory (simulated time).
      if (typeof b['delaySeconds'] !== 'number' || b['delaySeconds'] < 0)
        return json(400, { message: "'delaySeconds' must be a number of seconds, 0 or more" });
      core.store.forkDelayMs = b['delaySeconds'] * 1000;
      return json(200, { delaySeconds: b['delaySeconds'] });
    case 'POST /_sim/latency':
      if (typeof b['ms'] !== 'number') return json(400, { message: "'ms' must be a number" });
      core.faults.setLatency(b['ms'], typeof b['route'] === 'string' ? b['route'] : undefined);
      return json(200, { ok: true });
    case 'DELETE /_sim/latency':
      core.faults.clearLatency();
      return json(200, { ok: true });
    case 'POST /_sim/faults':
      core.faults.add(b as FaultSpec);
      return json(200, { ok: true });
    case 'DELETE /_sim/faults':
      core.faults.clear();
      return json(200, { ok: true });
    case 'POST /_sim/ratelimits':
      core.limiter.configure(b as WorldRateLimits);
      return json(200, core.limiter.current());
    case 'POST /_sim/reset':
      core.reset();
      return json(200, { ok: true });
    case 'GET /_sim/routes':
      return json(
        200,
        core.routes().map((r) => `${r.method} ${r.template}`),
      );
    default:
      return json(404, { message: `No control route ${route}` });
  }
}
