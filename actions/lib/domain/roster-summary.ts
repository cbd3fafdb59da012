// The roster shown as markdown: counts by role and one row per member. Emails are personal data:
// the table says whether one is on file, never what it is.
import type { Diagnostic } from './findings.js';
import type { Roster } from './roster.js';
import { hasRole } from './roster.js';

export interface RosterCounts {
  members: number;
  admins: number;
  releaseManagers: number;
  steeringCouncil: number;
  emeritus: number;
  withEmail: number;
  withId: number;
}

export function countRoster(roster: Roster): RosterCounts {
  const m = roster.members;
  return {
    members: m.length,
    admins: m.filter((x) => hasRole(x, 'admin')).length,
    releaseManagers: m.filter((x) => hasRole(x, 'release-manager')).length,
    steeringCouncil: m.filter((x) => hasRole(x, 'steering-council')).length,
    emeritus: roster.emeritus?.length ?? 0,
    withEmail: m.filter((x) => x.email !== undefined).length,
    withId: m.filter((x) => x.id !== undefined).length,
  };
}

/** Escape text for a markdown table cell. */
export function cell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ')
    .replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}

export function renderDiagnosticsMarkdown(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const lines = [`### ${errors} error(s), ${diagnostics.length - errors} warning(s)`, ''];
  for (const d of diagnostics)
    lines.push(`- **${d.severity}** \`${d.rule}\` ${cell(d.file)}:${d.line}:${d.column}: ${cell(d.message)}`);
  return lines.join('\n') + '\n';
}

export function renderRosterMarkdown(roster: Roster, diagnostics: readonly Diagnostic[]): string {
  const c = countRoster(roster);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const lines: string[] = [];
  lines.push(`## PSRT roster ${errors === 0 ? 'is valid' : `has ${errors} error${errors === 1 ? '' : 's'}`}`);
  lines.push('');
  lines.push('| Members | Admins | Release managers | Steering Council | Emeritus | With email | With pinned id |');
  lines.push('|---:|---:|---:|---:|---:|---:|---:|');
  lines.push(
    `| ${c.members} | ${c.admins} | ${c.releaseManagers} | ${c.steeringCouncil} | ${c.emeritus} | ${c.withEmail} | ${c.withId} |`,
  );
  lines.push('');
  if (diagnostics.length > 0) lines.push(renderDiagnosticsMarkdown(diagnostics));
  lines.push('<details><summary>Members</summary>');
  lines.push('');
  lines.push('| Name | GitHub | Roles | Email | Id |');
  lines.push('|---|---|---|:-:|:-:|');
  for (const m of roster.members) {
    const roles = (m.roles ?? []).join(', ');
    lines.push(`| ${cell(m.name)} | \`${m.login}\` | ${cell(roles)} | ${m.email ? '✓' : '—'} | ${m.id ?? '—'} |`);
  }
  lines.push('');
  lines.push('</details>');
  return lines.join('\n') + '\n';
}
