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

/**
 * Every form of the Mailman secrets a log line could show, to mask before anything runs: the user, the
 * password, the URL (as given and without its trailing slash), and any user or password inside the
 * URL itself (raw and percent-decoded), which the client refuses but an error message could echo.
 */
export function mailmanSecrets(settings: MailmanEnv): string[] {
  const out = new Set<string>();
  const add = (v: string | undefined) => {
    if (v && v.trim() !== '') out.add(v);
  };
  add(settings.user);
  add(settings.password);
  if (settings.url) {
    add(settings.url);
    add(settings.url.replace(/\/+$/, ''));
    try {
      const url = new URL(settings.url);
      for (const part of [url.username, url.password]) {
        add(part);
        try {
          add(decodeURIComponent(part));
        } catch {
          // not percent-encoded text: the raw form is masked
        }
      }
    } catch {
      // not a URL: masked as given
    }
  }
  return [...out];
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
