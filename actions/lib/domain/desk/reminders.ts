// The reminder comment: one per sweep that has new notices, on the dashboard issue in the private
// ops repo. Each person (or group, for escalations) is @-mentioned once, with their report ids and
// what is due. Ids only: titles stay on the dashboard, out of notification emails.
import { advisoryUrl } from './advisory.js';
import type { SweepChange, SweepPlan } from './plan.js';
import { describeNoticeReason } from './plan.js';
import { formatUtcTime } from './time.js';

type Notify = Extract<SweepChange, { kind: 'notify' }>;

/** GitHub's limit for a comment body, less room for what the caller adds. */
export const COMMENT_MAX_CHARS = 65_536 - 1_536;
/** Mentions per comment, kept low so a backlog cannot turn one comment into a mass ping. */
export const COMMENT_MAX_MENTIONS = 50;

export interface ReminderComment {
  body: string;
  /** The notices the body carries: record exactly these once it is posted. */
  notices: Notify[];
  /** Notices that did not fit: not recorded, so the next sweep sends them. */
  deferred: Notify[];
}

export interface ReminderLimits {
  maxChars?: number;
  maxMentions?: number;
}

const FOOTER = '\nThe dashboard above is kept current every hour; reply here if a reminder is wrong.\n';

/**
 * The comment for this sweep's notices, most urgent first (the plan's order: CRA, overdue, unassigned,
 * reminders, stale, templates), as many as fit; undefined when the plan has no notice.
 */
export function renderReminderComment(
  plan: Pick<SweepPlan, 'now' | 'changes'>,
  limits: ReminderLimits = {},
): ReminderComment | undefined {
  const maxChars = limits.maxChars ?? COMMENT_MAX_CHARS;
  const maxMentions = limits.maxMentions ?? COMMENT_MAX_MENTIONS;
  const all = plan.changes.filter((c): c is Notify => c.kind === 'notify');
  if (all.length === 0) return undefined;

  const groups = new Map<string, { to: string[]; escalated: boolean; items: Notify[] }>();
  const mentioned = new Set<string>();
  const carried: Notify[] = [];
  const deferred: Notify[] = [];
  const head = `**Report desk**, sweep of ${formatUtcTime(plan.now)}:\n`;
  // Room for the line saying how many notices wait for the next sweep.
  let length = head.length + FOOTER.length + 100;
  for (const n of all) {
    const key = n.to
      .map((l) => l.toLowerCase())
      .sort()
      .join(' ');
    const group = groups.get(key);
    const line = itemLine(n).length + 1;
    const newMentions = n.to.filter((l) => !mentioned.has(l.toLowerCase()));
    const cost = line + (group ? 0 : groupLine(n.to, n.escalated).length + 1);
    if (length + cost > maxChars || mentioned.size + (group ? 0 : newMentions.length) > maxMentions) {
      deferred.push(n);
      continue;
    }
    length += cost;
    if (group) {
      group.items.push(n);
      group.escalated ||= n.escalated;
    } else {
      groups.set(key, { to: n.to, escalated: n.escalated, items: [n] });
      for (const l of n.to) mentioned.add(l.toLowerCase());
    }
    carried.push(n);
  }
  if (carried.length === 0) return { body: '', notices: [], deferred };
  const out = [head];
  for (const group of groups.values()) {
    out.push(groupLine(group.to, group.escalated));
    for (const n of group.items) out.push(itemLine(n));
  }
  if (deferred.length > 0)
    out.push('', `${deferred.length} more notice(s) did not fit in this comment; the next sweep sends them.`);
  return { body: out.join('\n') + '\n' + FOOTER, notices: carried, deferred };
}

function groupLine(to: readonly string[], escalated: boolean): string {
  return `- ${to.map((l) => `@${l}`).join(' ')}${escalated ? ' (escalation)' : ''}:`;
}

function itemLine(n: Notify): string {
  return `  - [${n.ghsaId}](${advisoryUrl(n.repo, n.ghsaId)}) (${n.repo}): ${describeNoticeReason(n.reason, n.keys)}`;
}
