// GitHubApi over Octokit: each operation is one or a few REST or GraphQL requests, conditional where
// an unchanged answer is likely (a 304 costs no rate limit), projected to the fields named in
// projections.ts. Every list is read whole, 100 a page.
import { GraphqlResponseError } from '@octokit/graphql';
import type { Account } from '../../domain/account.js';
import type {
  AdvisoryCollaborators,
  AdvisoryPatch,
  AdvisoryWithTitle,
  CommentWithText,
  CreatedAdvisory,
  CommitStatusInfo,
  DatedEvent,
  GitHubApi,
  Invitation,
  IssueRef,
  IssueWithText,
  LabelEvent,
  NewAdvisory,
  OrgRole,
  Profile,
  PullRequestInfo,
  RepositoryAdvisory,
  RepositoryInfo,
  Review,
  SecurityPolicyFile,
  TeamMember,
  TextFile,
  TokenIdentity,
  ToolPullRequest,
} from './api.js';
import { listAdvisoriesSince, listOpenAdvisories, readSecurityPolicies } from './advisory-lists.js';
import { listAdvisoriesWithTitles, listRecentTitles } from './desk-lists.js';
import { MalformedResponseError, isNotFound, statusOf } from './failures.js';
import type { AccountRef, Projected } from './projections.js';
import type { Transport, TransportSettings } from './transport.js';
import { conditional, createTransport, projected } from './transport.js';

export function splitFullName(fullName: string): { owner: string; repo: string } {
  const slash = fullName.indexOf('/');
  return { owner: fullName.slice(0, slash), repo: fullName.slice(slash + 1) };
}

const account = (u: AccountRef | null | undefined): Account | undefined =>
  u ? { login: u.login, id: u.id } : undefined;

function invitation(i: Projected<'invitations'>[number]): Invitation | undefined {
  if (!i.login) return undefined;
  return {
    id: i.id,
    login: i.login,
    ...(i.created_at ? { createdAt: i.created_at } : {}),
    ...(i.failed_at ? { failedAt: i.failed_at } : {}),
    ...(i.failed_reason ? { failedReason: i.failed_reason } : {}),
  };
}

/** Read a field GitHub always sends; a missing one means the answer is not what the route sends. */
function required<T>(value: T | null | undefined, route: string, what: string): T {
  if (value === null || value === undefined) throw new MalformedResponseError(route, `an answer without ${what}`);
  return value;
}

const PROFILE_BATCH = 100;

/**
 * Files that hold embargoed text (report files: reporters' names and addresses, grants, exploitation;
 * CVE records before publication): read past the ETag cache whichever client reads them, so their text
 * never reaches the cache kept on disk (and, through actions/cache, between runs).
 */
const EMBARGOED_FILE = /^(?:reports|records)\//;

type UserAnswer = Record<string, { login: string; databaseId: number | null; name: string | null } | null>;

export class OctokitGitHub implements GitHubApi {
  /** readFile through the ETag cache (off for files holding embargoed text: see withoutFileCache). */
  private readonly cacheFiles: boolean;

  constructor(
    readonly transport: Transport,
    options: { cacheFiles?: boolean } = {},
  ) {
    this.cacheFiles = options.cacheFiles ?? true;
  }

  get counters() {
    return this.transport.counters;
  }

  private get octokit() {
    return this.transport.octokit;
  }

  // --- accounts -------------------------------------------------------------------------------

  async tokenIdentity(): Promise<TokenIdentity> {
    if (this.transport.tokenPrefixKind === 'installation') return { kind: 'app' };
    try {
      const { data } = await this.octokit.request('GET /user', { ...conditional('account') });
      const a = data as unknown as AccountRef;
      return { kind: 'user', account: { login: a.login, id: a.id } };
    } catch (err) {
      // An installation token without the usual prefix cannot read /user (403); GitHub says it is an
      // installation when the installation's repository list answers. Anything else: unknown (throw).
      if (statusOf(err) !== 403) throw err;
      await this.octokit.request('GET /installation/repositories', { per_page: 1 });
      return { kind: 'app' };
    }
  }

