// The readable summary of a record that a record PR's body carries, for the second operator's review:
// title, affected versions, CVSS, CWEs, credits, references, the public date. The description is left
// to the file in the PR: it is long, the diff shows it, and a PR body also travels in notification
// emails. Text from the advisory is shown inline-safe (no markup, mention or link it could trigger).
import { inlineUntrustedText } from '../desk/markdown.js';
import type { CnaContainer, CveAffected, CveMetric, CveVersion, CvssObject } from './types.js';

function versionLine(v: CveVersion): string {
  const upper = v.lessThan ? `< ${v.lessThan}` : v.lessThanOrEqual ? `<= ${v.lessThanOrEqual}` : undefined;
  const range = upper ? (v.version === '0' ? upper : `>= ${v.version}, ${upper}`) : `= ${v.version}`;
  return `\`${range}\` ${v.status}${v.versionType ? ` (${v.versionType})` : ''}`;
}

function affectedLines(a: CveAffected): string[] {
  const what = [a.vendor, a.product].filter(Boolean).map((t) => inlineUntrustedText(t!));
  const where = [
    a.packageName ? `package \`${inlineUntrustedText(a.packageName)}\`` : undefined,
    a.collectionURL ? `from ${a.collectionURL}` : undefined,
    a.repo ? `repository ${a.repo}` : undefined,
  ].filter(Boolean);
  const lines = [
    `- ${what.join(' ')}${where.length ? ` (${where.join(', ')})` : ''}, default ${a.defaultStatus ?? 'unknown'}`,
  ];
  for (const v of a.versions ?? []) lines.push(`  - ${versionLine(v)}`);
  if (a.modules?.length) lines.push(`  - modules: ${a.modules.map((m) => `\`${inlineUntrustedText(m)}\``).join(', ')}`);
  if (a.platforms?.length) lines.push(`  - platforms: ${a.platforms.map((p) => inlineUntrustedText(p)).join(', ')}`);
  return lines;
}

function cvssLine(name: string, c: CvssObject): string {
  return `- CVSS ${name}: **${c.baseScore}** ${c.baseSeverity}, \`${c.vectorString}\``;
}

function metricLines(metrics: readonly CveMetric[] | undefined): string[] {
  const lines: string[] = [];
  for (const m of metrics ?? []) {
    if (m.cvssV4_0) lines.push(cvssLine('4.0', m.cvssV4_0));
    if (m.cvssV3_1) lines.push(cvssLine('3.1', m.cvssV3_1));
    if (m.cvssV3_0) lines.push(cvssLine('3.0', m.cvssV3_0));
  }
  return lines.length > 0 ? lines : ['- none (the record carries no score)'];
}

/** A reference URL as a link a reviewer can follow, when it is a plain https URL. */
function referenceLink(url: string): string {
  return /^https:\/\/[^\s<>]+$/.test(url) ? `<${url}>` : `\`${inlineUntrustedText(url)}\``;
}

export interface RecordSummaryOptions {
  cveId: string;
  ghsa: string;
  /** The container fields that differ from the file the PR replaces (an update). */
  changed?: string[];
}

/** The summary, as markdown lines. */
export function summarizeCveRecord(container: CnaContainer, options: RecordSummaryOptions): string {
  const lines = [
    `**${options.cveId}** — the record of ${options.ghsa}`,
    '',
    `**Title:** ${inlineUntrustedText(container.title ?? '(none)', 300)}`,
  ];
  if (options.changed) {
    lines.push(
      '',
      options.changed.length > 0
        ? `**Changed in this PR:** ${options.changed.map((f) => `\`${f}\``).join(', ')}`
        : '**Changed in this PR:** the record metadata only',
    );
  }
  lines.push('', '**Affected**', '', ...container.affected.flatMap(affectedLines));
  lines.push('', '**Severity**', '', ...metricLines(container.metrics));
  const cwes = (container.problemTypes ?? []).flatMap((p) => p.descriptions);
  lines.push(
    '',
    '**Weaknesses**',
    '',
    ...(cwes.length > 0 ? cwes.map((d) => `- ${inlineUntrustedText(d.description)}`) : ['- none given']),
  );
  const credits = container.credits ?? [];
  lines.push(
    '',
    '**Credits**',
    '',
    ...(credits.length > 0
      ? credits.map((c) => `- ${c.type ?? 'other'}: ${inlineUntrustedText(c.value)}`)
      : ['- none']),
  );
  lines.push(
    '',
    '**References**',
    '',
    ...container.references.map(
      (r) => `- ${referenceLink(r.url)}${r.tags?.length ? ` (${r.tags.map((t) => `\`${t}\``).join(', ')})` : ''}`,
    ),
  );
  lines.push(
    '',
    `**Public since:** ${container.datePublic ?? 'not given (report file record.date_public)'}`,
    '',
    'The description (plain text and HTML) is in the file: read it in the diff.',
  );
  return lines.join('\n');
}
