/** A real SMTP server in the test process (plain, no TLS) that keeps what the API sends it. */
import { AddressInfo } from 'node:net';

import { SMTPServer } from 'smtp-server';

import { suiteHandle } from './suite';

/** The domain of the API's sender address in tests; Message-IDs end in it. */
export const MAIL_DOMAIN = 'example.no';

export interface ReceivedMail {
  readonly recipients: readonly string[];
  /** The Message-ID header, with its angle brackets. */
  readonly messageId: string;
  /** Headers unfolded and decoded, body decoded (quoted-printable or base64): what a person would read. */
  readonly text: string;
}

export interface TestSmtpServer {
  readonly port: number;
  /** Every message accepted, in order. */
  readonly received: ReceivedMail[];
  /** Refuses the next `count` messages with a temporary error (451); 0 accepts again. */
  refuseNext(count: number): void;
  /** The API's configuration for sending through this server. */
  appEnv(): Record<string, string>;
  close(): Promise<void>;
}

function quotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

function unfoldedHeaders(raw: string): string {
  return raw.slice(0, raw.indexOf('\r\n\r\n')).replace(/\r\n[ \t]+/g, ' ');
}

/** A received message as text: RFC 2047 words in the headers and the body's transfer encoding undone. */
function readable(raw: string): string {
  const headers = unfoldedHeaders(raw)
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_match, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : quotedPrintable(text.replace(/_/g, ' ')),
    );
  const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
  const decoded = /content-transfer-encoding:\s*base64/i.test(headers)
    ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
    : quotedPrintable(body);
  return `${headers}\n\n${decoded}`;
}

export async function startSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  let refuse = 0;
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (refuse > 0) {
          refuse -= 1;
          callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
          return;
        }
        const raw = Buffer.concat(chunks).toString('latin1');
        received.push({
          recipients: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          messageId: /^message-id:\s*(\S+)/im.exec(unfoldedHeaders(raw))?.[1] ?? '(none)',
          text: readable(raw),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    refuseNext: (count) => {
      refuse = count;
    },
    appEnv: () => ({
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      MAIL_FROM: `Samarbeid <ikke-svar@${MAIL_DOMAIN}>`,
    }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The SMTP server of the surrounding describe block: started before its tests (register it before the app that
 * sends through it) and closed after them.
 */
export function useSmtpServer(): TestSmtpServer {
  return suiteHandle('The SMTP server', startSmtpServer, (smtp) => smtp.close());
}
