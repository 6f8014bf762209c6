import { AddressInfo } from 'node:net';

import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { SMTPServer } from 'smtp-server';

import { loadConfig } from '../config/app-config';
import { Mailer } from './mailer';

interface Received {
  readonly from: string;
  readonly recipients: readonly string[];
  readonly user: string | undefined;
  readonly raw: string;
}

function configFor(smtpUrl?: string) {
  return loadConfig({
    DATABASE_URL: 'postgres://u:p@localhost:5432/db',
    OIDC_ISSUER_URL: 'http://localhost:8080/realms/samarbeid',
    ...(smtpUrl ? { SMTP_URL: smtpUrl } : {}),
    MAIL_FROM: 'Kongsbergregionen <ikke-svar@kongsbergregionen.no>',
  });
}

/** A real SMTP server in this process: plain text, no STARTTLS, log-in optional but checked when given. */
async function startSmtpServer(): Promise<{ server: SMTPServer; port: number; received: Received[] }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'robot' && auth.password === 'hemmelig') callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          recipients: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          user: typeof session.user === 'string' ? session.user : undefined,
          raw: Buffer.concat(chunks).toString('latin1'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.server.address() as AddressInfo).port, received };
}

async function stop(server: SMTPServer): Promise<void> {
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** Bytes from quoted-printable or base64, read as UTF-8. */
function decodeBody(body: string, encoding: string): string {
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return Buffer.from(body, 'latin1').toString('utf8');
}

/** RFC 2047 encoded words (`=?UTF-8?Q?...?=`, `=?UTF-8?B?...?=`), as nodemailer writes them. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_match, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeBody(text.replace(/_/g, ' '), 'quoted-printable'),
    );
}

/** The headers (unfolded, lower-case names) and decoded text of a single-part message. */
function parseMessage(raw: string): { headers: Map<string, string>; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const headers = new Map<string, string>();
  for (const line of raw
    .slice(0, split)
    .replace(/\r\n[ \t]+/g, ' ')
    .split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), decodeHeader(line.slice(colon + 1).trim()));
  }
  const text = decodeBody(raw.slice(split + 4), headers.get('content-transfer-encoding') ?? '7bit');
  return { headers, text };
}

const approvalRequest = {
  to: ['kommunedirektor@flesberg.kommune.no', 'postmottak@nore-og-uvdal.kommune.no'],
  subject: 'Godkjenning: tjenestekjøpsavtale for byggesak – Nore og Uvdal kjøper av Flesberg',
  text:
    'Avtalen «Byggesaksbehandling» venter på godkjenning fra Flesberg, Nore og Uvdal og Tønsberg.\n' +
    'Særlige vilkår: årlig prisjustering, 6 måneders oppsigelse. Æ Ø Å æ ø å.\n',
};

