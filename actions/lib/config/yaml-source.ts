// Bounded YAML parsing with positions. Every config file goes through here: a size limit before
// parsing, a strict UTF-8 decode, duplicate keys as errors, a bound on alias expansion, and a way
// to turn a data path back into a line and column.
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Document, Node } from 'yaml';
import type { DataPath, Diagnostic } from '../domain/findings.js';

export interface YamlLimits {
  maxBytes: number;
  maxAliasCount: number;
}

export const DEFAULT_LIMITS: YamlLimits = { maxBytes: 1024 * 1024, maxAliasCount: 50 };

export interface YamlSource {
  file: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  data: unknown;
}

export interface Position {
  line: number;
  column: number;
}

function diag(file: string, rule: string, message: string, pos: Position = { line: 1, column: 1 }): Diagnostic {
  return { rule, severity: 'error', file, line: pos.line, column: pos.column, message };
}

/** Decode bytes as UTF-8, refusing invalid sequences rather than guessing. */
export function decodeUtf8(
  file: string,
  bytes: Uint8Array,
  limits: YamlLimits = DEFAULT_LIMITS,
  size = bytes.byteLength,
): { text?: string; diagnostics: Diagnostic[] } {
  if (size > limits.maxBytes || bytes.byteLength > limits.maxBytes) {
    return {
      diagnostics: [
        diag(
          file,
          'file-too-large',
          `the file is ${Math.max(size, bytes.byteLength)} bytes; the limit is ${limits.maxBytes} bytes. A roster or policy this large is not a real one: check what was committed.`,
        ),
      ],
    };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.startsWith('\uFEFF') ? text.slice(1) : text, diagnostics: [] };
  } catch {
    return { diagnostics: [diag(file, 'encoding', 'the file is not valid UTF-8: save it as UTF-8.')] };
  }
}

const YAML_RULES: Record<string, string> = {
  DUPLICATE_KEY: 'duplicate-key',
  TAB_AS_INDENT: 'tab-indent',
};

/** Whether YAML allows the character in a stream: tab, line breaks, NEL and printable text. */
function printable(code: number): boolean {
  if (code === 0x09 || code === 0x0a || code === 0x0d || code === 0x85) return true;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return false;
  return code !== 0xfffe && code !== 0xffff;
}

function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** A raw control character (NUL, escape…): YAML forbids them, and some readers silently drop them. */
function controlCharacter(file: string, text: string): Diagnostic | undefined {
  let at = -1;
  for (let i = 0; i < text.length; i++) {
    if (!printable(text.charCodeAt(i))) {
      at = i;
      break;
    }
  }
  if (at < 0) return undefined;
  const code = text.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0');
  return diag(
    file,
    'control-character',
    `the file holds the control character U+${code}, which YAML does not allow: remove it (an editor that shows invisible characters helps).`,
    positionAt(text, at),
  );
}

/**
 * YAML features that change what a value means without showing it: explicit tags (`!!js/function`,
 * `!admin`: unknown ones are silently dropped) and a %YAML directive other than 1.2 (under 1.1,
 * `0b1010` is the number 10 and `no` is false).
 */
