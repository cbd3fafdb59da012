// One REST answer (GET …/security-advisories) becomes the desk's plain record: every field the desk
// uses, and never the description.
import type { components } from '@octokit/openapi-types';
import { describe, expect, it } from 'vitest';
import {
  coordinatorCredits,
  deskAdvisoryFromRest,
  finishedAt,
  isOpen,
} from '../../actions/lib/domain/desk/advisory.js';

type RestAdvisory = components['schemas']['repository-advisory'];
const user = (login: string, id: number) => ({ login, id }) as components['schemas']['simple-user'];

function rest(overrides: Partial<RestAdvisory> = {}): RestAdvisory {
  const base: Partial<RestAdvisory> = {
    ghsa_id: 'GHSA-2c3f-4g5h-6j7m',
    cve_id: null,
    summary: '[ACCEPTED] Overflow in the tokenizer',
    description: 'SECRET-DESCRIPTION: the exploit works like this …',
    severity: null,
    author: user('reporter1', 9001),
    state: 'triage',
    created_at: '2026-11-01T09:00:00Z',
    updated_at: '2026-11-02T10:00:00Z',
    published_at: null,
    closed_at: null,
    withdrawn_at: null,
    cvss: null,
    cvss_severities: {
      cvss_v3: null,
      cvss_v4: { vector_string: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:N/VA:N/SC:N/SI:N/SA:N', score: 8.7 },
    },
    credits_detailed: [
      { user: user('cleo', 103), type: 'coordinator', state: 'pending' },
      { user: user('dev', 104), type: 'coordinator', state: 'declined' },
    ],
    collaborating_users: [user('expert', 7001)],
    collaborating_teams: [{ slug: 'psrt' } as components['schemas']['team']],
    private_fork: null,
  };
  return { ...base, ...overrides } as RestAdvisory;
}

describe('deskAdvisoryFromRest', () => {
  it('copies what the desk uses, and never the description', () => {
    const a = deskAdvisoryFromRest('python/cpython', rest());
    expect(a).toEqual({
      repo: 'python/cpython',
      ghsaId: 'GHSA-2c3f-4g5h-6j7m',
      title: '[ACCEPTED] Overflow in the tokenizer',
      state: 'triage',
      createdAt: '2026-11-01T09:00:00Z',
      updatedAt: '2026-11-02T10:00:00Z',
      closedAt: null,
      publishedAt: null,
      withdrawnAt: null,
      cveId: null,
      credits: [
        { login: 'cleo', id: 103, type: 'coordinator', state: 'pending' },
        { login: 'dev', id: 104, type: 'coordinator', state: 'declined' },
      ],
      collaboratingUsers: [{ login: 'expert', id: 7001 }],
      collaboratingTeams: ['psrt'],
      privateFork: null,
      author: { login: 'reporter1', id: 9001 },
      hasSeverity: true,
      severity: null,
    });
    expect(JSON.stringify(a)).not.toContain('SECRET-DESCRIPTION');
    expect(coordinatorCredits(a).map((c) => c.login)).toEqual(['cleo']);
    expect(isOpen(a)).toBe(true);
  });

  it('knows when a report finished, and a fork by its full name', () => {
    const closed = deskAdvisoryFromRest(
      'python/cpython',
      rest({
        state: 'closed',
        closed_at: '2026-12-01T00:00:00Z',
        cvss_severities: null,
        private_fork: { full_name: 'python/cpython-ghsa-2c3f-4g5h-6j7m' } as components['schemas']['simple-repository'],
      }),
    );
    expect(finishedAt(closed)).toBe('2026-12-01T00:00:00Z');
    expect(closed.privateFork).toBe('python/cpython-ghsa-2c3f-4g5h-6j7m');
    expect(closed.hasSeverity).toBe(false);
    expect(isOpen(closed)).toBe(false);
  });

  it('refuses an answer without any time rather than guess a clock', () => {
    expect(() => deskAdvisoryFromRest('python/cpython', rest({ created_at: null, updated_at: null }))).toThrow(
      'GHSA-2c3f-4g5h-6j7m (python/cpython) came without created_at or updated_at',
    );
  });
});
