import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from '@jest/globals';
import { workspaceRoot } from '@samarbeid/tools/stack';

import { DEMO_USER_IDS } from '../src/seed/portfolio-seed';
import { countStatements, DemoUsername, measureRef, useDemoTokens } from './support/portfolio';
import { errorCode, useTestApp } from './support/test-app';

const MEASURES = `query($filter: MeasureFilter, $first: Int!) {
  measures(regionSlug: "kongsbergregionen", filter: $filter, first: $first) {
    totalCount
    nodes { code status network { key } participation { municipalityNumber state } dependencies { kind dependsOn { code } } }
  }
}`;

interface MeasuresData {
  measures: {
    totalCount: number;
    nodes: {
      code: string;
      status: string;
      network: { key: string };
      participation: { municipalityNumber: string; state: string }[];
      dependencies: { kind: string; dependsOn: { code: string } }[];
    }[];
  };
}

/** Counts the SQL statements the app sends while `run` runs. */
describe('portfolio', () => {
  const api = useTestApp();
  const tokens = useDemoTokens();

  it("lists Kongsbergregionen's 31 measures in code order with network, participation and dependencies", async () => {
    const response = await api.gql<MeasuresData>(MEASURES, {
      token: tokens.politiker,
      variables: { first: 100 },
    });
    expect(response.errors).toBeUndefined();
    const measures = response.data?.measures;
    expect(measures?.totalCount).toBe(31);
    expect(measures?.nodes.slice(0, 11).map((m) => m.code)).toEqual([
      'F1',
      'F2',
      'F3',
      'F4',
      'F5',
      'F6',
      'F7',
      'F8',
      'F9',
      'F10',
      'HO1',
    ]);
    const t7 = measures?.nodes.find((m) => m.code === 'T7');
    expect(t7?.network.key).toBe('TEKNISK');
    expect(t7?.participation).toHaveLength(7);
    expect(t7?.participation.find((p) => p.municipalityNumber === '3303')?.state).toBe('OPTED_OUT');
    expect(t7?.dependencies).toEqual([{ kind: 'FINISH', dependsOn: { code: 'T2' } }]);
  });

  it.each([
    [{ serviceAreas: ['TECHNICAL'] }, 8],
    [{ tiers: ['SERVICE_PURCHASE'] }, 2],
    [{ statuses: ['IN_PROGRESS'] }, 4],
    [{ mobilisation: ['RED'] }, 3],
    [{ search: 'strategi' }, 8],
    [{ participatingMunicipality: '4026', serviceAreas: ['TECHNICAL'] }, 4],
  ])('filters by %p', async (filter, expected) => {
    const response = await api.gql<MeasuresData>(MEASURES, {
      token: tokens.sekretariat,
      variables: { filter, first: 100 },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.measures.totalCount).toBe(expected);
    expect(response.data?.measures.nodes).toHaveLength(expected);
  });

  it('refuses an illegal status jump naming the allowed next states', async () => {
    const t1 = await measureRef(api.dataSource, 'T1');
    const response = await api.gql(
      'mutation($input: TransitionMeasureInput!) { transitionMeasure(input: $input) { status } }',
      {
        token: tokens.sekretariat,
        variables: { input: { id: t1.id, version: t1.version, to: 'COMPLETED' } },
      },
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toBe(
      'Et tiltak kan ikke gå fra vedtatt til fullført. Tillatt neste status: pågår eller satt på vent.',
    );
    expect((response.errors?.[0]?.extensions as { allowedNext?: string[] }).allowedNext).toEqual([
      'IN_PROGRESS',
      'PAUSED',
    ]);
  });

  it('refuses a dependency that closes a cycle, naming the cycle', async () => {
    const [t2, t7] = [await measureRef(api.dataSource, 'T2'), await measureRef(api.dataSource, 'T7')];
    const response = await api.gql(
      'mutation($input: DependencyInput!) { addMeasureDependency(input: $input) { id } }',
      {
        token: tokens.sekretariat,
        variables: { input: { measureId: t2.id, dependsOnId: t7.id, kind: 'FINISH' } },
      },
    );
    expect(response.errors?.[0]?.message).toBe('Avhengigheten ville gitt en sirkel: T2 → T7 → T2.');
  });

  it('refuses the later save of a stale version with CONFLICT and keeps the first save', async () => {
    const t8 = await measureRef(api.dataSource, 'T8');
    const save = (title: string) =>
      api.gql<{ updateMeasure: { title: string; version: number } }>(
        'mutation($input: UpdateMeasureInput!) { updateMeasure(input: $input) { title version } }',
        { token: tokens.sekretariat, variables: { input: { id: t8.id, version: t8.version, title } } },
      );
    const first = await save('Geodata – første lagring');
    expect(first.data?.updateMeasure).toEqual({ title: 'Geodata – første lagring', version: t8.version + 1 });
    const second = await save('Geodata – utdatert lagring');
    expect(errorCode(second)).toBe('CONFLICT');
    expect(second.errors?.[0]?.message).toMatch(/^Tiltaket er endret av noen andre siden du åpnet det/);
    expect((await measureRef(api.dataSource, 'T8')).version).toBe(t8.version + 1);
    const [{ title }] = await api.dataSource.query<{ title: string }[]>(
      'SELECT title FROM measure WHERE id = $1',
      [t8.id],
    );
    expect(title).toBe('Geodata – første lagring');
  });

  it('lets exactly one of several parallel saves of the same version win', async () => {
    const hr4 = await measureRef(api.dataSource, 'HR4');
    const responses = await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        api.gql('mutation($input: UpdateMeasureInput!) { updateMeasure(input: $input) { version } }', {
          token: tokens.sekretariat,
          variables: { input: { id: hr4.id, version: hr4.version, progressPercent: n * 10 } },
        }),
      ),
    );
    expect(responses.filter((r) => !r.errors).length).toBe(1);
    expect(responses.filter((r) => errorCode(r) === 'CONFLICT').length).toBe(4);
    expect((await measureRef(api.dataSource, 'HR4')).version).toBe(hr4.version + 1);
  });

  it("records who changed what in the measure's history, with before and after", async () => {
    const f7 = await measureRef(api.dataSource, 'F7');
    await api.gql('mutation($input: TransitionMeasureInput!) { transitionMeasure(input: $input) { id } }', {
      token: tokens.sekretariat,
      variables: { input: { id: f7.id, version: f7.version, to: 'UNDER_ASSESSMENT' } },
    });
    const response = await api.gql<{
      measure: {
        history: { action: string; actorName: string; summary: string; before: string; after: string }[];
      };
    }>(
      '{ measure(regionSlug: "kongsbergregionen", code: "F7") { history { action actorName summary before after } } }',
      { token: tokens.politiker },
    );
    const [latest, created] = response.data?.measure.history ?? [];
    expect(latest).toMatchObject({
      action: 'TRANSITION',
      actorName: 'Siri Sekretær',
      summary: 'F7 Anskaffelser: status foreslått → under utredning',
    });
    expect(JSON.parse(latest.before)).toMatchObject({ status: 'PROPOSED' });
    expect(JSON.parse(latest.after)).toMatchObject({ status: 'UNDER_ASSESSMENT' });
    expect(created.action).toBe('CREATE');
  });

  it('lets the secretariat search the whole change log, and nobody else', async () => {
    const query =
      '{ auditEvents(regionSlug: "kongsbergregionen", filter: { text: "Anskaffelser" }) { totalCount nodes { summary } } }';
    const allowed = await api.gql<{ auditEvents: { totalCount: number } }>(query, {
      token: tokens.sekretariat,
    });
    expect(allowed.data?.auditEvents.totalCount).toBeGreaterThanOrEqual(1);
    for (const username of ['leder.teknisk', 'direktor.kongsberg', 'medlem.tinn', 'politiker'] as const) {
      expect(errorCode(await api.gql(query, { token: tokens[username] }))).toBe('FORBIDDEN');
    }
  });

  it('keeps the change history: the database refuses to edit or delete it', async () => {
    await expect(api.dataSource.query("UPDATE audit_event SET summary = 'endret'")).rejects.toThrow(
      /append-only/,
    );
    await expect(api.dataSource.query('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
  });

  it('shows an opt-out at once in the participation of the measure', async () => {
    const o3 = await measureRef(api.dataSource, 'O3');
    const set = await api.gql(
      'mutation($input: SetParticipationInput!) { setParticipation(input: $input) { state reason } }',
      {
        token: tokens['direktor.rollag'],
        variables: {
          input: {
            measureId: o3.id,
            municipalityNumber: '3336',
            state: 'OPTED_OUT',
            reason: 'Egen ordning.',
          },
        },
      },
    );
    expect(set.data).toEqual({ setParticipation: { state: 'OPTED_OUT', reason: 'Egen ordning.' } });
    const response = await api.gql<{
      measure: { participation: { municipalityNumber: string; state: string; reason: string | null }[] };
    }>(
      '{ measure(regionSlug: "kongsbergregionen", code: "O3") { participation { municipalityNumber state reason } } }',
      { token: tokens.politiker },
    );
    expect(response.data?.measure.participation.find((p) => p.municipalityNumber === '3336')).toEqual({
      municipalityNumber: '3336',
      state: 'OPTED_OUT',
      reason: 'Egen ordning.',
    });
  });

  it('tells each user whether they may change a measure', async () => {
    const query =
      '{ measures(regionSlug: "kongsbergregionen", first: 100) { nodes { code viewerCanEdit } } }';
    const editable = async (username: DemoUsername) => {
      const response = await api.gql<{ measures: { nodes: { code: string; viewerCanEdit: boolean }[] } }>(
        query,
        {
          token: tokens[username],
        },
      );
      return response.data?.measures.nodes.filter((m) => m.viewerCanEdit).map((m) => m.code) ?? [];
    };
    expect(await editable('leder.teknisk')).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7']);
    expect((await editable('sekretariat')).length).toBe(31);
    expect(await editable('politiker')).toEqual([]);
    expect(await editable('direktor.kongsberg')).toEqual([]);
  });

  it('links network members to the demo users of the realm file by their subject', async () => {
    const file = join(workspaceRoot(), 'docker/keycloak/dev/samarbeid-users-0.json');
    const { users } = JSON.parse(await readFile(file, 'utf8')) as {
      users: { id: string; username: string }[];
    };
    for (const [username, id] of Object.entries(DEMO_USER_IDS)) {
      expect(users.find((user) => user.username === username)?.id).toBe(id);
    }
  });

  it('runs the same number of SQL statements for the portfolio with 31 or 531 measures (no N+1)', async () => {
    const run = () =>
      api.gql<MeasuresData>(MEASURES, { token: tokens.sekretariat, variables: { first: 200 } });
    const with31 = await countStatements(api.dataSource, run);
    await api.dataSource.query(
      `INSERT INTO measure (region_id, code, title, network_id, service_area, tier)
       SELECT m.region_id, 'Z' || n, 'Ekstra ' || n, m.network_id, m.service_area, m.tier
         FROM measure m, generate_series(1, 500) n WHERE m.code = 'T1'`,
    );
    await api.dataSource.query(
      `INSERT INTO participation (measure_id, municipality_number, state, updated_by)
       SELECT m.id, '3303', 'PARTICIPATING', 'test' FROM measure m WHERE m.code LIKE 'Z%'`,
    );
    const response = await run();
    expect(response.data?.measures.totalCount).toBe(531);
    expect(response.data?.measures.nodes).toHaveLength(200);
    const with531 = await countStatements(api.dataSource, run);
    expect(with531).toBe(with31);
    expect(with31).toBeLessThan(15);
  });
});
