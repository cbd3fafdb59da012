// The GitHub API simulator's in-process API, for tests, benchmarks and the demo.
//
//   const sim = await GitHubSim.start({ world });
//   fetch(`${sim.url}/repos/python/cpython`, { headers: { authorization: `token ${sim.tokens.app}` } });
//   await sim.close();
import { SimCore } from './core.js';
import { closeHttp, inProcessFetch, startHttp, type FetchLike } from './server.js';
import type { Server } from 'node:http';
import type { FaultSpec } from './faults.js';
import type { RouteSpec } from './router.js';
import type { SimStats } from './stats.js';
import type { World, WorldRateLimits } from '../world/types.js';
import type { Handler } from './ctx.js';

export interface StartOptions {
  world: World;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Latency added to every request, in ms. */
  latencyMs?: number;
  host?: string;
  /** Freeze the clock at the world's `now` (default: it advances with real time). */
  frozenClock?: boolean;
  /** Do not listen on a socket; only `sim.fetch` serves (sim.url is then a placeholder origin). */
  inProcessOnly?: boolean;
  /** A private fork started through the API appears on its advisory this many simulated seconds later (default 0). */
  forkDelaySeconds?: number;
}

export type SimTokens = { app: string; member: string; actions: string } & Record<string, string>;

export class GitHubSim {
  private constructor(
    private readonly core: SimCore,
    private readonly server: Server | undefined,
    /** REST base, e.g. http://127.0.0.1:41234 */
    readonly url: string,
  ) {}

  static async start(options: StartOptions): Promise<GitHubSim> {
    const core = new SimCore(options.world);
    if (options.frozenClock) core.store.clock.set(core.store.clock.now(), false);
    if (options.latencyMs) core.faults.setLatency(options.latencyMs);
    if (options.forkDelaySeconds) core.store.forkDelayMs = options.forkDelaySeconds * 1000;
    if (options.inProcessOnly) return new GitHubSim(core, undefined, 'http://github-sim.invalid');
    const { server, url } = await startHttp(() => core, options.host ?? '127.0.0.1', options.port ?? 0);
    return new GitHubSim(core, server, url);
  }

  get graphqlUrl(): string {
    return `${this.url}/graphql`;
  }

  /** Token strings by name from the world (`app`, `member` and `actions` always exist). */
  get tokens(): SimTokens {
    const out: Record<string, string> = {};
    for (const [name, t] of this.core.store.tokensByName) out[name] = t.token;
    return { app: '', member: '', actions: '', ...out };
  }

  /**
   * A new token for the identity a world token names, as GitHub gives every workflow run a new App
   * installation token: the same account and rights under another secret, so ETags the old token was
   * sent never match for it. The old token stays valid; the export keeps the world's.
   */
  freshToken(name: string): string {
    const rec = this.core.store.tokensByName.get(name);
    if (!rec) throw new Error(`the world has no token named ${name}`);
    this.freshTokens++;
    const token = `${rec.token.slice(0, 4)}fresh${this.freshTokens}${rec.token.slice(4)}`;
    this.core.store.tokens.set(token, { ...rec, token });
    return token;
  }

  private freshTokens = 0;

  /** A fetch served by this simulator in-process (same pipeline, same stats). */
  readonly fetch: FetchLike = (input, init) => inProcessFetch(() => this.core, this.url)(input, init);

  stats(): SimStats {
    return this.core.stats.snapshot();
  }

  resetStats(): void {
    this.core.stats.reset();
  }

  /** Sets the clock; frozen there unless `advance` is true. */
  setNow(date: Date, options: { advance?: boolean } = {}): void {
    this.core.store.clock.set(date, options.advance ?? false);
  }

  now(): Date {
    return this.core.store.clock.now();
  }

  /** A private fork started through the API appears on its advisory this many simulated seconds later. */
  setForkDelay(seconds: number): void {
    this.core.store.forkDelayMs = seconds * 1000;
  }

  injectFault(fault: FaultSpec): void {
    this.core.faults.add(fault);
  }

  clearFaults(): void {
    this.core.faults.clear();
  }

  /** Latency for every request, or for requests matching a route template / path glob. */
  setLatency(ms: number, routePattern?: string): void {
    this.core.faults.setLatency(ms, routePattern);
  }

  /** Replaces rate-limit settings (e.g. `{ secondary: false }`), keeping counters. */
  setRateLimits(settings: WorldRateLimits): void {
    this.core.limiter.configure(settings);
  }

  /** Replaces the world (validate it first with validateWorld when it comes from outside). */
  load(world: World): void {
    this.core.load(world);
  }

  /** Back to the loaded world: stats, rate-limit counters, faults and latency cleared. */
  reset(): void {
    this.core.reset();
  }

  /** The current state in the world format. */
  snapshot(): World {
    return this.core.snapshot();
  }

  /** The route template a request would hit, if any. */
  routeFor(method: string, path: string): string | undefined {
    const m = this.core.router.match(method, path);
    return m && 'route' in m ? m.route.template : undefined;
  }

  /** The route table ("METHOD template"). */
  routes(): RouteSpec<Handler>[] {
    return this.core.routes();
  }

  async close(): Promise<void> {
    if (this.server) await closeHttp(this.server);
  }
}

export type { FaultSpec, SimStats, World };