  async accountById(id: number): Promise<Account | null> {
    try {
      const { data } = await this.octokit.request('GET /user/{account_id}', {
        account_id: id,
        ...conditional('account'),
      });
      const a = data as unknown as AccountRef;
      return { login: a.login, id: a.id };
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  async profilesByLogin(logins: readonly string[]): Promise<Map<string, Profile | null>> {
    const out = new Map<string, Profile | null>();
    for (let start = 0; start < logins.length; start += PROFILE_BATCH) {
      const batch = logins.slice(start, start + PROFILE_BATCH);
      const query = `query Profiles { ${batch.map((login, i) => `u${i}: user(login: ${JSON.stringify(login)}) { login databaseId name }`).join(' ')} }`;
      let data: UserAnswer;
      try {
        data = await this.transport.graphql<UserAnswer>(query);
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
        // Every alias answers (null for a login GitHub does not know); a missing one is no answer at all.
        if (!(`u${i}` in data))
          throw new MalformedResponseError('POST /graphql', `an answer without the user ${login}`);
        const u = data[`u${i}`];
        out.set(
          login,
          u && typeof u.databaseId === 'number'
            ? { login: u.login, id: u.databaseId, ...(u.name ? { name: u.name } : {}) }
            : null,
        );
      });
    }
    return out;
  }

  // --- org, teams, roles ------------------------------------------------------------------------

  async listOrgMembers(org: string, role: 'all' | 'admin' = 'all'): Promise<Account[]> {
    const list = await this.octokit.paginate('GET /orgs/{org}/members', {
      org,
      role,
      per_page: 100,
      ...conditional('accounts'),
    });
    return (list as unknown as AccountRef[]).map((a) => ({ login: a.login, id: a.id }));
  }

  async listTeamMembers(org: string, team: string): Promise<Account[]> {
    const list = (await this.octokit.paginate('GET /orgs/{org}/teams/{team_slug}/members', {
      org,
      team_slug: team,
      per_page: 100,
      ...conditional('accounts'),
    })) as unknown as AccountRef[];
    return list.map((m) => ({ login: m.login, id: m.id }));
  }

  async listTeamInvitations(org: string, team: string): Promise<Invitation[]> {
    const list = await this.octokit.paginate('GET /orgs/{org}/teams/{team_slug}/invitations', {
      org,
      team_slug: team,
      per_page: 100,
      ...conditional('invitations'),
    });
    return (list as unknown as Projected<'invitations'>)
      .map(invitation)
      .filter((i): i is Invitation => i !== undefined);
  }

  async setTeamMembership(org: string, team: string, login: string, role: 'member' | 'maintainer'): Promise<void> {
    await this.octokit.request('PUT /orgs/{org}/teams/{team_slug}/memberships/{username}', {
      org,
      team_slug: team,
      username: login,
      role,
    });
  }

  async removeTeamMembership(org: string, team: string, login: string): Promise<void> {
    try {
      await this.octokit.request('DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}', {
        org,
        team_slug: team,
        username: login,
      });
    } catch (err) {
      if (!isNotFound(err)) throw err; // already gone
    }
  }

  async findOrgRole(org: string, name: string): Promise<OrgRole | null> {
    const { data } = await this.octokit.request('GET /orgs/{org}/organization-roles', {
      org,
      ...conditional('orgRoles'),
    });
    const role = (data as unknown as Projected<'orgRoles'>).roles.find((r) => r.name === name);
    if (!role) return null;
    const teams = await this.octokit.paginate('GET /orgs/{org}/organization-roles/{role_id}/teams', {
      org,
      role_id: role.id,
      per_page: 100,
      ...conditional('teams'),
    });
    return { id: role.id, name: role.name, teams: (teams as unknown as { slug: string }[]).map((t) => t.slug) };
  }

  async assignOrgRoleToTeam(org: string, team: string, roleId: number): Promise<void> {
    await this.octokit.request('PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}', {
      org,
      team_slug: team,
      role_id: roleId,
    });
  }

  // --- repositories ---------------------------------------------------------------------------------

  async getRepository(repo: string): Promise<RepositoryInfo> {
    const { owner, repo: name } = splitFullName(repo);
    const { data } = await this.octokit.request('GET /repos/{owner}/{repo}', { owner, repo: name });
    const route = `GET /repos/${repo}`;
    return {
      fullName: required(data.full_name, route, 'full_name'),
      defaultBranch: required(data.default_branch, route, 'default_branch'),
      private: required(data.private, route, 'private'),
    };
  }

  async privateVulnerabilityReporting(repo: string): Promise<boolean> {
    const { owner, repo: name } = splitFullName(repo);
    const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/private-vulnerability-reporting', {
      owner,
      repo: name,
      ...conditional('privateReporting'),
    });
    return (data as unknown as Projected<'privateReporting'>).enabled;
  }

  async enablePrivateVulnerabilityReporting(repo: string): Promise<void> {
    const { owner, repo: name } = splitFullName(repo);
    await this.octokit.request('PUT /repos/{owner}/{repo}/private-vulnerability-reporting', { owner, repo: name });
  }

  securityPolicies(repos: readonly string[]): Promise<Map<string, SecurityPolicyFile | undefined>> {
    return readSecurityPolicies(this, this.transport, repos);
  }

  async readFile(repo: string, path: string, ref?: string): Promise<TextFile | undefined> {
    const { owner, repo: name } = splitFullName(repo);
    try {
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
        owner,
        repo: name,
        path,
        ...(ref ? { ref } : {}),
        ...(this.cacheFiles && !EMBARGOED_FILE.test(path) ? conditional('file') : projected('file')),
      });
      const file = data as unknown as Projected<'file'>;
      if (file.type !== 'file') return undefined;
      return { text: Buffer.from(file.content, 'base64').toString('utf8'), sha: file.sha };
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  // --- advisories -------------------------------------------------------------------------------------

  listOpenAdvisories(owner: string, repos: readonly string[]) {
    return listOpenAdvisories(this.transport, owner, repos);
  }

  listAdvisoriesSince(owner: string, repos: readonly string[], since: string) {
    return listAdvisoriesSince(this.transport, owner, repos, since);
  }

  async getAdvisory(repo: string, ghsa: string): Promise<RepositoryAdvisory> {
    const { owner, repo: name } = splitFullName(repo);
    const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}', {
      owner,
      repo: name,
      ghsa_id: ghsa,
    });
    if (!data || typeof data !== 'object' || (data as { ghsa_id?: unknown }).ghsa_id !== ghsa)
      throw new MalformedResponseError(
        `GET /repos/${repo}/security-advisories/${ghsa}`,
        'an answer that is not that advisory',
      );
    return data;
  }

  async updateAdvisory(repo: string, ghsa: string, patch: AdvisoryPatch): Promise<void> {
    const { owner, repo: name } = splitFullName(repo);
    await this.octokit.request('PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}', {
      owner,
      repo: name,
      ghsa_id: ghsa,
      ...patch,
    });
  }

  async listAdvisoryComments(repo: string, ghsa: string, since: string): Promise<DatedEvent[]> {
    const { owner, repo: name } = splitFullName(repo);
    // The comments preview is not in Octokit's types: the route is spelled out, the shape projected.
    const comments = await this.octokit.paginate('GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}/comments', {
      owner,
      repo: name,
      ghsa_id: ghsa,
      since,
      per_page: 100,
      ...conditional('dated'),
    });
    return datedEvents(comments as unknown as Projected<'dated'>);
  }

  // --- pull requests --------------------------------------------------------------------------------

  async listOpenPullRequests(repo: string): Promise<PullRequestInfo[]> {
    const { owner, repo: name } = splitFullName(repo);
    const pulls = await this.octokit.paginate('GET /repos/{owner}/{repo}/pulls', {
      owner,
      repo: name,
      state: 'open',
      per_page: 100,
    });
    return pulls.map((p) => pullRequestInfo(p, `GET /repos/${repo}/pulls`));
  }

  async getPullRequest(repo: string, number: number): Promise<PullRequestInfo> {
    const { owner, repo: name } = splitFullName(repo);
    const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
      owner,
      repo: name,
      pull_number: number,
    });
    return pullRequestInfo(data, `GET /repos/${repo}/pulls/${number}`);
  }

  async listPullRequestFiles(repo: string, number: number): Promise<string[]> {
    const { owner, repo: name } = splitFullName(repo);
    const files = (await this.octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
      owner,
      repo: name,
      pull_number: number,
      per_page: 100,
      ...conditional('pullFiles'),
    })) as unknown as Projected<'pullFiles'>;
    return files.flatMap((f) =>
      f.previous_filename && f.previous_filename !== f.filename ? [f.filename, f.previous_filename] : [f.filename],
    );
  }

  async listReviews(repo: string, number: number): Promise<Review[]> {
    const { owner, repo: name } = splitFullName(repo);
    const reviews = (await this.octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
      owner,
      repo: name,
      pull_number: number,
      per_page: 100,
      ...conditional('reviews'),
    })) as unknown as Projected<'reviews'>;
    return reviews.map((r) => ({
      ...(r.user ? { user: account(r.user)! } : {}),
      state: r.state,
      ...(r.submitted_at ? { submittedAt: r.submitted_at } : {}),
      url: r.html_url,
    }));
  }

  async listLabelEvents(repo: string, number: number): Promise<LabelEvent[]> {
    const { owner, repo: name } = splitFullName(repo);
    const events = (await this.octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/events', {
      owner,
      repo: name,
      issue_number: number,
      per_page: 100,
      ...conditional('labelEvents'),
    })) as unknown as Projected<'labelEvents'>;
    return events.flatMap((e): LabelEvent[] =>
      (e.event === 'labeled' || e.event === 'unlabeled') && e.label !== null
        ? [{ event: e.event, label: e.label, ...(e.actor ? { actor: account(e.actor)! } : {}), at: e.created_at }]
        : [],
    );
  }

  async listPullActivitySince(repo: string, since: string): Promise<{ pulls: DatedEvent[]; reviews: DatedEvent[] }> {
    const { owner, repo: name } = splitFullName(repo);
    const start = Date.parse(since);
    const pulls = (await this.octokit.paginate(
      'GET /repos/{owner}/{repo}/pulls',
      { owner, repo: name, state: 'all', sort: 'updated', direction: 'desc', per_page: 100, ...conditional('pulls') },
      (response, done) => {
        const page = response.data as unknown as Projected<'pulls'>;
        if (page.some((p) => Date.parse(p.updated_at) < start)) done();
        return page;
      },
    )) as unknown as Projected<'pulls'>;
    const recent = pulls.filter((p) => Date.parse(p.updated_at) >= start);
    const events: DatedEvent[] = recent.flatMap((p) =>
      p.user ? [{ user: account(p.user)!, at: p.created_at, url: p.html_url }] : [],
    );
    if (recent.length === 0) return { pulls: events, reviews: [] };
    const reviews = await Promise.all(recent.map((p) => this.listReviews(repo, p.number)));
    const comments = (await this.octokit.paginate('GET /repos/{owner}/{repo}/pulls/comments', {
      owner,
      repo: name,
      since,
      per_page: 100,
      ...conditional('dated'),
    })) as unknown as Projected<'dated'>;
    return {
      pulls: events,
      reviews: [
        ...reviews
          .flat()
          .flatMap((r) => (r.user && r.submittedAt ? [{ user: r.user, at: r.submittedAt, url: r.url }] : [])),
        ...datedEvents(comments),
      ],
    };
  }

  async listCommitStatuses(repo: string, sha: string, context: string): Promise<CommitStatusInfo[]> {
    const { owner, repo: name } = splitFullName(repo);
    // Newest first; the first with the context is the one GitHub shows.
    const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/commits/{ref}/statuses', {
      owner,
      repo: name,
      ref: sha,
      per_page: 100,
    });
    if (!Array.isArray(data))
      throw new MalformedResponseError(`GET /repos/${repo}/commits/${sha}/statuses`, 'a body that is not a list');
    return data
      .filter((s) => s.context === context)
      .map((s) => ({
        state: s.state as CommitStatusInfo['state'],
        description: s.description ?? '',
        ...(s.creator ? { creator: { login: s.creator.login, id: Number(s.creator.id) } } : {}),
      }));
  }

  async setCommitStatus(
    repo: string,
    sha: string,
    status: { state: CommitStatusInfo['state']; context: string; description: string; targetUrl?: string },
  ): Promise<void> {
    const { owner, repo: name } = splitFullName(repo);
    await this.octokit.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
      owner,
      repo: name,
      sha,
      state: status.state,
      context: status.context,
      description: status.description,
      ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
    });
  }

  // --- issues and comments -------------------------------------------------------------------------

  async listLabelledIssues(repo: string, label: string, state: 'open' | 'closed' | 'all'): Promise<IssueWithText[]> {
    const { owner, repo: name } = splitFullName(repo);
    // Not cached: the tool reads its own markers from the bodies, and the cache keeps no text.
    const issues = await this.octokit.paginate('GET /repos/{owner}/{repo}/issues', {
      owner,
      repo: name,
      labels: label,
      state,
      per_page: 100,
    });
    const route = `GET /repos/${repo}/issues`;
    if (!Array.isArray(issues)) throw new MalformedResponseError(route, 'a body that is not a list');
    return issues
      .filter((i) => !i.pull_request)
      .map((i) => ({
        number: required(i.number, route, 'number'),
        url: required(i.html_url, route, 'html_url'),
        state: i.state === 'closed' ? 'closed' : 'open',
        createdAt: required(i.created_at, route, 'created_at'),
        updatedAt: required(i.updated_at, route, 'updated_at'),
        title: i.title ?? '',
        body: i.body ?? '',
        ...(i.user ? { author: { login: i.user.login, id: Number(i.user.id) } } : {}),
        labels: i.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
      }));
  }

  async listLabelledIssuesSince(repo: string, label: string, since: string): Promise<IssueRef[]> {
    const { owner, repo: name } = splitFullName(repo);
    const issues = (await this.octokit.paginate('GET /repos/{owner}/{repo}/issues', {
      owner,
      repo: name,
      labels: label,
      state: 'all',
      since,
      per_page: 100,
      ...conditional('issues'),
    })) as unknown as Projected<'issues'>;
    return issues
      .filter((i) => !i.pull_request)
      .map((i) => ({
        number: i.number,
        url: i.html_url,
        state: i.state === 'closed' ? 'closed' : 'open',
        createdAt: i.created_at,
        updatedAt: i.updated_at,
      }));
  }

  async listIssueCommentsSince(repo: string, since: string): Promise<(DatedEvent & { issue: number })[]> {
    const { owner, repo: name } = splitFullName(repo);
    const comments = (await this.octokit.paginate('GET /repos/{owner}/{repo}/issues/comments', {
      owner,
      repo: name,
      since,
      per_page: 100,
      ...conditional('issueComments'),
    })) as unknown as Projected<'issueComments'>;
    return comments.flatMap((c) => {
      const issue = Number(
        /\/issues\/(\d+)$/.exec(c.issue_url ?? '')?.[1] ?? /\/(?:issues|pull)\/(\d+)#/.exec(c.html_url)?.[1],
      );
      if (!Number.isInteger(issue) || !c.created_at) return [];
      return [{ ...(c.user ? { user: account(c.user)! } : {}), at: c.created_at, url: c.html_url, issue }];
    });
  }

  async listComments(repo: string, number: number): Promise<CommentWithText[]> {
    const { owner, repo: name } = splitFullName(repo);
    const comments = await this.octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner,
      repo: name,
      issue_number: number,
      per_page: 100,
    });
    const route = `GET /repos/${repo}/issues/${number}/comments`;
    if (!Array.isArray(comments)) throw new MalformedResponseError(route, 'a body that is not a list');
    return comments.map((c) => ({
      id: required(c.id, route, 'id'),
      url: required(c.html_url, route, 'html_url'),
      body: c.body ?? '',
      ...(c.user ? { author: { login: c.user.login, id: Number(c.user.id) } } : {}),
      authorIsBot: c.user?.type === 'Bot',
      createdAt: required(c.created_at, route, 'created_at'),
    }));
  }

  async createIssue(repo: string, issue: { title: string; body: string; labels: string[] }): Promise<IssueRef> {
    const { owner, repo: name } = splitFullName(repo);
    const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/issues', { owner, repo: name, ...issue });
    return {
      number: data.number,
      url: data.html_url,
      state: 'open',
      createdAt: data.created_at,
      updatedAt: data.updated_at,
    };
  }

  async updateIssue(
    repo: string,
    number: number,
    fields: { title?: string; body?: string; state?: 'open' | 'closed' },
  ): Promise<void> {
    const { owner, repo: name } = splitFullName(repo);
    await this.octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      owner,
      repo: name,
      issue_number: number,
      ...fields,
    });
  }

  async createComment(repo: string, number: number, body: string): Promise<{ id: number; url: string }> {
    const { owner, repo: name } = splitFullName(repo);
    const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner,
      repo: name,
      issue_number: number,
      body,
    });
    return { id: Number(data.id), url: data.html_url };
  }

  async updateComment(repo: string, id: number, body: string): Promise<void> {
    const { owner, repo: name } = splitFullName(repo);
    await this.octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      owner,
      repo: name,
      comment_id: id,
      body,
    });
  }

  async deleteComment(repo: string, id: number): Promise<void> {
    const { owner, repo: name } = splitFullName(repo);
    try {
      await this.octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        owner,
        repo: name,
        comment_id: id,
      });
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  }

  // --- the tool's pull requests -------------------------------------------------------------------

  async findToolPullRequest(repo: string, branch: string): Promise<ToolPullRequest | undefined> {
    const { owner, repo: name } = splitFullName(repo);
    const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/pulls', {
      owner,
      repo: name,
      state: 'open',
      head: `${owner}:${branch}`,
      per_page: 10,
    });
    if (!Array.isArray(data)) throw new MalformedResponseError(`GET /repos/${repo}/pulls`, 'a body that is not a list');
    const pr = data[0];
    if (!pr) return undefined;
    return {
      number: pr.number,
      url: pr.html_url,
      title: pr.title,
      body: pr.body ?? '',
      headSha: pr.head.sha,
      labels: pr.labels.map((l) => l.name),
      requestedUsers: (pr.requested_reviewers ?? []).map((u) => u.login),
      requestedTeams: (pr.requested_teams ?? []).map((t) => t.slug),
    };
  }

  async branchHead(repo: string, branch: string): Promise<string> {
    const { owner, repo: name } = splitFullName(repo);
    const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
      owner,
      repo: name,
      ref: `heads/${branch}`,
    });
    return data.object.sha;
  }

  async resetBranch(repo: string, branch: string, sha: string): Promise<void> {
    const { owner, repo: name } = splitFullName(repo);
    try {
      await this.octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
        owner,
        repo: name,
        ref: `heads/${branch}`,
        sha,
        force: true,
      });
    } catch (err) {
      // 422 "Reference does not exist" (or 404): a first run creates the branch.
      if (!isNotFound(err) && statusOf(err) !== 422) throw err;
      await this.octokit.request('POST /repos/{owner}/{repo}/git/refs', {
        owner,
        repo: name,
        ref: `refs/heads/${branch}`,
        sha,
      });
    }
  }

  async commitFile(
    repo: string,
    branch: string,
    file: { path: string; content: string; message: string; sha?: string },
  ): Promise<void> {
    const { owner, repo: name } = splitFullName(repo);
    await this.octokit.request('PUT /repos/{owner}/{repo}/contents/{path}', {
      owner,
      repo: name,
      path: file.path,
      branch,
      message: file.message,
      content: Buffer.from(file.content, 'utf8').toString('base64'),
      ...(file.sha ? { sha: file.sha } : {}),
    });
  }

  async createPullRequest(
    repo: string,
    pr: { branch: string; base: string; title: string; body: string },
  ): Promise<{ number: number; url: string }> {
    const { owner, repo: name } = splitFullName(repo);
    const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/pulls', {
      owner,
      repo: name,
      head: pr.branch,
      base: pr.base,
      title: pr.title,
      body: pr.body,
    });
    return { number: data.number, url: data.html_url };
  }

  async updatePullRequest(
    repo: string,
    number: number,
    fields: { title?: string; body?: string; state?: 'open' | 'closed' },
  ): Promise<void> {
    const { owner, repo: name } = splitFullName(repo);
    await this.octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
      owner,
      repo: name,
      pull_number: number,
      ...fields,
    });
  }

  async addLabels(repo: string, number: number, labels: string[]): Promise<void> {
    const { owner, repo: name } = splitFullName(repo);
    await this.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
      owner,
      repo: name,
      issue_number: number,
      labels,
    });
  }

  async requestReviewers(repo: string, number: number, reviewers: { users: string[]; teams: string[] }): Promise<void> {
    const { owner, repo: name } = splitFullName(repo);
    await this.octokit.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
      owner,
      repo: name,
      pull_number: number,
      reviewers: reviewers.users,
      team_reviewers: reviewers.teams,
    });
  }

  // --- reconcile ------------------------------------------------------------------------------------

  async listDirectTeamMembers(org: string, team: string): Promise<TeamMember[]> {
    const route = `POST /graphql (the direct members of ${org}/${team})`;
    const members: TeamMember[] = [];
    let after: string | null = null;
    do {
      let data: DirectMembersAnswer;
      try {
        data = await this.transport.graphql<DirectMembersAnswer>(DIRECT_MEMBERS_QUERY, { org, team, after });
      } catch (err) {
        throw graphqlFailure(err, `${org}/${team}`);
      }
      const connection = data?.organization?.team?.members;
      if (data?.organization?.team === null)
        throw new Error(
          `GitHub has no team ${org}/${team}, or the token cannot see it (check org and team in policy.yaml, and the token's members permission)`,
        );
      if (!connection || !Array.isArray(connection.edges) || typeof connection.pageInfo?.hasNextPage !== 'boolean')
        throw new MalformedResponseError(route, 'an answer without the team members');
      for (const edge of connection.edges) {
        const node = edge?.node;
        if (
          !node ||
          typeof node.login !== 'string' ||
          typeof node.databaseId !== 'number' ||
          (edge.role !== 'MAINTAINER' && edge.role !== 'MEMBER')
        )
          throw new MalformedResponseError(route, 'a team member without login, id or role');
        members.push({
          login: node.login,
          id: node.databaseId,
          role: edge.role === 'MAINTAINER' ? 'maintainer' : 'member',
        });
      }
      after = connection.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? null) : null;
      if (connection.pageInfo.hasNextPage && after === null)
        throw new MalformedResponseError(route, 'a page without the cursor of the next');
    } while (after !== null);
    return members;
  }

  async advisoryCollaborators(repo: string, ghsa: string): Promise<AdvisoryCollaborators> {
    const { owner, repo: name } = splitFullName(repo);
    const route = `GET /repos/${repo}/security-advisories/${ghsa}`;
    // Not conditional: the answer holds the advisory's text, which must never reach the cache. Only
    // the collaborators leave this method.
    const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}', {
      owner,
      repo: name,
      ghsa_id: ghsa,
    });
    const answer = data as unknown as {
      ghsa_id?: unknown;
      collaborating_users?: unknown;
      collaborating_teams?: unknown;
    };
    if (!answer || typeof answer !== 'object' || answer.ghsa_id !== ghsa)
      throw new MalformedResponseError(route, 'an answer that is not that advisory');
    const users = answer.collaborating_users ?? [];
    const teams = answer.collaborating_teams ?? [];
    if (!Array.isArray(users) || !Array.isArray(teams))
      throw new MalformedResponseError(route, 'collaborators that are not lists');
    return {
      users: users.map((u: unknown) => {
        const a = u as Partial<AccountRef> | null;
        if (!a || typeof a.login !== 'string' || typeof a.id !== 'number')
          throw new MalformedResponseError(route, 'a collaborator without login or id');
        return { login: a.login, id: a.id };
      }),
      teams: teams.map((t: unknown) => {
        const slug = (t as { slug?: unknown } | null)?.slug;
        if (typeof slug !== 'string') throw new MalformedResponseError(route, 'a collaborating team without a slug');
        return slug;
      }),
    };
  }

  // --- intake -----------------------------------------------------------------------------------------

  async createAdvisory(repo: string, advisory: NewAdvisory): Promise<CreatedAdvisory> {
    const { owner, repo: name } = splitFullName(repo);
    const route = `POST /repos/${repo}/security-advisories`;
    const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/security-advisories', {
      owner,
      repo: name,
      summary: advisory.summary,
      description: advisory.description,
      vulnerabilities: advisory.vulnerabilities,
    });
    // Only the id, URL and state leave this method: the answer also carries the embargoed text.
    const a = data as unknown as { ghsa_id?: unknown; html_url?: unknown; state?: unknown } | null;
    if (!a || typeof a.ghsa_id !== 'string' || typeof a.html_url !== 'string' || typeof a.state !== 'string')
      throw new MalformedResponseError(route, 'an answer that is not an advisory');
    return { ghsaId: a.ghsa_id, url: a.html_url, state: a.state as CreatedAdvisory['state'] };
  }

  // --- CNA desk -------------------------------------------------------------------------------

  async listDirectory(repo: string, path: string, ref?: string): Promise<string[]> {
    const { owner, repo: name } = splitFullName(repo);
    const route = `GET /repos/${repo}/contents/${path}`;
    try {
      // Not conditional: the answer names files only, and the projection for files keeps no listing.
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
        owner,
        repo: name,
        path,
        ...(ref ? { ref } : {}),
      });
      if (!Array.isArray(data)) throw new MalformedResponseError(route, 'a file where a directory was expected');
      return data.filter((entry) => entry.type === 'file').map((entry) => entry.name);
    } catch (err) {
      if (isNotFound(err)) return [];
      throw err;
    }
  }

  withoutFileCache(): GitHubApi {
    return new OctokitGitHub(this.transport, { cacheFiles: false });
  }

  // --- report desk ------------------------------------------------------------------------------------

  listAdvisoriesWithTitles(owner: string, repos: readonly string[], since: string): Promise<AdvisoryWithTitle[]> {
    return listAdvisoriesWithTitles(this.transport, owner, repos, since);
  }

  listRecentAdvisoryTitles(owner: string, repos: readonly string[], after: string): Promise<AdvisoryWithTitle[]> {
    return listRecentTitles(this.transport, owner, repos, after);
  }

  async updateAdvisoryReturning(repo: string, ghsa: string, patch: AdvisoryPatch): Promise<RepositoryAdvisory> {
    const { owner, repo: name } = splitFullName(repo);
    const { data } = await this.octokit.request('PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}', {
      owner,
      repo: name,
      ghsa_id: ghsa,
      ...patch,
    });
    if (!data || typeof data !== 'object' || (data as { ghsa_id?: unknown }).ghsa_id !== ghsa)
      throw new MalformedResponseError(
        `PATCH /repos/${repo}/security-advisories/${ghsa}`,
        'an answer that is not that advisory',
      );
    return data;
  }

  async createPrivateFork(repo: string, ghsa: string): Promise<void> {
    const { owner, repo: name } = splitFullName(repo);
    await this.octokit.request('POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks', {
      owner,
      repo: name,
      ghsa_id: ghsa,
    });
  }

  async createAdvisoryComment(repo: string, ghsa: string, body: string): Promise<{ id: number; url: string }> {
    const { owner, repo: name } = splitFullName(repo);
    // The comments preview is not in Octokit's types: the route is spelled out, the answer checked.
    const route = `POST /repos/${repo}/security-advisories/${ghsa}/comments`;
    const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/comments', {
      owner,
      repo: name,
      ghsa_id: ghsa,
      body,
    });
    const c = data as { id?: unknown; html_url?: unknown };
    if (typeof c.id !== 'number' || typeof c.html_url !== 'string')
      throw new MalformedResponseError(route, 'an answer that is not a comment');
    return { id: c.id, url: c.html_url };
  }

  async createPinnableIssue(
    repo: string,
    issue: { title: string; body: string; labels: string[] },
  ): Promise<IssueRef & { nodeId: string }> {
    const { owner, repo: name } = splitFullName(repo);
    const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/issues', { owner, repo: name, ...issue });
    return {
      number: data.number,
      url: data.html_url,
      state: 'open',
      createdAt: data.created_at,
      updatedAt: data.updated_at,
      nodeId: required(data.node_id, `POST /repos/${repo}/issues`, 'node_id'),
    };
  }

  async pinIssue(nodeId: string): Promise<void> {
    await this.transport.graphql(
      'mutation PinIssue($issueId: ID!) { pinIssue(input: { issueId: $issueId }) { issue { id } } }',
      { issueId: nodeId },
    );
  }

  async readLargeFile(repo: string, path: string, ref: string): Promise<TextFile | undefined> {
    const file = await this.readFile(repo, path, ref);
    if (!file || file.text !== '') return file;
    const { owner, repo: name } = splitFullName(repo);
    const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner,
      repo: name,
      path,
      ref,
      mediaType: { format: 'raw' },
    });
    // The raw answer is the file itself; a JSON file may already have been parsed on the way.
    const text = typeof data === 'string' ? data : JSON.stringify(data);
    return { text, sha: file.sha };
  }

  async writeFileOnBranch(
    repo: string,
    branch: string,
    file: { path: string; content: string; message: string; sha?: string },
    base?: string,
  ): Promise<string> {
    const { owner, repo: name } = splitFullName(repo);
    const createBranch = async (from: string) => {
      try {
        await this.octokit.request('POST /repos/{owner}/{repo}/git/refs', {
          owner,
          repo: name,
          ref: `refs/heads/${branch}`,
          sha: await this.branchHead(repo, from),
        });
      } catch (err) {
        if (statusOf(err) !== 422) throw err; // it exists already
      }
    };
    if (!file.sha && base) await createBranch(base);
    const put = () =>
      this.octokit.request('PUT /repos/{owner}/{repo}/contents/{path}', {
        owner,
        repo: name,
        path: file.path,
        branch,
        message: file.message,
        content: Buffer.from(file.content, 'utf8').toString('base64'),
        ...(file.sha ? { sha: file.sha } : {}),
      });
    let answer: Awaited<ReturnType<typeof put>>;
    try {
      answer = await put();
    } catch (err) {
      // A first write: the branch does not exist yet (404 or 422). Create it from the default branch.
      if (file.sha || (!isNotFound(err) && statusOf(err) !== 422)) throw err;
      await createBranch(base ?? (await this.getRepository(repo)).defaultBranch);
      answer = await put();
    }
    return required(answer.data.content?.sha, `PUT /repos/${repo}/contents/${file.path}`, 'content.sha');
  }
}

