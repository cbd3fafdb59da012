// A unified diff of two texts, line by line (Myers' shortest edit script), for the commands that show a
// file edit before proposing it (`psrt grant --dry-run`). Pure and small: report files are short, and the
// output reads like `diff -u` / `git diff` (hunks with three lines of context, "\ No newline at end of file").

type Edit = { op: ' ' | '-' | '+'; line: string };

interface SplitText {
  lines: string[];
  /** The text ends without a newline (and is not empty). */
  missingFinalNewline: boolean;
}

function splitLines(text: string): SplitText {
  if (text === '') return { lines: [], missingFinalNewline: false };
  const lines = text.split('\n');
  const missingFinalNewline = lines[lines.length - 1] !== '';
  if (!missingFinalNewline) lines.pop();
  return { lines, missingFinalNewline };
}

/** The shortest edit script from `a` to `b`, as kept, removed and added lines in order. */
export function lineEdits(a: readonly string[], b: readonly string[]): Edit[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  // v[k + offset]: the furthest x reached on diagonal k; one snapshot per step d to walk back.
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[k - 1 + offset]! < v[k + 1 + offset]!);
      let x = down ? v[k + 1 + offset]! : v[k - 1 + offset]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[k + offset] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk back from (n, m) through the snapshots: each step d undoes one removal or addition.
  const edits: Edit[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const before = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && before[k - 1 + offset]! < before[k + 1 + offset]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : before[prevK + offset]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      edits.push({ op: ' ', line: a[--x]! });
      y--;
    }
    if (d === 0) break;
    if (down) edits.push({ op: '+', line: b[--y]! });
    else edits.push({ op: '-', line: a[--x]! });
  }
  // The first snapshot's diagonal run (d = 0) is walked by the loop above; anything left is common.
  while (x > 0 && y > 0) {
    edits.push({ op: ' ', line: a[--x]! });
    y--;
  }
  return edits.reverse();
}

function hunkRange(start: number, count: number): string {
  // As diff -u: an empty range names the line before it; a single line has no count.
  if (count === 0) return `${start - 1},0`;
  return count === 1 ? `${start}` : `${start},${count}`;
}

export interface UnifiedDiffOptions {
  /** The names on the `---` and `+++` lines; `/dev/null` for a file that does not exist. */
  oldName: string;
  newName: string;
  /** Lines of context around each change (default 3). */
  context?: number;
}

/**
 * The unified diff from `before` to `after` (undefined: the file does not exist), or '' when they are
 * equal. Lines end with "\n"; a last line without a newline is marked as `diff` marks it.
 */
export function unifiedDiff(
  before: string | undefined,
  after: string | undefined,
  options: UnifiedDiffOptions,
): string {
  if ((before ?? '') === (after ?? '') && (before === undefined) === (after === undefined)) return '';
  const a = splitLines(before ?? '');
  const b = splitLines(after ?? '');
  // A changed final newline makes the last lines differ, as in diff -u.
  const aLines = a.lines.map((l, i) => (i === a.lines.length - 1 && a.missingFinalNewline ? `${l}\u0000` : l));
  const bLines = b.lines.map((l, i) => (i === b.lines.length - 1 && b.missingFinalNewline ? `${l}\u0000` : l));
  const edits = lineEdits(aLines, bLines);
  const context = options.context ?? 3;

  // Group changes into hunks: changes with at most 2 × context unchanged lines between them share one.
  const changed = edits.map((e, i) => (e.op === ' ' ? -1 : i)).filter((i) => i >= 0);
  const out = [
    `--- ${before === undefined ? '/dev/null' : options.oldName}`,
    `+++ ${after === undefined ? '/dev/null' : options.newName}`,
  ];
  let at = 0;
  while (at < changed.length) {
    let end = at;
    while (end + 1 < changed.length && changed[end + 1]! - changed[end]! <= 2 * context + 1) end++;
    const from = Math.max(0, changed[at]! - context);
    const to = Math.min(edits.length, changed[end]! + context + 1);
    // Line numbers where the hunk starts: lines of each side before `from`.
    let oldStart = 1;
    let newStart = 1;
    for (let i = 0; i < from; i++) {
      if (edits[i]!.op !== '+') oldStart++;
      if (edits[i]!.op !== '-') newStart++;
    }
    const slice = edits.slice(from, to);
    const oldCount = slice.filter((e) => e.op !== '+').length;
    const newCount = slice.filter((e) => e.op !== '-').length;
    out.push(`@@ -${hunkRange(oldStart, oldCount)} +${hunkRange(newStart, newCount)} @@`);
    for (const e of slice) {
      if (e.line.endsWith('\u0000')) out.push(`${e.op}${e.line.slice(0, -1)}`, '\\ No newline at end of file');
      else out.push(`${e.op}${e.line}`);
    }
    at = end + 1;
  }
  return `${out.join('\n')}\n`;
}
