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
 * For plain HTTP routes (file downloads): the same errors as GraphQL gives, as a status code and a JSON body with
 * the code and the Norwegian and English sentences.
 */
@Catch(AppError)
export class AppErrorHttpFilter implements ExceptionFilter<AppError> {
  catch(error: AppError, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<JsonResponse>();
    response.status(STATUS[error.code] ?? HttpStatus.INTERNAL_SERVER_ERROR).json({
      code: error.code,
      message: error.message,
      messageEn: error.extensions['messageEn'],
    });
  }
}
