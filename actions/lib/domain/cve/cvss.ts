// CVSS vectors into the record's metric objects: the vector is checked metric by metric first (the
// calculator scores a vector it cannot read as 0 without complaint), then scored by ae-cvss-calculator.
// The object carries what the PSF's published records carry: the base metrics, and for 4.0 also
// exploitMaturity and the supplemental metrics (NOT_DEFINED where the vector leaves them out); any
// other metric the vector sets is added under its CVE JSON name.
import calculator from 'ae-cvss-calculator';
import type { CveMetric, CvssObject } from './types.js';

type CvssVersion = '3.0' | '3.1' | '4.0';

interface MetricDef {
  /** The property in the record (CVE JSON 5.2 names). */
  property: string;
  /** Vector value → record value. */
  values: Record<string, string>;
  group: 'base' | 'threat' | 'environmental' | 'supplemental';
}

const NLH = { N: 'NONE', L: 'LOW', H: 'HIGH' };
const X = { X: 'NOT_DEFINED' };
const REQUIREMENT = { ...X, L: 'LOW', M: 'MEDIUM', H: 'HIGH' };

const V3_AV = { N: 'NETWORK', A: 'ADJACENT_NETWORK', L: 'LOCAL', P: 'PHYSICAL' };
const V3_PR = { N: 'NONE', L: 'LOW', H: 'HIGH' };

/** CVSS 3.0 and 3.1 share their metrics and values. */
const V3_METRICS = new Map<string, MetricDef>([
  ['AV', { property: 'attackVector', values: V3_AV, group: 'base' }],
  ['AC', { property: 'attackComplexity', values: { L: 'LOW', H: 'HIGH' }, group: 'base' }],
  ['PR', { property: 'privilegesRequired', values: V3_PR, group: 'base' }],
  ['UI', { property: 'userInteraction', values: { N: 'NONE', R: 'REQUIRED' }, group: 'base' }],
  ['S', { property: 'scope', values: { U: 'UNCHANGED', C: 'CHANGED' }, group: 'base' }],
  ['C', { property: 'confidentialityImpact', values: NLH, group: 'base' }],
  ['I', { property: 'integrityImpact', values: NLH, group: 'base' }],
  ['A', { property: 'availabilityImpact', values: NLH, group: 'base' }],
  [
    'E',
    {
      property: 'exploitCodeMaturity',
      values: { ...X, U: 'UNPROVEN', P: 'PROOF_OF_CONCEPT', F: 'FUNCTIONAL', H: 'HIGH' },
      group: 'threat',
    },
  ],
  [
    'RL',
    {
      property: 'remediationLevel',
      values: { ...X, O: 'OFFICIAL_FIX', T: 'TEMPORARY_FIX', W: 'WORKAROUND', U: 'UNAVAILABLE' },
      group: 'threat',
    },
  ],
  [
    'RC',
    { property: 'reportConfidence', values: { ...X, U: 'UNKNOWN', R: 'REASONABLE', C: 'CONFIRMED' }, group: 'threat' },
  ],
  ['CR', { property: 'confidentialityRequirement', values: REQUIREMENT, group: 'environmental' }],
  ['IR', { property: 'integrityRequirement', values: REQUIREMENT, group: 'environmental' }],
  ['AR', { property: 'availabilityRequirement', values: REQUIREMENT, group: 'environmental' }],
  ['MAV', { property: 'modifiedAttackVector', values: { ...X, ...V3_AV }, group: 'environmental' }],
  ['MAC', { property: 'modifiedAttackComplexity', values: { ...X, L: 'LOW', H: 'HIGH' }, group: 'environmental' }],
  ['MPR', { property: 'modifiedPrivilegesRequired', values: { ...X, ...V3_PR }, group: 'environmental' }],
  ['MUI', { property: 'modifiedUserInteraction', values: { ...X, N: 'NONE', R: 'REQUIRED' }, group: 'environmental' }],
  ['MS', { property: 'modifiedScope', values: { ...X, U: 'UNCHANGED', C: 'CHANGED' }, group: 'environmental' }],
  ['MC', { property: 'modifiedConfidentialityImpact', values: { ...X, ...NLH }, group: 'environmental' }],
  ['MI', { property: 'modifiedIntegrityImpact', values: { ...X, ...NLH }, group: 'environmental' }],
  ['MA', { property: 'modifiedAvailabilityImpact', values: { ...X, ...NLH }, group: 'environmental' }],
]);

const V4_AV = { N: 'NETWORK', A: 'ADJACENT', L: 'LOCAL', P: 'PHYSICAL' };
const V4_UI = { N: 'NONE', P: 'PASSIVE', A: 'ACTIVE' };

