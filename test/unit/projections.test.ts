// What the ETag cache may keep of a GitHub answer: structure, never prose or code that may be under
// embargo, and no API links.
import { describe, expect, it } from 'vitest';
import { PROJECTIONS } from '../../actions/lib/clients/projections.js';

describe('projections', () => {
  it('drops prose, quoted code and API links at any depth, and keeps the structure', () => {
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
    expect(PROJECTIONS.compact([reviewComment])).toEqual([
      {
        id: 7,
        html_url: reviewComment.html_url,
        path: 'Lib/email/utils.py',
        created_at: '2026-10-01T00:00:00Z',
        user: { login: 'ada', id: 1 },
        pull_request_review_id: 3,
        commit: { sha: 'abc' },
      },
    ]);
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
    const [record] = PROJECTIONS.advisories([advisory]) as Record<string, unknown>[];
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
