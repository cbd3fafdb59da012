// Entry-side wiring shared by the CLI and the actions: which Mailman to talk to, from the
// environment (MAILMAN_REST_URL overrides the URL in policy.yaml; user and password are secrets).
import { MailmanClient } from '../clients/mailman.js';
import type { MailmanFor } from '../jobs/reconcile/read.js';

export interface MailmanEnv {
  url?: string;
  user?: string;
  password?: string;
}

export function mailmanEnv(env: Readonly<Record<string, string | undefined>>): MailmanEnv {
  return {
    ...(env.MAILMAN_REST_URL ? { url: env.MAILMAN_REST_URL } : {}),
    ...(env.MAILMAN_REST_USER ? { user: env.MAILMAN_REST_USER } : {}),
    ...(env.MAILMAN_REST_PASSWORD ? { password: env.MAILMAN_REST_PASSWORD } : {}),
  };
}

/** One client per REST URL; none at all without credentials (the plan then says lists are skipped). */
export function mailmanFor(settings: MailmanEnv, fetchImpl?: typeof fetch): MailmanFor {
  const clients = new Map<string, MailmanClient>();
  return (restUrl) => {
    if (!settings.user || !settings.password) return undefined;
    const url = settings.url ?? restUrl;
    let client = clients.get(url);
    if (!client) {
      client = new MailmanClient({
        url,
        user: settings.user,
        password: settings.password,
        ...(fetchImpl ? { fetch: fetchImpl } : {}),
      });
      clients.set(url, client);
    }
    return client;
  };
}
