// What a check found, in terms of the data (a path), not the file. The config layer turns a path into
// a line and column, so the pure rules never see YAML.

export type Severity = 'error' | 'warning';
/** members.yaml, policy.yaml, or a report file (reports/GHSA-….yaml). */
export type ConfigFile = 'members' | 'policy' | 'report';
export type DataPath = readonly (string | number)[];

export interface Finding {
  rule: string;
  severity: Severity;
  file: ConfigFile;
  path: DataPath;
  /** Point at the key of the last path segment rather than its value. */
  at?: 'key' | 'value';
  message: string;
  /** Other places that matter (e.g. the first of two duplicates); their lines are appended to the message. */
  related?: { file: ConfigFile; path: DataPath; label: string }[];
}

/** A finding placed in a file: what every entry prints (CLI `file:line:col`, Actions annotation). */
export interface Diagnostic {
  rule: string;
  severity: Severity;
  file: string;
  line: number;
  column: number;
  message: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity} [${d.rule}] ${d.message}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

export function describePath(path: DataPath): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out === '' ? '(top level)' : out;
}
