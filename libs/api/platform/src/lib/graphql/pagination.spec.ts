import { describe, expect, it } from '@jest/globals';

import { AppError } from '../errors/app-error';
import { decodeCursor, encodeCursor, toPage } from './pagination';

describe('cursors', () => {
  it('round-trips a key and is opaque', () => {
    const cursor = encodeCursor('3303');
    expect(cursor).not.toContain('3303');
    expect(decodeCursor(cursor)).toBe('3303');
  });

  it('treats a missing cursor as the start', () => {
    expect(decodeCursor(undefined)).toBeNull();
    expect(decodeCursor(null)).toBeNull();
  });

  it.each([
    'not-base64!',
    Buffer.from('{"a":1}').toString('base64url'),
    Buffer.from('[1]').toString('base64url'),
  ])('refuses a forged cursor %p with BAD_USER_INPUT', (cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(AppError);
    try {
      decodeCursor(cursor);
    } catch (error) {
      expect((error as AppError).extensions['code']).toBe('BAD_USER_INPUT');
    }
  });
});

describe('toPage', () => {
  const rows = ['a', 'b', 'c'];

  it('uses the extra row only to tell that there is more', () => {
    const page = toPage(rows, 2, 10, (row) => row);
    expect(page.nodes).toEqual(['a', 'b']);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor('b') });
    expect(page.totalCount).toBe(10);
  });

  it('has no next page and no cursor when empty', () => {
    expect(toPage([], 5, 0, (row: string) => row).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
