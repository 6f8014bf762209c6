import type { ArgumentsHost } from '@nestjs/common';
import { describe, expect, it } from '@jest/globals';

import { forbidden, rateLimited, unauthenticated } from '../errors/app-error';
import { AppErrorHttpFilter } from './app-error.filter';

function host(type: 'http' | 'graphql', response?: object) {
  return {
    getType: () => type,
    switchToHttp: () => ({ getResponse: () => response }),
  } as unknown as ArgumentsHost;
}

/** An HTTP response that keeps what the filter sends: status, body and headers (by lower-case name). */
function recordingResponse() {
  const sent: { status?: number; body?: unknown; headers: Record<string, string> } = { headers: {} };
  const response = {
    status(code: number) {
      sent.status = code;
      return response;
    },
    json(body: unknown) {
      sent.body = body;
    },
    setHeader(name: string, value: string) {
      sent.headers[name.toLowerCase()] = value;
    },
  };
  return { sent, response };
}

describe('AppErrorHttpFilter', () => {
  it('hands a refusal in GraphQL back unchanged, for Apollo to answer (and nothing logs it as a fault)', () => {
    const error = unauthenticated();
    expect(new AppErrorHttpFilter().catch(error, host('graphql'))).toBe(error);
  });

  it('answers a refusal on a plain HTTP route with its status and sentences', () => {
    const { sent, response } = recordingResponse();
    new AppErrorHttpFilter().catch(forbidden(), host('http', response));
    expect(sent.status).toBe(403);
    expect(sent.body).toEqual({
      code: 'FORBIDDEN',
      message: 'Du har ikke tilgang til dette.',
      messageEn: 'You do not have access to this.',
    });
  });

  it('answers RATE_LIMITED with 429, Retry-After and the wait in both sentences', () => {
    const { sent, response } = recordingResponse();
    new AppErrorHttpFilter().catch(rateLimited(41.2), host('http', response));
    expect(sent.status).toBe(429);
    expect(sent.headers['retry-after']).toBe('42');
    expect(sent.body).toEqual({
      code: 'RATE_LIMITED',
      message: 'For mange forespørsler. Vent 42 sekunder og prøv igjen.',
      messageEn: 'Too many requests. Wait 42 seconds and try again.',
      retryAfter: 42,
    });
    expect(rateLimited(0.3).message).toBe('For mange forespørsler. Vent 1 sekund og prøv igjen.');
  });
});
