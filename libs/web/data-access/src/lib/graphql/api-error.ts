import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

/** Codes the API puts in `extensions.code`. */
export type ApiErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | (string & {});

/** One broken rule of an input (`extensions.fields` of a BAD_USER_INPUT from validation). */
export interface ApiFieldError {
  /** The input's property path, e.g. `title` or `dates.end`. */
  readonly field: string;
  /** The rule's sentence (Norwegian). */
  readonly message: string;
  /** The same sentence in English, when the API gave one. */
  readonly messageEn?: string;
}

/**
 * What went wrong, for people. `message` is the API's own (Norwegian) sentence and `messageEn` its
 * English one (`extensions.messageEn`), when it gave them; both are undefined when the API could not
 * be reached (`network`) or gave nothing usable: show a generic text then.
 */
export interface ApiError {
  readonly code: ApiErrorCode | undefined;
  readonly message: string | undefined;
  readonly messageEn: string | undefined;
  readonly network: boolean;
  /** Per-field problems, when the API named them (validation). */
  readonly fields?: readonly ApiFieldError[];
  /** For an illegal status change: the statuses allowed next (`extensions.allowedNext`). */
  readonly allowedNext?: readonly string[];
  /** For a refused file import: every bad cell (`extensions.rowErrors`). */
  readonly rowErrors?: readonly ApiRowError[];
}

/** One bad cell of an imported file: its row (1 = header), column header and why. */
export interface ApiRowError {
  readonly row: number;
  readonly column: string;
  readonly reason: string;
  readonly reasonEn?: string;
}

const NO_DETAILS = { message: undefined, messageEn: undefined } as const;

/** The API's sentence in the wanted language, falling back to the Norwegian one. */
export function apiErrorMessage(error: ApiError, language: 'nb' | 'en'): string | undefined {
  return (language === 'en' ? error.messageEn : undefined) ?? error.message;
}

/** A field problem's sentence in the wanted language, falling back to the Norwegian one. */
export function fieldErrorMessage(problem: ApiFieldError, language: 'nb' | 'en'): string {
  return (language === 'en' ? problem.messageEn : undefined) ?? problem.message;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function fieldErrors(value: unknown): readonly ApiFieldError[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const fields = value.flatMap((item: unknown) => {
    const { field, message, messageEn } = (item ?? {}) as {
      field?: unknown;
      message?: unknown;
      messageEn?: unknown;
    };
    const fieldText = text(field);
    const messageText = text(message);
    const english = text(messageEn);
    return fieldText && messageText
      ? [{ field: fieldText, message: messageText, ...(english ? { messageEn: english } : {}) }]
      : [];
  });
  return fields.length > 0 ? fields : undefined;
}

function rowErrors(value: unknown): readonly ApiRowError[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const rows = value.flatMap((item: unknown) => {
    const { row, column, reason, reasonEn } = (item ?? {}) as Record<string, unknown>;
    const reasonText = text(reason);
    const english = text(reasonEn);
    return typeof row === 'number' && typeof column === 'string' && reasonText
      ? [{ row, column, reason: reasonText, ...(english ? { reasonEn: english } : {}) }]
      : [];
  });
  return rows.length > 0 ? rows : undefined;
}

function strings(value: unknown): readonly string[] | undefined {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;
}

function fromGraphQLErrors(errors: readonly GraphQLFormattedError[]): ApiError | undefined {
  const first = errors[0];
  if (!first) return undefined;
  const code = first.extensions?.['code'];
  const fields = fieldErrors(first.extensions?.['fields']);
  const allowedNext = strings(first.extensions?.['allowedNext']);
  const rows = rowErrors(first.extensions?.['rowErrors']);
  return {
    code: typeof code === 'string' ? code : undefined,
    message: text(first.message),
    messageEn: text(first.extensions?.['messageEn']),
    network: false,
    ...(fields ? { fields } : {}),
    ...(allowedNext ? { allowedNext } : {}),
    ...(rows ? { rowErrors: rows } : {}),
  };
}

/** GraphQL errors in the body of a non-2xx response (e.g. 400 for invalid variables). */
function fromServerBody(bodyText: string): ApiError | undefined {
  try {
    const body: unknown = JSON.parse(bodyText);
    const errors = (body as { errors?: unknown } | null)?.errors;
    return Array.isArray(errors) ? fromGraphQLErrors(errors as GraphQLFormattedError[]) : undefined;
  } catch {
    return undefined;
  }
}

/** Turns an Apollo Client 4 error (from a query result or a link) into an `ApiError`. */
export function toApiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error)) {
    return fromGraphQLErrors(error.errors) ?? { code: undefined, ...NO_DETAILS, network: false };
  }
  if (ServerError.is(error)) {
    const fromBody = fromServerBody(error.bodyText);
    if (fromBody) return fromBody;
    return {
      code: error.statusCode === 401 ? 'UNAUTHENTICATED' : error.statusCode === 403 ? 'FORBIDDEN' : undefined,
      ...NO_DETAILS,
      network: error.statusCode >= 500,
    };
  }
  return { code: undefined, ...NO_DETAILS, network: true };
}
