// What the ETag cache may keep of a GitHub answer: structure, never prose or code that may be under
// embargo, and no API links.
import { describe, expect, it } from 'vitest';
import { MalformedResponseError } from '../../actions/lib/clients/github/failures.js';
import { PROJECTIONS } from '../../actions/lib/clients/github/projections.js';

describe('projections', () => {
  it('keeps of a review comment who wrote it, when and where: no prose, quoted code, path or API links', () => {
    const reviewComment = {
      id: 7,
      url: 'https://api.github.com/x',
      html_url: 'https://github.com/python/cpython-ghsa-x/pull/1#discussion_r7',
      body: 'the fix leaks…',
      diff_hunk: '@@ -1 +1 @@\n-secret\n+fix',
      path: 'Lib/email/utils.py',
      created_at: '2026-10-01T00:00:00Z',
      user: { login: 'ada', id: 1, avatar_url: 'https://x', node_id: 'U_1', site_admin: false },
      pull_request_review_id: 3,
      commit: { message: 'Fix the parser', sha: 'abc' },
    };
    expect(PROJECTIONS.dated([reviewComment], 'GET /repos/x/y/pulls/comments')).toEqual([
      {
        html_url: reviewComment.html_url,
        created_at: '2026-10-01T00:00:00Z',
        user: { login: 'ada', id: 1 },
      },
    ]);
  });

  it("keeps of a private fork's pull requests no branch names or titles", () => {
    const pull = {
      number: 1,
      html_url: 'https://github.com/python/cpython-ghsa-x/pull/1',
      state: 'open',
      title: 'Fix the embargoed thing',
      created_at: '2026-10-01T00:00:00Z',
      updated_at: '2026-10-02T00:00:00Z',
      user: { login: 'ada', id: 1 },
      head: { ref: 'fix-email-parser-overflow', sha: 'a' },
      base: { ref: 'main', sha: 'b' },
    };
    const kept = JSON.stringify(PROJECTIONS.pulls([pull], 'GET /repos/x/y/pulls'));
    expect(kept).not.toMatch(/embargoed|fix-email-parser|ref/);
  });

  it('refuses an answer of the wrong shape, naming the route and never the body', () => {
    expect(() => PROJECTIONS.reviews({ message: 'secret text' }, 'GET /repos/o/r/pulls/1/reviews')).toThrow(
      MalformedResponseError,
    );
    try {
      PROJECTIONS.advisories(
        [{ ghsa_id: 'GHSA-x', summary: 'Embargoed', state: 'triage' }],
        'GET /orgs/o/security-advisories',
      );
    } catch (err) {
      expect(String(err)).toContain('GET /orgs/o/security-advisories');
      expect(String(err)).not.toContain('Embargoed');
    }
  });

  it('keeps of an advisory its state, dates, people and fork only', () => {
    const advisory = {
      ghsa_id: 'GHSA-aaaa-bbbb-cccc',
      cve_id: null,
      html_url: 'https://github.com/python/cpython/security/advisories/GHSA-aaaa-bbbb-cccc',
      summary: 'Embargoed title',
      description: 'Embargoed details',
      state: 'triage',
      severity: 'high',
      created_at: '2026-11-01T00:00:00Z',
      updated_at: '2026-11-02T00:00:00Z',
      published_at: null,
      closed_at: null,
      withdrawn_at: null,
      credits: [{ login: 'ada', type: 'coordinator' }],
      credits_detailed: [{ user: { login: 'ada', id: 1, url: 'x' }, type: 'coordinator', state: 'accepted' }],
      collaborating_users: [{ login: 'bob', id: 2, avatar_url: 'x' }],
      collaborating_teams: [{ slug: 'psrt', name: 'PSRT', description: 'team' }],
      private_fork: { full_name: 'python/cpython-ghsa-aaaa-bbbb-cccc', description: 'x' },
      vulnerabilities: [{ vulnerable_functions: ['email.utils.parseaddr'] }],
    };
    const [record] = PROJECTIONS.advisories(
      [advisory],
      'GET /repos/python/cpython/security-advisories',
    ) as unknown as Record<string, unknown>[];
    expect(JSON.stringify(record)).not.toMatch(/Embargoed|parseaddr|high/);
    expect(record).toMatchObject({
      ghsa_id: 'GHSA-aaaa-bbbb-cccc',
      state: 'triage',
      collaborating_users: [{ login: 'bob', id: 2 }],
      collaborating_teams: [{ slug: 'psrt' }],
      private_fork: { full_name: 'python/cpython-ghsa-aaaa-bbbb-cccc' },
    });
  });
});