function hiddenMeaning(file: string, doc: Document.Parsed, lineCounter: LineCounter, text: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const version = doc.directives?.yaml;
  if (version?.explicit && version.version !== '1.2') {
    const at = /^%YAML/m.exec(text)?.index ?? 0;
    out.push(
      diag(
        file,
        'yaml-version',
        `the file asks for YAML ${version.version} (%YAML directive): these files are read as YAML 1.2 only; remove the directive.`,
        positionAt(text, at),
      ),
    );
  }
  visit(doc, {
    Node(_key, node) {
      if (!node.tag) return;
      // The tag is the token just before the value: point at its start.
      let at = (node.range?.[0] ?? 0) - 1;
      while (at >= 0 && (text[at] === ' ' || text[at] === '\t')) at--;
      while (at >= 0 && !/[\s[{,]/.test(text[at]!)) at--;
      const p = lineCounter.linePos(at + 1);
      out.push(
        diag(
          file,
          'yaml-tag',
          `the YAML tag ${node.tag.replace(/^tag:yaml\.org,2002:/, '!!')} is not allowed here: these files hold plain values (write the value without the tag, quoted if it must stay text).`,
          { line: p.line, column: p.col },
        ),
      );
    },
  });
  return out;
}

export function parseYaml(
  file: string,
  text: string,
  limits: YamlLimits = DEFAULT_LIMITS,
): { source?: YamlSource; diagnostics: Diagnostic[] } {
  if (Buffer.byteLength(text, 'utf8') > limits.maxBytes) {
    return decodeUtf8(file, Buffer.from(text, 'utf8'), limits);
  }
  const control = controlCharacter(file, text);
  if (control) return { diagnostics: [control] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    version: '1.2',
    keepSourceTokens: false,
  });
  // After a syntax error the rest of the parse is guesswork: report the first error only, except
  // duplicate keys, which are each real.
  const errors = doc.errors.every((e) => e.code === 'DUPLICATE_KEY') ? doc.errors : doc.errors.slice(0, 1);
  const diagnostics: Diagnostic[] = errors.map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    const first = e.message.split('\n')[0] ?? e.message;
    const message = /multiple documents/i.test(first)
      ? 'the file holds more than one YAML document (a second "---"); keep one'
      : first;
    const rule = YAML_RULES[e.code] ?? 'yaml-syntax';
    const hint =
      rule === 'tab-indent'
        ? ' YAML indentation must use spaces.'
        : rule === 'duplicate-key'
          ? ' Each key may appear once in a mapping.'
          : '';
    return diag(file, rule, `${message}.${hint}`.replace(/\.\./, '.'), { line: pos.line, column: pos.col });
  });
  if (diagnostics.length > 0) return { diagnostics };
  const hidden = hiddenMeaning(file, doc, lineCounter, text);
  if (hidden.length > 0) return { diagnostics: hidden };
  if (doc.contents === null || (isScalar(doc.contents) && (doc.contents.value === null || doc.contents.value === ''))) {
    return { diagnostics: [diag(file, 'empty-file', 'the file has no content: it must be a YAML mapping.')] };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (err) {
    const pos = firstAliasPosition(doc, lineCounter) ?? { line: 1, column: 1 };
    const reason = err instanceof Error ? err.message : String(err);
    return {
      diagnostics: [
        diag(
          file,
          'alias-limit',
          `YAML aliases expand too far (more than ${limits.maxAliasCount} expansions): ${reason}. Write the values out instead of using anchors.`,
          pos,
        ),
      ],
    };
  }
  return { source: { file, text, doc, lineCounter, data }, diagnostics: [] };
}

function firstAliasPosition(doc: Document.Parsed, lineCounter: LineCounter): Position | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  if (offset === undefined) return undefined;
  const p = lineCounter.linePos(offset);
  return { line: p.line, column: p.col };
}

function positionOf(source: YamlSource, node: Node | null | undefined): Position | undefined {
  const offset = node?.range?.[0];
  if (offset === undefined) return undefined;
  const p = source.lineCounter.linePos(offset);
  return { line: p.line, column: p.col };
}

/**
 * The line and column of a data path: the value by default, or the key with at = 'key'. A path
 * that does not exist resolves to its deepest existing ancestor (a missing key points at its map).
 */
export function locate(source: YamlSource, path: DataPath, at: 'key' | 'value' = 'value'): Position {
  let node: unknown = source.doc.contents;
  let best = positionOf(source, source.doc.contents as Node) ?? { line: 1, column: 1 };
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return best;
      const keyPos = positionOf(source, pair.key as Node);
      if (last && at === 'key' && keyPos) return keyPos;
      const valuePos = positionOf(source, pair.value as Node);
      best = (last ? valuePos : undefined) ?? keyPos ?? best;
      if (!last && keyPos) best = keyPos;
      node = pair.value;
      if (last) return valuePos ?? keyPos ?? best;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      const pos = positionOf(source, item as Node);
      if (!pos) return best;
      best = pos;
      node = item;
    } else {
      return best;
    }
  }
  return best;
}
