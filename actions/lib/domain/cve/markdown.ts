// An advisory's Markdown description as the record carries it: plain text (descriptions[].value) and
// HTML (supportingMedia text/html). The HTML passes nothing through from the advisory unescaped: raw
// HTML in the Markdown is shown as text, links keep only http(s) and mailto targets, images become
// links, code blocks lose their language class. Marked escapes everything else it renders.
import { Lexer, Marked } from 'marked';
import type { Renderer, Token, Tokens } from 'marked';

/** CRLF and lone CR to LF: GitHub stores descriptions typed in a browser with CRLF. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Marked keeps character references in text as written; plain text wants the characters. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) return safeCodePoint(Number.parseInt(ref.slice(2), 16)) ?? whole;
    if (ref.startsWith('#')) return safeCodePoint(Number.parseInt(ref.slice(1), 10)) ?? whole;
    return ENTITIES[ref] ?? whole;
  });
}

function safeCodePoint(n: number): string | undefined {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : undefined;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Link targets the record may carry; anything else (javascript:, data:, relative) is dropped. */
function safeHref(href: string): string | undefined {
  const trimmed = href.trim();
  return /^(https?:\/\/|mailto:)/i.test(trimmed) ? trimmed : undefined;
}

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, '');
}

function inlineText(tokens: readonly Token[] | undefined): string {
  let out = '';
  for (const token of tokens ?? []) out += inlineTokenText(token);
  return out;
}

function inlineTokenText(token: Token): string {
  switch (token.type) {
    case 'text':
    case 'escape':
      return 'tokens' in token && token.tokens ? inlineText(token.tokens) : decodeEntities(String(token.text));
    case 'codespan':
      return decodeEntities(String(token.text));
    case 'strong':
    case 'em':
    case 'del':
      return inlineText(token.tokens);
    case 'br':
      return '\n';
    case 'link': {
      const link = token as Tokens.Link;
      const text = inlineText(link.tokens);
      const href = safeHref(link.href);
      if (!href) return text;
      return text === href || link.autolink ? href : `${text} (${href})`;
    }
    case 'image': {
      const image = token as Tokens.Image;
      const href = safeHref(image.href);
      if (!href) return image.text;
      return image.text ? `${image.text} (${href})` : href;
    }
    case 'html':
      return decodeEntities(stripTags(String(token.text)));
    case 'checkbox':
      return (token as Tokens.Checkbox).checked ? '[x] ' : '[ ] ';
    default:
      return 'tokens' in token && token.tokens ? inlineText(token.tokens) : decodeEntities(String(token.raw ?? ''));
  }
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : prefix + line))
    .join('\n');
}

function blockText(tokens: readonly Token[]): string {
  const blocks: string[] = [];
  for (const token of tokens) {
    const text = blockTokenText(token);
    if (text.trim() !== '') blocks.push(text);
  }
  return blocks.join('\n\n');
}

function blockTokenText(token: Token): string {
  switch (token.type) {
    case 'space':
    case 'hr':
    case 'def':
      return '';
    case 'heading':
    case 'paragraph':
      return inlineText(token.tokens);
    case 'text':
      return 'tokens' in token && token.tokens ? inlineText(token.tokens) : decodeEntities(String(token.text));
    case 'code':
      return String(token.text);
    case 'blockquote':
      return blockText(token.tokens ?? []);
    case 'html':
      return decodeEntities(stripTags(String(token.text))).trim();
    case 'list': {
      const list = token as Tokens.List;
      const start = typeof list.start === 'number' ? list.start : 1;
      return list.items
        .map((item, i) => {
          const marker = list.ordered ? `${start + i}. ` : '- ';
          const body = item.tokens.map((t) => blockTokenText(t)).filter((t) => t.trim() !== '');
          const text = (item.task ? (item.checked ? '[x] ' : '[ ] ') : '') + body.join('\n');
          return marker + indent(text, ' '.repeat(marker.length)).slice(marker.length);
        })
        .join('\n');
    }
    case 'table': {
      const table = token as Tokens.Table;
      const row = (cells: Tokens.TableCell[]): string => cells.map((c) => inlineText(c.tokens)).join(' | ');
      return [row(table.header), ...table.rows.map(row)].join('\n');
    }
    default:
      return 'tokens' in token && token.tokens ? blockText(token.tokens) : '';
  }
}

/** The description as plain text: Markdown syntax removed, links as "text (url)", LF line ends. */
export function markdownToPlainText(markdown: string): string {
  const tokens = new Lexer({ gfm: true }).lex(normalizeNewlines(markdown));
  return blockText(tokens)
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Marked with every path for raw HTML or unsafe URLs closed. */
function safeMarked(): Marked {
  return new Marked({
    gfm: true,
    async: false,
    renderer: {
      html({ text }: Tokens.HTML | Tokens.Tag): string {
        return escapeHtml(text);
      },
      code({ text }: Tokens.Code): string {
        return `<pre><code>${escapeHtml(text)}</code></pre>\n`;
      },
      link(this: Renderer, token: Tokens.Link): string {
        const text = this.parser.parseInline(token.tokens);
        const href = safeHref(token.href);
        return href ? `<a href="${escapeHtml(href)}">${text}</a>` : text;
      },
      image({ href, text }: Tokens.Image): string {
        const safe = safeHref(href);
        const label = escapeHtml(text || href);
        return safe ? `<a href="${escapeHtml(safe)}">${label}</a>` : label;
      },
      checkbox({ checked }: Tokens.Checkbox): string {
        return checked ? '[x] ' : '[ ] ';
      },
    },
  });
}

let markedInstance: Marked | undefined;

/** The description as HTML for supportingMedia, with nothing from the advisory passed through raw. */
export function markdownToSafeHtml(markdown: string): string {
  markedInstance ??= safeMarked();
  return (markedInstance.parse(normalizeNewlines(markdown)) as string).trim();
}
