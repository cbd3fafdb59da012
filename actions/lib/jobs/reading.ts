// One place that turns a failed read into the message a person sees: what was being read, what
// happened (by status and network error, never by the answer's text), and that nothing was changed.
import { RequestError } from '@octokit/request-error';
import { describeFailure, MalformedResponseError, networkFailureOf } from '../clients/github/failures.js';
import { MailmanError } from '../clients/mailman.js';
import { UserError, errorMessage } from '../errors.js';

/** Why a read failed, for people. */
export function describeReadError(err: unknown): string {
  if (err instanceof RequestError || err instanceof MalformedResponseError || networkFailureOf(err))
    return describeFailure(err);
  if (err instanceof MailmanError) return err.message;
  return errorMessage(err);
}

/** Wrap a read so a failure names what was being read and says that nothing was changed. */
export async function reading<T>(what: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`could not read ${what}: ${describeReadError(err)}. Nothing was changed.`);
  }
}
