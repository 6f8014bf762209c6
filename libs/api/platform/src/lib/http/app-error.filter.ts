import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus, Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';

import { AppError, ErrorCode } from '../errors/app-error';
import { appErrorFromDatabase } from '../errors/database-errors';

const STATUS: Readonly<Record<ErrorCode, number>> = {
  [ErrorCode.Unauthenticated]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.Forbidden]: HttpStatus.FORBIDDEN,
  [ErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [ErrorCode.BadUserInput]: HttpStatus.BAD_REQUEST,
  [ErrorCode.Conflict]: HttpStatus.CONFLICT,
  [ErrorCode.RateLimited]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.Internal]: HttpStatus.INTERNAL_SERVER_ERROR,
};

interface JsonResponse {
  status(code: number): JsonResponse;
  json(body: unknown): void;
  setHeader?(name: string, value: string): void;
}

/**
 * Errors meant for people (AppError) are answers, not faults: in GraphQL they go to Apollo as they are (formatted by
 * formatGraphQLError), without Nest logging them as errors; on plain HTTP routes (file downloads) they become a status
 * code and a JSON body with the code and the Norwegian and English sentences. Registered for the whole app.
 */
@Catch(AppError)
export class AppErrorHttpFilter implements ExceptionFilter<AppError> {
  catch(error: AppError, host: ArgumentsHost): AppError | void {
    return answer(error, host);
  }
}

function answer(error: AppError, host: ArgumentsHost): AppError | void {
  if (host.getType<string>() !== 'http') return error;
  const response = host.switchToHttp().getResponse<JsonResponse>();
  const retryAfter = error.extensions['retryAfter'];
  if (typeof retryAfter === 'number') response.setHeader?.('Retry-After', String(retryAfter));
  response.status(STATUS[error.code] ?? HttpStatus.INTERNAL_SERVER_ERROR).json({
    code: error.code,
    message: error.message,
    messageEn: error.extensions['messageEn'],
    ...(typeof retryAfter === 'number' ? { retryAfter } : {}),
  });
}

/**
 * A database refusal caused by input (a foreign key to nothing, a duplicate, a value out of range …) is answered
 * as BAD_USER_INPUT or CONFLICT with a sentence (see database-errors.ts); any other database error is a fault:
 * logged, and answered as INTERNAL_SERVER_ERROR without SQL. Registered for the whole app.
 */
@Catch(QueryFailedError)
export class DatabaseErrorFilter implements ExceptionFilter<QueryFailedError> {
  private readonly logger = new Logger('Database');

  catch(error: QueryFailedError, host: ArgumentsHost): AppError | Error | void {
    const refusal = appErrorFromDatabase(error);
    if (refusal) return answer(refusal, host);
    this.logger.error(error.message, error.stack);
    if (host.getType<string>() !== 'http') return error;
    const response = host.switchToHttp().getResponse<JsonResponse>();
    response.status(HttpStatus.INTERNAL_SERVER_ERROR).json({
      code: ErrorCode.Internal,
      message: 'Noe gikk galt hos oss. Prøv igjen om litt.',
      messageEn: 'Something went wrong on our side. Please try again shortly.',
    });
  }
}