/** CVSS 4.0 metrics in the order the specification requires in a vector. */
const V4_METRICS = new Map<string, MetricDef>([
  ['AV', { property: 'attackVector', values: V4_AV, group: 'base' }],
  ['AC', { property: 'attackComplexity', values: { L: 'LOW', H: 'HIGH' }, group: 'base' }],
  ['AT', { property: 'attackRequirements', values: { N: 'NONE', P: 'PRESENT' }, group: 'base' }],
  ['PR', { property: 'privilegesRequired', values: NLH, group: 'base' }],
  ['UI', { property: 'userInteraction', values: V4_UI, group: 'base' }],
  ['VC', { property: 'vulnConfidentialityImpact', values: NLH, group: 'base' }],
  ['VI', { property: 'vulnIntegrityImpact', values: NLH, group: 'base' }],
  ['VA', { property: 'vulnAvailabilityImpact', values: NLH, group: 'base' }],
  ['SC', { property: 'subConfidentialityImpact', values: NLH, group: 'base' }],
  ['SI', { property: 'subIntegrityImpact', values: NLH, group: 'base' }],
  ['SA', { property: 'subAvailabilityImpact', values: NLH, group: 'base' }],
  [
    'E',
    {
      property: 'exploitMaturity',
      values: { ...X, A: 'ATTACKED', P: 'PROOF_OF_CONCEPT', U: 'UNREPORTED' },
      group: 'threat',
    },
  ],
  ['CR', { property: 'confidentialityRequirement', values: REQUIREMENT, group: 'environmental' }],
  ['IR', { property: 'integrityRequirement', values: REQUIREMENT, group: 'environmental' }],
  ['AR', { property: 'availabilityRequirement', values: REQUIREMENT, group: 'environmental' }],
  ['MAV', { property: 'modifiedAttackVector', values: { ...X, ...V4_AV }, group: 'environmental' }],
  ['MAC', { property: 'modifiedAttackComplexity', values: { ...X, L: 'LOW', H: 'HIGH' }, group: 'environmental' }],
  [
    'MAT',
    { property: 'modifiedAttackRequirements', values: { ...X, N: 'NONE', P: 'PRESENT' }, group: 'environmental' },
  ],
  ['MPR', { property: 'modifiedPrivilegesRequired', values: { ...X, ...NLH }, group: 'environmental' }],
  ['MUI', { property: 'modifiedUserInteraction', values: { ...X, ...V4_UI }, group: 'environmental' }],
  ['MVC', { property: 'modifiedVulnConfidentialityImpact', values: { ...X, ...NLH }, group: 'environmental' }],
  ['MVI', { property: 'modifiedVulnIntegrityImpact', values: { ...X, ...NLH }, group: 'environmental' }],
  ['MVA', { property: 'modifiedVulnAvailabilityImpact', values: { ...X, ...NLH }, group: 'environmental' }],
  // The CVE schema spells the modified subsequent-system values NONE (the specification: NEGLIGIBLE).
  ['MSC', { property: 'modifiedSubConfidentialityImpact', values: { ...X, ...NLH }, group: 'environmental' }],
  ['MSI', { property: 'modifiedSubIntegrityImpact', values: { ...X, ...NLH, S: 'SAFETY' }, group: 'environmental' }],
  ['MSA', { property: 'modifiedSubAvailabilityImpact', values: { ...X, ...NLH, S: 'SAFETY' }, group: 'environmental' }],
  ['S', { property: 'Safety', values: { ...X, N: 'NEGLIGIBLE', P: 'PRESENT' }, group: 'supplemental' }],
  ['AU', { property: 'Automatable', values: { ...X, N: 'NO', Y: 'YES' }, group: 'supplemental' }],
  [
    'R',
    { property: 'Recovery', values: { ...X, A: 'AUTOMATIC', U: 'USER', I: 'IRRECOVERABLE' }, group: 'supplemental' },
  ],
  ['V', { property: 'valueDensity', values: { ...X, D: 'DIFFUSE', C: 'CONCENTRATED' }, group: 'supplemental' }],
  [
    'RE',
    {
      property: 'vulnerabilityResponseEffort',
      values: { ...X, L: 'LOW', M: 'MODERATE', H: 'HIGH' },
      group: 'supplemental',
    },
  ],
  [
    'U',
    {
      property: 'providerUrgency',
      values: { ...X, Clear: 'CLEAR', Green: 'GREEN', Amber: 'AMBER', Red: 'RED' },
      group: 'supplemental',
    },
  ],
]);

const METRICS: Record<CvssVersion, Map<string, MetricDef>> = {
  '3.0': V3_METRICS,
  '3.1': V3_METRICS,
  '4.0': V4_METRICS,
};

const RECORD_KEY = { '3.0': 'cvssV3_0', '3.1': 'cvssV3_1', '4.0': 'cvssV4_0' } as const;

export type CvssReading = { ok: true; metric: CveMetric; version: CvssVersion } | { ok: false; reason: string };