const DIRECT_MEMBERS_QUERY = `query DirectTeamMembers($org: String!, $team: String!, $after: String) {
  organization(login: $org) {
    team(slug: $team) {
      members(membership: IMMEDIATE, first: 100, after: $after) {
        edges { role node { login databaseId } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}`;

interface DirectMembersAnswer {
  organization?: {
    team?: {
      members?: {
        edges?: ({ role?: string; node?: { login?: unknown; databaseId?: unknown } | null } | null)[];
        pageInfo?: { hasNextPage?: unknown; endCursor?: string | null };
      };
    } | null;
  } | null;
}

/** A GraphQL error as people should read it: by GitHub's error type, never by its text. */
function graphqlFailure(err: unknown, what: string): unknown {
  if (!(err instanceof GraphqlResponseError)) return err;
  const types = new Set((err.errors ?? []).map((e) => (e as { type?: string }).type));
  if (types.has('NOT_FOUND'))
    return new Error(`GitHub has no ${what}, or the token cannot see it (check org and team in policy.yaml)`);
  if (types.has('FORBIDDEN'))
    return new Error(`the token may not read ${what} (GitHub said FORBIDDEN: an App token needs members: read)`);
  if (types.has('RATE_LIMITED'))
    return new Error(`GitHub's GraphQL rate limit stopped the read of ${what}; run again later`);
  return new Error(`GitHub's GraphQL API refused the read of ${what} (${[...types].join(', ') || 'an error'})`);
}

