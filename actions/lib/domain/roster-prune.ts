// The audit's edit of members.yaml: move members to `emeritus` with the date they left and why,
// through the yaml Document API, so every comment and every byte the move does not touch stays. A
// comment above a moved entry stays where it was (it introduces what follows, not the entry alone);
// comments inside the entry move with it.
import type { Document, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import { isScalar, isSeq } from 'yaml';
import { editYaml, indexMemberEntries } from './roster-edit.js';

export interface EmeritusMove {
  login: string;
  /** The pinned GitHub id, when the roster has one (matches even if the login in the file differs). */
  id?: number;
  /** YYYY-MM-DD */
  left: string;
  reason: string;
}

/** Fields of an active entry that an emeritus entry does not keep (the schema has no `vote` there; the email is no longer needed). */
const DROPPED = ['email', 'vote'];

type CommentNode = Node & { commentBefore?: string | null; comment?: string | null; spaceBefore?: boolean };

function joinComments(...parts: (string | null | undefined)[]): string | undefined {
  const kept = parts.filter((p): p is string => typeof p === 'string' && p !== '');
  return kept.length > 0 ? kept.join('\n') : undefined;
}

function keyName(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

/** Remove a pair from a map; its comments go to the pair after it (or the map's end), never lost. */
function deletePair(map: YAMLMap, name: string): void {
  const at = map.items.findIndex((p) => keyName(p) === name);
  if (at < 0) return;
  const [pair] = map.items.splice(at, 1);
  const key = pair!.key as CommentNode | null;
  const value = pair!.value as CommentNode | null;
  const lost = joinComments(key?.commentBefore, key?.comment, value?.commentBefore, value?.comment);
  if (!lost) return;
  const next = map.items[at]?.key as CommentNode | undefined;
  if (next && typeof next === 'object') next.commentBefore = joinComments(lost, next.commentBefore);
  else map.comment = joinComments(map.comment, lost) ?? null;
}

function emeritusSeq(doc: Document.Parsed): YAMLSeq {
  const node = doc.get('emeritus', true);
  if (isSeq(node)) {
    if (node.items.length === 0) node.flow = false;
    return node;
  }
  const seq = doc.createNode([]) as YAMLSeq;
  seq.flow = false;
  doc.set('emeritus', seq);
  return seq;
}

/**
 * Move each member named in `moves` from `members` to the end of `emeritus`, adding `left` and
 * `reason`. Throws when a member is not in the file: the caller's roster and the file disagree.
 */
export function moveToEmeritus(text: string, moves: readonly EmeritusMove[]): string {
  if (moves.length === 0) return text;
  return editYaml(text, (doc) => {
    const members = doc.get('members', true);
    if (!isSeq(members)) throw new Error('members.yaml has no `members` list');
    const index = indexMemberEntries(doc);
    const chosen = new Map<number, EmeritusMove>();
    for (const move of moves) {
      const at = index.find(move);
      if (at === undefined) throw new Error(`\`${move.login}\` is not an active member in members.yaml`);
      chosen.set(at, move);
    }
    const kept: unknown[] = [];
    const moved: YAMLMap[] = [];
    let carried: { comment?: string; space: boolean } = { space: false };
    members.items.forEach((item, i) => {
      const move = chosen.get(i);
      const node = item as CommentNode;
      if (!move) {
        // What stood above a moved entry stays in place: it now stands above the entry that follows.
        if (carried.comment !== undefined || carried.space) {
          node.commentBefore = joinComments(carried.comment, node.commentBefore) ?? null;
          node.spaceBefore = node.spaceBefore || carried.space;
          carried = { space: false };
        }
        kept.push(item);
        return;
      }
      const entry = item as YAMLMap & CommentNode;
      const comment = joinComments(carried.comment, entry.commentBefore);
      carried = { ...(comment !== undefined ? { comment } : {}), space: carried.space || entry.spaceBefore === true };
      entry.commentBefore = null;
      entry.spaceBefore = false;
      for (const name of DROPPED) deletePair(entry, name);
      entry.set('left', move.left);
      entry.set('reason', move.reason);
      moved.push(entry);
    });
    if (carried.comment !== undefined)
      (members as YAMLSeq & CommentNode).comment = joinComments(carried.comment, members.comment) ?? null;
    members.items = kept as typeof members.items;
    const emeritus = emeritusSeq(doc);
    for (const entry of moved) emeritus.items.push(entry);
  });
}
