/**
 * Indicators beyond the strategy goals and reminders when a value is due: a KPI set of the region with its table and
 * Excel export, an indicator on a measure on the measure's table, the network's and the region's tables, and the
 * scheduled reminder — exactly one notification for a due indicator however many runs race, none once the value is
 * recorded, however many runs of two replicas of the app race. Time is the test's: the runs are given `now`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { IndicatorReminderService } from '@samarbeid/api/indicators';
import ExcelJS from 'exceljs';

import { createApp } from '../src/app/create-app';
import { measureId } from './support/indicator-placements-matrix';
import { DemoUsername, tokensForAll } from './support/portfolio';
import { bootTestApp, TestApp } from './support/test-app';

const CREATE_SET = `mutation($input: CreateKpiSetInput!) { createKpiSet(input: $input) { id name viewerCanManage } }`;
const ADD = `mutation($input: AddIndicatorInput!) { addIndicator(input: $input) { id placement placedOn frequency } }`;
const RECORD = `mutation($input: RecordIndicatorValueInput!) { recordIndicatorValue(input: $input) { id } }`;
const BOARD = `query($scope: IndicatorScope!, $id: String!) { indicatorScopeBoard(scope: $scope, id: $id) {
  scope title networkName municipalityNumber viewerCanManage exportPath municipalities { number }
  indicators { id name placement placedOn missingPeriods viewerCanRecordFor series { municipalityNumber status } } } }`;

interface Board {
  scope: string;
  title: string;
  networkName: string | null;
  municipalityNumber: string | null;
  viewerCanManage: boolean;
  exportPath: string;
  municipalities: { number: string }[];
  indicators: {
    id: string;
    name: string;
    placement: string;
    placedOn: string;
    missingPeriods: string[];
    viewerCanRecordFor: string[];
    series: { municipalityNumber: string | null; status: string }[];
  }[];
}

describe('indicators on measures, benefits and KPI sets', () => {
  let api: TestApp;
  let tokens: Record<DemoUsername, string>;
  const suffix = Date.now().toString(36);

  beforeAll(async () => {
    api = await bootTestApp();
    tokens = await tokensForAll();
  });
  afterAll(() => api.close());

  const ok = async <T>(as: DemoUsername, query: string, variables: Record<string, unknown>): Promise<T> => {
    const response = await api.gql<T>(query, { token: tokens[as], variables });
    expect(response.errors).toBeUndefined();
    return response.data as T;
  };

  const indicator = (home: Record<string, string>, extra: Record<string, unknown> = {}) => ({
    input: {
      ...home,
      name: `Sykefravær ${suffix}`,
      unit: 'prosent',
      baselineYear: 2001,
      baselineValue: '8.5',
      targetYear: 2005,
      targetValue: '6',
      direction: 'DECREASE',
      ...extra,
    },
  });

  const createSet = async (as: DemoUsername, name: string, municipalityNumber?: string) =>
    (
      await ok<{ createKpiSet: { id: string; viewerCanManage: boolean } }>(as, CREATE_SET, {
        input: {
          regionSlug: 'kongsbergregionen',
          name,
          ...(municipalityNumber ? { municipalityNumber } : {}),
        },
      })
    ).createKpiSet;

  const board = async (as: DemoUsername, scope: string, id: string): Promise<Board> =>
    (await ok<{ indicatorScopeBoard: Board }>(as, BOARD, { scope, id })).indicatorScopeBoard;

  it("keeps the region's KPI set with its table and Excel export", async () => {
    const set = await createSet('sekretariat', `Nøkkeltall ${suffix}`);
    expect(set.viewerCanManage).toBe(true);
    const added = await ok<{ addIndicator: { placement: string; placedOn: string; frequency: string } }>(
      'sekretariat',
      ADD,
      indicator({ kpiSetId: set.id }),
    );
    expect(added.addIndicator).toMatchObject({
      placement: 'KPI_SET',
      placedOn: `Nøkkeltall ${suffix}`,
      frequency: 'YEARLY',
    });
    const table = await board('politiker', 'KPI_SET', set.id);
    expect(table).toMatchObject({ scope: 'KPI_SET', title: `Nøkkeltall ${suffix}`, viewerCanManage: false });
    expect(table.indicators.map((row) => row.name)).toEqual([`Sykefravær ${suffix}`]);
    expect(table.indicators[0].missingPeriods).toEqual(['2001', '2002', '2003', '2004', '2005']);
    const history = await api.dataSource.query<{ entity_type: string; action: string }[]>(
      `SELECT entity_type, action FROM audit_event WHERE entity_id = $1 OR entity_id = $2 ORDER BY occurred_at`,
      [set.id, table.indicators[0].id],
    );
    expect(history).toEqual([
      { entity_type: 'kpi_set', action: 'CREATE' },
      { entity_type: 'indicator', action: 'CREATE' },
    ]);

    const response = await fetch(`${api.url}/exports/${table.exportPath}`, {
      headers: { authorization: `Bearer ${tokens.politiker}` },
    });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('Indikatorer');
    expect(sheet?.getCell('A1').value).toBe(`Nøkkeltall ${suffix} – indikatorer for Kongsbergregionen`);
    expect(sheet?.getRow(5).getCell(2).value).toBe(`Sykefravær ${suffix}`);
  });

  it("keeps a municipality's set to that municipality", async () => {
    const set = await createSet('direktor.kongsberg', `Kongsbergs nøkkeltall ${suffix}`, '3303');
    await ok('direktor.kongsberg', ADD, indicator({ kpiSetId: set.id }));
    const table = await board('direktor.kongsberg', 'KPI_SET', set.id);
    expect(table.municipalityNumber).toBe('3303');
    expect(table.municipalities).toEqual([{ number: '3303' }]);
    expect(table.indicators[0].series.map((series) => series.municipalityNumber)).toEqual(['3303']);
    expect(table.indicators[0].viewerCanRecordFor).toEqual(['3303']);
  });

  it("shows a measure's indicator on the measure's, the network's and the region's tables", async () => {
    const measure = await measureId(api.dataSource, true);
    const added = await ok<{ addIndicator: { id: string; placedOn: string } }>(
      'leder.teknisk',
      ADD,
      indicator({ measureId: measure }, { name: `Saksbehandlingstid ${suffix}` }),
    );
    const own = await board('leder.teknisk', 'MEASURE', measure);
    expect(own.viewerCanManage).toBe(true);
    expect(own.indicators.map((row) => row.id)).toContain(added.addIndicator.id);
    expect(own.indicators.find((row) => row.id === added.addIndicator.id)?.placement).toBe('MEASURE');
    const [{ network_id: network }] = await api.dataSource.query<{ network_id: string }[]>(
      'SELECT network_id FROM measure WHERE id = $1',
      [measure],
    );
    const networkTable = await board('politiker', 'NETWORK', network);
    expect(networkTable.indicators.map((row) => row.placement)).toEqual(
      expect.arrayContaining(['GOAL', 'MEASURE']),
    );
    expect(networkTable.indicators.map((row) => row.id)).toContain(added.addIndicator.id);
    const region = await board('politiker', 'REGION', 'kongsbergregionen');
    expect(region.indicators.map((row) => row.id)).toContain(added.addIndicator.id);
    const exported = await fetch(`${api.url}/exports/${region.exportPath}`, {
      headers: { authorization: `Bearer ${tokens.politiker}` },
    });
    expect(exported.status).toBe(200);
  });

  describe('reminders when a value is due', () => {
    /** The notifications that link to the set's page. */
    const notices = async (setId: string): Promise<{ kind: string; title: string }[]> =>
      api.dataSource.query(
        'SELECT kind, title FROM notification WHERE link = $1 AND recipient_user_id IS NOT NULL ORDER BY title',
        [`/indikatorer/sett/${setId}`],
      );

    it('reminds the owner once of a missing value, however many runs of two replicas race, and not once it is recorded', async () => {
      const set = await createSet('sekretariat', `Påminnelser ${suffix}`);
      const due = await ok<{ addIndicator: { id: string } }>(
        'sekretariat',
        ADD,
        indicator({ kpiSetId: set.id }, { name: `Mangler verdi ${suffix}` }),
      );
      const recorded = await ok<{ addIndicator: { id: string } }>(
        'sekretariat',
        ADD,
        indicator({ kpiSetId: set.id }, { name: `Har verdi ${suffix}` }),
      );
      await ok('sekretariat', RECORD, {
        input: { indicatorId: recorded.addIndicator.id, period: '2005', value: '6.5' },
      });
      const reminders = api.app.get(IndicatorReminderService);
      // A second replica of the app on the same database, as in production.
      const second = await createApp(api.config);
      await second.init();
      // 2006-03-01: 2005 is the last closed year, within both indicators' years (2001–2005).
      const at = new Date('2006-03-01T09:00:00Z');
      try {
        const replicas = [reminders, second.get(IndicatorReminderService)];
        await Promise.all([...replicas, ...replicas].map((replica) => replica.remindAll(at)));
      } finally {
        await second.close();
      }
      expect(await notices(set.id)).toEqual([
        { kind: 'INDICATOR_DUE', title: `Verdi mangler: Mangler verdi ${suffix} (2005)` },
      ]);
      await reminders.remindAll(new Date('2006-09-01T09:00:00Z'));
      expect(await notices(set.id)).toHaveLength(1);
      const [{ count }] = await api.dataSource.query<{ count: number }[]>(
        'SELECT count(*)::int AS count FROM indicator_reminder WHERE indicator_id = ANY($1::uuid[])',
        [[due.addIndicator.id, recorded.addIndicator.id]],
      );
      expect(count).toBe(1);
    });

    it("reminds a municipality's director of their set's missing value", async () => {
      const set = await createSet('direktor.kongsberg', `Kongsberg påminnelser ${suffix}`, '3303');
      await ok('direktor.kongsberg', ADD, indicator({ kpiSetId: set.id }, { name: `Kongsberg ${suffix}` }));
      await api.app.get(IndicatorReminderService).remindAll(new Date('2006-03-01T09:00:00Z'));
      const rows = await api.dataSource.query<{ recipient_municipality: string; recipient_role: string }[]>(
        'SELECT recipient_municipality, recipient_role FROM notification WHERE link = $1',
        [`/indikatorer/sett/${set.id}`],
      );
      expect(rows).toEqual([{ recipient_municipality: '3303', recipient_role: 'municipal-director' }]);
    });
  });
});
