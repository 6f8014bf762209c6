import { GraphQLError } from 'graphql';

/** The error codes a client can rely on, in `extensions.code`. */
export const ErrorCode = {
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  BadUserInput: 'BAD_USER_INPUT',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  RateLimited: 'RATE_LIMITED',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface ErrorText {
  /** Norwegian bokmål: what the user reads first. */
  readonly nb: string;
  readonly en: string;
}

/**
 * An error meant for people: `message` is Norwegian, `extensions.messageEn` English, `extensions.code` one of
 * {@link ErrorCode}. Thrown from resolvers, guards and services alike.
 */
export class AppError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, text: ErrorText, details?: Readonly<Record<string, unknown>>) {
    super(text.nb, { extensions: { code, messageEn: text.en, ...details } });
    this.name = 'AppError';
    this.code = code;
  }
}

export const unauthenticated = (): AppError =>
  new AppError(ErrorCode.Unauthenticated, {
    nb: 'Du må logge inn for å gjøre dette.',
    en: 'You must sign in to do this.',
  });

export const invalidToken = (): AppError =>
  new AppError(ErrorCode.Unauthenticated, {
    nb: 'Innloggingen er ugyldig eller utløpt. Logg inn på nytt.',
    en: 'Your sign-in is invalid or has expired. Please sign in again.',
  });

export const forbidden = (text?: ErrorText): AppError =>
  new AppError(
    ErrorCode.Forbidden,
    text ?? {
      nb: 'Du har ikke tilgang til dette.',
      en: 'You do not have access to this.',
    },
  );

export const notFound = (text: ErrorText): AppError => new AppError(ErrorCode.NotFound, text);

export const badUserInput = (text: ErrorText, details?: Readonly<Record<string, unknown>>): AppError =>
  new AppError(ErrorCode.BadUserInput, text, details);

export const conflict = (text: ErrorText): AppError => new AppError(ErrorCode.Conflict, text);

/** The later save of a stale version: refused, never silently overwriting. */
export const staleVersion = (what: { nb: string; en: string }): AppError =>
  conflict({
    nb: `${what.nb} er endret av noen andre siden du åpnet det. Last inn på nytt og gjør endringen igjen.`,
    en: `${what.en} was changed by someone else since you opened it. Reload and make your change again.`,
  });

/**
 * Too many requests from this user or address (HTTP 429 with `Retry-After`, for GraphQL through Apollo's `http`
 * extension, for plain HTTP routes through AppErrorHttpFilter). `retryAfter` is in whole seconds.
 */
export const rateLimited = (retryAfterSeconds: number): AppError => {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new AppError(
    ErrorCode.RateLimited,
    {
      nb: `For mange forespørsler. Vent ${seconds} ${seconds === 1 ? 'sekund' : 'sekunder'} og prøv igjen.`,
      en: `Too many requests. Wait ${seconds} ${seconds === 1 ? 'second' : 'seconds'} and try again.`,
    },
    { retryAfter: seconds, http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) } },
  );
};
