// Title tags: how PSRT members move a report without being repository admins. Case-insensitive,
// anywhere in the title (the devguide); a tag is removed from the title once acted on.

export const TITLE_TAGS = ['ACCEPTED', 'CLOSED', 'INVALID', 'DUPLICATE', 'COMPLETED', 'EXPLOITED'] as const;
export type TitleTag = (typeof TITLE_TAGS)[number];

/** Tags that close a report. */
export const CLOSING_TAGS: readonly TitleTag[] = ['CLOSED', 'INVALID', 'DUPLICATE', 'COMPLETED'];

const TAG_PATTERN = new RegExp(`\\[\\s*(${TITLE_TAGS.join('|')})\\s*\\]`, 'gi');

/** The tags in a title, each once, in the order they first appear. */
export function findTitleTags(title: string): TitleTag[] {
  const found: TitleTag[] = [];
  if (!title.includes('[')) return found;
  for (const m of title.matchAll(TAG_PATTERN)) {
    const tag = m[1]!.toUpperCase() as TitleTag;
    if (!found.includes(tag)) found.push(tag);
  }
  return found;
}

/**
 * The title without the given tags (every occurrence, any case), spaces tidied. A title that would be
 * empty becomes `fallback` (GitHub requires a summary).
 */
export function stripTitleTags(title: string, tags: readonly TitleTag[], fallback: string): string {
  const remove = new Set(tags);
  let removed = false;
  let stripped = title
    .replace(TAG_PATTERN, (whole, name: string) => {
      if (!remove.has(name.toUpperCase() as TitleTag)) return whole;
      removed = true;
      return ' ';
    })
    .replace(/\s+/g, ' ')
    .trim();
  // "[ACCEPTED] - Overflow in …" leaves a separator in front once the tag is gone.
  if (removed) stripped = stripped.replace(/^[-:–—|]\s*/, '').trim();
  return stripped === '' ? fallback : stripped;
}

export type TemplateReply = 'not-a-vulnerability' | 'duplicate';

/** The devguide's template reply for the closing tags, if any: a duplicate wins over a plain rejection. */
export function templateForTags(tags: readonly TitleTag[]): TemplateReply | undefined {
  if (tags.includes('DUPLICATE')) return 'duplicate';
  if (tags.includes('CLOSED') || tags.includes('INVALID')) return 'not-a-vulnerability';
  return undefined;
}

/** The devguide's template replies (Template responses), to adapt as needed. */
export const TEMPLATE_REPLIES: Record<TemplateReply, string> = {
  'not-a-vulnerability':
    "Thanks for your report. We've determined that the report doesn't constitute a vulnerability. " +
    'Let us know if you disagree with this determination. If you are interested in working on this further, ' +
    'you can optionally open a public issue on GitHub.',
  duplicate:
    "Thanks for your report. We've determined that this submission is a duplicate of an issue that is already " +
    'being tracked internally. Please refrain from public disclosure until the issue has been resolved.',
};
