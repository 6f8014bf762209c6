import { randomInt } from 'node:crypto';

import { passwordGrantToken } from '@samarbeid/tools/stack';

/**
 * The journeys' way to the GraphQL API, to create what a journey needs before the browser starts (a measure of its
 * own, a decision, an agreement …). tools/stack/e2e.ts passes where the API and the identity provider run; run by
 * hand against `npm start`, the defaults are npm start's ports.
 */
const apiUrl = (): string => process.env['E2E_API_URL'] ?? 'http://localhost:3000/graphql';
const issuerUrl = (): string => process.env['E2E_ISSUER_URL'] ?? 'http://localhost:8080/realms/samarbeid';

export const REGION = 'kongsbergregionen';

/** The demo users (docker/keycloak/dev/samarbeid-users-0.json). */
export type DemoUser =
  | 'sekretariat'
  | 'leder.teknisk'
  | 'medlem.tinn'
  | 'direktor.kongsberg'
  | 'direktor.flesberg'
  | 'direktor.rollag'
  | 'direktor.notodden'
  | 'politiker';

/** Kongsbergregionen's municipalities by name. */
export const MUNICIPALITY = {
  Kongsberg: '3303',
  Flesberg: '3334',
  Rollag: '3336',
  'Nore og Uvdal': '3338',
  Notodden: '4005',
  Hjartdal: '4024',
  Tinn: '4026',
} as const;

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/** A demo user's GraphQL client: a token through the password grant, as a script would get one. */
export class Api {
  private constructor(
    readonly username: DemoUser,
    private readonly token: string,
  ) {}

  static async as(username: DemoUser): Promise<Api> {
    return new Api(username, await passwordGrantToken(issuerUrl(), username));
  }

  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(apiUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json().catch(() => ({}))) as {
      data?: T;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    if (body.errors?.length || !body.data) {
      const first = body.errors?.[0];
      throw new GraphQLRequestError(
        `${this.username}: ${first?.message ?? `HTTP ${response.status}`} (${query.trim().split('\n')[0]})`,
        first?.extensions?.code,
      );
    }
    return body.data;
  }
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * A short mark for names a journey creates ("e2e-kqxwp"), so that a journey can run again against the same
 * database, and its rows are told apart from another journey's. Letters only: a mark never reads like a measure code
 * ("T7") that a journey looks for in a row's text.
 */
export function uniqueTag(): string {
  return `e2e-${Array.from({ length: 6 }, () => LETTERS[randomInt(LETTERS.length)])
    .join('')
    .toLowerCase()}`;
}

/**
 * A measure code no seeded measure has (1–4 capital letters and 1–3 digits): "Z" and three random letters, and a
 * number. The seeded codes start with F, HO, HR, O and T, so these sort after them.
 */
export function uniqueMeasureCode(): string {
  const letters = Array.from({ length: 3 }, () => LETTERS[randomInt(LETTERS.length)]).join('');
  return `Z${letters}${randomInt(1, 1000)}`;
}
