import { describe, expect, it } from '@jest/globals';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

import { apiErrorMessage, toApiError } from './api-error';

function serverError(status: number, body: string): ServerError {
  return new ServerError(`Response not successful: Received status code ${status}`, {
    response: { status } as Response,
    bodyText: body,
  });
}

describe('toApiError', () => {
  it("keeps the API's messages (Norwegian and English) and code from GraphQL errors", () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'Fant ingen region med navnet «x».',
          extensions: { code: 'NOT_FOUND', messageEn: 'No region named «x».' },
        },
      ],
    });
    const apiError = toApiError(error);
    expect(apiError).toEqual({
      code: 'NOT_FOUND',
      message: 'Fant ingen region med navnet «x».',
      messageEn: 'No region named «x».',
      network: false,
    });
    expect(apiErrorMessage(apiError, 'nb')).toBe('Fant ingen region med navnet «x».');
    expect(apiErrorMessage(apiError, 'en')).toBe('No region named «x».');
    expect(apiErrorMessage({ ...apiError, messageEn: undefined }, 'en')).toBe(
      'Fant ingen region med navnet «x».',
    );
  });

  it('reads GraphQL errors from the body of a non-2xx response', () => {
    const body = JSON.stringify({
      errors: [{ message: 'Ugyldig verdi for «first».', extensions: { code: 'BAD_USER_INPUT' } }],
    });
    expect(toApiError(serverError(400, body))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Ugyldig verdi for «first».',
      messageEn: undefined,
      network: false,
    });
  });

  it('maps a bare 401 to UNAUTHENTICATED and a 5xx to a network problem', () => {
    expect(toApiError(serverError(401, ''))).toEqual({
      code: 'UNAUTHENTICATED',
      message: undefined,
      network: false,
    });
    expect(toApiError(serverError(502, '<html>Bad gateway</html>'))).toEqual({
      code: undefined,
      message: undefined,
      messageEn: undefined,
      network: true,
    });
  });

  it('treats anything else (fetch failed, CORS) as a network problem', () => {
    expect(toApiError(new TypeError('Failed to fetch'))).toEqual({
      code: undefined,
      message: undefined,
      messageEn: undefined,
      network: true,
    });
  });
});
