import { BadRequestException, HttpException, HttpStatus } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';

import { tokenLimitErrorFor, withoutSuggestions } from '../graphql/request-limits';
import { ErrorCode } from './app-error';
import { appErrorFromDatabase } from './database-errors';

const INTERNAL = {
  message: 'Noe gikk galt hos oss. Prøv igjen om litt.',
  messageEn: 'Something went wrong on our side. Please try again shortly.',
};

export interface ErrorFormatOptions {
  /** Keep GraphQL's "Did you mean …?" hints (development only: they map the schema for a stranger). */
  readonly suggestions: boolean;
}

/** Apollo's `formatError` for the configured API: {@link formatGraphQLError}, without hints unless enabled. */
export function createErrorFormatter(
  options: ErrorFormatOptions,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const result = formatGraphQLError(formatted, error);
    if (options.suggestions) return result;
    const messageEn = result.extensions?.['messageEn'];
    return {
      ...result,
      message: withoutSuggestions(result.message),
      ...(typeof messageEn === 'string'
        ? { extensions: { ...result.extensions, messageEn: withoutSuggestions(messageEn) } }
        : {}),
    };
  };
}

/**
 * Apollo's `formatError`: what leaves the API is a sentence and a code, never a stack trace or SQL.
 * Errors that already carry a known code (ours, and Apollo's own validation errors) pass through.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const tooLong = tokenLimitErrorFor(formatted.message);
  if (tooLong) {
    return { message: tooLong.message, extensions: withoutHttp(tooLong.extensions) };
  }
  const original = originalErrorOf(error);
  const refusal = appErrorFromDatabase(original);
  if (refusal) {
    return { message: refusal.message, path: formatted.path, extensions: { ...refusal.extensions } };
  }
  if (original instanceof HttpException) {
    return { ...withoutStack(formatted), ...fromHttpException(original) };
  }
  // A request over a limit (request-limits.ts) is refused in validation, where Apollo marks every error
  // GRAPHQL_VALIDATION_FAILED; it is the caller's input, so it stays BAD_USER_INPUT.
  if (formatted.extensions?.['limit'] && typeof formatted.extensions['messageEn'] === 'string') {
    return withoutStack({
      ...formatted,
      extensions: { ...withoutHttp(formatted.extensions), code: ErrorCode.BadUserInput },
    });
  }
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && code !== ErrorCode.Internal) {
    if (typeof formatted.extensions?.['messageEn'] === 'string') {
      return withoutStack({ ...formatted, extensions: withoutHttp(formatted.extensions) });
    }
    // GraphQL's own parse, validation and variable errors: a Norwegian lead, the precise English detail kept.
    return withoutStack({
      ...formatted,
      message: `Forespørselen passer ikke med API-et: ${formatted.message}`,
      extensions: { ...formatted.extensions, messageEn: formatted.message },
    });
  }
  return {
    message: INTERNAL.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.Internal, messageEn: INTERNAL.messageEn },
  };
}

function originalErrorOf(error: unknown): unknown {
  if (error && typeof error === 'object' && 'originalError' in error) {
    return (error as { originalError?: unknown }).originalError ?? error;
  }
  return error;
}

/** `extensions.http` only tells Apollo the status to answer with; it is not for clients. */
function withoutHttp(extensions: GraphQLFormattedError['extensions']): Record<string, unknown> {
  const rest: Record<string, unknown> = { ...extensions };
  delete rest['http'];
  return rest;
}

function withoutStack(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions)) return formatted;
  const extensions = { ...formatted.extensions };
  delete extensions['stacktrace'];
  return { ...formatted, extensions };
}

function fromHttpException(exception: HttpException): Pick<GraphQLFormattedError, 'message' | 'extensions'> {
  const status: HttpStatus = exception.getStatus();
  if (exception instanceof BadRequestException || status === HttpStatus.BAD_REQUEST) {
    return {
      message: 'Forespørselen er ugyldig.',
      extensions: { code: ErrorCode.BadUserInput, messageEn: 'The request is invalid.' },
    };
  }
  if (status === HttpStatus.UNAUTHORIZED) {
    return {
      message: 'Du må logge inn for å gjøre dette.',
      extensions: { code: ErrorCode.Unauthenticated, messageEn: 'You must sign in to do this.' },
    };
  }
  if (status === HttpStatus.FORBIDDEN) {
    return {
      message: 'Du har ikke tilgang til dette.',
      extensions: { code: ErrorCode.Forbidden, messageEn: 'You do not have access to this.' },
    };
  }
  if (status === HttpStatus.NOT_FOUND) {
    return {
      message: 'Fant ikke det du ba om.',
      extensions: { code: ErrorCode.NotFound, messageEn: 'What you asked for was not found.' },
    };
  }
  return {
    message: INTERNAL.message,
    extensions: { code: ErrorCode.Internal, messageEn: INTERNAL.messageEn },
  };
}
