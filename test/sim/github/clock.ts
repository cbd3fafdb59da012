// The simulator's clock: starts at the world's `now` and advances with real time unless frozen.
export class SimClock {
  private base: number;
  private startedAt: number;
  private frozen: boolean;

  constructor(start: Date, options: { frozen?: boolean } = {}) {
    this.base = start.getTime();
    this.startedAt = Date.now();
    this.frozen = options.frozen ?? false;
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  nowMs(): number {
    return this.frozen ? this.base : this.base + (Date.now() - this.startedAt);
  }

  iso(): string {
    return isoSeconds(this.nowMs());
  }

  /** Sets the time; frozen unless `advance` is true (then it moves on with real time from there). */
  set(date: Date, advance = false): void {
    this.base = date.getTime();
    this.startedAt = Date.now();
    this.frozen = !advance;
  }

  advanceBy(ms: number): void {
    const now = this.nowMs();
    this.base = now + ms;
    this.startedAt = Date.now();
  }

  isFrozen(): boolean {
    return this.frozen;
  }
}

/** GitHub's timestamp format: ISO 8601 in UTC without fractions. */
export function isoSeconds(ms: number | Date): string {
  const value = typeof ms === 'number' ? ms : ms.getTime();
  return new Date(Math.floor(value / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
