// Primary rate limits (per token and resource, hourly windows that start at first use, like GitHub's)
// and the secondary limit on writes (per token, per minute of the simulator's clock).
import type { TokenRec } from './model.js';
import type { WorldRateLimits } from '../world/types.js';

export type Resource = 'core' | 'graphql';

export interface Bucket {
  limit: number;
  used: number;
  reset: number;
  resource: Resource;
}

const DEFAULTS: Record<Resource, Record<TokenRec['kind'], number>> = {
  core: { app: 5000, user: 5000, actions: 1000 },
  graphql: { app: 5000, user: 5000, actions: 1000 },
};

export interface SecondarySettings {
  writesPerMinute: number;
  status: 403 | 429;
  minWriteIntervalMs: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly writes = new Map<string, number[]>();
  constructor(private settings: WorldRateLimits) {}

  configure(settings: WorldRateLimits): void {
    this.settings = settings;
  }

  current(): WorldRateLimits {
    return this.settings;
  }

  reset(): void {
    this.buckets.clear();
    this.writes.clear();
  }

  bucket(token: TokenRec, resource: Resource, nowMs: number): Bucket {
    const key = `${token.token}\0${resource}`;
    const now = Math.floor(nowMs / 1000);
    let b = this.buckets.get(key);
    const limit =
      (resource === 'core' ? token.rate_limit : null) ??
      this.settings[resource]?.[token.kind] ??
      DEFAULTS[resource][token.kind];
    if (!b || now >= b.reset) {
      b = { limit, used: 0, reset: now + 3600, resource };
      this.buckets.set(key, b);
    }
    b.limit = limit;
    return b;
  }

  secondary(): SecondarySettings | null {
    const s = this.settings.secondary;
    if (s === false) return null;
    return {
      writesPerMinute: s?.writes_per_minute ?? 80,
      status: s?.status ?? 403,
      minWriteIntervalMs: s?.min_write_interval_ms ?? 0,
    };
  }

  /** Seconds to wait before the next write, or 0 when it may go now. */
  writeDelay(token: TokenRec, nowMs: number): number {
    const s = this.secondary();
    if (!s) return 0;
    const recent = (this.writes.get(token.token) ?? []).filter((t) => t > nowMs - 60_000);
    this.writes.set(token.token, recent);
    const last = recent.at(-1);
    if (s.minWriteIntervalMs > 0 && last !== undefined && nowMs - last < s.minWriteIntervalMs)
      return Math.max(1, Math.ceil((s.minWriteIntervalMs - (nowMs - last)) / 1000));
    if (recent.length >= s.writesPerMinute) return Math.max(1, Math.ceil((recent[0]! + 60_000 - nowMs) / 1000));
    return 0;
  }

  recordWrite(token: TokenRec, nowMs: number): void {
    const list = this.writes.get(token.token) ?? [];
    list.push(nowMs);
    this.writes.set(token.token, list);
  }
}

export function rateHeaders(b: Bucket): Record<string, string> {
  return {
    'x-ratelimit-limit': String(b.limit),
    'x-ratelimit-remaining': String(Math.max(0, b.limit - b.used)),
    'x-ratelimit-reset': String(b.reset),
    'x-ratelimit-used': String(b.used),
    'x-ratelimit-resource': b.resource,
  };
}
