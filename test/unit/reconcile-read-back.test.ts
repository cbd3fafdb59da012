// The read-back after a reconcile apply shows what did not take effect in the plan's own format: in
// markdown (job summary, PR comment) a list address is masked as everywhere else.
import { describe, expect, it } from 'vitest';
import { renderReadBack } from '../../actions/lib/jobs/reconcile.js';

describe('the read-back', () => {
  const readBack = {
    differences: [
      {
        kind: 'list-unsubscribe' as const,
        system: 'list' as const,
        list: 'psrt@python.org',
        address: 'quinn.private@example.org',
        why: 'unknown' as const,
      },
    ],
    scope: { org: 'python', team: 'psrt' },
  };

  it('masks list addresses in markdown and keeps them in the terminal text', () => {
    const md = renderReadBack(readBack, 'markdown');
    expect(md).toContain('1 change(s) written did not take effect');
    expect(md).toContain('q…@example.org');
    expect(md).not.toContain('quinn.private@example.org');
    expect(renderReadBack(readBack, 'text')).toContain('quinn.private@example.org');
  });
});
