// CVSS for advisories as GitHub serves them: `cvss_severities.cvss_v3` and `.cvss_v4` with their base
// scores, and the severity a 3.x score gives when none is set. The scores come from ae-cvss-calculator
// (the library the CNA desk scores with); it scores a malformed vector as 0 without complaint, so the
// vectors are checked here first, as GitHub refuses them.
import calculator from 'ae-cvss-calculator';

const { Cvss3P0, Cvss3P1, Cvss4P0 } = calculator;

const V3_BASE: Record<string, string[]> = {
  AV: ['N', 'A', 'L', 'P'],
  AC: ['L', 'H'],
  PR: ['N', 'L', 'H'],
  UI: ['N', 'R'],
  S: ['U', 'C'],
  C: ['H', 'L', 'N'],
  I: ['H', 'L', 'N'],
  A: ['H', 'L', 'N'],
};
const V3_OPTIONAL = new Set(['E', 'RL', 'RC', 'CR', 'IR', 'AR', 'MAV', 'MAC', 'MPR', 'MUI', 'MS', 'MC', 'MI', 'MA']);

/** The metrics of a CVSS 3.0 or 3.1 vector; undefined when it is not a valid one. */
export function parseCvss3(vector: string): Record<string, string> | undefined {
  const parts = vector.split('/');
  const head = parts.shift();
  if (head !== 'CVSS:3.1' && head !== 'CVSS:3.0') return undefined;
  const metrics: Record<string, string> = {};
  for (const part of parts) {
    const [key, value, extra] = part.split(':');
    if (!key || !value || extra !== undefined || key in metrics) return undefined;
    if (key in V3_BASE) {
      if (!V3_BASE[key]!.includes(value)) return undefined;
    } else if (!V3_OPTIONAL.has(key)) return undefined;
    metrics[key] = value;
  }
  return Object.keys(V3_BASE).every((k) => k in metrics) ? metrics : undefined;
}

/** The base score of a CVSS 3.x vector, or null when it is not a valid one. */
export function cvss3Score(vector: string): number | null {
  if (!parseCvss3(vector)) return null;
  const scored = vector.startsWith('CVSS:3.0/') ? new Cvss3P0(vector) : new Cvss3P1(vector);
  return scored.calculateScores().base ?? null;
}

/** The base score of a CVSS 4.0 vector, or null when its base metrics are not all given. */
export function cvss4Score(vector: string): number | null {
  if (!/^CVSS:4\.0(\/[A-Z]+:[A-Z])+$/.test(vector)) return null;
  try {
    const scored = new Cvss4P0(vector);
    return scored.isBaseFullyDefined() ? (scored.calculateScores().base ?? null) : null;
  } catch {
    // The library throws on metrics it does not know.
    return null;
  }
}

export function severityOf(score: number): 'critical' | 'high' | 'medium' | 'low' {
  return score >= 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'medium' : 'low';
}
