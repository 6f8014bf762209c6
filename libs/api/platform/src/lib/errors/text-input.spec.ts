import { describe, expect, it } from '@jest/globals';

import { AppError } from './app-error';
import { findTextProblem, TextInputPipe, textProblem } from './text-input';

describe('textProblem', () => {
  it('accepts ordinary Norwegian text with tabs and line breaks, emoji and the empty string', () => {
    for (const ok of ['', 'Æ, ø og å', 'linje 1\nlinje 2\r\n\ttab', 'Bra 👍', ' innrykk ']) {
      expect(textProblem(ok)).toBeNull();
    }
  });

  it('refuses NUL, other C0 controls, DEL and C1 controls', () => {
    for (const bad of ['a\u0000b', '\u0007', 'x\u001B[31m', '\u007F', '\u0085']) {
      expect(textProblem(bad)).toBe('control');
    }
  });

  it('refuses lone surrogates but not a well-formed pair', () => {
    expect(textProblem('\uD800')).toBe('surrogate');
    expect(textProblem('a\uDC00b')).toBe('surrogate');
    expect(textProblem('\uDC00\uD800')).toBe('surrogate');
    expect(textProblem('\uD83D\uDC4D')).toBeNull();
  });

  it('refuses white space only', () => {
    expect(textProblem('   ')).toBe('blank');
    expect(textProblem('\n\t ')).toBe('blank');
    expect(textProblem('\u00A0')).toBe('blank');
  });
});

describe('findTextProblem', () => {
  it('names the path of the first bad string in nested input', () => {
    const error = findTextProblem(
      { goals: [{ title: 'ok' }, { indicators: [{ name: 'x\u0000' }] }] },
      'input',
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error?.extensions['code']).toBe('BAD_USER_INPUT');
    expect(error?.message).toContain('«input.goals[1].indicators[0].name»');
    expect(error?.message).toContain('U+0000');
    expect(String(error?.extensions['messageEn'])).toContain('"input.goals[1].indicators[0].name"');
  });

  it('passes numbers, booleans, null and clean objects', () => {
    expect(findTextProblem({ a: 1, b: true, c: null, d: ['x', 'y'] }, 'input')).toBeNull();
  });

  it('refuses absurd nesting instead of walking it', () => {
    let value: unknown = 'x';
    for (let i = 0; i < 100; i++) value = [value];
    expect(findTextProblem(value, 'input')?.message).toContain('nestet for dypt');
  });
});

describe('TextInputPipe', () => {
  const pipe = new TextInputPipe();

  it('throws the refusal for an argument and leaves custom parameters (the caller) alone', () => {
    expect(() => pipe.transform({ title: '  ' }, { type: 'body', data: 'input' })).toThrow(AppError);
    expect(pipe.transform({ title: 'Tittel' }, { type: 'body', data: 'input' })).toEqual({ title: 'Tittel' });
    expect(pipe.transform({ name: '\u0000' }, { type: 'custom' })).toEqual({ name: '\u0000' });
  });
});
