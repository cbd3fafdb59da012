// Text that someone outside the PSRT wrote (an advisory's title, a grant's reason) placed inside
// GitHub markdown: one line, no markup, no HTML, no @-mention, issue reference or link it could trigger.

// Control characters, zero-width and bidirectional marks: nothing a reader should not see.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]+/g;
const ZERO_WIDTH_SPACE = '\u200b';

/** Inline-safe text: whitespace collapsed, cut to `maxChars`, markup escaped, mentions and links defused. */
export function inlineUntrustedText(text: string, maxChars = 200): string {
  let t = text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  const chars = [...t];
  if (chars.length > maxChars) t = chars.slice(0, maxChars - 1).join('') + '…';
  return t
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
    .replace(/#(?=\w)/g, `#${ZERO_WIDTH_SPACE}`)
    .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}${ZERO_WIDTH_SPACE}.`);
}

/** A login in a code span: shown, never mentioned. */
export function loginCode(login: string): string {
  return `\`${login}\``;
}

/** A cell of a markdown table built by us (ids, logins, times): only the pipe needs escaping. */
export function tableCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
