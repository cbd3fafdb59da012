// A tiny git model: blobs (git blob shas), commits holding a flat path → blob map, and refs. Commit shas
// are sha1 of a git-like commit text, so the same tree, parents, message and date give the same sha.
import { gitBlobSha, sha1 } from './ids.js';

export interface GitPerson {
  name: string;
  email: string;
  date: string;
}

export interface GitCommit {
  sha: string;
  tree: Map<string, string>;
  treeSha: string;
  parents: string[];
  message: string;
  author: GitPerson;
  committer: GitPerson;
}

/** Blobs are shared by every repo of a store (forks copy trees, not bytes). */
export class BlobStore {
  private readonly blobs = new Map<string, Buffer>();
  put(content: Buffer): string {
    const sha = gitBlobSha(content);
    if (!this.blobs.has(sha)) this.blobs.set(sha, content);
    return sha;
  }
  get(sha: string): Buffer | undefined {
    return this.blobs.get(sha);
  }
}

export class GitRepo {
  readonly commits = new Map<string, GitCommit>();
  /** Full ref names (`refs/heads/main`) → commit sha. */
  readonly refs = new Map<string, string>();

  constructor(readonly blobs: BlobStore) {}

  commit(input: {
    tree: Map<string, string>;
    parents: string[];
    message: string;
    author: GitPerson;
    committer?: GitPerson;
    sha?: string;
  }): GitCommit {
    const committer = input.committer ?? input.author;
    const treeSha = sha1(
      [...input.tree]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([p, s]) => `${p}\0${s}\n`)
        .join(''),
    );
    const stamp = (p: GitPerson): string => `${p.name} <${p.email}> ${Math.floor(Date.parse(p.date) / 1000)} +0000`;
    const text = [
      `tree ${treeSha}`,
      ...input.parents.map((p) => `parent ${p}`),
      `author ${stamp(input.author)}`,
      `committer ${stamp(committer)}`,
      '',
      input.message,
    ].join('\n');
    const sha = input.sha ?? sha1(`commit ${Buffer.byteLength(text)}\0${text}`);
    const commit: GitCommit = {
      sha,
      tree: input.tree,
      treeSha,
      parents: input.parents,
      message: input.message,
      author: input.author,
      committer,
    };
    this.commits.set(sha, commit);
    return commit;
  }

  branch(name: string): GitCommit | undefined {
    const sha = this.refs.get(`refs/heads/${name}`);
    return sha ? this.commits.get(sha) : undefined;
  }

  branchNames(): string[] {
    return [...this.refs.keys()].filter((r) => r.startsWith('refs/heads/')).map((r) => r.slice('refs/heads/'.length));
  }

  /** A branch name, tag, full ref or (abbreviated) commit sha → commit. */
  resolve(ref: string): GitCommit | undefined {
    const direct = this.refs.get(ref) ?? this.refs.get(`refs/heads/${ref}`) ?? this.refs.get(`refs/tags/${ref}`);
    if (direct) return this.commits.get(direct);
    if (/^[0-9a-f]{40}$/.test(ref)) return this.commits.get(ref);
    if (/^[0-9a-f]{7,39}$/.test(ref)) {
      for (const [sha, c] of this.commits) if (sha.startsWith(ref)) return c;
    }
    return undefined;
  }

  /** Whether `ancestor` is reachable from `sha` (for fast-forward checks). */
  isAncestor(ancestor: string, sha: string): boolean {
    const seen = new Set<string>();
    const stack = [sha];
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (s === ancestor) return true;
      if (seen.has(s)) continue;
      seen.add(s);
      stack.push(...(this.commits.get(s)?.parents ?? []));
    }
    return false;
  }

  /** Copies refs and commits of another repo (temporary private forks start as a copy). */
  copyFrom(other: GitRepo, branches: string[]): void {
    for (const b of branches) {
      const sha = other.refs.get(`refs/heads/${b}`);
      if (!sha) continue;
      this.refs.set(`refs/heads/${b}`, sha);
      const stack = [sha];
      while (stack.length > 0) {
        const s = stack.pop()!;
        if (this.commits.has(s)) continue;
        const c = other.commits.get(s);
        if (!c) continue;
        this.commits.set(s, c);
        stack.push(...c.parents);
      }
    }
  }
}

export interface FileChange {
  filename: string;
  status: 'added' | 'removed' | 'modified';
  before?: string;
  after?: string;
}

export function diffTrees(base: Map<string, string>, head: Map<string, string>): FileChange[] {
  const changes: FileChange[] = [];
  for (const [path, sha] of head) {
    const old = base.get(path);
    if (old === undefined) changes.push({ filename: path, status: 'added', after: sha });
    else if (old !== sha) changes.push({ filename: path, status: 'modified', before: old, after: sha });
  }
  for (const [path, sha] of base) if (!head.has(path)) changes.push({ filename: path, status: 'removed', before: sha });
  return changes.sort((a, b) => (a.filename < b.filename ? -1 : 1));
}

/** A unified diff of two texts with one hunk per change run, and line counts (GitHub's `patch` field). */
export function unifiedPatch(before: string, after: string): { patch: string; additions: number; deletions: number } {
  const a = before === '' ? [] : before.replace(/\n$/, '').split('\n');
  const b = after === '' ? [] : after.replace(/\n$/, '').split('\n');
  const ops = lineDiff(a, b);
  const additions = ops.filter((o) => o.op === '+').length;
  const deletions = ops.filter((o) => o.op === '-').length;
  // Hunks with 3 lines of context, as git prints them.
  const lines: string[] = [];
  let i = 0;
  while (i < ops.length) {
    if (ops[i]!.op === ' ') {
      i++;
      continue;
    }
    const start = Math.max(0, i - 3);
    let end = i;
    while (end < ops.length) {
      if (ops[end]!.op !== ' ') {
        end++;
        continue;
      }
      let run = 0;
      while (end + run < ops.length && ops[end + run]!.op === ' ') run++;
      if (end + run >= ops.length || run > 6) {
        end = Math.min(ops.length, end + 3);
        break;
      }
      end += run;
    }
    const hunk = ops.slice(start, end);
    const aStart = hunk[0]!.a + 1;
    const bStart = hunk[0]!.b + 1;
    const aLen = hunk.filter((o) => o.op !== '+').length;
    const bLen = hunk.filter((o) => o.op !== '-').length;
    lines.push(`@@ -${aLen === 0 ? aStart - 1 : aStart},${aLen} +${bLen === 0 ? bStart - 1 : bStart},${bLen} @@`);
    for (const o of hunk) lines.push(`${o.op}${o.text}`);
    i = end;
  }
  return { patch: lines.join('\n'), additions, deletions };
}

interface Op {
  op: ' ' | '+' | '-';
  text: string;
  a: number;
  b: number;
}

function lineDiff(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  if (n * m > 4_000_000) {
    return [
      ...a.map((t, i) => ({ op: '-' as const, text: t, a: i, b: 0 })),
      ...b.map((t, j) => ({ op: '+' as const, text: t, a: n, b: j })),
    ];
  }
  // Longest common subsequence table, filled from the end.
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ op: ' ', text: a[i]!, a: i, b: j });
      i++;
      j++;
    } else if (j < m && (i >= n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      ops.push({ op: '+', text: b[j]!, a: i, b: j });
      j++;
    } else {
      ops.push({ op: '-', text: a[i]!, a: i, b: j });
      i++;
    }
  }
  return ops;
}
