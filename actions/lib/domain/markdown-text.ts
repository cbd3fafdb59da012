// Markdown (an advisory's description) reduced to readable plain text: paragraphs, lists, block quotes and
// code survive; emphasis marks, link syntax and HTML tags do not. The advisory email wraps it at 72
// columns; the CVE record's description wants it unwrapped. Uses marked's lexer only (no HTML rendering).
import { Lexer } from 'marked';
import type { Token, Tokens } from 'marked';

export interface PlainTextOptions {
  /** Wrap prose at this many columns (code, tables and long words such as URLs are never broken). */
  wrapAt?: number;
}

/** One rendered line with its indentation kept apart, so wrapping can repeat the indentation. */
interface Block {
  kind: 'prose' | 'verbatim' | 'blank';
  /** Prefix of the first line (list marker included) and of every following line. */
  firstPrefix: string;
  restPrefix: string;
  text: string;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  copy: '©',
  reg: '®',
};

/** Decode the HTML entities Markdown leaves in text (`&amp;`, `&#39;`, `&#x2014;`); unknown ones stay as written. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

function stripTags(html: string): string {
  return html.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, '');
}

/** Inline tokens to text: `\n` marks a hard line break; soft breaks become spaces. */
function inlineText(tokens: Token[] | undefined): string {
  let out = '';
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'text': {
        const t = token as Tokens.Text;
        out += t.tokens ? inlineText(t.tokens) : decodeHtmlEntities(t.text).replace(/\n/g, ' ');
        break;
      }
      case 'escape':
        out += (token as Tokens.Escape).text;
        break;
      case 'codespan':
        out += decodeHtmlEntities((token as Tokens.Codespan).text);
        break;
      case 'strong':
      case 'em':
      case 'del':
        out += inlineText((token as Tokens.Strong).tokens);
        break;
      case 'br':
        out += '\n';
        break;
      case 'link': {
        const link = token as Tokens.Link;
        const label = inlineText(link.tokens).trim();
        out +=
          label === '' || label === link.href || link.href.startsWith('mailto:')
            ? label || link.href
            : `${label} (${link.href})`;
        break;
      }
      case 'image': {
        const image = token as Tokens.Image;
        out += image.text ? `${image.text} (${image.href})` : image.href;
        break;
      }
      case 'html':
        out += decodeHtmlEntities(stripTags((token as Tokens.HTML).text));
        break;
      case 'checkbox':
        out += (token as Tokens.Checkbox).checked ? '[x] ' : '[ ] ';
        break;
      default:
        out += 'text' in token && typeof token.text === 'string' ? token.text : '';
    }
  }
  return out;
}

function proseBlocks(text: string, firstPrefix: string, restPrefix: string): Block[] {
  // A hard break starts a new line with the same indentation.
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .map((line, i) => ({
      kind: 'prose' as const,
      firstPrefix: i === 0 ? firstPrefix : restPrefix,
      restPrefix,
      text: line,
    }));
}

function verbatimBlocks(lines: string[], firstPrefix: string, restPrefix: string): Block[] {
  return lines.map((line, i) => ({
    kind: 'verbatim' as const,
    firstPrefix: i === 0 ? firstPrefix : restPrefix,
    restPrefix,
    text: line.replace(/\s+$/, ''),
  }));
}

/** Blocks of one token list, separated by blank lines; `first`/`rest` are the prefixes to apply. */
function renderTokens(tokens: Token[], first: string, rest: string, tight = false): Block[] {
  const groups: Block[][] = [];
  for (const token of tokens) {
    const prefix = groups.length === 0 ? first : rest;
    const group = renderToken(token, prefix, rest);
    if (group.length > 0) groups.push(group);
  }
  const out: Block[] = [];
  groups.forEach((group, i) => {
    if (i > 0 && !tight) out.push({ kind: 'blank', firstPrefix: rest.trimEnd(), restPrefix: rest.trimEnd(), text: '' });
    out.push(...group);
  });
  return out;
}