function datedEvents(items: Projected<'dated'>): DatedEvent[] {
  return items.flatMap((c) =>
    c.created_at ? [{ ...(c.user ? { user: account(c.user)! } : {}), at: c.created_at, url: c.html_url }] : [],
  );
}

interface PullLike {
  number: number;
  html_url: string;
  state: string;
  merged_at?: string | null;
  created_at: string;
  user: { login: string; id: number | bigint } | null;
  head: { sha: string };
  base: { sha: string };
  labels: { name?: string }[];
}

function pullRequestInfo(p: PullLike, route: string): PullRequestInfo {
  if (!p || typeof p !== 'object' || !p.head || !p.base)
    throw new MalformedResponseError(route, 'an answer that is not a pull request');
  return {
    number: p.number,
    url: p.html_url,
    state: p.state === 'closed' ? 'closed' : 'open',
    merged: Boolean(p.merged_at),
    createdAt: p.created_at,
    ...(p.user ? { author: { login: p.user.login, id: Number(p.user.id) } } : {}),
    headSha: p.head.sha,
    baseSha: p.base.sha,
    labels: (p.labels ?? []).map((l) => l.name ?? ''),
  };
}

export type GitHubClientSettings = TransportSettings;

/** The GitHub client the jobs use. */
export function createGitHubApi(settings: GitHubClientSettings): OctokitGitHub {
  return new OctokitGitHub(createTransport(settings));
}
