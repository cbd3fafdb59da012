// A real SMTP server in-process (smtp-server) for tests: STARTTLS or implicit TLS with a fresh self-signed
// certificate, optional logins, scripted refusals, and every message it accepts kept raw and parsed back
// with mailparser.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import type { ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { SMTPServerAddress } from 'smtp-server';

export interface TestCertificate {
  key: string;
  cert: string;
}

let certificate: TestCertificate | undefined;

/**
 * A self-signed certificate for localhost and 127.0.0.1, valid two days, made once per test process with
 * the openssl command (Debian's openssl package; ca-certificates depends on it).
 */
export function selfSignedCertificate(): TestCertificate {
  if (certificate) return certificate;
  const dir = mkdtempSync(join(tmpdir(), 'psrt-smtp-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-days',
        '2',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost,IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    certificate = {
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
    };
    return certificate;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface ReceivedMessage {
  envelope: { from: string; to: string[] };
  /** The DATA as received (CRLF line ends, dot-unstuffed). */
  raw: string;
  parsed: ParsedMail;
  /** Whether the session was encrypted when the message came. */
  secure: boolean;
  /** The login used, if any. */
  user?: string;
}

export interface SmtpServerOptions {
  /**
   * 'starttls' (default): plain connection upgraded by STARTTLS; 'tls': TLS from the first byte;
   * 'plain': no TLS offered at all.
   */
  mode?: 'starttls' | 'tls' | 'plain';
  /** Accepted logins (user → password); without it no login is needed (and none is refused). */
  users?: Record<string, string>;
  /** Answer DATA with this error (e.g. 554) instead of accepting the message. */
  refuseData?: { code: number; message: string };
  /** Refuse these recipients at RCPT TO. */
  refuseRecipients?: string[];
}

export interface SmtpTestServer {
  port: number;
  /** The server's certificate (PEM): trust it to connect. */
  certificate: string;
  messages: ReceivedMessage[];
  /** An SMTP_URL for this server (127.0.0.1), with a login when given. */
  url(login?: { user: string; password: string }): string;
  close(): Promise<void>;
}

function addressOf(a: SMTPServerAddress | false): string {
  return a ? a.address : '';
}

/** Start a server on 127.0.0.1 (a free port); close it in afterAll/afterEach. */
export async function startSmtpServer(options: SmtpServerOptions = {}): Promise<SmtpTestServer> {
  const { key, cert } = selfSignedCertificate();
  const secure = options.mode === 'tls';
  const messages: ReceivedMessage[] = [];
  const users = options.users;
  const server = new SMTPServer({
    secure,
    key,
    cert,
    hideSTARTTLS: options.mode === 'plain',
    allowInsecureAuth: options.mode === 'plain',
    logger: false,
    authOptional: users === undefined,
    disabledCommands: [...(users === undefined ? ['AUTH'] : []), ...(options.mode === 'plain' ? ['STARTTLS'] : [])],
    onAuth(auth, _session, callback) {
      if (users && auth.username !== undefined && users[auth.username] === auth.password) {
        callback(null, { user: auth.username });
      } else {
        callback(Object.assign(new Error('Authentication credentials invalid'), { responseCode: 535 }));
      }
    },
    onRcptTo(address, _session, callback) {
      if (options.refuseRecipients?.includes(address.address)) {
        callback(Object.assign(new Error(`<${address.address}>: Recipient address rejected`), { responseCode: 550 }));
      } else {
        callback();
      }
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (options.refuseData) {
          callback(Object.assign(new Error(options.refuseData.message), { responseCode: options.refuseData.code }));
          return;
        }
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then(
          (parsed) => {
            messages.push({
              envelope: {
                from: addressOf(session.envelope.mailFrom),
                to: session.envelope.rcptTo.map((r) => r.address),
              },
              raw: raw.toString('utf8'),
              parsed,
              secure: session.secure,
              ...(typeof session.user === 'string' ? { user: session.user } : {}),
            });
            callback();
          },
          (err: unknown) => callback(err instanceof Error ? err : new Error(String(err))),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    certificate: cert,
    messages,
    url(login) {
      const credentials = login ? `${encodeURIComponent(login.user)}:${encodeURIComponent(login.password)}@` : '';
      return `${secure ? 'smtps' : 'smtp'}://${credentials}127.0.0.1:${port}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port on 127.0.0.1 where nothing listens (opened and closed again), for connection-refused tests. */
export async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
