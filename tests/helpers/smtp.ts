// A local SMTP server for the tests, the benchmark and the e2e specs: smtp-server (by Nodemailer's
// authors, the same protocol code Nodemailer is tested against) on 127.0.0.1 at a free port, with no TLS
// and no authentication, that parses every message it receives with mailparser and keeps it. Nothing
// leaves the machine. `url` is what MARSAD_SMTP_URL takes.
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** The envelope's recipients (RCPT TO), lowercased. */
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  /** Header names lowercased; a repeated header keeps its last value. */
  headers: Record<string, string>;
  /** The message as it arrived, unparsed. */
  raw: string;
  receivedAt: number;
}

export interface LocalSmtp {
  port: number;
  /** smtp://127.0.0.1:<port> */
  url: string;
  readonly mails: ReceivedMail[];
  /** Resolves with the first mail (already received or still to come) that `match` accepts. */
  waitFor(match: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  /** From now on, refuse every message with this SMTP code (a mail server that is down or full); null accepts again. */
  refuseWith(code: number | null): void;
  close(): Promise<void>;
}

function headerText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object' && 'text' in value) return String((value as AddressObject).text);
  if (value && typeof value === 'object' && 'value' in value) {
    const v = value as { value: string; params?: Record<string, string> };
    return [v.value, ...Object.entries(v.params ?? {}).map(([k, p]) => `${k}=${p}`)].join('; ');
  }
  return JSON.stringify(value);
}

export async function startLocalSmtp(options: { port?: number } = {}): Promise<LocalSmtp> {
  const mails: ReceivedMail[] = [];
  const waiters = new Set<{ match: (m: ReceivedMail) => boolean; resolve: (m: ReceivedMail) => void }>();
  let refuse: number | null = null;

  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    size: 5 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (refuse !== null) return callback(Object.assign(new Error('refused by the test'), { responseCode: refuse }));
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then(
          (parsed) => {
            const headers: Record<string, string> = {};
            for (const [name, value] of parsed.headers) headers[name.toLowerCase()] = headerText(value);
            // mailparser folds List-* headers into `list`: keep the raw lines for RFC 8058's two headers.
            for (const line of parsed.headerLines) headers[line.key.toLowerCase()] = line.line.slice(line.line.indexOf(':') + 1).trim();
            const mail: ReceivedMail = {
              to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              headers,
              raw: raw.toString('utf8'),
              receivedAt: Date.now(),
            };
            mails.push(mail);
            for (const w of [...waiters]) if (w.match(mail)) (waiters.delete(w), w.resolve(mail));
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });

  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    mails,
    waitFor(match, timeoutMs = 10_000) {
      const found = mails.find(match);
      if (found) return Promise.resolve(found);
      return new Promise<ReceivedMail>((resolve, reject) => {
        const waiter = { match, resolve: (m: ReceivedMail) => (clearTimeout(timer), resolve(m)) };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`no matching mail within ${timeoutMs} ms (${mails.length} received)`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    refuseWith(code) {
      refuse = code;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link in a mail's plain-text part whose path contains `part` (a confirmation or unsubscribe link). */
export function linkIn(mail: Pick<ReceivedMail, 'text'>, part: string): string | null {
  for (const m of mail.text.matchAll(/https?:\/\/\S+/g)) if (m[0].includes(part)) return m[0].replace(/[>.,)]+$/, '');
  return null;
}
