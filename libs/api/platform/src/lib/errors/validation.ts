import { ValidationError, ValidationPipe } from '@nestjs/common';

import { badUserInput } from './app-error';

/**
 * The global validation pipe: unknown fields are refused, values are converted to their declared types, and the
 * first broken rule becomes a BAD_USER_INPUT error whose message is the rule's own sentence.
 * Constraint messages are written as `nb|en` ("Velg minst 1.|Choose at least 1.").
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      const first = fields[0];
      const [nb, en] = splitMessage(first?.message ?? 'Ugyldig verdi.|Invalid value.');
      return badUserInput(
        { nb, en },
        {
          fields: fields.map((field) => {
            const [fieldNb, fieldEn] = splitMessage(field.message);
            return { field: field.path, message: fieldNb, messageEn: fieldEn };
          }),
        },
      );
    },
  });
}

interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

function flatten(errors: readonly ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ path, message }));
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

function splitMessage(message: string): [string, string] {
  const [nb, en] = message.split('|');
  return [nb.trim(), (en ?? nb).trim()];
}
