/**
 * The yearly cycle's action plans: next year's plan starts from this year's unfinished measures, and each item
 * shows the newest status report on its measure, through the real API.
 */
import { describe, expect, it } from '@jest/globals';

import { DEMO_PERIOD_NAME } from '../src/seed/reporting-seed';
import { countStatements, DemoUsername, useDemoTokens } from './support/portfolio';
import { errorCode, useTestApp } from './support/test-app';

const STRATEGY_TITLE = 'Strategi for teknisk nettverk 2026–2029';
const PLAN = `query($id: ID!) { strategy(id: $id) { id version actionPlan {
  year priority measure { code } latestReport { periodName state rag progressPercent } } } }`;
const CARRY = `mutation($input: CarryOverActionPlanInput!) { carryOverActionPlan(input: $input) {
  id version actionPlan { year priority measure { code } } } }`;

interface Item {
  year: number;
  priority: number;
  measure: { code: string };
  latestReport: {
    periodName: string;
    state: string;
    rag: string | null;
    progressPercent: number | null;
  } | null;
}

describe('action plans in the yearly cycle', () => {
  const api = useTestApp();
  const tokens = useDemoTokens();

  const call = <T = Record<string, unknown>>(
    as: DemoUsername,
    document: string,
    variables: Record<string, unknown>,
  ) => api.gql<T>(document, { token: tokens[as], variables });

  const strategy = async () => {
    const [row]: { id: string }[] = await api.dataSource.query('SELECT id FROM strategy WHERE title = $1', [
      STRATEGY_TITLE,
    ]);
    const response = await call<{ strategy: { id: string; version: number; actionPlan: Item[] } }>(
      'politiker',
      PLAN,
      { id: row?.id },
    );
    expect(response.errors).toBeUndefined();
    if (!response.data) throw new Error('no strategy');
    return response.data.strategy;
  };
  const year = (items: readonly Item[], wanted: number) =>
    items.filter((item) => item.year === wanted).map((item) => `${item.priority} ${item.measure.code}`);

  it("shows each item's newest status report, and starts next year's plan from this year's unfinished measures", async () => {
    const before = await strategy();
    const t5 = before.actionPlan.find((item) => item.year === 2026 && item.measure.code === 'T5');
    expect(t5?.latestReport).toEqual({
      periodName: DEMO_PERIOD_NAME,
      state: 'SUBMITTED',
      rag: 'YELLOW',
      progressPercent: 35,
    });
    expect(year(before.actionPlan, 2027)).toEqual([]);

    // T7 is completed meanwhile: it stays behind.
    await api.dataSource.query("UPDATE measure SET status = 'COMPLETED' WHERE code = 'T7'");
    const unfinished = before.actionPlan
      .filter((item) => item.year === 2026 && item.measure.code !== 'T7')
      .sort((a, b) => a.priority - b.priority)
      .map((item, index) => `${index + 1} ${item.measure.code}`);
    expect(unfinished.length).toBeGreaterThan(0);

    expect(
      errorCode(
        await call('medlem.tinn', CARRY, {
          input: { strategyId: before.id, version: before.version, fromYear: 2026 },
        }),
      ),
    ).toBe('FORBIDDEN');
    const carried = await call<{ carryOverActionPlan: { version: number; actionPlan: Item[] } }>(
      'leder.teknisk',
      CARRY,
      { input: { strategyId: before.id, version: before.version, fromYear: 2026 } },
    );
    expect(carried.errors).toBeUndefined();
    expect(year(carried.data?.carryOverActionPlan.actionPlan ?? [], 2027)).toEqual(unfinished);
    expect(year(carried.data?.carryOverActionPlan.actionPlan ?? [], 2026)).toEqual(
      year(before.actionPlan, 2026),
    );
    const [history]: { summary: string }[] = await api.dataSource.query(
      `SELECT summary FROM audit_event WHERE entity_type = 'strategy' AND entity_id = $1
        ORDER BY occurred_at DESC, id DESC LIMIT 1`,
      [before.id],
    );
    expect(history?.summary).toBe(
      `Handlingsplan 2027 for «${STRATEGY_TITLE}» startet fra 2026: ${unfinished.map((i) => i.split(' ')[1]).join(', ')}`,
    );

    const again = await call('leder.teknisk', CARRY, {
      input: { strategyId: before.id, version: carried.data?.carryOverActionPlan.version, fromYear: 2026 },
    });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.message).toBe(
      'Handlingsplanen for 2027 har allerede tiltak. Endre den i stedet for å starte den på nytt.',
    );
    const stale = await call('leder.teknisk', CARRY, {
      input: { strategyId: before.id, version: before.version, fromYear: 2027 },
    });
    expect(errorCode(stale)).toBe('CONFLICT');
  });

  it("reads every item's newest report in a fixed number of statements, however many items", async () => {
    const current = await strategy();
    const query = () => call('politiker', PLAN, { id: current.id });
    const few = await countStatements(api.dataSource, query);
    await api.dataSource.query(
      `INSERT INTO action_plan_item (strategy_id, year, measure_id, priority)
       SELECT $1, 2029, m.id, row_number() OVER (ORDER BY m.code) FROM measure m
        WHERE m.region_id = (SELECT region_id FROM measure WHERE code = 'T5') AND m.code LIKE 'F%'`,
      [current.id],
    );
    const many = await countStatements(api.dataSource, query);
    expect((await strategy()).actionPlan.length).toBeGreaterThan(current.actionPlan.length + 5);
    expect(many).toBe(few);
  });
});
