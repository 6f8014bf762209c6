import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';

import { AppError, badUserInput } from './app-error';

/**
 * One rule for every string a client sends, in any argument or input field, before any other check:
 * - no NUL or other control character except tab, line feed and carriage return (PostgreSQL cannot store NUL, and
 *   the others are never typed by a person);
 * - no lone UTF-16 surrogate (it cannot be encoded as UTF-8: the database would store U+FFFD instead);
 * - not only white space: a text is either empty or says something.
 * Each refusal is BAD_USER_INPUT naming the field (`input.title`). Lengths are each field's own rule.
 */
export type TextProblem = 'control' | 'surrogate' | 'blank';

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** C0 controls but tab, LF and CR; DEL; C1 controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** What is wrong with one string, or null. Pure; also used by the tests. */
export function textProblem(value: string): TextProblem | null {
  if (LONE_SURROGATE.test(value)) return 'surrogate';
  if (CONTROL.test(value)) return 'control';
  if (value.length > 0 && value.trim().length === 0) return 'blank';
  return null;
}

function describe(problem: TextProblem, field: string, value: string): AppError {
  if (problem === 'control') {
    const code = CONTROL.exec(value)?.[0].codePointAt(0) ?? 0;
    const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    return badUserInput(
      {
        nb: `Feltet «${field}» inneholder et kontrolltegn (${hex}) som ikke kan brukes i tekst. Fjern det og prøv igjen.`,
        en: `The field "${field}" contains a control character (${hex}) that cannot be used in text. Remove it and try again.`,
      },
      { fields: [{ field, problem }] },
    );
  }
  if (problem === 'surrogate') {
    return badUserInput(
      {
        nb: `Feltet «${field}» inneholder et ødelagt tegn (en halv UTF-16-surrogat). Skriv inn teksten på nytt.`,
        en: `The field "${field}" contains a broken character (a lone UTF-16 surrogate). Type the text again.`,
      },
      { fields: [{ field, problem }] },
    );
  }
  return badUserInput(
    {
      nb: `Feltet «${field}» inneholder bare mellomrom. Skriv noe, eller la det stå tomt der det er lov.`,
      en: `The field "${field}" contains only white space. Write something, or leave it empty where that is allowed.`,
    },
    { fields: [{ field, problem }] },
  );
}

/** Nesting deeper than this in one argument is refused (no input of ours is near it). */
const MAX_NESTING = 32;

/** The first bad string in `value` (walking objects and arrays), as a refusal naming its path, or null. */
export function findTextProblem(value: unknown, path: string, depth = 0): AppError | null {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? describe(problem, path, value) : null;
  }
  if (value === null || typeof value !== 'object') return null;
  if (depth > MAX_NESTING) {
    return badUserInput({
      nb: `Feltet «${path}» er nestet for dypt.`,
      en: `The field "${path}" is nested too deeply.`,
    });
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = findTextProblem(value[index], `${path}[${index}]`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const found = findTextProblem(item, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return null;
}

/** The global pipe that applies {@link textProblem} to every argument (runs before validation). */
@Injectable()
export class TextInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const problem = findTextProblem(value, metadata.data ?? '');
    if (problem) throw problem;
    return value;
  }
}
