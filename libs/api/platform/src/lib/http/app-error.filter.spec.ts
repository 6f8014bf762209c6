import type { ArgumentsHost } from '@nestjs/common';
import { describe, expect, it } from '@jest/globals';

import { forbidden, unauthenticated } from '../errors/app-error';
import { AppErrorHttpFilter } from './app-error.filter';

function host(
  type: 'http' | 'graphql',
  response?: { status(code: number): unknown; json(body: unknown): void },
) {
  return {
    getType: () => type,
    switchToHttp: () => ({ getResponse: () => response }),
  } as unknown as ArgumentsHost;
}

describe('AppErrorHttpFilter', () => {
  it('hands a refusal in GraphQL back unchanged, for Apollo to answer (and nothing logs it as a fault)', () => {
    const error = unauthenticated();
    expect(new AppErrorHttpFilter().catch(error, host('graphql'))).toBe(error);
  });

  it('answers a refusal on a plain HTTP route with its status and sentences', () => {
    const sent: { status?: number; body?: unknown } = {};
    const response = {
      status(code: number) {
        sent.status = code;
        return response;
      },
      json(body: unknown) {
        sent.body = body;
      },
    };
    new AppErrorHttpFilter().catch(forbidden(), host('http', response));
    expect(sent.status).toBe(403);
    expect(sent.body).toEqual({
      code: 'FORBIDDEN',
      message: 'Du har ikke tilgang til dette.',
      messageEn: 'You do not have access to this.',
    });
  });
});
