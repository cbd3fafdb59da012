// pin-ids: find the numeric GitHub id of every member who has none (one GraphQL query per hundred
// logins) and, when applying, open or update one PR in the ops repo that adds them to members.yaml.
// Ids are immutable where logins are not: once pinned, reconcile follows renames.
import { GraphqlResponseError } from '@octokit/graphql';
import { parse } from 'yaml';
import type { GitHub } from '../clients/github.js';
import type { ConfigPaths } from '../config/load.js';
import { loadConfig } from '../config/load.js';
import type { Diagnostic } from '../domain/findings.js';
import { loginKey } from '../domain/roster.js';
import { setMemberIds } from '../domain/roster-edit.js';
import { UserError } from '../errors.js';
import type { JobContext } from './context.js';
import { readTextFile } from './github-read.js';
import type { OpsPullRequestResult } from './ops-pr.js';
import { upsertPullRequest } from './ops-pr.js';

export const PIN_BRANCH = 'psrt/pin-ids';
const BATCH = 100;

export interface PinIdsResult {
  diagnostics: Diagnostic[];
  /** login (as in members.yaml) → id found on GitHub. */
  found: { login: string; id: number; current: string }[];
  /** Logins GitHub does not know (renamed or deleted accounts): fix these by hand. */
  missing: string[];
  pullRequest?: OpsPullRequestResult;
  text: string;
}

type UserAnswer = Record<string, { login: string; databaseId: number | null } | null>;

/** Ask GitHub for the ids of these logins, a hundred a query; logins it does not know come back null. */
export async function lookupIds(
  gh: GitHub,
  logins: readonly string[],
): Promise<Map<string, { login: string; id: number } | null>> {
  const out = new Map<string, { login: string; id: number } | null>();
  for (let start = 0; start < logins.length; start += BATCH) {
    const batch = logins.slice(start, start + BATCH);
    const query = `query PinIds { ${batch.map((login, i) => `u${i}: user(login: ${JSON.stringify(login)}) { login databaseId }`).join(' ')} }`;
    let data: UserAnswer;
    try {
      data = await gh.graphql<UserAnswer>(query);
    } catch (err) {
      // A login GitHub does not know is a NOT_FOUND error beside the others' data.
      if (
        !(err instanceof GraphqlResponseError) ||
        !err.errors?.every((e) => (e as { type?: string }).type === 'NOT_FOUND')
      )
        throw err;
      data = (err.data ?? {}) as UserAnswer;
    }
    batch.forEach((login, i) => {
      const u = data[`u${i}`];
      out.set(login, u && u.databaseId !== null ? { login: u.login, id: u.databaseId } : null);
    });
  }
  return out;
}

export async function runPinIds(
  settings: { paths: ConfigPaths; apply: boolean },
  gh: GitHub,
  ctx: JobContext,
): Promise<PinIdsResult> {
  const loaded = await loadConfig(settings.paths, ctx.now());
  if (!loaded.config)
    return {
      diagnostics: loaded.diagnostics,
      found: [],
      missing: [],
      text: 'members.yaml or policy.yaml has errors: nothing was looked up.\n',
    };
  const { roster, policy } = loaded.config;
  const unpinned = roster.members.filter((m) => m.id === undefined).map((m) => m.login);
  const answers = await lookupIds(gh, unpinned);
  const found = unpinned.flatMap((login) => {
    const a = answers.get(login);
    return a ? [{ login, id: a.id, current: a.login }] : [];
  });
  const missing = unpinned.filter((login) => !answers.get(login));
  const lines = [
    unpinned.length === 0
      ? 'Every member already has a pinned id.'
      : `${found.length} of ${unpinned.length} member(s) without an id found on GitHub:`,
    ...found.map(
      (f) =>
        `  + ${f.login}: id ${f.id}${loginKey(f.current) !== loginKey(f.login) ? ` (GitHub spells it ${f.current})` : ''}`,
    ),
    ...missing.map((l) => `  ! ${l}: GitHub has no such account (renamed or deleted?): fix members.yaml by hand`),
  ];
  let pullRequest: OpsPullRequestResult | undefined;
  if (found.length > 0) {
    if (!settings.apply) {
      lines.push('', `Dry run: use --apply to open a pull request in ${policy.ops_repo} that pins them.`);
    } else {
      const file = await readTextFile(gh, policy.ops_repo, 'members.yaml');
      if (!file) throw new UserError(`${policy.ops_repo} has no members.yaml on its default branch.`);
      // Place each id by the entry in the ops repo's own file (its order may differ from a local checkout).
      const entries = (parse(file.text) as { members?: { login?: string; id?: number }[] } | null)?.members ?? [];
      const ids = new Map<number, number>();
      for (const f of found) {
        const at = entries.findIndex(
          (e) => e.login !== undefined && loginKey(e.login) === loginKey(f.login) && e.id === undefined,
        );
        if (at >= 0) ids.set(at, f.id);
      }
      if (ids.size > 0) {
        pullRequest = await upsertPullRequest(gh, {
          repo: policy.ops_repo,
          branch: PIN_BRANCH,
          title: `members.yaml: pin the GitHub ids of ${ids.size} member${ids.size === 1 ? '' : 's'}`,
          body: `GitHub logins can change; numeric ids cannot. With ids pinned, reconcile follows a rename instead of treating it as a new person.\n\n${found.map((f) => `- \`${f.login}\`: ${f.id}`).join('\n')}\n\nOpened by \`psrt pin-ids\`; later runs update this PR and never merge it.`,
          commitMessage: `members.yaml: pin GitHub ids (${ids.size})`,
          files: [{ path: 'members.yaml', content: setMemberIds(file.text, ids) }],
          labels: ['psrt-ops'],
        });
        lines.push('', `Pull request ${pullRequest.action}: ${pullRequest.url}`);
      } else {
        lines.push('', `${policy.ops_repo}'s members.yaml already pins these ids.`);
      }
    }
  }
  return {
    diagnostics: loaded.diagnostics,
    found,
    missing,
    ...(pullRequest ? { pullRequest } : {}),
    text: `${lines.join('\n')}\n`,
  };
}
