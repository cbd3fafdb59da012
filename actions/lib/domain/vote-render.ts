// The vote shown: the tally comment on the PR (markdown), the job summary and the CLI text. Logins
// are always in code spans: an @-mention would notify every member on every update.
import { cell } from './roster-summary.js';
import type { ChangeResult, Plan } from './plan.js';
import { headline, renderResultsLine, withResult } from './plan.js';
import type { CommitStatus, NominationCheck, Tally, VoteChange, VoteRules } from './vote.js';
import { VOTE_CONTEXT, describeVoteChange, showTime } from './vote.js';
import type { Member } from './roster.js';

const code = (login: string) => `\`${login}\``;

/** A display name in markdown that cannot mention anyone ("@x" in a name would notify x). */
export function displayName(text: string): string {
  return cell(text).replace(/@/g, '@\u200B');
}

function nomineeList(nominees: readonly Member[]): string {
  return nominees.map((n) => `${code(n.login)} (${displayName(n.name)})`).join(', ');
}

const OUTCOME: Record<Tally['outcome'], string> = {
  open: '🗳️ Open',
  passed: '✅ Passed',
  failed: '❌ Failed',
  vetoed: '⛔ Vetoed',
};

export function renderTallyComment(nominees: readonly Member[], t: Tally, rules: VoteRules): string {
  const share = `${rules.threshold.numerator}/${rules.threshold.denominator}`;
  const lines: string[] = [];
  lines.push(`## PSRT nomination vote: ${nomineeList(nominees)}`);
  lines.push('');
  const from =
    t.openedBy.via === 'label'
      ? `the \`${rules.openLabel}\` label added by ${code(t.openedBy.login)}`
      : 'the opening of this PR';
  lines.push(`**${OUTCOME[t.outcome]}.** ${t.reason}`);
  lines.push('');
  lines.push(`The vote runs ${rules.days} days from ${from}: ${showTime(t.opensAt)} to ${showTime(t.closesAt)}.`);
  lines.push('');
  lines.push('| Yes | No | Votes cast | Members who may vote | Needed |');
  lines.push('|---:|---:|---:|---:|---|');
  const quorum = rules.quorum > 0 ? `, at least ${rules.quorum} votes` : '';
  const others = `, at least ${rules.minVotesBesidesNominator} by members besides the nominator`;
  lines.push(
    `| ${t.yes} | ${t.no} | ${t.cast} | ${t.electorate} | ${share} of votes cast yes${quorum}${others}, no Steering Council veto |`,
  );
  lines.push('');
  if (t.vetoes.length > 0) {
    lines.push(
      `**Veto:** ${t.vetoes.map((v) => `${code(v.login)} (${v.via === 'review' ? (v.url ? `[requested changes](${v.url})` : 'requested changes') : `\`${rules.vetoLabel}\` label`}, ${showTime(v.at)})`).join('; ')}.`,
    );
    lines.push('');
  }
  if (t.ballots.length > 0) {
    lines.push('| Member | Vote | Review |');
    lines.push('|---|---|---|');
    for (const b of [...t.ballots].sort((a, c) => a.member.login.localeCompare(c.member.login, 'en'))) {
      lines.push(`| ${code(b.member.login)} | ${b.vote} | [${showTime(b.at)}](${b.url}) |`);
    }
    lines.push('');
  }
  if (t.notVoted.length > 0) {
    const names = [...t.notVoted].map((m) => m.login).sort((a, c) => a.localeCompare(c, 'en'));
    lines.push(`<details><summary>Not voted (${names.length})</summary>`);
    lines.push('');
    lines.push(names.map(code).join(', '));
    lines.push('');
    lines.push('</details>');
    lines.push('');
  }
  if (t.withdrawn.length > 0) {
    lines.push(`Withdrawn (last review dismissed): ${t.withdrawn.map(code).join(', ')}.`);
    lines.push('');
  }
  if (t.ignored.length > 0) {
    lines.push(`Not counted: ${t.ignored.map((i) => `${code(i.login)} (${i.why})`).join(', ')}.`);
    lines.push('');
  }
  for (const n of t.notes) {
    lines.push(`> [!NOTE]\n> ${n}`);
    lines.push('');
  }
  lines.push(
    `*How to vote (PEP 811):* PSRT members approve this PR for yes or request changes for no; each member's latest review before the close counts. ` +
      `A Steering Council member vetoes by requesting changes or adding the \`${rules.vetoLabel}\` label. ` +
      `The \`${VOTE_CONTEXT}\` status shows the result; this comment is updated in place.`,
  );
  return lines.join('\n') + '\n';
}