function renderToken(token: Token, first: string, rest: string): Block[] {
  switch (token.type) {
    case 'space':
    case 'def':
    case 'hr':
      return [];
    case 'paragraph':
    case 'heading':
    case 'text':
      return proseBlocks(inlineText((token as Tokens.Paragraph).tokens ?? [token]), first, rest);
    case 'code': {
      const code = token as Tokens.Code;
      return verbatimBlocks(code.text.split('\n'), `${first}    `, `${rest}    `);
    }
    case 'blockquote':
      return renderTokens((token as Tokens.Blockquote).tokens, `${first}> `, `${rest}> `);
    case 'list':
      return renderList(token as Tokens.List, first, rest);
    case 'table': {
      const table = token as Tokens.Table;
      const row = (cells: Tokens.TableCell[]) => cells.map((c) => inlineText(c.tokens).trim()).join(' | ');
      return verbatimBlocks([row(table.header), ...table.rows.map(row)], first, rest);
    }
    case 'html':
      return proseBlocks(decodeHtmlEntities(stripTags((token as Tokens.HTML).text)).trim(), first, rest).filter(
        (b) => b.text !== '',
      );
    default:
      return 'text' in token && typeof token.text === 'string' ? proseBlocks(token.text, first, rest) : [];
  }
}

function renderList(list: Tokens.List, first: string, rest: string): Block[] {
  const out: Block[] = [];
  const start = typeof list.start === 'number' ? list.start : 1;
  const width = list.ordered ? `${start + list.items.length - 1}. `.length : 2;
  list.items.forEach((item, i) => {
    const marker = list.ordered ? `${start + i}. `.padEnd(width) : '* ';
    const itemFirst = `${i === 0 ? first : rest}${marker}`;
    const itemRest = `${rest}${' '.repeat(marker.length)}`;
    if (i > 0 && list.loose)
      out.push({ kind: 'blank', firstPrefix: rest.trimEnd(), restPrefix: rest.trimEnd(), text: '' });
    const blocks = renderTokens(item.tokens, itemFirst, itemRest, !item.loose);
    out.push(
      ...(blocks.length > 0
        ? blocks
        : [{ kind: 'prose' as const, firstPrefix: itemFirst, restPrefix: itemRest, text: '' }]),
    );
  });
  return out;
}

/**
 * Greedy word wrap: words never break, so a word longer than the width (a URL) stands alone on its line.
 * Every line starts with its prefix; lines are trimmed at the end.
 */
export function wrapWords(text: string, width: number, firstPrefix = '', restPrefix = firstPrefix): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return [firstPrefix.trimEnd()];
  const lines: string[] = [];
  let line = firstPrefix;
  let empty = true;
  for (const word of words) {
    if (empty) {
      line += word;
      empty = false;
    } else if (line.length + 1 + word.length <= width) {
      line += ` ${word}`;
    } else {
      lines.push(line);
      line = restPrefix + word;
    }
  }
  lines.push(line);
  return lines.map((l) => l.trimEnd());
}

/** Markdown to plain text (LF line endings, no trailing blank line). */
export function markdownToPlainText(markdown: string, options: PlainTextOptions = {}): string {
  const source = markdown.replace(/\r\n?/g, '\n');
  const blocks = renderTokens(Lexer.lex(source), '', '');
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'blank') lines.push(block.firstPrefix);
    else if (block.kind === 'verbatim') lines.push(`${block.firstPrefix}${block.text}`.trimEnd());
    else if (options.wrapAt) lines.push(...wrapWords(block.text, options.wrapAt, block.firstPrefix, block.restPrefix));
    else lines.push(`${block.firstPrefix}${block.text}`.trimEnd());
  }
  return trimBlankEdges(lines).join('\n');
}

function trimBlankEdges(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === '') start++;
  while (end > start && lines[end - 1]!.trim() === '') end--;
  return lines.slice(start, end);
}
