/**
 * The authorization matrix: every mutation, tried by every kind of caller. Anonymous → UNAUTHENTICATED; a wrong role,
 * or the right role for the wrong municipality or network → FORBIDDEN; bad input → BAD_USER_INPUT; after every
 * refusal the database is byte-for-byte unchanged; every success writes exactly one history record.
 * New operations join by adding a case to MATRIX.
 */
import { describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';

import { MATRIX } from './support/mutation-matrix';
import { auditCount, databaseFingerprint, useDemoTokens } from './support/portfolio';
import { errorCode, useTestApp } from './support/test-app';

describe('authorization matrix', () => {
  const api = useTestApp();
  const tokens = useDemoTokens();

  it('covers every mutation of the schema', () => {
    const mutationType = api.app.get(GraphQLSchemaHost).schema.getMutationType();
    const inSchema = Object.keys(mutationType?.getFields() ?? {}).sort();
    expect(MATRIX.map((entry) => entry.operation).sort()).toEqual(inSchema);
  });

  for (const entry of MATRIX) {
    describe(entry.operation, () => {
      for (const attempt of entry.attempts) {
        it(`${attempt.expect === 'OK' ? 'lets' : 'refuses'} ${attempt.why} → ${attempt.expect}`, async () => {
          const variables = await attempt.variables(api);
          const fingerprint = await databaseFingerprint(api.dataSource);
          const audits = await auditCount(api.dataSource);
          const response = await api.gql(entry.document, {
            variables,
            token: attempt.as ? tokens[attempt.as] : undefined,
          });
          if (attempt.expect === 'OK') {
            expect(response.errors).toBeUndefined();
            expect(response.data?.[entry.operation]).toBeTruthy();
            expect(await auditCount(api.dataSource)).toBe(audits + 1);
          } else {
            expect(errorCode(response)).toBe(attempt.expect);
            expect(response.errors?.[0]?.message.length).toBeGreaterThan(10);
            expect(response.errors?.[0]?.extensions?.messageEn?.length).toBeGreaterThan(10);
            expect(await databaseFingerprint(api.dataSource)).toBe(fingerprint);
          }
        });
      }
    });
  }
});
