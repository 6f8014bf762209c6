import { BadRequestException, HttpException, HttpStatus } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';

import { ErrorCode } from './app-error';

const INTERNAL = {
  message: 'Noe gikk galt hos oss. Prøv igjen om litt.',
  messageEn: 'Something went wrong on our side. Please try again shortly.',
};

/**
 * Apollo's `formatError`: what leaves the API is a sentence and a code, never a stack trace or SQL.
 * Errors that already carry a known code (ours, and Apollo's own validation errors) pass through.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = originalErrorOf(error);
  if (original instanceof HttpException) {
    return { ...withoutStack(formatted), ...fromHttpException(original) };
  }
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && code !== ErrorCode.Internal) {
    if (typeof formatted.extensions?.['messageEn'] === 'string') return withoutStack(formatted);
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

function withoutStack(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions)) return formatted;
  const extensions = { ...formatted.extensions };
  delete extensions['stacktrace'];
  return { ...formatted, extensions };
}

function fromHttpException(exception: HttpException): Pick<GraphQLFormattedError, 'message' | 'extensions'> {
  const status = exception.getStatus();
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
