// A roster that did not come from the working tree (members.yaml at a pull request's base or head):
// the same bounded YAML parse and schema check as a local file, with diagnostics instead of a crash.
import type { Diagnostic } from '../domain/findings.js';
import { formatDiagnostic } from '../domain/findings.js';
import type { Roster } from '../domain/roster.js';
import { checkSchema } from './schema.js';
import { DEFAULT_LIMITS, locate, parseYaml } from './yaml-source.js';

export interface RosterText {
  roster?: Roster;
  diagnostics: Diagnostic[];
}

/** Parse `text` (named `file` in diagnostics) as members.yaml; a roster only when there is no error. */
export function rosterFromText(file: string, text: string): RosterText {
  const parsed = parseYaml(file, text, DEFAULT_LIMITS);
  if (!parsed.source) return { diagnostics: parsed.diagnostics };
  const source = parsed.source;
  const diagnostics = checkSchema('members', source.data).map((f): Diagnostic => {
    const pos = locate(source, f.path, f.at);
    return { rule: f.rule, severity: f.severity, file, line: pos.line, column: pos.column, message: f.message };
  });
  return diagnostics.length > 0 ? { diagnostics } : { roster: source.data as Roster, diagnostics };
}

export function describeDiagnostics(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map(formatDiagnostic);
}
