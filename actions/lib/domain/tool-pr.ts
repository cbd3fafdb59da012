// Pull requests the tool keeps in the ops repository (login fixes, pinned ids, pruning, report files):
// one branch per purpose, one open PR per branch, never merged by the tool. Convergence is planned
// here from what the PR holds now: every property (files, title, body, labels, review requests), so
// a run that failed half-way, or whose answer was lost, is completed by the next one.

export interface DesiredToolPr {
  /** owner/name of the ops repository. */
  repo: string;
  /** The head branch, e.g. `psrt/prune-inactive`; owned by the tool and reset on every update. */
  branch: string;
  title: string;
  body: string;
  commitMessage: string;
  files: { path: string; content: string }[];
  labels: string[];
  reviewers: { users: string[]; teams: string[] };
}

/** What the ops repository holds for a tool branch. */
export interface ObservedToolPr {
  /** The default branch, the PR's base. */
  base: string;
  open?: {
    number: number;
    url: string;
    title: string;
    body: string;
    labels: string[];
    requestedUsers: string[];
    requestedTeams: string[];
    /** Someone has reviewed it: review requests are then not repeated. */
    reviewed: boolean;
    /** The desired files' contents at the PR's head (undefined: absent). */
    files: Record<string, string | undefined>;
  };
}

export type ToolPrChange =
  | { kind: 'pr-open'; pr: DesiredToolPr; base: string }
  | {
      kind: 'pr-update';
      pr: DesiredToolPr;
      base: string;
      number: number;
      url: string;
      /** The branch is reset to the base and the files committed again. */
      files: boolean;
      /** Title or body differ. */
      text: boolean;
      /** Labels to add, review requests to make (missing after a run that stopped half-way). */
      labels: string[];
      reviewers: { users: string[]; teams: string[] };
    }
  | { kind: 'pr-close'; repo: string; number: number; url: string; comment: string };

const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));

/** The change that makes the ops repository hold `desired` (or no PR when undefined), or none. */
export function planToolPr(
  desired: DesiredToolPr | undefined,
  observed: ObservedToolPr,
  closeComment = 'Closed by psrt-ops: there is nothing left to change.',
  repo = desired?.repo ?? '',
): ToolPrChange | undefined {
  const open = observed.open;
  if (!desired) {
    return open ? { kind: 'pr-close', repo, number: open.number, url: open.url, comment: closeComment } : undefined;
  }
  if (!open) return { kind: 'pr-open', pr: desired, base: observed.base };
  const files = desired.files.some((f) => open.files[f.path] !== f.content);
  const text = open.title !== desired.title || open.body !== desired.body;
  const haveLabels = lower(open.labels);
  const labels = desired.labels.filter((l) => !haveLabels.has(l.toLowerCase()));
  const users = open.reviewed
    ? []
    : desired.reviewers.users.filter((u) => !lower(open.requestedUsers).has(u.toLowerCase()));
  const teams = open.reviewed
    ? []
    : desired.reviewers.teams.filter((t) => !lower(open.requestedTeams).has(t.toLowerCase()));
  if (!files && !text && labels.length === 0 && users.length === 0 && teams.length === 0) return undefined;
  return {
    kind: 'pr-update',
    pr: desired,
    base: observed.base,
    number: open.number,
    url: open.url,
    files,
    text,
    labels,
    reviewers: { users, teams },
  };
}

export function describeToolPrChange(c: ToolPrChange): string {
  switch (c.kind) {
    case 'pr-open':
      return `+ open a pull request in ${c.pr.repo}: "${c.pr.title}"`;
    case 'pr-update': {
      const what = [
        ...(c.files ? ['files'] : []),
        ...(c.text ? ['title and description'] : []),
        ...(c.labels.length ? [`labels ${c.labels.join(', ')}`] : []),
        ...(c.reviewers.users.length || c.reviewers.teams.length
          ? [`review request (${[...c.reviewers.users, ...c.reviewers.teams.map((t) => `team ${t}`)].join(', ')})`]
          : []),
      ];
      return `~ update pull request #${c.number} (${what.join('; ')}): "${c.pr.title}"`;
    }
    case 'pr-close':
      return `- close pull request #${c.number}`;
  }
}
