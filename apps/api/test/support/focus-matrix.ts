/** The focus feature's rows of the authorization matrix, and its queries for query-access.spec.ts. */
import { DataSource } from 'typeorm';

import { OperationCase, QueryCase, refusedFor } from './matrix';
import type { DemoUsername } from './portfolio';
import type { TestApp } from './test-app';

const REGION = 'kongsbergregionen';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/** The id of a seeded focus item: the region's own (municipality null) or a municipality's. */
export async function focusItemId(
  dataSource: DataSource,
  name: string,
  municipalityNumber: string | null = null,
): Promise<string> {
  const [row]: { id: string }[] = await dataSource.query(
    'SELECT id FROM focus_item WHERE name = $1 AND municipality_number IS NOT DISTINCT FROM $2',
    [name, municipalityNumber],
  );
  if (!row) throw new Error(`no focus item ${name}`);
  return row.id;
}

const AGENCIES = (api: TestApp) => focusItemId(api.dataSource, 'Bruk av vikarbyrå');
const KONGSBERG_SICK_LEAVE = (api: TestApp) => focusItemId(api.dataSource, 'Sykefravær', '3303');

const ITEM = '{ id version name status latest { period value status } }';
const NOT_SECRETARIAT: readonly (DemoUsername | null)[] = [
  null,
  'leder.teknisk',
  'direktor.kongsberg',
  'medlem.tinn',
  'politiker',
];

let created = 0;
const createVars =
  (extra: Record<string, unknown> = {}) =>
  async () => ({
    input: {
      regionSlug: REGION,
      name: `Overtid ${++created}`,
      unit: 'timer',
      direction: 'LOWER',
      frequency: 'MONTHLY',
      description: 'Fra lønnssystemet',
      ...extra,
    },
  });

const itemVars =
  (item: (api: TestApp) => Promise<string>, extra: Record<string, unknown> = {}) =>
  async (api: TestApp) => {
    const id = await item(api);
    const rows: { version: number }[] = await api.dataSource.query(
      'SELECT version FROM focus_item WHERE id = $1',
      [id],
    );
    const version = rows[0]?.version ?? 1;
    return {
      input: {
        id,
        expectedVersion: version,
        name: 'Bruk av vikarbyrå',
        unit: 'kr',
        direction: 'LOWER',
        description: 'Kjøp av vikartjenester (fra regnskapet).',
        ...extra,
      },
    };
  };

const targetVars =
  (item: (api: TestApp) => Promise<string>, extra: Record<string, unknown> = {}) =>
  async (api: TestApp) => ({
    input: { focusItemId: await item(api), period: '2026-07', value: '1150000', ...extra },
  });

let month = 0;
const recordVars =
  (item: (api: TestApp) => Promise<string>, extra: Record<string, unknown> = {}) =>
  async (api: TestApp) => ({
    input: { focusItemId: await item(api), period: '2027-01', value: `${1000 + ++month}`, ...extra },
  });

const csv = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const importVars =
  (text: string, extra: Record<string, unknown> = {}) =>
  async () => ({ input: { regionSlug: REGION, fileBase64: csv(text), ...extra } });

