// What every action entry shares, written once over the runner's side of an action (`ActionIo`): the
// logger, annotations, the job summary, inputs and the one error boundary that turns anything thrown
// into a readable failure (never a stack trace). Two implementations of ActionIo exist: @actions/core
// (action-runtime.ts, for the actions that talk to GitHub) and workflow-commands.ts (no dependencies,
// for actions that make no request and must start fast).
import type { Diagnostic } from '../domain/findings.js';
import { UserError, errorMessage } from '../errors.js';
import type { JobContext, Logger } from '../jobs/context.js';
import { sourceMappedStack } from './stack-trace.js';

/** Where an annotation points; the runner shows it on that file and line. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

/** The runner's side of an action, with @actions/core's names and behaviour. */
export interface ActionIo {
  /** INPUT_<NAME>, trimmed; '' when unset (or an error when required). */
  getInput: (name: string, options?: { required?: boolean }) => string;
  setOutput: (name: string, value: string) => void;
  /** Masks the value in every later log line. */
  setSecret: (secret: string) => void;
  info: (message: string) => void;
  debug: (message: string) => void;
  /** Step debug logging is on (ACTIONS_STEP_DEBUG, seen by the action as RUNNER_DEBUG=1). */
  isDebug: () => boolean;
  warning: (message: string, properties?: AnnotationProperties) => void;
  error: (message: string, properties?: AnnotationProperties) => void;
  /** Logs the message as an error and makes the step fail (exit code 1). */
  setFailed: (message: string) => void;
  /** Appends markdown and a line end to the job summary (GITHUB_STEP_SUMMARY, which must be set). */
  appendSummary: (markdown: string) => Promise<void>;
}

export interface ActionRuntime {
  io: ActionIo;
  logger: Logger;
  context: () => JobContext;
  /** Each diagnostic becomes an annotation on its file and line (`::error file=…,line=…,col=…`). */
  annotate: (diagnostics: readonly Diagnostic[]) => void;
  /** The job summary; outside a runner (a local `node dist/index.js`) there is no summary file: printed instead. */
  writeSummary: (markdown: string) => Promise<void>;
  /** Inputs with a value, or the default: '' counts as unset, as in GitHub's own actions. */
  input: (name: string, fallback: string) => string;
  /**
   * A yes/no input: true, True, TRUE, false, False or FALSE (YAML 1.2's booleans, as @actions/core's
   * getBooleanInput takes them), the default when unset; anything else is an error, never a guess, so
   * "dry-run: yes" cannot quietly write.
   */
  flag: (name: string, fallback: boolean) => boolean;
  /** The single error boundary of an action: failures set the step failed, with a message that says what to change. */
  runAction: (body: () => Promise<void>) => Promise<void>;
}

export function createActionRuntime(io: ActionIo): ActionRuntime {
  const logger: Logger = {
    info: (m) => io.info(m),
    warning: (m) => io.warning(m),
    error: (m) => io.error(m),
    debug: (m) => io.debug(m),
  };
  return {
    io,
    logger,
    context: () => ({ log: logger, now: () => new Date() }),
    annotate: (diagnostics) => {
      for (const d of diagnostics) {
        const properties = { title: d.rule, file: d.file, startLine: d.line, startColumn: d.column };
        if (d.severity === 'error') io.error(d.message, properties);
        else io.warning(d.message, properties);
      }
    },
    writeSummary: async (markdown) => {
      if (!process.env.GITHUB_STEP_SUMMARY) {
        io.info(markdown);
        return;
      }
      await io.appendSummary(markdown);
    },
    input: (name, fallback) => {
      const value = io.getInput(name);
      return value === '' ? fallback : value;
    },
    flag: (name, fallback) => {
      const value = io.getInput(name);
      if (value === '') return fallback;
      if (['true', 'True', 'TRUE'].includes(value)) return true;
      if (['false', 'False', 'FALSE'].includes(value)) return false;
      throw new UserError(`the ${name} input must be true or false, not "${value}".`);
    },
    runAction: async (body) => {
      try {
        await body();
      } catch (err) {
        if (err instanceof UserError) {
          io.setFailed(err.message);
          return;
        }
        io.setFailed(
          `psrt-ops failed unexpectedly: ${errorMessage(err)}. Re-run with ACTIONS_STEP_DEBUG=true for details, and report it if it persists.`,
        );
        // With step debug on, the stack names TypeScript files and lines (from the bundle's source maps).
        if (err instanceof Error && err.stack) io.debug(io.isDebug() ? sourceMappedStack(err.stack) : err.stack);
      }
    },
  };
}
