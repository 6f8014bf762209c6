import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus } from '@nestjs/common';

import { AppError, ErrorCode } from '../errors/app-error';

const STATUS: Readonly<Record<ErrorCode, number>> = {
  [ErrorCode.Unauthenticated]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.Forbidden]: HttpStatus.FORBIDDEN,
  [ErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [ErrorCode.BadUserInput]: HttpStatus.BAD_REQUEST,
  [ErrorCode.Conflict]: HttpStatus.CONFLICT,
  [ErrorCode.Internal]: HttpStatus.INTERNAL_SERVER_ERROR,
};

interface JsonResponse {
  status(code: number): JsonResponse;
  json(body: unknown): void;
}

/**
 * Errors meant for people (AppError) are answers, not faults: in GraphQL they go to Apollo as they are (formatted by
 * formatGraphQLError), without Nest logging them as errors; on plain HTTP routes (file downloads) they become a status
 * code and a JSON body with the code and the Norwegian and English sentences. Registered for the whole app.
 */
@Catch(AppError)
export class AppErrorHttpFilter implements ExceptionFilter<AppError> {
  catch(error: AppError, host: ArgumentsHost): AppError | void {
    if (host.getType<string>() !== 'http') return error;
    const response = host.switchToHttp().getResponse<JsonResponse>();
    response.status(STATUS[error.code] ?? HttpStatus.INTERNAL_SERVER_ERROR).json({
      code: error.code,
      message: error.message,
      messageEn: error.extensions['messageEn'],
    });
  }
}
