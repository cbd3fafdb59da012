// A CVSS vector's qualitative rating (LOW … CRITICAL), scored by ae-cvss-calculator. The calculator scores
// an invalid or incomplete vector as 0 without complaint, so every vector is checked here first.
import calculator from 'ae-cvss-calculator';

export type CvssVersion = '4.0' | '3.1' | '3.0';
export type CvssRating = 'NONE' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';

export type CvssResult =
  { ok: true; version: CvssVersion; vector: string; score: number; rating: CvssRating } | { ok: false; reason: string };

// CVSS 4.0 requires its metrics in the specification's order; base metrics are mandatory.
const CVSS4 =
  /^CVSS:4\.0\/AV:[NALP]\/AC:[LH]\/AT:[NP]\/PR:[NLH]\/UI:[NPA]\/VC:[HLN]\/VI:[HLN]\/VA:[HLN]\/SC:[HLN]\/SI:[HLN]\/SA:[HLN](\/E:[XAPU])?(\/CR:[XHML])?(\/IR:[XHML])?(\/AR:[XHML])?(\/MAV:[XNALP])?(\/MAC:[XLH])?(\/MAT:[XNP])?(\/MPR:[XNLH])?(\/MUI:[XNPA])?(\/MVC:[XNLH])?(\/MVI:[XNLH])?(\/MVA:[XNLH])?(\/MSC:[XNLH])?(\/MSI:[XNLHS])?(\/MSA:[XNLHS])?(\/S:[XNP])?(\/AU:[XNY])?(\/R:[XAUI])?(\/V:[XDC])?(\/RE:[XLMH])?(\/U:(X|Clear|Green|Amber|Red))?$/;

// CVSS 3.x allows any order: each metric once, every base metric present.
const CVSS3_METRICS: Record<string, RegExp> = {
  AV: /^[NALP]$/,
  AC: /^[LH]$/,
  PR: /^[NLH]$/,
  UI: /^[NR]$/,
  S: /^[UC]$/,
  C: /^[NLH]$/,
  I: /^[NLH]$/,
  A: /^[NLH]$/,
  E: /^[XUPFH]$/,
  RL: /^[XOTWU]$/,
  RC: /^[XURC]$/,
  CR: /^[XLMH]$/,
  IR: /^[XLMH]$/,
  AR: /^[XLMH]$/,
  MAV: /^[XNALP]$/,
  MAC: /^[XLH]$/,
  MPR: /^[XNLH]$/,
  MUI: /^[XNR]$/,
  MS: /^[XUC]$/,
  MC: /^[XNLH]$/,
  MI: /^[XNLH]$/,
  MA: /^[XNLH]$/,
};
const CVSS3_BASE = ['AV', 'AC', 'PR', 'UI', 'S', 'C', 'I', 'A'];

function cvss3Problem(vector: string): string | undefined {
  const [prefix, ...parts] = vector.split('/');
  if (prefix !== 'CVSS:3.1' && prefix !== 'CVSS:3.0') return 'it does not start with CVSS:3.1/ or CVSS:3.0/';
  const seen = new Set<string>();
  for (const part of parts) {
    const [key, value, extra] = part.split(':');
    const pattern = key === undefined ? undefined : CVSS3_METRICS[key];
    if (!pattern || value === undefined || extra !== undefined) return `"${part}" is not a CVSS 3 metric`;
    if (!pattern.test(value)) return `"${part}" is not a valid value for ${key}`;
    if (seen.has(key!)) return `${key} appears twice`;
    seen.add(key!);
  }
  const missing = CVSS3_BASE.filter((m) => !seen.has(m));
  return missing.length > 0 ? `base metric${missing.length > 1 ? 's' : ''} ${missing.join(', ')} missing` : undefined;
}

/** The qualitative rating of a score, the same bands in CVSS 3.x and 4.0. */
export function ratingOfScore(score: number): CvssRating {
  if (score === 0) return 'NONE';
  if (score < 4) return 'LOW';
  if (score < 7) return 'MEDIUM';
  if (score < 9) return 'HIGH';
  return 'CRITICAL';
}

/** Check a CVSS 4.0 or 3.x vector and score it; the reason says what is wrong with an invalid one. */
export function scoreCvssVector(vector: string): CvssResult {
  const trimmed = vector.trim();
  let version: CvssVersion;
  let score: number;
  if (trimmed.startsWith('CVSS:4.0/')) {
    if (!CVSS4.test(trimmed)) {
      return {
        ok: false,
        reason: 'it is not a complete CVSS 4.0 vector (every base metric, in the specification’s order)',
      };
    }
    version = '4.0';
    score = new calculator.Cvss4P0(trimmed).calculateScores().overall;
  } else if (trimmed.startsWith('CVSS:3.')) {
    const problem = cvss3Problem(trimmed);
    if (problem) return { ok: false, reason: problem };
    version = trimmed.startsWith('CVSS:3.1/') ? '3.1' : '3.0';
    const scorer = version === '3.1' ? new calculator.Cvss3P1(trimmed) : new calculator.Cvss3P0(trimmed);
    // The base score, as the advisory and the CVE record state it (temporal metrics would lower `overall`).
    const scores = scorer.calculateScores();
    score = scores.base ?? scores.overall;
  } else {
    return { ok: false, reason: 'it does not start with CVSS:4.0/, CVSS:3.1/ or CVSS:3.0/' };
  }
  return { ok: true, version, vector: trimmed, score, rating: ratingOfScore(score) };
}
