import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

import { badUserInput } from '../errors/app-error';

export const MAX_PAGE_SIZE = 200;

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50 })
  @IsInt({ message: 'first må være et heltall.|first must be a whole number.' })
  @Min(1, { message: 'first må være minst 1.|first must be at least 1.' })
  @Max(MAX_PAGE_SIZE, {
    message: `first kan være høyst ${MAX_PAGE_SIZE}.|first can be at most ${MAX_PAGE_SIZE}.`,
  })
  first = 50;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(512, { message: 'after kan ha høyst 512 tegn.|after can have at most 512 characters.' })
  after?: string | null;
}

export interface Page<T> {
  readonly nodes: T[];
  readonly totalCount: number;
  readonly pageInfo: PageInfo;
}

/** A Relay-style connection type for `T`: `@ObjectType() class XConnection extends Connection(X) {}`. */
export function Connection<T>(nodeType: Type<T>): Type<Page<T>> {
  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements Page<T> {
    @Field(() => [nodeType])
    nodes!: T[];

    @Field(() => Int)
    totalCount!: number;

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionType as unknown as Type<Page<T>>;
}

/** Cursors are opaque to clients: the sort key of the last row, base64url-encoded. */
export function encodeCursor(key: string): string {
  return Buffer.from(JSON.stringify([key]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): string | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 1 && typeof parsed[0] === 'string') {
      return parsed[0];
    }
  } catch {
    // fall through to the error below
  }
  throw badUserInput({
    nb: 'Markøren i «after» er ugyldig. Bruk endCursor fra forrige side.',
    en: 'The cursor in "after" is invalid. Use endCursor from the previous page.',
  });
}

/** Builds a page from `first + 1` rows fetched after the cursor: the extra row only tells there is more. */
export function toPage<T>(rows: T[], first: number, totalCount: number, keyOf: (row: T) => string): Page<T> {
  const nodes = rows.slice(0, first);
  const last = nodes.at(-1);
  return {
    nodes,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor(keyOf(last)) : null },
  };
}

/**
 * Offset cursors, for lists whose order is not a single unique key (filtered or sorted by several columns):
 * the cursor is the number of rows already seen.
 */
export function decodeOffsetCursor(after: string | null | undefined): number {
  const key = decodeCursor(after);
  if (key === null) return 0;
  if (!/^\d{1,9}$/.test(key)) {
    throw badUserInput({
      nb: 'Markøren i «after» er ugyldig. Bruk endCursor fra forrige side.',
      en: 'The cursor in "after" is invalid. Use endCursor from the previous page.',
    });
  }
  return Number(key);
}

/** A page from `first + 1` rows fetched at `offset`. */
export function toOffsetPage<T>(rows: T[], first: number, offset: number, totalCount: number): Page<T> {
  const nodes = rows.slice(0, first);
  return {
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      endCursor: nodes.length > 0 ? encodeCursor(String(offset + nodes.length)) : null,
    },
  };
}
