// The ops repo's workflows, read by GitHub's own parser (@actions/workflow-parser), plus the rules
// this project keeps: explicit minimal permissions, third-party actions pinned by commit SHA, no
// expression interpolated into a run: line, local actions called with the inputs they declare.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } from '@actions/workflow-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '../..');
const dir = join(root, '.github/workflows');
const files = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();

interface ActionInput {
  required?: boolean;
  default?: string;
}
interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: unknown;
  concurrency?: unknown;
  steps?: Step[];
  if?: string;
}
interface TokenStep extends Step {
  id?: string;
  with?: Record<string, string>;
}
interface Workflow {
  on: unknown;
  permissions?: Record<string, string> | string;
  concurrency?: unknown;
  jobs: Record<string, Job>;
}

function actionInputs(dirName: string): Record<string, ActionInput> {
  const meta = parse(readFileSync(join(root, dirName, 'action.yml'), 'utf8')) as {
    inputs?: Record<string, ActionInput>;
  };
  return meta.inputs ?? {};
}

const WRITE_SCOPES_ALLOWED: Record<string, string[]> = {
  'plan.yml': ['pull-requests'],
};

describe.each(files)('workflow %s', (file) => {
  const content = readFileSync(join(dir, file), 'utf8');
  const wf = parse(content) as Workflow;

  it("parses with GitHub's workflow parser, without errors", async () => {
    const result = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    const template = await convertWorkflowTemplate(result.context, result.value!);
    expect(template.errors ?? []).toEqual([]);
    expect(template.jobs.length).toBeGreaterThan(0);
  });

  it('grants nothing at the top and declares explicit, minimal permissions on each job', () => {
    expect(wf.permissions).toEqual({});
    for (const [name, job] of Object.entries(wf.jobs)) {
      expect(job.permissions, `job ${name} has its own permissions block`).toBeTypeOf('object');
      const perms = job.permissions as Record<string, string>;
      expect(perms.contents).toBe('read');
      const writes = Object.entries(perms)
        .filter(([, v]) => v === 'write')
        .map(([k]) => k);
      expect(writes).toEqual(WRITE_SCOPES_ALLOWED[file] ?? []);
    }
  });

  it('narrows every App token that may write to the repositories it writes', () => {
    for (const job of Object.values(wf.jobs)) {
      for (const step of (job.steps ?? []) as TokenStep[]) {
        if (!step.uses?.startsWith('actions/create-github-app-token@')) continue;
        const w = step.with ?? {};
        const writes = Object.entries(w).filter(([k, v]) => k.startsWith('permission-') && v === 'write');
        if (writes.length > 0)
          expect(w.repositories, `${file} ${step.id}: a writing token names its repositories`).toBeTruthy();
      }
    }
  });

  it('pins every third-party action by commit SHA and calls local actions with their declared inputs', () => {
    for (const job of Object.values(wf.jobs)) {
      for (const step of job.steps ?? []) {
        if (!step.uses) continue;
        if (step.uses.startsWith('./')) {
          const inputs = actionInputs(step.uses);
          for (const key of Object.keys(step.with ?? {}))
            expect(Object.keys(inputs), `${step.uses} has no input "${key}"`).toContain(key);
          for (const [name, spec] of Object.entries(inputs)) {
            if (spec.required && spec.default === undefined)
              expect(Object.keys(step.with ?? {}), `${step.uses} needs input "${name}"`).toContain(name);
          }
        } else {
          expect(step.uses, 'third-party actions are pinned to a full commit SHA').toMatch(
            /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/,
          );
          const line = content.split('\n').find((l) => l.includes(step.uses!));
          expect(line, 'the pinned SHA carries its version as a comment').toMatch(/# v\d/);
        }
      }
    }
  });

  it('interpolates no expression into a run: line', () => {
    for (const job of Object.values(wf.jobs))
      for (const step of job.steps ?? []) if (step.run) expect(step.run).not.toContain('${{');
  });

  it('checks out without persisting credentials', () => {
    for (const job of Object.values(wf.jobs)) {
      for (const step of job.steps ?? []) {
        if (step.uses?.startsWith('actions/checkout@')) expect(step.with?.['persist-credentials']).toBe(false);
      }
    }
  });
});

describe('the parser itself', () => {
  it('reports a mistake with its line, so the checks above can fail', () => {
    const content =
      'on: push\npermissions:\n  contents: read\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    stepz:\n      - run: echo hi\n';
    const result = parseWorkflow({ name: 'broken.yml', content }, new NoOperationTraceWriter());
    expect(
      result.context.errors
        .getErrors()
        .map((e) => e.message)
        .join('\n'),
    ).toMatch(/stepz/);
  });
});

describe('workflow rules specific to reconcile', () => {
  const read = (f: string) => parse(readFileSync(join(dir, f), 'utf8')) as Workflow;
  const steps = (f: string) => Object.values(read(f).jobs).flatMap((j) => (j.steps ?? []) as TokenStep[]);

  it('the plan runs the action from the default branch and reads only the two files of the pull request', () => {
    const plan = read('plan.yml');
    expect(Object.keys(plan.on as object)).toEqual(['pull_request_target']);
    const checkouts = steps('plan.yml').filter((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkouts[0]!.with!.ref).toBe('${{ github.event.repository.default_branch }}');
    expect(checkouts[0]!.with!.path).toBeUndefined();
    expect(checkouts[1]!.with).toMatchObject({
      ref: '${{ github.event.pull_request.head.sha }}',
      path: 'pr',
      'sparse-checkout-cone-mode': false,
    });
    expect(checkouts[1]!.with!['sparse-checkout']!.trim().split('\n')).toEqual(['members.yaml', 'policy.yaml']);
    const action = steps('plan.yml').find((s) => s.uses === './actions/reconcile')!;
    expect(action.with).toMatchObject({
      'members-file': 'pr/members.yaml',
      'policy-file': 'pr/policy.yaml',
      apply: 'false',
    });
  });

  it("reconcile's and audit's python tokens are narrowed: the one that writes to the ops repo, another to the covered repositories", () => {
    for (const f of ['reconcile.yml', 'plan.yml', 'audit.yml']) {
      const python = steps(f).filter(
        (s) => s.uses?.startsWith('actions/create-github-app-token@') && s.with?.owner === 'python',
      );
      expect(python.find((s) => s.id === 'python')!.with!.repositories).toBe('psrt-ops');
      const covered = python.find((s) => s.id === 'python-covered')!;
      if (f === 'audit.yml')
        expect(Object.entries(covered.with!).filter(([k, v]) => k.startsWith('permission-') && v !== 'read')).toEqual(
          [],
        );
      else expect(covered.with!.repositories).toBe('cpython');
      const action = steps(f).find((s) => s.uses?.startsWith('./actions/'))!;
      expect(String(action.with!['org-tokens'])).toContain('python=${{ steps.python-covered.outputs.token }}');
    }
  });

  it('keeps the ETag caches of reconcile and vote between runs (actions/cache); audit, yearly, keeps none', () => {
    for (const f of ['reconcile.yml', 'vote.yml', 'plan.yml']) {
      const all = steps(f);
      const cache = all.findIndex((s) => s.uses?.startsWith('actions/cache'));
      const action = all.findIndex((s) => s.uses?.startsWith('./actions/'));
      expect(cache, `${f} restores the cache`).toBeGreaterThanOrEqual(0);
      expect(cache).toBeLessThan(action);
      expect(all[cache]!.with!.path).toBe('.psrt-cache');
    }
    expect(steps('audit.yml').some((s) => s.uses?.startsWith('actions/cache'))).toBe(false);
    expect(readFileSync(join(dir, 'audit.yml'), 'utf8')).toContain('No ETag cache is kept between runs');
  });

  it("plan-clocks compares the pull request's policy with the default branch's in a dry-run sweep, reading only", () => {
    const wf = read('plan-clocks.yml');
    expect(Object.keys(wf.on as object)).toEqual(['pull_request_target']);
    const all = steps('plan-clocks.yml');
    const checkouts = all.filter((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkouts[0]!.with!.ref).toBe('${{ github.event.repository.default_branch }}');
    expect(checkouts[1]!.with!['sparse-checkout']!.trim().split('\n')).toEqual(['policy.yaml']);
    expect(all.find((s) => s.uses === './actions/sweep')!.with).toMatchObject({
      apply: 'false',
      'policy-file': 'pr/policy.yaml',
      'base-policy-file': 'policy.yaml',
    });
    for (const s of all.filter((x) => x.uses?.startsWith('actions/create-github-app-token@')))
      expect(Object.entries(s.with!).filter(([k, v]) => k.startsWith('permission-') && v !== 'read')).toEqual([]);
    for (const job of Object.values(wf.jobs)) {
      expect(job.permissions).toEqual({ contents: 'read' });
      expect(job.if).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    }
  });

  it("never runs the plan for a fork's pull request", () => {
    const plan = read('plan.yml');
    expect(
      Object.values(plan.jobs).every((j) =>
        j.if?.includes('github.event.pull_request.head.repo.full_name == github.repository'),
      ),
    ).toBe(true);
  });

  it('runs one reconcile at a time, on push to main, daily and by hand with a dry-run input', () => {
    const wf = read('reconcile.yml');
    expect(wf.concurrency).toMatchObject({ group: 'psrt-reconcile', 'cancel-in-progress': false });
    const on = wf.on as Record<string, unknown>;
    expect(Object.keys(on).sort()).toEqual(['push', 'schedule', 'workflow_dispatch']);
    expect((on.workflow_dispatch as { inputs: Record<string, unknown> }).inputs).toHaveProperty('dry-run');
  });
});

describe('workflow rules specific to vote', () => {
  const read = (f: string) => parse(readFileSync(join(dir, f), 'utf8')) as Workflow;

  it('runs one vote at a time whatever the trigger (PR events, reviews, the hourly run, by hand), queued, never replaced', () => {
    const wf = read('vote.yml');
    const on = wf.on as Record<string, unknown>;
    expect(Object.keys(on).sort()).toEqual([
      'pull_request_review',
      'pull_request_target',
      'schedule',
      'workflow_dispatch',
    ]);
    // One group with no per-event part: the hourly run (every PR) and a PR event on the same PR share it.
    expect(wf.concurrency).toBeUndefined();
    for (const job of Object.values(wf.jobs)) {
      expect(job.concurrency).toEqual({ group: 'psrt-vote', 'cancel-in-progress': false, queue: 'max' });
    }
  });

  it('keeps its ETag cache between runs, where the action writes it', () => {
    const steps = Object.values(read('vote.yml').jobs).flatMap((j) => j.steps ?? []);
    const cache = steps.find((s) => s.uses?.startsWith('actions/cache@'));
    expect(cache?.with).toMatchObject({ path: '.psrt-cache', 'restore-keys': 'psrt-vote-etags-' });
    const vote = steps.find((s) => s.uses === './actions/vote');
    expect(steps.indexOf(cache!)).toBeLessThan(steps.indexOf(vote!));
    expect(actionInputs('./actions/vote')['cache-file']?.default).toMatch(/^\.psrt-cache\//);
  });
});

describe('workflow rules specific to cve-publish', () => {
  const text = (f: string) => readFileSync(join(dir, f), 'utf8');
  interface EnvStep extends Step {
    env?: Record<string, string>;
  }
  const wf = parse(text('cve-publish.yml')) as Omit<Workflow, 'jobs'> & {
    jobs: Record<string, { environment?: string; steps: EnvStep[] }>;
  };
  const CVE_NAMES = ['CVE_API_URL', 'CVE_API_ORG', 'CVE_API_USER', 'CVE_API_KEY'];

  it('runs one at a time, on push to main touching records/ and by hand (dry run by default, one record or all)', () => {
    expect(wf.concurrency).toMatchObject({ group: 'psrt-cve-publish', 'cancel-in-progress': false });
    const on = wf.on as {
      push: { branches: string[]; paths: string[] };
      workflow_dispatch: { inputs: Record<string, { default?: unknown }> };
    };
    expect(Object.keys(on).sort()).toEqual(['push', 'workflow_dispatch']);
    expect(on.push).toEqual({ branches: ['main'], paths: ['records/**'] });
    expect(on.workflow_dispatch.inputs['dry-run']?.default).toBe(true);
    expect(on.workflow_dispatch.inputs).toHaveProperty('cve-id');
  });

  it('gives the CVE Services account to the publish step only, from the cna environment', () => {
    const [job] = Object.values(wf.jobs);
    expect(job!.environment).toBe('cna');
    const withCve = job!.steps.filter((s) => Object.keys(s.env ?? {}).some((k) => k.startsWith('CVE_API_')));
    expect(withCve.map((s) => s.uses)).toEqual(['./actions/cve-publish']);
    expect(Object.keys(withCve[0]!.env!).sort()).toEqual([...CVE_NAMES].sort());
    expect(withCve[0]!.env!.CVE_API_KEY).toBe('${{ secrets.CVE_API_KEY }}');
  });

  it('is, with the sweep (reserve on accept, from the same environment), the only workflow that sees the CVE Services account', () => {
    expect(
      (parse(text('sweep.yml')) as { jobs: Record<string, { environment?: string }> }).jobs.sweep?.environment,
    ).toBe('cna');
    for (const file of files.filter((f) => f !== 'cve-publish.yml' && f !== 'sweep.yml'))
      for (const name of CVE_NAMES) expect(text(file), `${file} mentions ${name}`).not.toContain(name);
  });
});

describe('workflow rules specific to announce', () => {
  const text = readFileSync(join(dir, 'announce.yml'), 'utf8');
  const wf = parse(text) as Workflow & {
    jobs: Record<string, Job & { steps: (Step & { env?: Record<string, string> })[] }>;
  };

  it('runs only by hand, one at a time, with the GHSA id required and a dry run by default', () => {
    const on = wf.on as { workflow_dispatch: { inputs: Record<string, { required?: boolean; default?: unknown }> } };
    expect(Object.keys(on)).toEqual(['workflow_dispatch']);
    expect(on.workflow_dispatch.inputs.ghsa?.required).toBe(true);
    expect(on.workflow_dispatch.inputs['dry-run']?.default).toBe(true);
    expect(wf.concurrency).toMatchObject({ group: 'psrt-announce', 'cancel-in-progress': false });
  });

  it('uses the SMTP_URL secret in this workflow alone, and gives it only to the announce step when it may send', () => {
    for (const file of files.filter((f) => f !== 'announce.yml'))
      expect(readFileSync(join(dir, file), 'utf8'), file).not.toContain('SMTP');
    const steps = Object.values(wf.jobs).flatMap((j) => j.steps);
    const holding = steps.filter((s) => JSON.stringify(s).includes('secrets.SMTP_URL'));
    expect(holding.map((s) => s.uses)).toEqual(['./actions/announce']);
    const value = holding[0]!.env?.SMTP_URL ?? '';
    expect(value).toMatch(/^\$\{\{ !inputs\.dry-run && .*secrets\.SMTP_URL \|\| '' \}\}$/);
    for (const input of ['archived-url', 'message-id', 'sent-at']) expect(value).toContain(`inputs.${input} == ''`);
  });

  it('passes the dispatch inputs through with:, never into a shell', () => {
    const step = Object.values(wf.jobs)
      .flatMap((j) => j.steps)
      .find((s) => s.uses === './actions/announce')!;
    expect(step.with).toMatchObject({ ghsa: '${{ inputs.ghsa }}', 'dry-run': '${{ inputs.dry-run }}' });
    expect(text).not.toMatch(/^\s*(?:-\s*)?run:/m);
  });
});

describe('workflow rules specific to the sweep', () => {
  const wf = parse(readFileSync(join(dir, 'sweep.yml'), 'utf8')) as Workflow & {
    jobs: Record<string, Job & { steps: (Step & { with?: Record<string, string> })[] }>;
  };
  const steps = Object.values(wf.jobs).flatMap((j) => j.steps);

  it('runs one sweep at a time, hourly and by hand with a dry-run input that defaults to true', () => {
    expect(wf.concurrency).toMatchObject({ group: 'psrt-sweep', 'cancel-in-progress': false });
    const on = wf.on as {
      schedule: { cron: string }[];
      workflow_dispatch: { inputs: Record<string, { default?: unknown }> };
    };
    expect(Object.keys(on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(on.schedule.map((s) => s.cron)).toEqual([expect.stringMatching(/^\d{1,2} \* \* \* \*$/)]);
    expect(on.workflow_dispatch.inputs['dry-run']?.default).toBe(true);
  });

  it('applies on the schedule and, by hand, only when dry-run is off', () => {
    const sweep = steps.find((s) => s.uses === './actions/sweep')!;
    expect(sweep.with?.apply).toBe("${{ github.event_name == 'schedule' || !inputs.dry-run }}");
  });

  it("checks out the default branch's code, and asks each org's App token for what the sweep needs", () => {
    const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@'))!;
    expect(checkout.with?.ref).toBe('${{ github.event.repository.default_branch }}');
    const tokens = steps.filter((s) => s.uses?.startsWith('actions/create-github-app-token@'));
    expect(tokens.map((t) => `${t.with?.owner}/${t.with?.repositories}`).sort()).toEqual([
      'pypa/pip',
      'python/cpython',
      'python/psrt-ops',
    ]);
    const ops = tokens.find((t) => t.with?.repositories === 'psrt-ops')!.with!;
    expect(ops['permission-issues']).toBe('write');
    expect(ops['permission-contents']).toBe('write');
    expect(ops['permission-repository-advisories']).toBeUndefined();
    const cpython = tokens.find((t) => t.with?.repositories === 'cpython')!.with!;
    expect(Object.keys(cpython).filter((k) => k.startsWith('permission-'))).toEqual([
      'permission-repository-advisories',
    ]);
    const pypa = tokens.find((t) => t.with?.owner === 'pypa')!.with!;
    expect(Object.keys(pypa).filter((k) => k.startsWith('permission-'))).toEqual(['permission-repository-advisories']);
  });

  it('passes the CVE Services key from a secret, never from a variable', () => {
    const sweep = steps.find((s) => s.uses === './actions/sweep')!;
    expect(sweep.with?.['cve-api-key']).toBe('${{ secrets.CVE_API_KEY }}');
  });
});
