/** The publishing feature's rows of the authorization matrix, and its queries for query-access.spec.ts. */
import { OperationCase, QueryCase, refusedFor } from './matrix';
import type { DemoUsername } from './portfolio';
import type { TestApp } from './test-app';

const REGION = 'kongsbergregionen';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const NOT_SECRETARIAT: readonly (DemoUsername | null)[] = [
  null,
  'leder.teknisk',
  'direktor.kongsberg',
  'medlem.tinn',
  'politiker',
];

const setVars =
  (section: string, published: boolean, regionSlug = REGION) =>
  async () => ({ input: { regionSlug, section, published } });

const statementVars =
  (extra: Record<string, unknown> = {}) =>
  async () => ({
    input: {
      regionSlug: REGION,
      conformance: 'PARTIAL',
      deviations: 'Diagrammene er ikke beskrevet punkt for punkt.\n\nPDF-rapportene er ikke kontrollert.',
      feedbackEmail: 'post@kongsbergregionen.example',
      lastReviewed: '2026-11-30',
      ...extra,
    },
  });

/** A message from the public in the demo region, inserted for the case that marks it. */
export async function feedbackId(api: TestApp): Promise<string> {
  const [row]: { id: string }[] = await api.dataSource.query(
    `INSERT INTO public_feedback (region_id, message)
     SELECT id, 'Tabellen på oversikten er vanskelig å lese på mobil.' FROM region WHERE slug = $1 RETURNING id`,
    [REGION],
  );
  return row.id;
}

const markVars = (read: boolean) => async (api: TestApp) => ({ input: { id: await feedbackId(api), read } });

export const PUBLISHING_MATRIX: readonly OperationCase[] = [
  {
    operation: 'setPublishing',
    document:
      'mutation($input: SetPublishingInput!) { setPublishing(input: $input) { regionSlug sections { section published } } }',
    attempts: [
      ...refusedFor(NOT_SECRETARIAT, setVars('INDICATORS', true)),
      {
        as: 'sekretariat',
        why: 'the implementation plan before it exists',
        expect: 'BAD_USER_INPUT',
        variables: setVars('PLAN', true),
      },
      {
        as: 'sekretariat',
        why: 'an unknown region',
        expect: 'NOT_FOUND',
        variables: setVars('INDICATORS', true, 'finnes-ikke'),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: setVars('INDICATORS', true) },
      {
        as: 'sekretariat',
        why: 'the secretariat takes a section down',
        expect: 'OK',
        variables: setVars('INDICATORS', false),
      },
    ],
  },
  {
    operation: 'saveAccessibilityStatement',
    document:
      'mutation($input: SaveAccessibilityStatementInput!) { saveAccessibilityStatement(input: $input) { statement { conformance version } } }',
    attempts: [
      ...refusedFor(NOT_SECRETARIAT, statementVars()),
      {
        as: 'sekretariat',
        why: 'an address that is not one',
        expect: 'BAD_USER_INPUT',
        variables: statementVars({ feedbackEmail: 'Sekretariatet <post@example>' }),
      },
      {
        as: 'sekretariat',
        why: 'a review date in the future',
        expect: 'BAD_USER_INPUT',
        variables: statementVars({ lastReviewed: '2999-01-01' }),
      },
      {
        as: 'sekretariat',
        why: 'a date that does not exist',
        expect: 'BAD_USER_INPUT',
        variables: statementVars({ lastReviewed: '2026-02-30' }),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: statementVars() },
    ],
  },
  {
    operation: 'markPublicFeedback',
    document:
      'mutation($input: MarkPublicFeedbackInput!) { markPublicFeedback(input: $input) { id readAt } }',
    attempts: [
      ...refusedFor(NOT_SECRETARIAT, markVars(true)),
      {
        as: 'sekretariat',
        why: 'an id that is not one',
        expect: 'BAD_USER_INPUT',
        variables: async () => ({ input: { id: 'x', read: true } }),
      },
      {
        as: 'sekretariat',
        why: 'unknown feedback',
        expect: 'NOT_FOUND',
        variables: async () => ({ input: { id: UNKNOWN, read: true } }),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: markVars(true) },
    ],
  },
  {
    operation: 'createPublishingPreview',
    document:
      'mutation($regionSlug: String!) { createPublishingPreview(regionSlug: $regionSlug) { path expiresAt } }',
    attempts: [
      ...refusedFor(NOT_SECRETARIAT, async () => ({ regionSlug: REGION })),
      {
        as: 'sekretariat',
        why: 'an unknown region',
        expect: 'NOT_FOUND',
        variables: async () => ({ regionSlug: 'finnes-ikke' }),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat',
        expect: 'OK',
        variables: async () => ({ regionSlug: REGION }),
      },
    ],
  },
];

export const PUBLISHING_QUERIES: readonly QueryCase[] = [
  {
    query: 'publishing',
    document:
      'query($regionSlug: String!) { publishing(regionSlug: $regionSlug) { publicPath sections { section published available } statement { conformance lastReviewed } unreadFeedback } }',
    variables: async () => ({ regionSlug: REGION }),
    readers: ['sekretariat'],
    badInput: [
      { why: 'an unknown region', variables: async () => ({ regionSlug: 'ukjent' }), code: 'NOT_FOUND' },
    ],
  },
  {
    query: 'publicFeedback',
    document:
      'query($regionSlug: String!, $after: String) { publicFeedback(regionSlug: $regionSlug, after: $after) { totalCount nodes { id message } } }',
    variables: async () => ({ regionSlug: REGION }),
    readers: ['sekretariat'],
    badInput: [
      { why: 'an unknown region', variables: async () => ({ regionSlug: 'ukjent' }), code: 'NOT_FOUND' },
      {
        why: 'a forged cursor',
        variables: async () => ({ regionSlug: REGION, after: 'x' }),
        code: 'BAD_USER_INPUT',
      },
    ],
  },
];
