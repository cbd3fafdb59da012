// The parts of RFC 5322 / MIME the advisory email needs, written out so the message we show is the message
// we send, byte for byte: dates, mailboxes, RFC 2047 encoded words for non-ASCII headers, header folding
// and quoted-printable bodies.

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An RFC 5322 date in UTC: `Thu, 26 Nov 2026 12:00:00 +0000`. */
export function formatRfc5322Date(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${DAYS[date.getUTCDay()]}, ${two(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ` +
    `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`
  );
}

export interface Mailbox {
  name?: string;
  address: string;
}

// A practical address check (dot-atom local part, a domain with a dot); quoted local parts are not accepted.
const ADDRESS =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;

/** `Name <address>`, `"Name" <address>` or a bare address; undefined when it is none of these. */
export function parseMailbox(text: string): Mailbox | undefined {
  const trimmed = text.trim();
  const angled = /^(.*?)\s*<([^<>\s]+)>$/.exec(trimmed);
  const address = angled ? angled[2]! : trimmed;
  if (!ADDRESS.test(address)) return undefined;
  let name = angled ? angled[1]!.trim() : '';
  if (name.startsWith('"') && name.endsWith('"') && name.length >= 2) name = name.slice(1, -1).replace(/\\(.)/g, '$1');
  return name ? { name, address } : { address };
}

export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * RFC 2047 B-encoded words, never splitting a character. Each is at most 64 characters, so that with a
 * header's name ("Subject: ") or the folding space in front, every line holding one stays within the
 * 76 characters RFC 2047 allows.
 */
export function encodedWords(text: string): string[] {
  const words: string[] = [];
  let chunk = '';
  let bytes = 0;
  for (const ch of text) {
    const size = Buffer.byteLength(ch, 'utf8');
    // 39 bytes → 52 base64 characters → 64 with the `=?UTF-8?B?…?=` wrapper.
    if (bytes + size > 39) {
      words.push(chunk);
      chunk = '';
      bytes = 0;
    }
    chunk += ch;
    bytes += size;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`);
}

/** A mailbox as a header value: non-ASCII display names encoded, others quoted when they need it. */
export function formatMailbox(mailbox: Mailbox): string {
  if (!mailbox.name) return mailbox.address;
  const name = mailbox.name;
  if (!isAscii(name)) return `${encodedWords(name).join(' ')} <${mailbox.address}>`;
  const atoms = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+$/.test(name);
  return `${atoms ? name : `"${name.replace(/(["\\])/g, '\\$1')}"`} <${mailbox.address}>`;
}

/** A mailbox for people to read (no encoding). */
export function displayMailbox(mailbox: Mailbox): string {
  return mailbox.name ? `${mailbox.name} <${mailbox.address}>` : mailbox.address;
}

/**
 * One header field, folded at spaces so lines stay within 76 characters where the words allow (RFC 5322
 * §2.2.3 asks for 78; RFC 2047 for 76 where encoded words are); non-ASCII unstructured values (a Subject)
 * become encoded words.
 */
export function headerField(name: string, value: string, unstructured = false): string {
  const words = unstructured && !isAscii(value) ? encodedWords(value) : value.split(' ');
  const lines: string[] = [];
  let line = `${name}:`;
  for (const word of words) {
    if (line.length + 1 + word.length > 76 && line.trim() !== `${name}:`) {
      lines.push(line);
      line = ` ${word}`;
    } else {
      line += ` ${word}`;
    }
  }
  lines.push(line);
  return lines.join('\r\n');
}

/** Whether a plain-text body can travel as 7bit: ASCII, short lines, no line an MTA would rewrite. */
export function fitsSevenBit(text: string): boolean {
  return isAscii(text) && text.split('\n').every((line) => line.length <= 998 && !line.startsWith('From '));
}

/**
 * Quoted-printable (RFC 2045 §6.7) of UTF-8 text with LF line ends: CRLF line ends out, encoded lines at
 * most 76 characters with soft breaks, an initial "From " protected from mbox munging.
 */
export function encodeQuotedPrintable(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const tokens: string[] = [];
      const bytes = Buffer.from(line, 'utf8');
      bytes.forEach((b, i) => {
        const last = i === bytes.length - 1;
        const literal = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
        const guardFrom = i === 0 && b === 70 && line.startsWith('From ');
        tokens.push(
          literal && !guardFrom ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`,
        );
      });
      const out: string[] = [];
      let current = '';
      for (const token of tokens) {
        if (current.length + token.length > 75) {
          out.push(`${current}=`);
          current = '';
        }
        current += token;
      }
      out.push(current);
      return out.join('\r\n');
    })
    .join('\r\n');
}
