// JSON Schema validation of members.yaml and policy.yaml (2020-12), with Ajv's errors turned into
// findings that name a rule and say what to change. The validators are compiled from the schemas at
// build time (.ci/compile-schemas.mjs, listed in .ci/schemas.json): nothing is compiled at start-up.
import type { ErrorObject } from 'ajv';
import type { ConfigFile, Finding } from '../domain/findings.js';
import { describePath } from '../domain/findings.js';
import { ROLES } from '../domain/roster.js';
import validateMembers from './generated/members.validate.cjs';
import validatePolicy from './generated/policy.validate.cjs';
import validateReport from './generated/report.validate.cjs';

const VALIDATORS: Record<ConfigFile, typeof validateMembers> = {
  members: validateMembers,
  policy: validatePolicy,
  report: validateReport,
};

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

function closest(word: string, options: string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const option of options) {
    const d = distance(word.toLowerCase(), option.toLowerCase());
    if (d < bestScore) [best, bestScore] = [option, d];
  }
  return bestScore <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function nonAsciiDetail(value: unknown): string {
  if (typeof value !== 'string') return '';
  const odd = [...value].find((ch) => ch.codePointAt(0)! > 0x7e);
  if (!odd) return '';
  const code = odd.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return ` It contains U+${code} ("${odd}"), which is not ASCII: a look-alike of a Latin letter is not the same login.`;
}

const DATE_KEYS = new Set(['joined', 'left', 'away_until', 'until']);

function toFinding(file: ConfigFile, e: ErrorObject): Finding {
  const path = pointerToPath(e.instancePath);
  const where = describePath(path);
  const last = path[path.length - 1];
  const base = { severity: 'error' as const, file };
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const guess = closest(key, allowed);
      return {
        ...base,
        rule: 'unknown-key',
        path: [...path, key],
        at: 'key',
        message: `unknown key "${key}" in ${where}.${guess ? ` Did you mean "${guess}"?` : ''} Allowed keys: ${allowed.join(', ')}.`,
      };
    }
    case 'required': {
      const key = String((e.params as { missingProperty: string }).missingProperty);
      return {
        ...base,
        rule: 'missing-key',
        path,
        at: 'value',
        message: `${where} is missing the required key "${key}".`,
      };
    }
    case 'type':
      return {
        ...base,
        rule: 'wrong-type',
        path,
        message: `${where} must be ${String((e.params as { type: string }).type)}, not ${typeName(e.data)}.`,
      };
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
      if (path.includes('roles')) {
        return {
          ...base,
          rule: 'unknown-role',
          path,
          message: `unknown role ${JSON.stringify(e.data)} at ${where}: roles are ${ROLES.join(', ')}.`,
        };
      }
      return {
        ...base,
        rule: 'schema',
        path,
        message: `${where} is ${JSON.stringify(e.data)}; allowed: ${allowed.join(', ')}.`,
      };
    }
    case 'pattern': {
      if (last === 'login') {
        return {
          ...base,
          rule: 'login-format',
          path,
          message: `${where} ${JSON.stringify(e.data)} is not a GitHub login (ASCII letters, digits and single inner hyphens, at most 39).${nonAsciiDetail(e.data)}`,
        };
      }
      if (path[0] === 'covered_repos' || last === 'ops_repo') {
        return {
          ...base,
          rule: 'repo-format',
          path,
          message: `${where} ${JSON.stringify(e.data)} is not a repository as owner/name (e.g. python/cpython).`,
        };
      }
      if (typeof last === 'string' && DATE_KEYS.has(last)) {
        return {
          ...base,
          rule: 'date-format',
          path,
          message: `${where} ${JSON.stringify(e.data)} is not a date as YYYY-MM-DD.`,
        };
      }
      if (last === 'rest_url') {
        // Not echoed: a malformed URL may still hold a password.
        return {
          ...base,
          rule: 'schema',
          path,
          message: `${where} is not an http:// or https:// URL (e.g. http://localhost:8001/3.1).`,
        };
      }
      if (last === 'name' || last === 'reason') {
        return {
          ...base,
          rule: 'control-character',
          path,
          message: `${where} ${JSON.stringify(e.data)} holds a control character or starts or ends with a space: write the text plainly.`,
        };
      }
      if (last === 'email' || last === 'address' || last === 'to') {
        return {
          ...base,
          rule: 'email-format',
          path,
          message: `${where} ${JSON.stringify(e.data)} is not one email address (name@domain, no comma, semicolon, space or quote).`,
        };
      }
      return {
        ...base,
        rule: 'schema',
        path,
        message: `${where} ${JSON.stringify(e.data)} does not have the expected form (${e.message ?? 'pattern'}).`,
      };
    }
    case 'maximum':
    case 'minimum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      if (last === 'id') {
        return {
          ...base,
          rule: 'id-range',
          path,
          message: `${where} ${String(e.data)} is not a GitHub id: ids are whole numbers from 1 to 9007199254740991 (2^53 - 1); a larger number cannot even be read exactly.`,
        };
      }
      const bound = (e.params as { limit: number }).limit;
      const hint =
        last === 'min_admins'
          ? ' PEP 811 asks for at least two admins.'
          : last === 'max_removal_share'
            ? ' It is a share from 0 (no removal without an override) to 1.'
            : '';
      return {
        ...base,
        rule: 'out-of-range',
        path,
        message: `${where} is ${String(e.data)}; it must be ${(e.params as { comparison: string }).comparison} ${bound}.${hint}`,
      };
    }
    case 'minLength':
      return { ...base, rule: 'empty-value', path, message: `${where} must not be empty.` };
    case 'uniqueItems':
      return { ...base, rule: 'duplicate-item', path, message: `${where} lists the same value twice.` };
    case 'propertyNames': {
      const name = String((e.params as { propertyName?: string }).propertyName ?? '');
      return {
        ...base,
        rule: 'schema',
        path: [...path, name],
        at: 'key',
        message: `"${name}" is not allowed as a key of ${where}.`,
      };
    }
    default:
      return { ...base, rule: 'schema', path, message: `${where} ${e.message ?? 'is invalid'}.` };
  }
}

export function checkSchema(file: ConfigFile, data: unknown): Finding[] {
  const validate = VALIDATORS[file];
  if (validate(data)) return [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const e of validate.errors ?? []) {
    // propertyNames reports the inner failure too; the outer error says it better.
    if (e.propertyName !== undefined) continue;
    const f = toFinding(file, e);
    // One finding per place: the first error Ajv reports there is the most basic one.
    const key = describePath(f.path);
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(f);
  }
  return findings;
}
