// The runner's side of an action without @actions/core: workflow commands on stdout (`::error …::`,
// `::add-mask::`, `::debug::`), outputs appended to GITHUB_OUTPUT and the summary to
// GITHUB_STEP_SUMMARY, byte for byte as @actions/core writes them (test/unit/workflow-commands.test.ts
// compares the two). @actions/core imports its HTTP client (undici) for OIDC tokens, more than half of
// a bundle that never makes a request; actions that make none use this instead.
import { appendFileSync, constants, existsSync } from 'node:fs';
import { access, appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';
import type { ActionIo, AnnotationProperties } from './action-io.js';

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::name key=value,…::message`, with the runner's escaping; empty properties are left out. */
export function formatWorkflowCommand(
  name: string,
  properties: Readonly<Record<string, string | number | undefined>>,
  message: string,
): string {
  const pairs = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${name}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}`;
}

function issue(name: string, properties: Readonly<Record<string, string | number | undefined>>, message: string): void {
  process.stdout.write(formatWorkflowCommand(name, properties, message) + EOL);
}

/** The runner's property names, in the order @actions/core sends them. */
function annotationProperties(p: AnnotationProperties | undefined): Record<string, string | number | undefined> {
  if (!p) return {};
  return { title: p.title, file: p.file, line: p.startLine, col: p.startColumn };
}

/**
 * A delimiter for a file command: UUID-shaped as @actions/core's, and chosen again while `text` holds it,
 * so no name or value can end early or inject an output, whatever it contains. Math.random, not
 * node:crypto: loading crypto alone costs about 6 ms of an action's start, and the check above is what
 * makes the delimiter safe, not its unpredictability.
 */
export function fileCommandDelimiter(text: string, random: () => number = Math.random): string {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
  for (;;) {
    const variant = '89ab'[Math.floor(random() * 4)]!;
    const delimiter = `ghadelimiter_${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
    if (!text.includes(delimiter)) return delimiter;
  }
}

/** A file command (GITHUB_OUTPUT): `name<<delimiter`, the value, the delimiter, each on its own line. */
function appendKeyValue(variable: string, name: string, value: string): void {
  const path = process.env[variable];
  if (!path) throw new Error(`Unable to find environment variable for file command ${variable.slice(7)}`);
  if (!existsSync(path)) throw new Error(`Missing file at path: ${path}`);
  const delimiter = fileCommandDelimiter(`${name}\n${value}`);
  appendFileSync(path, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

export const workflowCommands: ActionIo = {
  getInput: (name, options) => {
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`);
    return value.trim();
  },
  setOutput: (name, value) => {
    if (process.env.GITHUB_OUTPUT) {
      appendKeyValue('GITHUB_OUTPUT', name, value);
      return;
    }
    process.stdout.write(EOL);
    issue('set-output', { name }, value);
  },
  setSecret: (secret) => issue('add-mask', {}, secret),
  info: (message) => {
    process.stdout.write(message + EOL);
  },
  debug: (message) => issue('debug', {}, message),
  isDebug: () => process.env.RUNNER_DEBUG === '1',
  warning: (message, properties) => issue('warning', annotationProperties(properties), message),
  error: (message, properties) => issue('error', annotationProperties(properties), message),
  setFailed: (message) => {
    process.exitCode = 1;
    issue('error', {}, message);
  },
  appendSummary: async (markdown) => {
    const path = process.env.GITHUB_STEP_SUMMARY;
    if (!path)
      throw new Error(
        'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
      );
    try {
      await access(path, constants.R_OK | constants.W_OK);
    } catch {
      throw new Error(
        `Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`,
      );
    }
    await appendFile(path, markdown + EOL, { encoding: 'utf8' });
  },
};
