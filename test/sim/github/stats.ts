// Request counting since the last reset, overall and per route ("METHOD template").
export interface RouteStats {
  requests: number;
  charged: number;
  writes: number;
  notModified: number;
  byStatus: Record<string, number>;
}

export interface SimStats extends Omit<RouteStats, 'byStatus'> {
  /** GraphQL points charged. */
  graphqlPoints: number;
  byRoute: Record<string, RouteStats>;
}

export class Stats {
  private data: SimStats = Stats.empty();

  static empty(): SimStats {
    return { requests: 0, charged: 0, writes: 0, notModified: 0, graphqlPoints: 0, byRoute: {} };
  }

  reset(): void {
    this.data = Stats.empty();
  }

  record(
    key: string,
    status: number,
    flags: { charged: boolean; write: boolean; notModified: boolean; points?: number },
  ): void {
    const r = (this.data.byRoute[key] ??= { requests: 0, charged: 0, writes: 0, notModified: 0, byStatus: {} });
    for (const target of [this.data, r]) {
      target.requests++;
      if (flags.charged) target.charged++;
      if (flags.write) target.writes++;
      if (flags.notModified) target.notModified++;
    }
    r.byStatus[String(status)] = (r.byStatus[String(status)] ?? 0) + 1;
    this.data.graphqlPoints += flags.points ?? 0;
  }

  snapshot(): SimStats {
    return structuredClone(this.data);
  }
}
