// Automated edits of members.yaml through the yaml Document API: comments, order and every byte the
// edit does not touch stay as they are. The style options below reproduce the file's own style
// (flow lists without inner padding, no re-wrapping); validate warns at any line a file has in
// another style, which an automated edit would reformat.
import type { Document, YAMLMap, YAMLSeq } from 'yaml';
import { isMap, isSeq, parseDocument } from 'yaml';

export const YAML_STYLE = { flowCollectionPadding: false, lineWidth: 0 } as const;

/** Parse, let `edit` change the Document, and serialise in the file's style. */
export function editYaml(text: string, edit: (doc: Document.Parsed) => void): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(`cannot edit a file with YAML errors: ${doc.errors[0]!.message}`);
  edit(doc);
  return doc.toString(YAML_STYLE);
}

export function sequence(doc: Document.Parsed, key: 'members' | 'emeritus'): YAMLSeq | undefined {
  const node = doc.get(key, true);
  return isSeq(node) ? node : undefined;
}

export function entryAt(doc: Document.Parsed, key: 'members' | 'emeritus', index: number): YAMLMap {
  const item = sequence(doc, key)?.items[index];
  if (!isMap(item)) throw new Error(`${key}[${index}] is not a mapping`);
  return item;
}

/** Follow a rename: the member's login becomes `login` (their id is unchanged). */
export function setMemberLogin(text: string, index: number, login: string): string {
  return editYaml(text, (doc) => {
    entryAt(doc, 'members', index).set('login', login);
  });
}

/** Pin ids: each member index gets `id:` right after its `login:` line. */
export function setMemberIds(text: string, ids: ReadonlyMap<number, number>): string {
  return editYaml(text, (doc) => {
    for (const [index, id] of ids) {
      const entry = entryAt(doc, 'members', index);
      if (entry.has('id')) {
        entry.set('id', id);
        continue;
      }
      const at = entry.items.findIndex((pair) => String((pair.key as { value?: unknown }).value) === 'login');
      const pair = doc.createPair('id', id);
      entry.items.splice(at + 1, 0, pair as (typeof entry.items)[number]);
    }
  });
}
