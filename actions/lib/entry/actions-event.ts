// The workflow run's event, as the runner describes it: GITHUB_EVENT_NAME, GITHUB_REPOSITORY and the
// payload file at GITHUB_EVENT_PATH. (@actions/github's `context` reads the same three, but importing
// it brings Octokit's map of every REST route into the bundle.)
import { readFileSync } from 'node:fs';

export interface ActionsEvent {
  name: string;
  /** owner/name of the repository the workflow runs in. */
  repository: string;
  /** The pull request's number, on pull_request and pull_request_review events. */
  pullRequest?: number;
}

export function actionsEvent(env: Readonly<Record<string, string | undefined>>): ActionsEvent {
  let payload: { pull_request?: { number?: unknown } } = {};
  const path = env.GITHUB_EVENT_PATH;
  if (path) {
    try {
      payload = JSON.parse(readFileSync(path, 'utf8')) as typeof payload;
    } catch {
      // No payload file (a run outside Actions): the event carries no pull request.
    }
  }
  const number = payload.pull_request?.number;
  return {
    name: env.GITHUB_EVENT_NAME ?? '',
    repository: env.GITHUB_REPOSITORY ?? '',
    ...(typeof number === 'number' && Number.isInteger(number) ? { pullRequest: number } : {}),
  };
}
