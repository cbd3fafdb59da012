// CVSS 3.0/3.1 base scores (FIRST's specification), for the advisory `cvss.score` and severity.
const WEIGHTS: Record<string, Record<string, number>> = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  PR: { N: 0.85, L: 0.62, H: 0.27 },
  UI: { N: 0.85, R: 0.62 },
  S: { U: 0, C: 0 },
  C: { H: 0.56, L: 0.22, N: 0 },
  I: { H: 0.56, L: 0.22, N: 0 },
  A: { H: 0.56, L: 0.22, N: 0 },
};
const OPTIONAL = new Set(['E', 'RL', 'RC', 'CR', 'IR', 'AR', 'MAV', 'MAC', 'MPR', 'MUI', 'MS', 'MC', 'MI', 'MA']);

/** Parses a CVSS 3.x vector; undefined when it is not a valid one. */
export function parseCvss3(vector: string): Record<string, string> | undefined {
  const parts = vector.split('/');
  const head = parts.shift();
  if (head !== 'CVSS:3.1' && head !== 'CVSS:3.0') return undefined;
  const metrics: Record<string, string> = {};
  for (const part of parts) {
    const [key, value, extra] = part.split(':');
    if (!key || !value || extra !== undefined || key in metrics) return undefined;
    if (key in WEIGHTS) {
      if (!(value in WEIGHTS[key]!)) return undefined;
    } else if (!OPTIONAL.has(key)) return undefined;
    metrics[key] = value;
  }
  return Object.keys(WEIGHTS).every((k) => k in metrics) ? metrics : undefined;
}

function roundUp(value: number): number {
  const i = Math.round(value * 100000);
  return i % 10000 === 0 ? i / 100000 : (Math.floor(i / 10000) + 1) / 10;
}

export function cvss3Score(vector: string): number | null {
  const m = parseCvss3(vector);
  if (!m) return null;
  const changed = m['S'] === 'C';
  const w = (k: string): number => WEIGHTS[k]![m[k]!]!;
  const pr = m['PR'] === 'L' ? (changed ? 0.68 : 0.62) : m['PR'] === 'H' ? (changed ? 0.5 : 0.27) : 0.85;
  const iss = 1 - (1 - w('C')) * (1 - w('I')) * (1 - w('A'));
  const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
  const exploitability = 8.22 * w('AV') * w('AC') * pr * w('UI');
  if (impact <= 0) return 0;
  return roundUp(Math.min((changed ? 1.08 : 1) * (impact + exploitability), 10));
}

export function severityOf(score: number): 'critical' | 'high' | 'medium' | 'low' {
  return score >= 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'medium' : 'low';
}
