// The reminder comment: one per sweep that has new notices, on the dashboard issue in the private
// ops repo. Each person (or group, for escalations) is @-mentioned once, with their report ids and
// what is due. Ids only: titles stay on the dashboard, out of notification emails.
import { advisoryUrl } from './advisory.js';
import type { SweepChange, SweepPlan } from './plan.js';
import { describeNoticeReason } from './plan.js';
import { formatUtcTime } from './time.js';

type Notify = Extract<SweepChange, { kind: 'notify' }>;

/** The comment body, or undefined when the plan has no notice. */
export function renderReminderComment(plan: Pick<SweepPlan, 'now' | 'changes'>): string | undefined {
  const notices = plan.changes.filter((c): c is Notify => c.kind === 'notify');
  if (notices.length === 0) return undefined;
  const groups = new Map<string, { to: string[]; escalated: boolean; items: Notify[] }>();
  for (const n of notices) {
    const key = [...n.to]
      .map((l) => l.toLowerCase())
      .sort()
      .join(' ');
    const group = groups.get(key) ?? { to: n.to, escalated: false, items: [] };
    group.escalated ||= n.escalated;
    group.items.push(n);
    groups.set(key, group);
  }
  const out = [`**Report desk**, sweep of ${formatUtcTime(plan.now)}:`, ''];
  for (const group of groups.values()) {
    const who = group.to.map((l) => `@${l}`).join(' ');
    out.push(`- ${who}${group.escalated ? ' (escalation)' : ''}:`);
    for (const n of group.items) {
      out.push(
        `  - [${n.ghsaId}](${advisoryUrl(n.repo, n.ghsaId)}) (${n.repo}): ${describeNoticeReason(n.reason, n.thresholds)}`,
      );
    }
  }
  out.push('', 'The dashboard above is kept current every hour; reply here if a reminder is wrong.');
  return out.join('\n') + '\n';
}
