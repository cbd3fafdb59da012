// The unified diff the report commands print on a dry run: the same hunks as `diff -u` on known cases,
// and on seeded random texts a minimal edit script (as many changed lines as the longest common
// subsequence leaves) that, applied to the old text, gives the new one.
import { describe, expect, it } from 'vitest';
import { lineEdits, unifiedDiff } from '../../actions/lib/domain/text-diff.js';

const names = { oldName: 'a/f', newName: 'b/f' };

/** Apply a unified diff (as printed by unifiedDiff) to `before`. */
function applyDiff(before: string, diff: string): string {
  if (diff === '') return before;
  const old = before === '' ? [] : before.replace(/\n$/, '').split('\n');
  const out: string[] = [];
  let at = 0;
  let noNewline = !before.endsWith('\n') && before !== '';
  const lines = diff.replace(/\n$/, '').split('\n').slice(2);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const hunk = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(line);
    if (hunk) {
      const start = Number(hunk[1]) - (hunk[2] === '0' ? 0 : 1);
      while (at < start) out.push(old[at++]!);
      continue;
    }
    const last = lines[i + 1] === '\\ No newline at end of file';
    if (line.startsWith(' ')) {
      expect(old[at]).toBe(line.slice(1));
      out.push(old[at++]!);
      if (last) noNewline = true;
    } else if (line.startsWith('-')) {
      expect(old[at]).toBe(line.slice(1));
      at++;
      if (last) noNewline = false;
    } else if (line.startsWith('+')) {
      out.push(line.slice(1));
      noNewline = last;
    }
  }
  while (at < old.length) out.push(old[at++]!);
  if (out.length === 0) return '';
  return `${out.join('\n')}${noNewline ? '' : '\n'}`;
}

function lcsLength(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** A small seeded generator (mulberry32): the same texts on every run. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n', names)).toBe('');
    expect(unifiedDiff(undefined, undefined, names)).toBe('');
  });

  it('gives the hunks diff -u gives: three lines of context, far changes in separate hunks', () => {
    const a = 'abcdefghijklm'.split('').join('\n') + '\n';
    const b = 'abcDefghijklmn'.split('').join('\n') + '\n';
    expect(unifiedDiff(a, b, names)).toBe(
      [
        '--- a/f',
        '+++ b/f',
        '@@ -1,7 +1,7 @@',
        ' a',
        ' b',
        ' c',
        '-d',
        '+D',
        ' e',
        ' f',
        ' g',
        '@@ -11,3 +11,4 @@',
        ' k',
        ' l',
        ' m',
        '+n',
        '',
      ].join('\n'),
    );
  });

  it('joins changes six lines apart into one hunk, and splits them seven apart', () => {
    const base = Array.from({ length: 20 }, (_, i) => `l${i}`);
    const edit = (rows: number[]) => base.map((l, i) => (rows.includes(i) ? `${l}!` : l)).join('\n') + '\n';
    const hunks = (rows: number[]) => unifiedDiff(edit([]), edit(rows), names).match(/^@@/gm)?.length;
    expect(hunks([5, 12])).toBe(1);
    expect(hunks([5, 13])).toBe(2);
  });

  it('names a new or deleted file /dev/null and counts from line 0', () => {
    expect(unifiedDiff(undefined, 'a\nb\n', names)).toBe('--- /dev/null\n+++ b/f\n@@ -0,0 +1,2 @@\n+a\n+b\n');
    expect(unifiedDiff('a\n', undefined, names)).toBe('--- a/f\n+++ /dev/null\n@@ -1 +0,0 @@\n-a\n');
  });

  it('marks a last line without a newline as diff does', () => {
    expect(unifiedDiff('a\nb', 'a\nb\n', names)).toBe(
      '--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n',
    );
    expect(unifiedDiff('x\n', 'a\nb\n', names)).toBe('--- a/f\n+++ b/f\n@@ -1 +1,2 @@\n-x\n+a\n+b\n');
  });

  it('on random texts: a minimal edit script, and the diff applied to the old text gives the new one', () => {
    const random = seeded(811);
    const words = ['repo', 'ghsa', 'access:', '  - login: x', '    until: 2026-12-01', '# note', ''];
    const text = (n: number) => Array.from({ length: n }, () => words[Math.floor(random() * words.length)]!);
    for (let round = 0; round < 300; round++) {
      const a = text(Math.floor(random() * 14));
      const b = random() < 0.5 ? text(Math.floor(random() * 14)) : a.map((l) => (random() < 0.2 ? `${l}~` : l));
      const edits = lineEdits(a, b);
      const changed = edits.filter((e) => e.op !== ' ').length;
      expect(changed).toBe(a.length + b.length - 2 * lcsLength(a, b));
      expect(edits.filter((e) => e.op !== '+').map((e) => e.line)).toEqual(a);
      expect(edits.filter((e) => e.op !== '-').map((e) => e.line)).toEqual(b);
      const before = a.length ? `${a.join('\n')}\n` : '';
      const after = b.length ? `${b.join('\n')}${random() < 0.2 ? '' : '\n'}` : '';
      expect(applyDiff(before, unifiedDiff(before, after, names))).toBe(after);
    }
  });
});
