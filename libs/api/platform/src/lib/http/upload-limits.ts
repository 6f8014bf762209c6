import type { IncomingMessage, ServerResponse } from 'node:http';

import { AppError, badUserInput, ErrorCode, ErrorText } from '../errors/app-error';

/** The largest file a person may upload (the benefit-plan import): 2 MB, as the web app and the API's docs promise. */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

/** Length of {@link MAX_UPLOAD_BYTES} in base64, the way files travel in a GraphQL variable (4 characters per 3 bytes). */
export const MAX_UPLOAD_BASE64_LENGTH = Math.ceil(MAX_UPLOAD_BYTES / 3) * 4;

/** Room beside the file for the GraphQL document and the other variables (the document itself is capped by tokens). */
const GRAPHQL_ENVELOPE_BYTES = 64 * 1024;

/**
 * The JSON body limit for `POST /graphql`: one file of {@link MAX_UPLOAD_BYTES} in base64 plus its envelope (about
 * 2.7 MiB). Every other route keeps Express's default of 100 kB.
 */
export const GRAPHQL_BODY_LIMIT_BYTES = MAX_UPLOAD_BASE64_LENGTH + GRAPHQL_ENVELOPE_BYTES;

/** Express's own default for a JSON body, kept for every route but GraphQL. */
export const DEFAULT_JSON_BODY_LIMIT_BYTES = 100 * 1024;

export const FILE_TOO_LARGE_TEXT: ErrorText = {
  nb: 'Filen er større enn 2 MB, som er det største som kan lastes opp. Ingenting er lagret.',
  en: 'The file is larger than 2 MB, the largest that can be uploaded. Nothing was saved.',
};

/** BAD_USER_INPUT for a file (or a request carrying one) over {@link MAX_UPLOAD_BYTES}. */
export const fileTooLarge = (): AppError => badUserInput(FILE_TOO_LARGE_TEXT, { maxBytes: MAX_UPLOAD_BYTES });

/** The options of Nest's `app.useBodyParser('json', …)` used here (body-parser's `limit` and `type`). */
interface JsonParserOptions {
  readonly limit: number;
  readonly type: (request: IncomingMessage) => boolean;
}

/** The part of a Nest Express application that {@link useJsonBodyLimits} needs. */
export interface BodyParserHost {
  useBodyParser(parser: 'json', options: JsonParserOptions): unknown;
  use(handler: BodyErrorHandler): unknown;
}

type BodyErrorHandler = (
  error: unknown,
  request: IncomingMessage,
  response: ServerResponse,
  next: (error?: unknown) => void,
) => void;

const JSON_MEDIA_TYPE = /^application\/json\s*(?:;|$)/i;

function isJson(request: IncomingMessage): boolean {
  return JSON_MEDIA_TYPE.test(request.headers['content-type'] ?? '');
}

function pathOf(request: IncomingMessage): string {
  return (request.url ?? '').split('?')[0].replace(/\/+$/, '') || '/';
}

/**
 * JSON body limits per route, registered before Nest adds its own parser (it then adds none for JSON, since one
 * is in place): `POST <graphqlPath>` may carry {@link GRAPHQL_BODY_LIMIT_BYTES}, every other JSON body the default
 * 100 kB. A GraphQL body over the limit is answered with HTTP 413 and a GraphQL-shaped BAD_USER_INPUT naming the
 * file limit, not Express's HTML page; the request body is read off and dropped first, so the client gets the answer.
 */
export function useJsonBodyLimits(app: BodyParserHost, graphqlPath = '/graphql'): void {
  const isGraphql = (request: IncomingMessage): boolean =>
    request.method === 'POST' && pathOf(request) === graphqlPath;
  app.useBodyParser('json', {
    limit: GRAPHQL_BODY_LIMIT_BYTES,
    type: (request) => isGraphql(request) && isJson(request),
  });
  app.useBodyParser('json', { limit: DEFAULT_JSON_BODY_LIMIT_BYTES, type: isJson });
  app.use((error, request, response, next) => {
    if (isBodyTooLarge(error) && isGraphql(request) && !response.headersSent) {
      answerTooLarge(response);
      return;
    }
    next(error);
  });
}

/** body-parser's error for a body over its limit (`type: 'entity.too.large'`, status 413). */
export function isBodyTooLarge(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    ((error as { type?: unknown }).type === 'entity.too.large' ||
      (error as { status?: unknown }).status === 413)
  );
}

/** The GraphQL response for a body over the limit, as any GraphQL client reads errors. */
export function bodyTooLargeResponse(): {
  errors: { message: string; extensions: Record<string, unknown> }[];
} {
  return {
    errors: [
      {
        message: FILE_TOO_LARGE_TEXT.nb,
        extensions: {
          code: ErrorCode.BadUserInput,
          messageEn: FILE_TOO_LARGE_TEXT.en,
          maxBytes: MAX_UPLOAD_BYTES,
        },
      },
    ],
  };
}

function answerTooLarge(response: ServerResponse): void {
  const body = JSON.stringify(bodyTooLargeResponse());
  response.statusCode = 413;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.setHeader('content-length', Buffer.byteLength(body));
  response.end(body);
}