/** The qualitative rating of a score (the same bands in CVSS 3.x and 4.0). */
export function cvssSeverity(score: number): CvssObject['baseSeverity'] {
  if (score === 0) return 'NONE';
  if (score < 4) return 'LOW';
  if (score < 7) return 'MEDIUM';
  if (score < 9) return 'HIGH';
  return 'CRITICAL';
}

interface ParsedVector {
  version: CvssVersion;
  /** Metric → value, in the vector's order. */
  values: Map<string, string>;
}

function parseVector(vector: string): ParsedVector | string {
  const m = /^CVSS:(3\.0|3\.1|4\.0)\/(.*)$/.exec(vector);
  if (!m) return 'it is not a CVSS 3.0, 3.1 or 4.0 vector (it starts with CVSS:3.1/ or CVSS:4.0/)';
  const version = m[1] as CvssVersion;
  const defs = METRICS[version];
  const values = new Map<string, string>();
  for (const part of m[2]!.split('/')) {
    const pm = /^([A-Za-z]+):([A-Za-z]+)$/.exec(part);
    if (!pm) return `"${part}" is not a metric (METRIC:VALUE)`;
    const [, metric, value] = pm as unknown as [string, string, string];
    const def = defs.get(metric);
    if (!def) return `${metric} is not a CVSS ${version} metric`;
    if (!(value in def.values))
      return `${metric}:${value} is not a valid value (${metric} takes ${Object.keys(def.values).join(', ')})`;
    if (values.has(metric)) return `${metric} appears twice`;
    values.set(metric, value);
  }
  const missing = [...defs].filter(([k, d]) => d.group === 'base' && !values.has(k)).map(([k]) => k);
  if (missing.length > 0) return `base metric${missing.length > 1 ? 's' : ''} ${missing.join(', ')} missing`;
  if (version === '4.0') {
    const order = [...defs.keys()];
    const given = [...values.keys()].map((k) => order.indexOf(k));
    if (given.some((position, i) => i > 0 && position < given[i - 1]!))
      return `CVSS 4.0 metrics must appear in the specification's order (${order.join('/')})`;
  }
  return { version, values };
}

function score(parsed: ParsedVector, vector: string): { base: number; threat?: number; environmental?: number } {
  if (parsed.version === '4.0') {
    // CVSS 4.0 has one score, computed from every metric the vector gives (CVSS-B, -BT, -BE or -BTE).
    return { base: new calculator.Cvss4P0(vector).calculateScores().overall };
  }
  const scores =
    parsed.version === '3.1'
      ? new calculator.Cvss3P1(vector).calculateScores()
      : new calculator.Cvss3P0(vector).calculateScores();
  return { base: scores.base ?? Number.NaN, threat: scores.temporal, environmental: scores.environmental };
}

/** The metric entry for a CVSS vector, or why the vector cannot be used. */
export function cvssMetricOf(vectorString: string): CvssReading {
  const vector = vectorString.trim();
  const parsed = parseVector(vector);
  if (typeof parsed === 'string') return { ok: false, reason: parsed };
  let scores: ReturnType<typeof score>;
  try {
    scores = score(parsed, vector);
  } catch (err) {
    return {
      ok: false,
      reason: `the calculator cannot score it (${err instanceof Error ? err.message : String(err)})`,
    };
  }
  if (!Number.isFinite(scores.base)) return { ok: false, reason: 'the calculator gave no base score' };
  const object: CvssObject = {
    version: parsed.version,
    vectorString: vector,
    baseScore: scores.base,
    baseSeverity: cvssSeverity(scores.base),
  };
  const defs = METRICS[parsed.version];
  for (const [metric, def] of defs) {
    const value = parsed.values.get(metric);
    const alwaysShown =
      def.group === 'base' || (parsed.version === '4.0' && (def.group === 'supplemental' || metric === 'E'));
    if (value !== undefined && (value !== 'X' || alwaysShown)) object[def.property] = def.values[value]!;
    else if (alwaysShown) object[def.property] = 'NOT_DEFINED';
  }
  if (parsed.version !== '4.0') {
    const defined = (group: MetricDef['group']): boolean =>
      [...parsed.values].some(([k, v]) => v !== 'X' && defs.get(k)?.group === group);
    if (defined('threat') && scores.threat !== undefined) {
      object.temporalScore = scores.threat;
      object.temporalSeverity = cvssSeverity(scores.threat);
    }
    if (defined('environmental') && scores.environmental !== undefined) {
      object.environmentalScore = scores.environmental;
      object.environmentalSeverity = cvssSeverity(scores.environmental);
    }
  }
  return {
    ok: true,
    version: parsed.version,
    metric: { format: 'CVSS', scenarios: [{ lang: 'en', value: 'GENERAL' }], [RECORD_KEY[parsed.version]]: object },
  };
}
