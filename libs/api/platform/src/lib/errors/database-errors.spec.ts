import { describe, expect, it } from '@jest/globals';

import { forbidden } from './app-error';
import { appErrorFromDatabase, sqlStateOf } from './database-errors';

const pgError = (code: string) => Object.assign(new Error('violates …'), { code });
const typeormError = (code: string) =>
  Object.assign(new Error('QueryFailedError'), { driverError: { code }, query: 'INSERT …' });

describe('appErrorFromDatabase', () => {
  it.each([
    ['23503', 'BAD_USER_INPUT'],
    ['23505', 'CONFLICT'],
    ['23514', 'BAD_USER_INPUT'],
    ['22001', 'BAD_USER_INPUT'],
    ['22003', 'BAD_USER_INPUT'],
    ['22021', 'BAD_USER_INPUT'],
    ['22P02', 'BAD_USER_INPUT'],
    ['40001', 'CONFLICT'],
  ])('SQLSTATE %s → %s with a sentence and no SQL', (state, code) => {
    for (const error of [pgError(state), typeormError(state)]) {
      const refusal = appErrorFromDatabase(error);
      expect(refusal?.extensions['code']).toBe(code);
      expect(refusal?.message.length).toBeGreaterThan(15);
      expect(refusal?.message).not.toMatch(/INSERT|violates/);
      expect(String(refusal?.extensions['messageEn']).length).toBeGreaterThan(15);
    }
  });

  it('leaves real faults (a lost connection, a syntax error in our SQL) and our own errors alone', () => {
    expect(appErrorFromDatabase(pgError('08006'))).toBeNull();
    expect(appErrorFromDatabase(pgError('42601'))).toBeNull();
    expect(appErrorFromDatabase(new Error('boom'))).toBeNull();
    expect(appErrorFromDatabase(forbidden())).toBeNull();
  });

  it('reads SQLSTATE only when it looks like one', () => {
    expect(sqlStateOf({ code: 'ECONNREFUSED' })).toBeNull();
    expect(sqlStateOf(typeormError('23505'))).toBe('23505');
    expect(sqlStateOf(null)).toBeNull();
  });
});
