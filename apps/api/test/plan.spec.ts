/**
 * The implementation plan end to end over HTTP: the plan of the demo region, dates moved after a baseline was frozen
 * (the comparison lists the slip in days), a dependency conflict after a move, the Excel sheet read back cell by cell,
 * the calendar feed parsed by ical.js, a revoked feed answering 404, and the plan read in a bounded number of
 * statements.
 */
import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';

import { DEMO_BASELINE } from './support/plan-matrix';
import { countStatements, measureRef, useDemoTokens } from './support/portfolio';
import { errorCode, useTestApp } from './support/test-app';

const REGION = 'kongsbergregionen';

interface Bar {
  id: string;
  code: string;
  startDate: string | null;
  endDate: string | null;
  version: number;
  flags: string[];
  milestones: { id: string; name: string; date: string }[];
  baselineStart: string | null;
}
interface PlanAnswer {
  plan: {
    totalCount: number;
    bars: Bar[];
    conflicts: {
      measureCode: string;
      dependsOnCode: string;
      kind: string;
      daysEarly: number;
      earliestStart: string;
    }[];
    overloads: { networkName: string; month: string; count: number; capacity: number }[];
    baselines: { id: string; name: string }[];
    differences: {
      code: string;
      change: string;
      startSlipDays: number | null;
      endSlipDays: number | null;
      milestones: { name: string; slipDays: number | null }[];
    }[];
  };
}

const PLAN = `query($regionSlug: String!, $baselineId: ID, $networkIds: [ID!]) {
  plan(regionSlug: $regionSlug, baselineId: $baselineId, networkIds: $networkIds) {
    totalCount
    bars { id code startDate endDate version flags baselineStart milestones { id name date } }
    conflicts { measureCode dependsOnCode kind daysEarly earliestStart }
    overloads { networkName month count capacity }
    baselines { id name }
    differences { code change startSlipDays endSlipDays milestones { name slipDays } }
  } }`;

const MOVE = `mutation($input: MoveMeasureInput!) { moveMeasure(input: $input) { version startDate endDate } }`;

