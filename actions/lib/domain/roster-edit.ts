// Automated edits of members.yaml through the yaml Document API: comments, order and every byte the
// edit does not touch stay as they are. The style options below reproduce the file's own style
// (flow lists without inner padding, no re-wrapping); validate warns at any line a file has in
// another style, which an automated edit would reformat.
import type { Document, YAMLMap, YAMLSeq } from 'yaml';
import { isMap, isSeq, parseDocument } from 'yaml';
import { loginKey } from './roster.js';

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

/** Someone to find in members.yaml: by the pinned id when both sides have one, else by login. */
export interface EntryRef {
  login: string;
  id?: number;
}

/**
 * The `members` entries of a document indexed by pinned id and by login, built in one pass: the one
 * way every automated edit finds a person's entry (a roster of thousands is edited in linear time).
 */
export function indexMemberEntries(doc: Document.Parsed): { find(person: EntryRef): number | undefined } {
  const byId = new Map<number, number>();
  const byLogin = new Map<string, number>();
  const ids = new Map<number, number | undefined>();
  sequence(doc, 'members')?.items.forEach((item, i) => {
    if (!isMap(item)) return;
    const id = item.get('id');
    const login = item.get('login');
    ids.set(i, typeof id === 'number' ? id : undefined);
    if (typeof id === 'number' && !byId.has(id)) byId.set(id, i);
    if (typeof login === 'string' && !byLogin.has(loginKey(login))) byLogin.set(loginKey(login), i);
  });
  return {
    find(person) {
      if (person.id !== undefined && byId.has(person.id)) return byId.get(person.id);
      const i = byLogin.get(loginKey(person.login));
      if (i === undefined) return undefined;
      const pinned = ids.get(i);
      return person.id !== undefined && pinned !== undefined && pinned !== person.id ? undefined : i;
    },
  };
}

function memberEntry(doc: Document.Parsed, person: EntryRef, index = indexMemberEntries(doc)): YAMLMap {
  const at = index.find(person);
  if (at === undefined)
    throw new Error(
      `members.yaml has no entry for \`${person.login}\`${person.id !== undefined ? ` (id ${person.id})` : ''}`,
    );
  return entryAt(doc, 'members', at);
}

/** Follow renames: each member (found by id, else by old login) gets their new login; ids are unchanged. */
export function setMemberLogins(text: string, renames: readonly { id: number; from: string; to: string }[]): string {
  return editYaml(text, (doc) => {
    const index = indexMemberEntries(doc);
    for (const r of renames) memberEntry(doc, { login: r.from, id: r.id }, index).set('login', r.to);
  });
}

/** Pin ids: each member without one gets `id:` right after its `login:` line. */
export function setMemberIds(text: string, pins: readonly { login: string; id: number }[]): string {
  return editYaml(text, (doc) => {
    const index = indexMemberEntries(doc);
    for (const pin of pins) {
      const entry = memberEntry(doc, { login: pin.login }, index);
      if (entry.has('id')) continue;
      const at = entry.items.findIndex((pair) => String((pair.key as { value?: unknown }).value) === 'login');
      const pair = doc.createPair('id', pin.id);
      entry.items.splice(at + 1, 0, pair as (typeof entry.items)[number]);
    }
  });
}
