// What every job's plan is made of: typed changes (each job's own discriminated union), notes, guards,
// and after an apply one result per change. Shared pieces of rendering: the headline that says what
// really happened, the guard table and the notes.

export type Format = 'markdown' | 'text';

export interface Note {
  level: 'info' | 'warning' | 'drift' | 'error';
  text: string;
  /** The part of the job the note is about (reconcile groups notes by system). */
  system?: string;
}

export interface GuardResult {
  guard: string;
  ok: boolean;
  /** The guard tripped but an explicit override lets the run go on; shown in the plan. */
  overridden?: string;
  detail: string;
}

/** A job's plan: the changes that make the world agree with the files, and why not (notes, guards). */
export interface Plan<C> {
  changes: C[];
  notes: Note[];
  /** Checked before the first write: any trip means no write at all. */
  guards: GuardResult[];
}

export type ChangeStatus = 'done' | 'failed' | 'not attempted' | 'suppressed';

export interface ChangeResult<C> {
  change: C;
  status: ChangeStatus;
  error?: string;
  /** What the write produced, for people (e.g. the URL of a PR it opened). */
  detail?: string;
}

export function trippedGuards(guards: readonly GuardResult[]): GuardResult[] {
  return guards.filter((g) => !g.ok);
}

/** Names for a message: all of them up to `max`, then how many more (a large org's list stays readable). */
export function someOf(names: readonly string[], max = 20): string {
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/**
 * The first line of a rendered plan, true to what happened: planned, blocked, or how many of the
 * changes were made and how many failed (never "applied" when nothing was).
 */
export function headline<C>(
  job: string,
  plan: Plan<C>,
  results: readonly ChangeResult<C>[] | undefined,
  describe: (changes: readonly C[]) => string = (changes) => plural(changes.length, 'change'),
): string {
  const n = plan.changes.length;
  if (n === 0) return `${job}: nothing to change`;
  if (results) {
    const done = results.filter((r) => r.status === 'done').length;
    const failed = results.filter((r) => r.status === 'failed').length;
    if (failed === 0 && done === n) return `${job} applied ${describe(plan.changes)}`;
    const suppressed = results.filter((r) => r.status === 'suppressed').length;
    const parts = [`${done} of ${n} changes made`];
    if (failed > 0) parts.push(`${failed} failed`);
    if (suppressed > 0) parts.push(`${suppressed} suppressed`);
    const skipped = n - done - failed - suppressed;
    if (skipped > 0) parts.push(`${skipped} not attempted`);
    return `${job}: ${parts.join(', ')}`;
  }
  if (trippedGuards(plan.guards).length > 0)
    return `${job} blocked by a guard: ${describe(plan.changes)} planned, none made`;
  return `${job} plan: ${describe(plan.changes)}`;
}

const NOTE_MARK: Record<Note['level'], string> = { info: 'ℹ️', warning: '⚠️', drift: '↯', error: '❌' };

export function renderNote(note: Note, format: Format): string {
  return format === 'markdown'
    ? `- ${NOTE_MARK[note.level]} ${note.text}`
    : `  ${note.level}: ${note.text.replace(/`/g, '')}`;
}

export function renderGuards(guards: readonly GuardResult[], format: Format): string[] {
  if (guards.length === 0) return [];
  const md = format === 'markdown';
  const out = [md ? '### Guards' : 'Guards:'];
  if (md) out.push('', '| Guard | Status | Detail |', '|---|---|---|');
  for (const g of guards) {
    const state = g.overridden ? 'overridden' : g.ok ? 'ok' : 'TRIPPED';
    out.push(
      md
        ? `| ${g.guard} | ${g.overridden ? '⚠️ overridden' : g.ok ? '✅ ok' : '❌ tripped'} | ${g.detail.replace(/\|/g, '\\|')} |`
        : `  ${g.guard}: ${state} (${g.detail})`,
    );
  }
  return out;
}

export function renderResultsLine<C>(results: readonly ChangeResult<C>[] | undefined, format: Format): string[] {
  if (!results || results.length === 0) return [];
  const count = (s: ChangeStatus) => results.filter((r) => r.status === s).length;
  const parts = [`${count('done')} done`, `${count('failed')} failed`, `${count('not attempted')} not attempted`];
  if (count('suppressed') > 0) parts.push(`${count('suppressed')} suppressed`);
  return [format === 'markdown' ? `**Applied:** ${parts.join(', ')}.` : `Applied: ${parts.join(', ')}.`];
}

/** A change's line with its result appended when it was not simply done. */
export function withResult<C>(line: string, result: ChangeResult<C> | undefined): string {
  return result && result.status !== 'done'
    ? `${line}   [${result.status}${result.error ? `: ${result.error}` : ''}]`
    : line;
}
