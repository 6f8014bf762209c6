import { describe, expect, it } from '@jest/globals';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

import { apiErrorMessage, fieldErrorMessage, toApiError } from './api-error';

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

  it('keeps the fields of a validation error and the allowed next statuses', () => {
    const validation = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'Tittelen må ha 1–300 tegn.',
          extensions: {
            code: 'BAD_USER_INPUT',
            messageEn: 'The title must have 1–300 characters.',
            fields: [{ field: 'title', message: 'Tittelen må ha 1–300 tegn.' }, { field: 42 }],
          },
        },
      ],
    });
    expect(toApiError(validation)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'title', message: 'Tittelen må ha 1–300 tegn.' }],
    });
    expect(toApiError(validation).fields?.[0]).not.toHaveProperty('messageEn');

    const transition = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'Et tiltak kan ikke gå fra foreslått til fullført.',
          extensions: { code: 'BAD_USER_INPUT', allowedNext: ['UNDER_ASSESSMENT', 'REJECTED', 'PAUSED'] },
        },
      ],
    });
    const error = toApiError(transition);
    expect(error.allowedNext).toEqual(['UNDER_ASSESSMENT', 'REJECTED', 'PAUSED']);
    expect(error.fields).toBeUndefined();
  });

  it("keeps each field's English sentence and picks the sentence for the language", () => {
    const validation = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'Verdien må være et tall.',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              {
                field: 'goals.0.indicators.0.baselineValue',
                message: 'Verdien må være et tall.',
                messageEn: 'The value must be a number.',
              },
              { field: 'title', message: 'Skriv en tittel.', messageEn: '  ' },
            ],
          },
        },
      ],
    });
    const [value, title] = toApiError(validation).fields ?? [];
    expect(value).toEqual({
      field: 'goals.0.indicators.0.baselineValue',
      message: 'Verdien må være et tall.',
      messageEn: 'The value must be a number.',
    });
    expect(fieldErrorMessage(value, 'en')).toBe('The value must be a number.');
    expect(fieldErrorMessage(value, 'nb')).toBe('Verdien må være et tall.');
    // A blank English sentence is left out: English falls back to the Norwegian one.
    expect(title).toEqual({ field: 'title', message: 'Skriv en tittel.' });
    expect(fieldErrorMessage(title, 'en')).toBe('Skriv en tittel.');
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
