/** The readiness gates' and steering document's rows of the authorization matrix, and their query. */
import { NON_EDITORS, OperationCase, QueryCase, refusedFor } from './matrix';
import { measureRef, networkId } from './portfolio';
import type { TestApp } from './test-app';

const settingsVars =
  (extra: Record<string, unknown> = {}) =>
  async (api: TestApp) => {
    const [row]: { version: number }[] = await api.dataSource.query(
      `SELECT g.version FROM region_governance g JOIN region r ON r.id = g.region_id WHERE r.slug = 'kongsbergregionen'`,
    );
    const items: { id: string; label: string }[] = await api.dataSource.query(
      `SELECT i.id, i.label FROM governance_checklist_item i JOIN region r ON r.id = i.region_id
        WHERE r.slug = 'kongsbergregionen' AND i.active ORDER BY i.position`,
    );
    return {
      input: {
        regionSlug: 'kongsbergregionen',
        version: row?.version ?? 0,
        requireAnchoring: true,
        requireEconomics: false,
        requireChecklist: false,
        requireUnionConsultation: true,
        checklist: items.map(({ id, label }) => ({ id, label })),
        ...extra,
      },
    };
  };

const anchoringVars =
  (code: string, extra: Record<string, unknown> = {}) =>
  async (api: TestApp) => {
    const measure = await measureRef(api.dataSource, code);
    return {
      input: {
        measureId: measure.id,
        version: measure.version,
        decidedOn: '2026-11-20',
        body: 'Kongsberg kommunestyre',
        caseReference: 'PS 90/26',
        ...extra,
      },
    };
  };

const checklistVars =
  (code: string, extra: Record<string, unknown> = {}) =>
  async (api: TestApp) => {
    const measure = await measureRef(api.dataSource, code);
    const [item]: { id: string }[] = await api.dataSource.query(
      'SELECT id FROM governance_checklist_item WHERE active ORDER BY position LIMIT 1',
    );
    return {
      input: { measureId: measure.id, version: measure.version, itemId: item.id, done: true, ...extra },
    };
  };

const steeringVars =
  (code: string, extra: (api: TestApp) => Promise<Record<string, unknown>> = async () => ({})) =>
  async (api: TestApp) => {
    const measure = await measureRef(api.dataSource, code);
    return {
      input: {
        measureId: measure.id,
        version: measure.version,
        mandate: 'Nettverket lager felles rutiner.',
        ...(await extra(api)),
      },
    };
  };

export const GOVERNANCE_MATRIX: readonly OperationCase[] = [
  {
    operation: 'setRegionGovernance',
    document:
      'mutation($input: SetRegionGovernanceInput!) { setRegionGovernance(input: $input) { version checklist { id } } }',
    attempts: [
      ...refusedFor([null, 'leder.teknisk', ...NON_EDITORS], settingsVars()),
      {
        as: 'sekretariat',
        why: 'a checklist item of no region',
        expect: 'BAD_USER_INPUT',
        variables: settingsVars({
          checklist: [{ id: '00000000-0000-4000-8000-000000000000', label: 'Ukjent' }],
        }),
      },
      {
        as: 'sekretariat',
        why: 'an empty checklist label',
        expect: 'BAD_USER_INPUT',
        variables: settingsVars({ checklist: [{ label: '' }] }),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: settingsVars() },
    ],
  },
  {
    operation: 'recordPoliticalAnchoring',
    document:
      'mutation($input: RecordPoliticalAnchoringInput!) { recordPoliticalAnchoring(input: $input) { politicalAnchoring } }',
    attempts: [
      ...refusedFor([null, ...NON_EDITORS], anchoringVars('T1')),
      ...refusedFor(['leder.teknisk'], anchoringVars('O2'), 'leader of another network'),
      {
        as: 'leder.teknisk',
        why: 'a date that is not one',
        expect: 'BAD_USER_INPUT',
        variables: anchoringVars('T1', { decidedOn: '20.11.2026' }),
      },
      { as: 'leder.teknisk', why: 'the owning network leader', expect: 'OK', variables: anchoringVars('T1') },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: anchoringVars('O3') },
    ],
  },
  {
    operation: 'setMeasureChecklistItem',
    document:
      'mutation($input: SetMeasureChecklistItemInput!) { setMeasureChecklistItem(input: $input) { version } }',
    attempts: [
      ...refusedFor([null, ...NON_EDITORS], checklistVars('T1')),
      ...refusedFor(['leder.teknisk'], checklistVars('O3'), 'leader of another network'),
      {
        as: 'leder.teknisk',
        why: 'an item not in the checklist',
        expect: 'BAD_USER_INPUT',
        variables: checklistVars('T1', { itemId: '00000000-0000-4000-8000-000000000000' }),
      },
      { as: 'leder.teknisk', why: 'the owning network leader', expect: 'OK', variables: checklistVars('T1') },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: checklistVars('O3') },
    ],
  },
  {
    operation: 'saveMeasureSteering',
    document:
      'mutation($input: SaveMeasureSteeringInput!) { saveMeasureSteering(input: $input) { version } }',
    attempts: [
      ...refusedFor([null, ...NON_EDITORS], steeringVars('T1')),
      ...refusedFor(['leder.teknisk'], steeringVars('O3'), 'leader of another network'),
      {
        as: 'leder.teknisk',
        why: 'the owning network as a co-operating one',
        expect: 'BAD_USER_INPUT',
        variables: steeringVars('T1', async (api) => ({
          cooperatingNetworkIds: [await networkId(api.dataSource, 'TEKNISK')],
        })),
      },
      {
        as: 'leder.teknisk',
        why: 'a responsible person who is no network member',
        expect: 'BAD_USER_INPUT',
        variables: steeringVars('T1', async () => ({
          responsibleMemberId: '00000000-0000-4000-8000-000000000000',
        })),
      },
      { as: 'leder.teknisk', why: 'the owning network leader', expect: 'OK', variables: steeringVars('T1') },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: steeringVars('O3') },
    ],
  },
];

export const GOVERNANCE_QUERIES: readonly QueryCase[] = [
  {
    query: 'regionGovernance',
    document:
      'query($regionSlug: String!) { regionGovernance(regionSlug: $regionSlug) { requireAnchoring } }',
    variables: async () => ({ regionSlug: 'kongsbergregionen' }),
    readers: 'everyone',
    badInput: [
      { why: 'an unknown region', variables: async () => ({ regionSlug: 'ukjent' }), code: 'NOT_FOUND' },
    ],
  },
];