describe('implementation plan', () => {
  const api = useTestApp();
  const tokens = useDemoTokens();

  const plan = async (variables: Record<string, unknown> = {}) => {
    const response = await api.gql<PlanAnswer>(PLAN, {
      token: tokens.sekretariat,
      variables: { regionSlug: REGION, ...variables },
    });
    expect(response.errors).toBeUndefined();
    return (response.data as PlanAnswer).plan;
  };
  const bar = (answer: PlanAnswer['plan'], code: string): Bar => {
    const found = answer.bars.find((b) => b.code === code);
    if (!found) throw new Error(`no bar ${code}`);
    return found;
  };
  const move = async (
    code: string,
    startDate: string | null,
    endDate: string | null,
    as = tokens['leder.teknisk'],
  ) => {
    const measure = await measureRef(api.dataSource, code);
    const response = await api.gql(MOVE, {
      token: as,
      variables: { input: { measureId: measure.id, expectedVersion: measure.version, startDate, endDate } },
    });
    expect(response.errors).toBeUndefined();
  };

  it("shows the demo region's plan: bars, milestones, the TEKNISK overload and the adopted baseline", async () => {
    const answer = await plan();
    expect(answer.totalCount).toBeGreaterThanOrEqual(31);
    expect(bar(answer, 'T7').milestones.map((m) => m.name)).toContain('Avtale om kjøp signert');
    // TEKNISK can take 4: T1, T3, T4, T5 and T7 all run from September to December 2026.
    expect(answer.overloads).toContainEqual({
      networkName: 'Teknisk nettverk',
      month: '2026-09',
      count: 5,
      capacity: 4,
    });
    expect(bar(answer, 'T7').flags).toContain('CAPACITY');
    expect(answer.baselines.map((b) => b.name)).toContain(DEMO_BASELINE);
    expect(answer.conflicts).toEqual([]);
  });

  it('compares with the demo baseline: T3 started 59 days later, T7 evaluation moved 91 days', async () => {
    const baselineId = (await plan()).baselines.find((b) => b.name === DEMO_BASELINE)?.id;
    const answer = await plan({ baselineId });
    expect(answer.differences).toContainEqual(
      expect.objectContaining({ code: 'T3', change: 'MOVED', startSlipDays: 59, endSlipDays: 91 }),
    );
    expect(answer.differences.find((d) => d.code === 'T7')?.milestones).toEqual([
      { name: 'Evaluering av tjenestekjøpet', slipDays: 91 },
    ]);
    expect(bar(answer, 'T3').baselineStart).toBe('2026-01-01');
  });

  it('lists a date moved after freezing with the right delay', async () => {
    const frozen = await api.gql<{ freezePlanBaseline: { id: string } }>(
      'mutation($input: FreezeBaselineInput!) { freezePlanBaseline(input: $input) { id } }',
      { token: tokens.sekretariat, variables: { input: { regionSlug: REGION, name: 'Før flytting' } } },
    );
    expect(frozen.errors).toBeUndefined();
    const baselineId = frozen.data?.freezePlanBaseline.id;
    expect((await plan({ baselineId })).differences).toEqual([]);

    // T1 ran 2026-01-01 – 2026-12-31; the leader moves it 45 days later at the start and 31 at the end.
    await move('T1', '2026-02-15', '2027-01-31');
    const answer = await plan({ baselineId });
    expect(answer.differences).toEqual([
      { code: 'T1', change: 'MOVED', startSlipDays: 45, endSlipDays: 31, milestones: [] },
    ]);
    // A baseline is immutable, also to the database's own users.
    await expect(
      api.dataSource.query(
        "UPDATE plan_baseline_measure SET start_date = '2020-01-01' WHERE baseline_id = $1",
        [baselineId],
      ),
    ).rejects.toThrow(/immutable/);
  });

  it('flags a conflict after a move: T5 may not start before T2 has started', async () => {
    // T2 starts 2025-09-01; T5 (START dependency on T2) is moved to 2025-08-01: 31 days early.
    await move('T5', '2025-08-01', '2029-12-31');
    const answer = await plan();
    expect(answer.conflicts).toContainEqual({
      measureCode: 'T5',
      dependsOnCode: 'T2',
      kind: 'START',
      daysEarly: 31,
      earliestStart: '2025-09-01',
    });
    expect(bar(answer, 'T5').flags).toContain('DEPENDENCY_CONFLICT');
    await move('T5', '2026-01-01', '2029-12-31');
    expect((await plan()).conflicts).toEqual([]);
  });

  it('refuses an end before the start with a Norwegian sentence and changes nothing', async () => {
    const measure = await measureRef(api.dataSource, 'T4');
    const response = await api.gql(MOVE, {
      token: tokens['leder.teknisk'],
      variables: { input: { measureId: measure.id, startDate: '2027-01-01', endDate: '2026-01-01' } },
    });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toBe('Sluttdatoen kan ikke være før startdatoen.');
    expect((await measureRef(api.dataSource, 'T4')).version).toBe(measure.version);
  });

  it('exports the plan to Excel: the months of each bar filled, milestones marked, frozen panes, A3 landscape', async () => {
    const answer = await plan();
    const response = await fetch(`${api.url}/exports/plan/${REGION}.xlsx`, {
      headers: { authorization: `Bearer ${tokens.politiker}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('Gjennomføringsplan');
    if (!sheet) throw new Error('no sheet');
    const header = sheet.getRow(3);
    const columnOf = new Map<string, number>();
    header.eachCell((cell, column) => columnOf.set(cell.text, column));
    const rowOf = (code: string) => {
      let found = 0;
      sheet.eachRow((row, number) => {
        if (row.getCell(1).value === code) found = number;
      });
      return sheet.getRow(found);
    };
    const filled = (code: string, month: string) => {
      const column = columnOf.get(month);
      if (column === undefined) throw new Error(`no column ${month}`);
      const fill = rowOf(code).getCell(column).fill;
      return fill?.type === 'pattern' && fill.pattern === 'solid';
    };
    // T2 runs September – December 2025.
    const t2 = bar(answer, 'T2');
    expect([t2.startDate, t2.endDate]).toEqual(['2025-09-01', '2025-12-31']);
    expect(filled('T2', 'aug 25')).toBe(false);
    expect(['sep 25', 'okt 25', 'nov 25', 'des 25'].map((m) => filled('T2', m))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(filled('T2', 'jan 26')).toBe(false);
    // T7's "Avtale om kjøp signert" on 2 March 2026.
    const march = rowOf('T7').getCell(columnOf.get('mar 26') ?? 0);
    expect(march.value).toBe('◆');
    expect(typeof march.note === 'string' ? march.note : JSON.stringify(march.note)).toContain(
      'Avtale om kjøp signert',
    );
    expect(rowOf('T2').getCell(columnOf.get('Politisk vedtak nødvendig') ?? 0).value).toMatch(/^(Ja|Nei)$/);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 3 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 8, orientation: 'landscape' });

    const anonymous = await fetch(`${api.url}/exports/plan/${REGION}.xlsx`);
    expect(anonymous.status).toBe(401);
  });

  it('serves a calendar feed at a secret address that ical.js reads, and 404 once revoked', async () => {
    const created = await api.gql<{ createPlanCalendarFeed: { path: string; feed: { id: string } } }>(
      'mutation($input: CreatePlanCalendarFeedInput!) { createPlanCalendarFeed(input: $input) { path feed { id } } }',
      { token: tokens['medlem.tinn'], variables: { input: { regionSlug: REGION } } },
    );
    expect(created.errors).toBeUndefined();
    const { path, feed } = created.data?.createPlanCalendarFeed ?? { path: '', feed: { id: '' } };
    expect(path).toMatch(/^\/calendar\/plan\/[A-Za-z0-9_-]{43}\.ics$/);
    const stored: { token_hash: string }[] = await api.dataSource.query(
      'SELECT token_hash FROM plan_calendar_feed WHERE id = $1',
      [feed.id],
    );
    expect(stored[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(path).not.toContain(stored[0]?.token_hash ?? '-');

    const response = await fetch(`${api.url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const parsed = ICAL.parse(await response.text()) as unknown[];
    const calendar = new ICAL.Component(parsed);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    const signed = events.find((event) => event.summary === 'T7: Avtale om kjøp signert (ferdig)');
    expect(signed?.startDate.toString()).toBe('2026-03-02');
    expect(signed?.startDate.isDate).toBe(true);
    expect(events.every((event) => event.uid.length > 0)).toBe(true);
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);

    const revoked = await api.gql('mutation($id: ID!) { revokePlanCalendarFeed(id: $id) }', {
      token: tokens['medlem.tinn'],
      variables: { id: feed.id },
    });
    expect(revoked.errors).toBeUndefined();
    expect((await fetch(`${api.url}${path}`)).status).toBe(404);
    expect((await fetch(`${api.url}/calendar/plan/${'A'.repeat(43)}.ics`)).status).toBe(404);
    expect((await fetch(`${api.url}/calendar/plan/kort.ics`)).status).toBe(404);
  });

  it('reads the whole plan in a bounded number of statements, whatever the number of measures', async () => {
    const statements = await countStatements(api.dataSource, () => plan());
    expect(statements).toBeLessThanOrEqual(10);

    // 500 more measures (531 in all, as the national bench's big region), each with participants, a milestone and a
    // dependency on the one before: the same number of statements, and the time it takes printed.
    await api.dataSource.query(
      `INSERT INTO measure (region_id, code, title, network_id, service_area, tier, status, mobilisation, start_date,
                            end_date)
       SELECT r.id, 'P' || n, 'Plantiltak ' || n, nw.id, nw.service_area, 'PROJECT', 'DECIDED', 'GREEN',
              DATE '2026-01-01' + (n % 24) * 30, DATE '2027-01-01' + (n % 24) * 30
         FROM region r CROSS JOIN generate_series(1, 500) n
         JOIN LATERAL (SELECT id, service_area FROM network WHERE region_id = r.id ORDER BY key
                        OFFSET n % 5 LIMIT 1) nw ON true
        WHERE r.slug = $1`,
      [REGION],
    );
    await api.dataSource.query(
      `INSERT INTO participation (measure_id, municipality_number, state, updated_by)
       SELECT m.id, rm.municipality_number, 'PARTICIPATING', 'test'
         FROM measure m JOIN region r ON r.id = m.region_id
         JOIN region_membership rm ON rm.region_id = r.id
        WHERE r.slug = $1 AND m.code LIKE 'P%'`,
      [REGION],
    );
    await api.dataSource.query(
      `INSERT INTO plan_milestone (measure_id, name, date)
       SELECT m.id, 'Milepæl ' || m.code, m.start_date + 60 FROM measure m WHERE m.code LIKE 'P%'`,
    );
    await api.dataSource.query(
      `INSERT INTO measure_dependency (measure_id, depends_on_id, kind)
       SELECT m.id, prev.id, 'FINISH' FROM measure m
         JOIN measure prev ON prev.region_id = m.region_id AND prev.code = 'P' || (substr(m.code, 2)::int - 1)
        WHERE m.code ~ '^P[0-9]+$' AND substr(m.code, 2)::int > 1`,
    );
    const big = await plan();
    expect(big.totalCount).toBeGreaterThanOrEqual(531);
    expect(big.conflicts.length).toBeGreaterThan(0);
    expect(await countStatements(api.dataSource, () => plan())).toBe(statements);
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const begun = performance.now();
      await plan();
      times.push(performance.now() - begun);
    }
    times.sort((a, b) => a - b);
    console.log(
      `plan of ${big.totalCount} measures over HTTP: p50 ${Math.round(times[9] ?? 0)} ms, p95 ${Math.round(times[18] ?? 0)} ms`,
    );
  });
});