describe('Mailer', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  const mailers: Mailer[] = [];
  const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  const debug = jest.spyOn(Logger.prototype, 'debug').mockImplementation(() => undefined);

  function mailer(smtpUrl?: string): Mailer {
    const created = new Mailer(configFor(smtpUrl));
    mailers.push(created);
    return created;
  }

  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterEach(() => {
    smtp.received.length = 0;
    warn.mockClear();
    debug.mockClear();
  });
  afterAll(async () => {
    for (const created of mailers) created.onModuleDestroy();
    await stop(smtp.server);
    warn.mockRestore();
    debug.mockRestore();
  });

  it('delivers a plain-text message with Norwegian letters to every recipient, from MAIL_FROM', async () => {
    const outcome = await mailer(`smtp://127.0.0.1:${smtp.port}`).send(approvalRequest);

    expect(outcome).toBe('sent');
    expect(smtp.received).toHaveLength(1);
    const [message] = smtp.received;
    expect(message.from).toBe('ikke-svar@kongsbergregionen.no');
    expect(message.recipients).toEqual(approvalRequest.to);
    const { headers, text } = parseMessage(message.raw);
    expect(headers.get('subject')).toBe(approvalRequest.subject);
    expect(headers.get('from')).toBe('Kongsbergregionen <ikke-svar@kongsbergregionen.no>');
    expect(headers.get('to')).toBe(approvalRequest.to.join(', '));
    expect(headers.get('content-type')).toMatch(/^text\/plain; charset=utf-8/i);
    expect(text.replace(/\r\n/g, '\n')).toBe(approvalRequest.text);
    expect(warn).not.toHaveBeenCalled();
  });

  it('logs in with the user name and password in SMTP_URL', async () => {
    const outcome = await mailer(`smtp://robot:hemmelig@127.0.0.1:${smtp.port}`).send({
      ...approvalRequest,
      to: ['a@tonsberg.kommune.no'],
    });
    expect(outcome).toBe('sent');
    expect(smtp.received.map((message) => message.user)).toEqual(['robot']);
  });

  it('sends once to each address, ignoring blanks', async () => {
    const outcome = await mailer(`smtp://127.0.0.1:${smtp.port}`).send({
      ...approvalRequest,
      to: ['a@flesberg.kommune.no', ' a@flesberg.kommune.no ', '', 'b@flesberg.kommune.no'],
    });
    expect(outcome).toBe('sent');
    expect(smtp.received[0].recipients).toEqual(['a@flesberg.kommune.no', 'b@flesberg.kommune.no']);
  });

  it('skips, with a debug line, when SMTP_URL is not set', async () => {
    await expect(mailer().send(approvalRequest)).resolves.toBe('skipped');
    expect(debug).toHaveBeenCalledWith(expect.stringMatching(/not configured/));
    expect(smtp.received).toHaveLength(0);
  });

  it.each([[[]], [['', '  ']]])('skips when there is nobody to send to (%p)', async (to) => {
    await expect(mailer(`smtp://127.0.0.1:${smtp.port}`).send({ ...approvalRequest, to })).resolves.toBe(
      'skipped',
    );
    expect(debug).toHaveBeenCalledWith(expect.stringMatching(/No recipients/));
    expect(smtp.received).toHaveLength(0);
  });

  it('reports failed, with a warning and without throwing, when the server is down', async () => {
    const down = await startSmtpServer();
    await stop(down.server);

    await expect(mailer(`smtp://127.0.0.1:${down.port}`).send(approvalRequest)).resolves.toBe('failed');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/^Could not send "Godkjenning: .*" to 2 recipient\(s\): /),
    );
  });

  it('reports failed when the server refuses the log-in, without repeating the password', async () => {
    const outcome = await mailer(`smtp://robot:feil-passord@127.0.0.1:${smtp.port}`).send(approvalRequest);
    expect(outcome).toBe('failed');
    expect(smtp.received).toHaveLength(0);
    expect(String(warn.mock.calls[0][0])).not.toContain('feil-passord');
  });

  it("sends the Message-ID it is given, on the sender's domain, so that a receiver can spot a second copy", async () => {
    const sender = mailer(`smtp://127.0.0.1:${smtp.port}`);
    expect(sender.enabled).toBe(true);
    const messageId = sender.messageIdFor('0b6f3a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b');
    expect(messageId).toBe('<0b6f3a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b@kongsbergregionen.no>');
    await expect(sender.deliver({ ...approvalRequest, messageId })).resolves.toBe('sent');
    expect(parseMessage(smtp.received[0].raw).headers.get('message-id')).toBe(messageId);
  });

  it('throws from deliver (for a caller that retries) where send reports failed', async () => {
    const down = await startSmtpServer();
    await stop(down.server);
    await expect(mailer(`smtp://127.0.0.1:${down.port}`).deliver(approvalRequest)).rejects.toThrow();
    expect(warn).not.toHaveBeenCalled();
    expect(mailer().enabled).toBe(false);
    await expect(mailer().deliver(approvalRequest)).resolves.toBe('skipped');
  });
});