export function renderCheckComment(
  check: Exclude<NominationCheck, { kind: 'nomination' | 'not-nomination' }>,
  rosterPath: string,
): string {
  const lines: string[] = [];
  if (check.kind === 'refused') {
    lines.push(`## Not a valid nomination`);
    lines.push('');
    lines.push(`This PR adds ${nomineeList(check.nominees)} to \`${rosterPath}\`, and it also:`);
    lines.push('');
    for (const p of check.problems) lines.push(`- ${p}`);
    lines.push('');
    lines.push(
      'A nomination PR does one thing (PEP 811: one purpose per PR): it only adds the nominees to `members`. Move the other changes to their own PR; the vote starts once this PR is a plain nomination.',
    );
  } else {
    lines.push(`## \`${rosterPath}\` cannot be read`);
    lines.push('');
    lines.push('The vote cannot be counted until the roster on this branch is valid:');
    lines.push('');
    for (const p of check.problems) lines.push(`- ${cell(p)}`);
    lines.push('');
    lines.push('Run `npx psrt validate` locally to see every error with its line.');
  }
  return lines.join('\n') + '\n';
}

/** One PR's result as the job reports it. */
export interface VotePullResult {
  number: number;
  url: string;
  kind: NominationCheck['kind'];
  nominees: string[];
  status: CommitStatus;
  tally?: Tally;
  changes: VoteChange[];
}

function changeLines(plan: VotePlanView, results: readonly ChangeResult<VoteChange>[] | undefined): string[] {
  const status = new Map(results?.map((r) => [r.change, r] as const));
  return plan.changes.map((c) => withResult(describeVoteChange(c), status.get(c)));
}

/** What the renderers need of the vote's plan. */
export interface VotePlanView extends Plan<VoteChange> {
  repo: string;
  pulls: readonly VotePullResult[];
}

export function renderVoteSummary(plan: VotePlanView, results?: readonly ChangeResult<VoteChange>[]): string {
  const lines: string[] = [];
  const nominations = plan.pulls.filter((r) => r.kind !== 'not-nomination');
  lines.push(`## PSRT nomination votes in ${plan.repo}`);
  lines.push('');
  if (nominations.length === 0) lines.push('No open nomination.');
  else {
    lines.push('| PR | Nominees | Status | Yes | No | Closes |');
    lines.push('|---|---|---|---:|---:|---|');
    for (const r of nominations) {
      const t = r.tally;
      lines.push(
        `| [#${r.number}](${r.url}) | ${r.nominees.map(code).join(', ') || '—'} | ${r.status.state}: ${cell(r.status.description)} | ${t?.yes ?? '—'} | ${t?.no ?? '—'} | ${t ? showTime(t.closesAt) : '—'} |`,
      );
    }
  }
  lines.push('');
  lines.push(
    plan.changes.length === 0
      ? 'Nothing to change: every status and comment is current.'
      : `**${headline('Vote', plan, results)}**${results ? '' : ' (dry run)'}`,
  );
  if (plan.changes.length > 0) lines.push('', '```', ...changeLines(plan, results), '```');
  lines.push(...renderResultsLine(results, 'markdown'));
  return lines.join('\n') + '\n';
}

export function renderVoteText(plan: VotePlanView, results?: readonly ChangeResult<VoteChange>[]): string {
  const lines: string[] = [];
  for (const r of plan.pulls) {
    const head = `#${r.number} ${r.kind === 'nomination' ? `nominates ${r.nominees.join(', ')}` : r.kind === 'refused' ? `refused (adds ${r.nominees.join(', ')} but does more)` : r.kind === 'invalid' ? 'roster cannot be read' : 'not a nomination'}`;
    lines.push(`${head}: ${r.status.state}: ${r.status.description}`);
    if (r.tally && r.kind === 'nomination') {
      for (const b of r.tally.ballots) lines.push(`    ${b.vote.padEnd(3)} ${b.member.login} (${showTime(b.at)})`);
      if (r.tally.vetoes.length > 0)
        lines.push(`    veto: ${r.tally.vetoes.map((v) => `${v.login} (${v.via})`).join(', ')}`);
      for (const i of r.tally.ignored) lines.push(`    not counted: ${i.login} (${i.why})`);
    }
  }
  if (plan.pulls.length === 0) lines.push('no open pull request');
  lines.push(
    plan.changes.length === 0
      ? 'nothing to change'
      : `${headline('vote', plan, results)}${results ? '' : ' (dry run; run without --dry-run to write)'}:`,
  );
  for (const line of changeLines(plan, results)) lines.push(`  ${line}`);
  lines.push(...renderResultsLine(results, 'text'));
  return lines.join('\n') + '\n';
}
