import { describe, expect, it } from '@jest/globals';
import { addMonths } from '@samarbeid/shared/domain';

import { networkId, useDemoTokens } from './support/portfolio';
import { errorCode, useTestApp } from './support/test-app';

const STRATEGY_FIELDS = `id status version title periodFrom periodTo
  goals { title indicators { name unit baselineYear baselineValue targetYear targetValue direction } }
  actionPlan(year: 2026) { priority measure { code } }
  adoptedBy { caseReference }`;

interface StrategyData {
  id: string;
  status: string;
  version: number;
  goals: { title: string; indicators: { baselineValue: string; targetValue: string }[] }[];
  actionPlan: { priority: number; measure: { code: string } }[];
  adoptedBy: { caseReference: string } | null;
}

describe('strategies', () => {
  const api = useTestApp();
  const tokens = useDemoTokens();

  it("shows Teknisk nettverk's seeded draft with goals, indicators and the 2026 action plan", async () => {
    const response = await api.gql<{ strategies: StrategyData[] }>(
      `query($networkId: ID!) { strategies(networkId: $networkId) { ${STRATEGY_FIELDS} } }`,
      { token: tokens.politiker, variables: { networkId: await networkId(api.dataSource, 'TEKNISK') } },
    );
    const [strategy] = response.data?.strategies ?? [];
    expect(strategy.status).toBe('DRAFT');
    expect(strategy.goals.map((g) => g.title)).toEqual([
      'Robuste fagmiljøer i alle kommunene',
      'Raskere og likere saksbehandling',
    ]);
    expect(strategy.goals[1].indicators[0]).toMatchObject({ baselineValue: '38.5', targetValue: '21' });
    expect(strategy.actionPlan.map((item) => [item.priority, item.measure.code])).toEqual([
      [1, 'T5'],
      [2, 'T7'],
      [3, 'T2'],
    ]);
  });

  it('goes draft → consultation → adopted by a KDU decision → archived, keeping exact decimals', async () => {
    const leader = tokens['leder.teknisk'];
    const created = await api.gql<{ createStrategy: StrategyData }>(
      `mutation($input: CreateStrategyInput!) { createStrategy(input: $input) { ${STRATEGY_FIELDS} } }`,
      {
        token: leader,
        variables: {
          input: {
            networkId: await networkId(api.dataSource, 'TEKNISK'),
            title: 'Neste periode',
            periodFrom: 2030,
            periodTo: 2033,
          },
        },
      },
    );
    let strategy = created.data?.createStrategy as StrategyData;
    expect(strategy.status).toBe('DRAFT');

    const saved = await api.gql<{ saveStrategy: StrategyData }>(
      `mutation($input: SaveStrategyInput!) { saveStrategy(input: $input) { ${STRATEGY_FIELDS} } }`,
      {
        token: leader,
        variables: {
          input: {
            id: strategy.id,
            version: strategy.version,
            title: 'Neste periode',
            periodFrom: 2030,
            periodTo: 2033,
            goals: [
              {
                title: 'Lavere kostnader',
                description: '',
                indicators: [
                  {
                    name: 'Kostnad per sak',
                    unit: 'kr',
                    baselineYear: 2029,
                    baselineValue: '12345678901234.1234',
                    targetYear: 2033,
                    targetValue: '0.0001',
                    direction: 'DECREASE',
                  },
                ],
              },
            ],
          },
        },
      },
    );
    expect(saved.errors).toBeUndefined();
    strategy = saved.data?.saveStrategy as StrategyData;
    expect(strategy.goals[0].indicators[0]).toMatchObject({
      baselineValue: '12345678901234.1234',
      targetValue: '0.0001',
    });

    const step = async (mutation: string, token: string, extra: Record<string, unknown> = {}) => {
      const response = await api.gql<Record<string, StrategyData>>(
        `mutation($input: StrategyStepInput!) { ${mutation}(input: $input) { ${STRATEGY_FIELDS} } }`,
        { token, variables: { input: { id: strategy.id, version: strategy.version, ...extra } } },
      );
      if (response.data?.[mutation]) strategy = response.data[mutation];
      return response;
    };
    expect((await step('submitStrategy', leader)).data?.['submitStrategy'].status).toBe('CONSULTATION');
    expect(errorCode(await step('adoptStrategy', leader))).toBe('FORBIDDEN');
    const [{ id: decisionId }] = await api.dataSource.query<{ id: string }[]>(
      "SELECT id FROM decision WHERE case_reference = 'KDU 4/26'",
    );
    const adopted = await step('adoptStrategy', tokens.sekretariat, { decisionId });
    expect(adopted.data?.['adoptStrategy']).toMatchObject({
      status: 'ADOPTED',
      adoptedBy: { caseReference: 'KDU 4/26' },
    });

    const editAdopted = await api.gql(
      'mutation($input: SaveStrategyInput!) { saveStrategy(input: $input) { id } }',
      {
        token: leader,
        variables: {
          input: {
            id: strategy.id,
            version: strategy.version,
            title: 'x',
            periodFrom: 2030,
            periodTo: 2033,
            goals: [],
          },
        },
      },
    );
    expect(errorCode(editAdopted)).toBe('BAD_USER_INPUT');
    expect(editAdopted.errors?.[0]?.message).toMatch(/^En vedtatt eller arkivert strategi kan ikke endres/);

    expect((await step('archiveStrategy', tokens.sekretariat)).data?.['archiveStrategy'].status).toBe(
      'ARCHIVED',
    );
    const history = await api.dataSource.query<{ action: string; summary: string }[]>(
      "SELECT action, summary FROM audit_event WHERE entity_type = 'strategy' AND entity_id = $1 ORDER BY occurred_at",
      [strategy.id],
    );
    expect(history.map((row) => row.action)).toEqual([
      'CREATE',
      'UPDATE',
      'TRANSITION',
      'TRANSITION',
      'TRANSITION',
    ]);
  });

  it("keeps a measure's links to goals when the strategy's goals are edited", async () => {
    const [{ id, version }] = await api.dataSource.query<{ id: string; version: number }[]>(
      "SELECT id, version FROM strategy WHERE title = 'Strategi for teknisk nettverk 2026–2029'",
    );
    const [goal] = await api.dataSource.query<{ id: string }[]>(
      'SELECT id FROM strategy_goal WHERE strategy_id = $1 ORDER BY position',
      [id],
    );
    const [t3] = await api.dataSource.query<{ id: string; version: number }[]>(
      "SELECT id, version FROM measure WHERE code = 'T3'",
    );
    const linked = await api.gql(
      'mutation($input: SetMeasureGoalsInput!) { setMeasureGoals(input: $input) { goals { title } } }',
      {
        token: tokens['leder.teknisk'],
        variables: { input: { measureId: t3.id, version: t3.version, goalIds: [goal.id] } },
      },
    );
    expect(linked.data).toEqual({
      setMeasureGoals: { goals: [{ title: 'Robuste fagmiljøer i alle kommunene' }] },
    });
    const saved = await api.gql(
      'mutation($input: SaveStrategyInput!) { saveStrategy(input: $input) { version } }',
      {
        token: tokens['leder.teknisk'],
        variables: {
          input: {
            id,
            version,
            title: 'Strategi for teknisk nettverk 2026–2029',
            periodFrom: 2026,
            periodTo: 2029,
            goals: [{ title: 'Robuste fagmiljøer i hele regionen', description: '', indicators: [] }],
          },
        },
      },
    );
    expect(saved.errors).toBeUndefined();
    const goals = await api.gql<{ measure: { goals: { title: string }[] } }>(
      '{ measure(regionSlug: "kongsbergregionen", code: "T3") { goals { title } } }',
      { token: tokens.politiker },
    );
    expect(goals.data?.measure.goals).toEqual([{ title: 'Robuste fagmiljøer i hele regionen' }]);
  });

  it("puts a strategy's consultation end among the overview's coming deadlines while it is on consultation", async () => {
    const leader = tokens['leder.teknisk'];
    const today = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Oslo',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(new Date());
    const endsOn = addMonths(today, 2);
    const FIELDS = 'id version status consultationEndsOn';
    type Saved = { id: string; version: number; status: string; consultationEndsOn: string | null };
    const created = await api.gql<{ createStrategy: Saved }>(
      `mutation($input: CreateStrategyInput!) { createStrategy(input: $input) { ${FIELDS} } }`,
      {
        token: leader,
        variables: {
          input: {
            networkId: await networkId(api.dataSource, 'TEKNISK'),
            title: 'Høringsstrategi',
            periodFrom: 2027,
            periodTo: 2030,
            consultationEndsOn: endsOn,
          },
        },
      },
    );
    expect(created.errors).toBeUndefined();
    let strategy = created.data?.createStrategy as Saved;
    expect(strategy.consultationEndsOn).toBe(endsOn);

    const deadlines = async () => {
      const response = await api.gql<{
        regionOverview: {
          measureCount: number;
          deadlines: { kind: string; date: string; strategyId: string | null; title: string }[];
        };
      }>(
        `{ regionOverview(regionSlug: "kongsbergregionen") { measureCount deadlines { kind date strategyId networkId title } } }`,
        { token: tokens.sekretariat },
      );
      expect(response.errors).toBeUndefined();
      return response.data?.regionOverview;
    };
    const ours = async () =>
      (await deadlines())?.deadlines.filter((deadline) => deadline.strategyId === strategy.id) ?? [];
    // A draft's consultation has not begun: nothing is ending yet.
    expect(await ours()).toEqual([]);

    const submitted = await api.gql<{ submitStrategy: Saved }>(
      `mutation($input: StrategyStepInput!) { submitStrategy(input: $input) { ${FIELDS} } }`,
      { token: leader, variables: { input: { id: strategy.id, version: strategy.version } } },
    );
    strategy = submitted.data?.submitStrategy as Saved;
    expect(strategy.status).toBe('CONSULTATION');
    expect(await ours()).toEqual([
      {
        kind: 'CONSULTATION_END',
        date: endsOn,
        strategyId: strategy.id,
        networkId: await networkId(api.dataSource, 'TEKNISK'),
        title: 'Høringsstrategi (Teknisk nettverk)',
      },
    ]);
    // The overview's other figures still equal the lists behind them.
    const measures = await api.gql<{ measures: { totalCount: number } }>(
      '{ measures(regionSlug: "kongsbergregionen") { totalCount } }',
      { token: tokens.sekretariat },
    );
    expect((await deadlines())?.measureCount).toBe(measures.data?.measures.totalCount);

    const save = async (extra: Record<string, unknown>) => {
      const response = await api.gql<{ saveStrategy: Saved }>(
        `mutation($input: SaveStrategyInput!) { saveStrategy(input: $input) { ${FIELDS} } }`,
        {
          token: leader,
          variables: {
            input: {
              id: strategy.id,
              version: strategy.version,
              title: 'Høringsstrategi',
              periodFrom: 2027,
              periodTo: 2030,
              goals: [],
              ...extra,
            },
          },
        },
      );
      if (response.data) strategy = response.data.saveStrategy;
      return response;
    };
    // Left out: kept. Beyond the window (12 months): not shown. Null: cleared.
    expect((await save({})).data?.saveStrategy.consultationEndsOn).toBe(endsOn);
    await save({ consultationEndsOn: addMonths(today, 13) });
    expect(await ours()).toEqual([]);
    const refused = await save({ consultationEndsOn: '2027-02-30' });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toBe('Høringsfristen er ikke en dato som finnes.');
    expect((await save({ consultationEndsOn: null })).data?.saveStrategy.consultationEndsOn).toBeNull();

    const history = await api.dataSource.query<{ summary: string }[]>(
      "SELECT summary FROM audit_event WHERE entity_type = 'strategy' AND entity_id = $1 AND action = 'UPDATE' ORDER BY occurred_at",
      [strategy.id],
    );
    expect(history.map((row) => row.summary)).toEqual([
      'Strategi «Høringsstrategi» endret (0 mål)',
      `Strategi «Høringsstrategi» endret (0 mål, høringsfrist ${addMonths(today, 13)})`,
      'Strategi «Høringsstrategi» endret (0 mål, høringsfrist fjernet)',
    ]);
  });
});
