// The repository advisory as GitHub's REST API returns it (GET /repos/{o}/{r}/security-advisories/{ghsa}),
// and the reading of such a file for the offline `psrt cve record --advisory FILE`. Messages about a
// malformed file name fields and types, never values: a draft advisory's text is under embargo.
import type { components } from '@octokit/openapi-types';
import { GHSA_ID } from '../ids.js';

export type RepositoryAdvisory = components['schemas']['repository-advisory'];

export type AdvisoryFileReading = { ok: true; advisory: RepositoryAdvisory } | { ok: false; errors: string[] };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v}`;
}

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/**
 * The offset of the first JSON syntax error, found by walking the grammar: Node 20's JSON.parse
 * messages often carry no position (and quote the text around the error, which may be embargoed).
 */
export function jsonSyntaxErrorOffset(text: string): number | undefined {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const literal = (word: string): void => {
    for (const ch of word) {
      if (text[i] !== ch) fail();
      i++;
    }
  };
  const string = (): void => {
    i++;
    while (i < text.length && text[i] !== '"') {
      const ch = text[i]!;
      if (ch < ' ') fail();
      if (ch === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i++;
    }
    if (text[i] !== '"') fail();
    i++;
  };
  const number = (): void => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m || m[0] === '-') fail();
    i += m![0].length;
  };
  const value = (): void => {
    space();
    const ch = text[i];
    if (ch === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i] !== ':') fail();
        i++;
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    }
    if (ch === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return number();
    fail();
  };
  try {
    value();
    space();
    if (i < text.length) fail();
    return undefined;
  } catch (offset) {
    if (typeof offset === 'number') return offset;
    throw offset;
  }
}

type Check = (value: unknown) => boolean;
const isString: Check = (v) => typeof v === 'string';
const isStringOrNull: Check = (v) => v === null || typeof v === 'string';
const isArrayOrNull: Check = (v) => v === null || Array.isArray(v);

/**
 * Read an advisory file's text into the typed advisory. The fields the CNA desk reads are checked
 * (with their path in the errors); the rest of GitHub's answer is kept as it is.
 */
export function readAdvisoryJson(text: string, fileName: string): AdvisoryFileReading {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
    const offset = jsonSyntaxErrorOffset(text.replace(/^\uFEFF/, ''));
    const place = offset === undefined ? undefined : lineColumn(text.replace(/^\uFEFF/, ''), offset);
    const where = place ? `${fileName}:${place.line}:${place.column}` : fileName;
    return {
      ok: false,
      errors: [
        `${where}: not valid JSON: save the advisory as GitHub's API returns it (gh api repos/OWNER/REPO/security-advisories/GHSA-…)`,
      ],
    };
  }
  const errors: string[] = [];
  const fail = (path: string, expected: string, got: unknown): void => {
    errors.push(`${fileName}: ${path}: expected ${expected}, found ${kindOf(got)}`);
  };
  if (!isObject(data)) {
    return {
      ok: false,
      errors: [
        `${fileName}: expected one advisory (a JSON object, as GET /repos/OWNER/REPO/security-advisories/GHSA-… returns it), found ${kindOf(data)}`,
      ],
    };
  }
  const field = (name: string, check: Check, expected: string, optional = false): void => {
    if (optional && data[name] === undefined) return;
    if (!check(data[name])) fail(name, expected, data[name]);
  };
  field('ghsa_id', isString, 'the GHSA ID (a string)');
  if (typeof data.ghsa_id === 'string' && !GHSA_ID.test(data.ghsa_id))
    errors.push(`${fileName}: ghsa_id: not a GHSA ID (GHSA-xxxx-xxxx-xxxx)`);
  field('cve_id', isStringOrNull, 'a CVE ID or null');
  field('summary', isString, 'a string');
  field('description', isStringOrNull, 'a string or null');
  field('html_url', isString, 'the advisory URL (a string)');
  field('vulnerabilities', isArrayOrNull, 'a list or null');
  field('cwes', isArrayOrNull, 'a list or null');
  field('credits_detailed', isArrayOrNull, 'a list or null');
  field('cvss', (v) => v === null || isObject(v), 'an object or null', true);
  field('cvss_severities', (v) => v === null || isObject(v), 'an object or null', true);

  if (Array.isArray(data.vulnerabilities)) {
    data.vulnerabilities.forEach((v: unknown, i) => {
      const path = `vulnerabilities[${i}]`;
      if (!isObject(v)) return fail(path, 'an object', v);
      if (v.vulnerable_version_range !== undefined && !isStringOrNull(v.vulnerable_version_range))
        fail(`${path}.vulnerable_version_range`, 'a string or null', v.vulnerable_version_range);
      const functions = v.vulnerable_functions;
      if (functions !== undefined && functions !== null) {
        if (!Array.isArray(functions) || !functions.every(isString))
          fail(`${path}.vulnerable_functions`, 'a list of strings or null', functions);
      }
      if (v.package !== undefined && v.package !== null && !isObject(v.package))
        fail(`${path}.package`, 'an object or null', v.package);
    });
  }
  if (Array.isArray(data.cwes)) {
    data.cwes.forEach((c: unknown, i) => {
      if (!isObject(c) || !isString(c.cwe_id)) fail(`cwes[${i}]`, 'an object with cwe_id and name', c);
    });
  }
  if (Array.isArray(data.credits_detailed)) {
    data.credits_detailed.forEach((c: unknown, i) => {
      const path = `credits_detailed[${i}]`;
      if (!isObject(c)) return fail(path, 'an object', c);
      if (!isObject(c.user) || !isString(c.user.login)) fail(`${path}.user.login`, 'a GitHub login', c.user);
      if (!isString(c.type)) fail(`${path}.type`, 'a credit type', c.type);
      if (!isString(c.state)) fail(`${path}.state`, 'accepted, declined or pending', c.state);
    });
  }
  for (const key of ['cvss_v3', 'cvss_v4'] as const) {
    const severities = data.cvss_severities;
    if (!isObject(severities)) continue;
    const entry = severities[key];
    if (entry !== undefined && entry !== null && (!isObject(entry) || !isStringOrNull(entry.vector_string)))
      fail(`cvss_severities.${key}`, 'an object with vector_string', entry);
  }
  if (isObject(data.cvss) && !isStringOrNull(data.cvss.vector_string))
    fail('cvss.vector_string', 'a string or null', data.cvss.vector_string);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, advisory: data as unknown as RepositoryAdvisory };
}

/** owner/name of the advisory's repository, from its URLs, or undefined when neither says. */
export function advisoryRepository(advisory: Pick<RepositoryAdvisory, 'html_url' | 'url'>): string | undefined {
  const html = /^https:\/\/github\.com\/([^/]+)\/([^/]+)\/security\/advisories\//.exec(advisory.html_url ?? '');
  if (html) return `${html[1]}/${html[2]}`;
  const api = /\/repos\/([^/]+)\/([^/]+)\/security-advisories\//.exec(advisory.url ?? '');
  return api ? `${api[1]}/${api[2]}` : undefined;
}
