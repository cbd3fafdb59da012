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
  steps?: Step[];
  if?: string;
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

  it('declares explicit, minimal permissions', () => {
    expect(wf.permissions).toBeTypeOf('object');
    const perms = wf.permissions as Record<string, string>;
    expect(perms.contents).toBe('read');
    const writes = Object.entries(perms)
      .filter(([, v]) => v === 'write')
      .map(([k]) => k);
    expect(writes).toEqual(WRITE_SCOPES_ALLOWED[file] ?? []);
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
    expect(tokens.map((t) => t.with?.owner).sort()).toEqual(['pypa', 'python']);
    const python = tokens.find((t) => t.with?.owner === 'python')!.with!;
    expect(python['permission-repository-advisories']).toBe('write');
    expect(python['permission-issues']).toBe('write');
    expect(python['permission-contents']).toBe('write');
    expect(python['permission-administration']).toBeUndefined();
    const pypa = tokens.find((t) => t.with?.owner === 'pypa')!.with!;
    expect(Object.keys(pypa).filter((k) => k.startsWith('permission-'))).toEqual(['permission-repository-advisories']);
  });

  it('passes the CVE Services key from a secret, never from a variable', () => {
    const sweep = steps.find((s) => s.uses === './actions/sweep')!;
    expect(sweep.with?.['cve-api-key']).toBe('${{ secrets.CVE_API_KEY }}');
  });
});
