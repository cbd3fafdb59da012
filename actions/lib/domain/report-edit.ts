// Automated edits of report files through the yaml Document API: comments and every byte an edit does
// not touch stay as they are (the same style options as members.yaml's edits).
import type { Document } from 'yaml';
import { isMap, isSeq, parseDocument, stringify } from 'yaml';
import type { AccessGrant, ReportFile } from './report-file.js';
import { YAML_STYLE, editYaml } from './roster-edit.js';

type Path = readonly (string | number)[];

/** Set a value at a path, creating the mappings on the way. */
export function setInReport(text: string, path: Path, value: unknown): string {
  return editYaml(text, (doc) => {
    doc.setIn(path, doc.createNode(value));
  });
}

/** Remove the value at a path (nothing when absent); an emptied mapping or list is removed too. */
export function deleteInReport(text: string, path: Path): string {
  return editYaml(text, (doc) => {
    if (!doc.hasIn(path)) return;
    doc.deleteIn(path);
    for (let depth = path.length - 1; depth > 0; depth--) {
      const parent = doc.getIn(path.slice(0, depth), true);
      if ((isMap(parent) || isSeq(parent)) && parent.items.length === 0) doc.deleteIn(path.slice(0, depth));
      else break;
    }
  });
}

function grantsOf(doc: Document.Parsed): AccessGrant[] {
  const node = doc.get('access', true);
  return isSeq(node) ? (node.toJSON() as AccessGrant[]) : [];
}

/** Add or replace the grant of `grant.login` (logins compare case-insensitively). */
export function setGrant(text: string, grant: AccessGrant): string {
  return editYaml(text, (doc) => {
    const at = grantsOf(doc).findIndex((g) => g.login.toLowerCase() === grant.login.toLowerCase());
    if (at >= 0) {
      doc.setIn(['access', at, 'until'], grant.until);
      doc.setIn(['access', at, 'reason'], grant.reason);
      return;
    }
    if (doc.has('access')) (doc.get('access', true) as { add(v: unknown): void }).add(doc.createNode(grant));
    else doc.set('access', doc.createNode([grant]));
  });
}

/** Remove the grant of `login`; the `access` list goes when it is emptied. */
export function removeGrant(text: string, login: string): string {
  const doc = parseDocument(text);
  const at = grantsOf(doc).findIndex((g) => g.login.toLowerCase() === login.toLowerCase());
  return at < 0 ? text : deleteInReport(text, ['access', at]);
}

/** A new report file's text: a comment saying what it is, then the fields. */
export function newReportText(report: ReportFile, comment: string): string {
  const header = comment
    .split('\n')
    .map((l) => `# ${l}`.trimEnd())
    .join('\n');
  return `${header}\n${stringify(report, YAML_STYLE)}`;
}