export const FOCUS_MATRIX: readonly OperationCase[] = [
  {
    operation: 'createFocusItem',
    document: `mutation($input: CreateFocusItemInput!) { createFocusItem(input: $input) ${ITEM} }`,
    attempts: [
      ...refusedFor(NOT_SECRETARIAT, createVars()),
      {
        as: 'sekretariat',
        why: 'a municipality outside the region',
        expect: 'BAD_USER_INPUT',
        variables: createVars({ municipalityNumber: '3301' }),
      },
      {
        as: 'sekretariat',
        why: 'a name the region already has',
        expect: 'BAD_USER_INPUT',
        variables: createVars({ name: 'bruk av vikarbyrå' }),
      },
      {
        as: 'sekretariat',
        why: 'an unknown direction',
        expect: 'BAD_USER_INPUT',
        variables: createVars({ direction: 'SIDEWAYS' }),
      },
      {
        as: 'sekretariat',
        why: 'an unknown region',
        expect: 'NOT_FOUND',
        variables: createVars({ regionSlug: 'ukjent' }),
      },
      { as: 'sekretariat', why: 'the secretariat for the region', expect: 'OK', variables: createVars() },
      {
        as: 'sekretariat',
        why: 'the secretariat for a member',
        expect: 'OK',
        variables: createVars({ municipalityNumber: '3303' }),
      },
    ],
  },
  {
    operation: 'updateFocusItem',
    document: `mutation($input: UpdateFocusItemInput!) { updateFocusItem(input: $input) ${ITEM} }`,
    attempts: [
      ...refusedFor(NOT_SECRETARIAT, itemVars(AGENCIES)),
      {
        as: 'sekretariat',
        why: 'a name of another item',
        expect: 'BAD_USER_INPUT',
        variables: itemVars(AGENCIES, { name: 'Bruk av konsulenter' }),
      },
      {
        as: 'sekretariat',
        why: 'an unknown item',
        expect: 'NOT_FOUND',
        variables: itemVars(async () => UNKNOWN),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: itemVars(AGENCIES) },
    ],
  },
  {
    operation: 'setFocusTarget',
    document: `mutation($input: SetFocusTargetInput!) { setFocusTarget(input: $input) ${ITEM} }`,
    attempts: [
      ...refusedFor(NOT_SECRETARIAT, targetVars(AGENCIES)),
      {
        as: 'sekretariat',
        why: 'a quarter for a monthly item',
        expect: 'BAD_USER_INPUT',
        variables: targetVars(AGENCIES, { period: '2026-Q3' }),
      },
      {
        as: 'sekretariat',
        why: 'a decimal comma',
        expect: 'BAD_USER_INPUT',
        variables: targetVars(AGENCIES, { value: '1,5' }),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: targetVars(AGENCIES) },
    ],
  },
  {
    operation: 'recordFocusValue',
    document: `mutation($input: RecordFocusValueInput!) { recordFocusValue(input: $input) ${ITEM} }`,
    attempts: [
      ...refusedFor([null, 'leder.teknisk', 'medlem.tinn', 'politiker'], recordVars(AGENCIES)),
      ...refusedFor(['direktor.kongsberg'], recordVars(AGENCIES), 'a director for the region'),
      ...refusedFor(
        ['direktor.flesberg'],
        recordVars(KONGSBERG_SICK_LEAVE, { period: '2027-Q1' }),
        'a director for another municipality',
      ),
      {
        as: 'sekretariat',
        why: 'a year for a monthly item',
        expect: 'BAD_USER_INPUT',
        variables: recordVars(AGENCIES, { period: '2027' }),
      },
      {
        as: 'sekretariat',
        why: 'a value too large',
        expect: 'BAD_USER_INPUT',
        variables: recordVars(AGENCIES, { value: '123456789012345' }),
      },
      {
        as: 'sekretariat',
        why: 'an unknown item',
        expect: 'NOT_FOUND',
        variables: recordVars(async () => UNKNOWN),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: recordVars(AGENCIES) },
      {
        as: 'direktor.kongsberg',
        why: 'a director for their own municipality',
        expect: 'OK',
        variables: recordVars(KONGSBERG_SICK_LEAVE, { period: '2027-Q1' }),
      },
    ],
  },
  {
    operation: 'importFocusValues',
    document: `mutation($input: ImportFocusValuesInput!) { importFocusValues(input: $input) { saved replaced } }`,
    attempts: [
      ...refusedFor(NOT_SECRETARIAT, importVars('fokuspost;periode;verdi\nBruk av vikarbyrå;2027-02;1000\n')),
      {
        as: 'sekretariat',
        why: 'a file with a bad row',
        expect: 'BAD_USER_INPUT',
        variables: importVars('fokuspost;periode;verdi\nBruk av vikarbyrå;2027-02;1000\nUkjent;2027-02;1\n'),
      },
      {
        as: 'sekretariat',
        why: 'a file that is not UTF-8',
        expect: 'BAD_USER_INPUT',
        variables: async () => ({
          input: { regionSlug: REGION, fileBase64: Buffer.from([0x66, 0xff, 0xfe, 0x0a]).toString('base64') },
        }),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat',
        expect: 'OK',
        variables: importVars(
          'fokuspost;kommune;periode;verdi\nBruk av vikarbyrå;;2027-02;1 000\nSykefravær;3303;2027-Q2;6,1\n',
        ),
      },
    ],
  },
  {
    operation: 'postFocusValues',
    document: `mutation($input: PostFocusValuesInput!) { postFocusValues(input: $input) { saved replaced } }`,
    // The integration client's own cases (it may, and nothing else) are in focus-integration.spec.ts.
    attempts: refusedFor(
      [null, 'sekretariat', 'leder.teknisk', 'direktor.kongsberg', 'medlem.tinn', 'politiker'],
      async (api) => ({
        input: { values: [{ focusItemId: await AGENCIES(api), period: '2027-03', value: '1' }] },
      }),
      'a person',
    ),
  },
];

export const FOCUS_QUERIES: readonly QueryCase[] = [
  {
    query: 'focusItems',
    document:
      'query($regionSlug: String!, $municipalityNumber: String) { focusItems(regionSlug: $regionSlug, municipalityNumber: $municipalityNumber) { viewerCanDefine items { id name status trend } } }',
    variables: async () => ({ regionSlug: REGION }),
    readers: 'everyone',
    badInput: [
      { why: 'an unknown region', variables: async () => ({ regionSlug: 'ukjent' }), code: 'NOT_FOUND' },
      {
        why: 'a municipality number that is not one',
        variables: async () => ({ regionSlug: REGION, municipalityNumber: '33' }),
        code: 'BAD_USER_INPUT',
      },
    ],
  },
  {
    query: 'focusItem',
    document: 'query($id: ID!) { focusItem(id: $id) { id name values { period value target status } } }',
    variables: async (api) => ({ id: await AGENCIES(api) }),
    readers: 'everyone',
    badInput: [
      { why: 'an id that is not one', variables: async () => ({ id: 'x' }), code: 'BAD_USER_INPUT' },
      { why: 'an unknown focus item', variables: async () => ({ id: UNKNOWN }), code: 'NOT_FOUND' },
    ],
  },
];
