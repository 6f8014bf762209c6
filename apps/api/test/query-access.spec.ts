/**
 * Every query, tried as anonymous, as the readers it is for, as a role it is not for, and with bad input.
 * It fails when a query in the schema is missing here.
 */
import { describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';

import { agreementRef } from './support/agreements';
import { type BadInput, QueryCase } from './support/matrix';
import { FOCUS_QUERIES } from './support/focus-matrix';
import { GOVERNANCE_QUERIES } from './support/governance-matrix';
import { INDICATOR_QUERIES } from './support/indicators-matrix';
import { OVERVIEW_QUERIES } from './support/overview-matrix';
import { PLAN_QUERIES } from './support/plan-matrix';
import { DemoUsername, measureRef, networkId, useDemoTokens } from './support/portfolio';
import { PREPAREDNESS_QUERIES } from './support/preparedness-matrix';
import { PUBLISHING_QUERIES } from './support/publishing-matrix';
import { REPORTING_QUERIES } from './support/reporting-matrix';
import { SELF_EVALUATION_QUERIES } from './support/self-evaluation-matrix';
import { errorCode, useTestApp } from './support/test-app';

const none = async () => ({});
const slug = (regionSlug: string) => async () => ({ regionSlug });
const inRegion = (variables: Record<string, unknown>) => async () => ({
  regionSlug: 'kongsbergregionen',
  ...variables,
});

const UNKNOWN_REGION: BadInput = { why: 'an unknown region', variables: slug('ukjent'), code: 'NOT_FOUND' };
const FORGED_CURSOR: BadInput = {
  why: 'a forged cursor',
  variables: inRegion({ after: 'x' }),
  code: 'BAD_USER_INPUT',
};

/** The id argument `name` given something that is not an id (`notAnId`), and the id of nothing (a `what`). */
const badIds = (name: string, what: string, notAnId = 'x'): BadInput[] => [
  { why: 'an id that is not one', variables: async () => ({ [name]: notAnId }), code: 'BAD_USER_INPUT' },
  {
    why: `an unknown ${what}`,
    variables: async () => ({ [name]: '00000000-0000-4000-8000-000000000000' }),
    code: 'NOT_FOUND',
  },
];

/** A municipality number that is not one, and one outside the region. */
const BAD_MUNICIPALITIES: BadInput[] = [
  {
    why: 'a municipality number that is not one',
    variables: inRegion({ number: '33' }),
    code: 'BAD_USER_INPUT',
  },
  {
    why: 'a municipality outside the region',
    variables: inRegion({ number: '3301' }),
    code: 'NOT_FOUND',
  },
];

const QUERIES: readonly QueryCase[] = [
  { query: 'me', document: '{ me { id roles } }', variables: none, readers: 'everyone', badInput: [] },
  {
    query: 'regions',
    document: 'query($first: Int!) { regions(first: $first) { totalCount } }',
    variables: async () => ({ first: 10 }),
    readers: 'everyone',
    badInput: [{ why: 'first = 0', variables: async () => ({ first: 0 }), code: 'BAD_USER_INPUT' }],
  },
  {
    query: 'region',
    document: 'query($slug: String!) { region(slug: $slug) { name } }',
    variables: async () => ({ slug: 'kongsbergregionen' }),
    readers: 'everyone',
    badInput: [
      { why: 'a malformed slug', variables: async () => ({ slug: 'Ikke Gyldig' }), code: 'BAD_USER_INPUT' },
      { why: 'an unknown region', variables: async () => ({ slug: 'ukjent' }), code: 'NOT_FOUND' },
    ],
  },
  {
    query: 'measures',
    document:
      'query($regionSlug: String!, $first: Int) { measures(regionSlug: $regionSlug, first: $first) { totalCount } }',
    variables: slug('kongsbergregionen'),
    readers: 'everyone',
    badInput: [
      { why: 'first above 200', variables: inRegion({ first: 201 }), code: 'BAD_USER_INPUT' },
      UNKNOWN_REGION,
    ],
  },
  {
    query: 'measure',
    document:
      'query($id: ID, $regionSlug: String, $code: String) { measure(id: $id, regionSlug: $regionSlug, code: $code) { code } }',
    variables: async (api) => ({ id: (await measureRef(api.dataSource, 'T7')).id }),
    readers: 'everyone',
    badInput: [
      { why: 'an id that is not one', variables: async () => ({ id: 'x' }), code: 'BAD_USER_INPUT' },
      { why: 'no id and no code', variables: none, code: 'BAD_USER_INPUT' },
      { why: 'an unknown code', variables: inRegion({ code: 'T99' }), code: 'NOT_FOUND' },
    ],
  },
  {
    query: 'networks',
    document: 'query($regionSlug: String!) { networks(regionSlug: $regionSlug) { totalCount } }',
    variables: slug('kongsbergregionen'),
    readers: 'everyone',
    badInput: [UNKNOWN_REGION],
  },
  {
    query: 'network',
    document: 'query($id: ID!) { network(id: $id) { name } }',
    variables: async (api) => ({ id: await networkId(api.dataSource, 'TEKNISK') }),
    readers: 'everyone',
    badInput: badIds('id', 'network', '42'),
  },
  {
    query: 'strategies',
    document: 'query($networkId: ID!) { strategies(networkId: $networkId) { title } }',
    variables: async (api) => ({ networkId: await networkId(api.dataSource, 'TEKNISK') }),
    readers: 'everyone',
    badInput: [
      {
        why: 'an id that is not one',
        variables: async () => ({ networkId: 'teknisk' }),
        code: 'BAD_USER_INPUT',
      },
    ],
  },
  {
    query: 'strategy',
    document: 'query($id: ID!) { strategy(id: $id) { title } }',
    variables: async (api) => ({
      id: (await api.dataSource.query<{ id: string }[]>('SELECT id FROM strategy LIMIT 1'))[0].id,
    }),
    readers: 'everyone',
    badInput: badIds('id', 'strategy'),
  },
  {
    query: 'decisions',
    document:
      'query($regionSlug: String!, $after: String) { decisions(regionSlug: $regionSlug, after: $after) { totalCount } }',
    variables: slug('kongsbergregionen'),
    readers: 'everyone',
    badInput: [FORGED_CURSOR],
  },
  {
    query: 'auditEvents',
    document:
      'query($regionSlug: String!, $filter: AuditFilter) { auditEvents(regionSlug: $regionSlug, filter: $filter) { totalCount } }',
    variables: slug('kongsbergregionen'),
    readers: ['sekretariat'],
    badInput: [
      {
        why: 'an unknown object type',
        variables: inRegion({ filter: { entityType: 'x' } }),
        code: 'BAD_USER_INPUT',
      },
      {
        why: 'a date that is not one',
        variables: inRegion({ filter: { from: '1. mai' } }),
        code: 'BAD_USER_INPUT',
      },
    ],
  },
  {
    query: 'importJob',
    document: 'query($id: ID!) { importJob(id: $id) { status } }',
    variables: async (api) => {
      const [{ id }]: { id: string }[] = await api.dataSource.query(
        `INSERT INTO import_job (kind, region_id, started_by, status, progress)
         SELECT 'SSB_POPULATION', id, 'test', 'FAILED', 0 FROM region WHERE slug = 'hallingdal' RETURNING id`,
      );
      return { id };
    },
    readers: ['sekretariat'],
    badInput: [
      { why: 'an id that is not one', variables: async () => ({ id: 'x' }), code: 'BAD_USER_INPUT' },
    ],
  },
  ...['measureEconomics', 'benefitPlan'].map((query): QueryCase => ({
    query,
    document: `query($measureId: ID!) { ${query}(measureId: $measureId) { measureId viewerCanEdit } }`,
    variables: async (api) => ({ measureId: (await measureRef(api.dataSource, 'T5')).id }),
    readers: 'everyone',
    badInput: badIds('measureId', 'measure', 'T5'),
  })),
  {
    query: 'costSharePreview',
    document: `query($measureId: ID!, $key: CostKeyInput, $exclude: [String!]) {
      costSharePreview(measureId: $measureId, key: $key, excludeMunicipalityNumbers: $exclude) { error excluded } }`,
    variables: async (api) => ({
      measureId: (await measureRef(api.dataSource, 'T5')).id,
      key: { kind: 'EQUAL' },
      exclude: ['3303'],
    }),
    readers: 'everyone',
    badInput: [
      {
        why: 'an unknown key kind',
        variables: async (api) => ({
          measureId: (await measureRef(api.dataSource, 'T5')).id,
          key: { kind: 'X' },
        }),
        code: 'BAD_USER_INPUT',
      },
      {
        why: 'leaving out a municipality that does not take part',
        variables: async (api) => ({
          measureId: (await measureRef(api.dataSource, 'T7')).id,
          exclude: ['3303'],
        }),
        code: 'BAD_USER_INPUT',
      },
    ],
  },
  {
    query: 'municipalityEconomics',
    document: `query($regionSlug: String!, $number: String!) {
      municipalityEconomics(regionSlug: $regionSlug, municipalityNumber: $number) { measureCount } }`,
    variables: inRegion({ number: '3334' }),
    readers: 'everyone',
    badInput: [
      ...BAD_MUNICIPALITIES,
      {
        why: 'an unknown region',
        variables: async () => ({ regionSlug: 'ukjent', number: '3334' }),
        code: 'NOT_FOUND',
      },
    ],
  },
  {
    query: 'agreements',
    document: `query($regionSlug: String!, $after: String, $filter: AgreementFilter) {
      agreements(regionSlug: $regionSlug, after: $after, filter: $filter) { totalCount nodes { title status } } }`,
    variables: slug('kongsbergregionen'),
    readers: 'everyone',
    badInput: [
      UNKNOWN_REGION,
      FORGED_CURSOR,
      {
        why: 'an unknown status',
        variables: inRegion({ filter: { statuses: ['PAUSED'] } }),
        code: 'BAD_USER_INPUT',
      },
    ],
  },
  {
    query: 'agreement',
    document:
      'query($id: ID!) { agreement(id: $id) { title viewerCanEdit viewerCanDecide versions { number } } }',
    variables: async (api) => ({
      id: (await agreementRef(api, 'Byggesaksbehandling – Kongsberg selger til Flesberg og Rollag')).id,
    }),
    readers: 'everyone',
    badInput: badIds('id', 'agreement', 'T7'),
  },
  {
    query: 'approvalInbox',
    document: '{ approvalInbox { versionNumber municipalityNumber changes { field } agreement { title } } }',
    variables: none,
    readers: ['direktor.flesberg'],
    badInput: [],
  },
  {
    query: 'approvalInboxCount',
    document: '{ approvalInboxCount }',
    variables: none,
    readers: ['direktor.flesberg'],
    badInput: [],
  },
  {
    query: 'municipalityAgreements',
    document: `query($regionSlug: String!, $number: String!, $within: Int, $asOf: String) {
      municipalityAgreements(regionSlug: $regionSlug, municipalityNumber: $number, withinMonths: $within, asOf: $asOf) {
        totalAnnualCost agreements { title endsSoon noticeSoon } } }`,
    variables: inRegion({ number: '3334' }),
    readers: 'everyone',
    badInput: [
      ...BAD_MUNICIPALITIES,
      {
        why: 'more than 120 months',
        variables: inRegion({ number: '3334', within: 500 }),
        code: 'BAD_USER_INPUT',
      },
      {
        why: 'a day that does not exist',
        variables: inRegion({ number: '3334', asOf: '2027-02-29' }),
        code: 'BAD_USER_INPUT',
      },
    ],
  },
  {
    query: 'notifications',
    document:
      'query($first: Int, $after: String) { notifications(first: $first, after: $after) { totalCount nodes { kind } } }',
    variables: async () => ({ first: 20 }),
    readers: 'everyone',
    badInput: [
      { why: 'first = 0', variables: async () => ({ first: 0 }), code: 'BAD_USER_INPUT' },
      { why: 'a forged cursor', variables: async () => ({ after: '!' }), code: 'BAD_USER_INPUT' },
    ],
  },
  {
    query: 'unreadNotificationCount',
    document: '{ unreadNotificationCount }',
    variables: none,
    readers: 'everyone',
    badInput: [],
  },
  {
    query: 'regionEconomics',
    document: 'query($regionSlug: String!) { regionEconomics(regionSlug: $regionSlug) { years { year } } }',
    variables: slug('kongsbergregionen'),
    readers: 'everyone',
    badInput: [UNKNOWN_REGION],
  },
  ...OVERVIEW_QUERIES,
  ...INDICATOR_QUERIES,
  ...PREPAREDNESS_QUERIES,
  ...REPORTING_QUERIES,
  ...FOCUS_QUERIES,
  ...GOVERNANCE_QUERIES,
  ...SELF_EVALUATION_QUERIES,
  ...PLAN_QUERIES,
  ...PUBLISHING_QUERIES,
];

const SIGNED_IN: readonly DemoUsername[] = [
  'sekretariat',
  'leder.teknisk',
  'direktor.flesberg',
  'medlem.tinn',
  'politiker',
];

describe('query access', () => {
  const api = useTestApp();
  const tokens = useDemoTokens();

  it('covers every query of the schema', () => {
    const fields = Object.keys(
      api.app.get(GraphQLSchemaHost).schema.getQueryType()?.getFields() ?? {},
    ).sort();
    expect(QUERIES.map((entry) => entry.query).sort()).toEqual(fields);
  });

  for (const entry of QUERIES) {
    describe(entry.query, () => {
      it('refuses an anonymous caller', async () => {
        expect(errorCode(await api.gql(entry.document, { variables: await entry.variables(api) }))).toBe(
          'UNAUTHENTICATED',
        );
      });

      for (const username of SIGNED_IN) {
        const allowed = entry.readers === 'everyone' || entry.readers.includes(username);
        it(`${allowed ? 'answers' : 'refuses'} ${username}`, async () => {
          const response = await api.gql(entry.document, {
            token: tokens[username],
            variables: await entry.variables(api),
          });
          if (allowed) {
            expect(response.errors).toBeUndefined();
            // An answer, not necessarily truthy: a count may be 0.
            expect(response.data?.[entry.query] ?? null).not.toBeNull();
          } else {
            expect(errorCode(response)).toBe('FORBIDDEN');
          }
        });
      }

      for (const bad of entry.badInput) {
        it(`answers ${bad.code} for ${bad.why}, with a sentence`, async () => {
          const response = await api.gql(entry.document, {
            token: tokens.sekretariat,
            variables: await bad.variables(api),
          });
          expect(errorCode(response)).toBe(bad.code);
          expect(response.errors?.[0]?.message.length).toBeGreaterThan(10);
        });
      }
    });
  }
});
