import { describe, expect, it } from '@jest/globals';

import { measureRef, networkId, useDemoTokens } from './support/portfolio';
import { errorCode, useTestApp } from './support/test-app';

const TRANSITION =
  'mutation($input: TransitionMeasureInput!) { transitionMeasure(input: $input) { status version } }';
const SETTINGS = `mutation($input: SetRegionGovernanceInput!) {
  setRegionGovernance(input: $input) { version requireEconomics requireChecklist checklist { id label } }
}`;
const READINESS = `query($code: String!) {
  measure(regionSlug: "kongsbergregionen", code: $code) {
    version status politicalAnchoring
    readiness { ready blocking { code item text } gates { gate required applies problems { code } } checklist { id label done } }
    steering { anchoringDecidedOn anchoringBody anchoringCaseReference unionConsultationNeeded currentSituation mandate }
    cooperatingNetworks { key }
    gateOverrides { toStatus reason missing overriddenBy }
    history { summary }
  }
}`;

interface ReadinessData {
  measure: {
    version: number;
    status: string;
    politicalAnchoring: string;
    readiness: {
      ready: boolean;
      blocking: { code: string; item: string | null; text: string }[];
      gates: { gate: string; required: boolean; applies: boolean; problems: { code: string }[] }[];
      checklist: { id: string; label: string; done: boolean }[];
    };
    steering: Record<string, unknown>;
    cooperatingNetworks: { key: string }[];
    gateOverrides: { toStatus: string; reason: string; missing: string[]; overriddenBy: string }[];
    history: { summary: string }[];
  };
}

describe('governance: readiness gates before a decision', () => {
  const api = useTestApp();
  const tokens = useDemoTokens();

  const read = async (code: string) =>
    (await api.gql<ReadinessData>(READINESS, { token: tokens.politiker, variables: { code } })).data
      ?.measure as ReadinessData['measure'];

  const move = async (
    code: string,
    to: string,
    as = tokens.sekretariat,
    extra: Record<string, unknown> = {},
  ) => {
    const measure = await measureRef(api.dataSource, code);
    return api.gql<{ transitionMeasure: { status: string; version: number } }>(TRANSITION, {
      token: as,
      variables: { input: { id: measure.id, version: measure.version, to, ...extra } },
    });
  };

  const settings = async (changes: Record<string, unknown>) => {
    const current = await api.gql<{
      regionGovernance: {
        version: number;
        requireAnchoring: boolean;
        requireUnionConsultation: boolean;
        checklist: { id: string; label: string }[];
      };
    }>(
      '{ regionGovernance(regionSlug: "kongsbergregionen") { version requireAnchoring requireUnionConsultation checklist { id label } } }',
      { token: tokens.politiker },
    );
    const now = current.data?.regionGovernance;
    if (!now) throw new Error('no settings');
    return api.gql<{ setRegionGovernance: { version: number; checklist: { id: string; label: string }[] } }>(
      SETTINGS,
      {
        token: tokens.sekretariat,
        variables: {
          input: {
            regionSlug: 'kongsbergregionen',
            version: now.version,
            requireAnchoring: now.requireAnchoring,
            requireEconomics: false,
            requireChecklist: false,
            requireUnionConsultation: now.requireUnionConsultation,
            checklist: now.checklist.map(({ id, label }) => ({ id, label })),
            ...changes,
          },
        },
      },
    );
  };

  it('shows the demo: O2 blocked by F1, T7 passed every gate', async () => {
    const o2 = await read('O2');
    expect(o2.readiness.ready).toBe(false);
    expect(o2.readiness.blocking.map((problem) => problem.code)).toEqual(['ANCHORING_NOT_RECORDED']);
    const t7 = await read('T7');
    expect(t7.readiness.ready).toBe(true);
    expect(t7.readiness.gates.every((gate) => gate.problems.length === 0)).toBe(true);
    expect(t7.readiness.checklist.every((item) => item.done)).toBe(true);
    expect((await read('O4')).cooperatingNetworks).toEqual([{ key: 'HO' }]);
  });

  it('F1: refuses O2 listing the missing anchoring, writes nothing, and allows it once recorded', async () => {
    const before = await measureRef(api.dataSource, 'O2');
    const refused = await move('O2', 'DECIDED');
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toBe(
      'Tiltaket kan ikke bli vedtatt ennå. Dette mangler: politisk forankring er ikke registrert (dato, organ og saksnummer).',
    );
    expect((refused.errors?.[0]?.extensions as { missing?: string[] }).missing).toEqual([
      'ANCHORING_NOT_RECORDED',
    ]);
    expect(await measureRef(api.dataSource, 'O2')).toEqual(before);

    // A network leader of another network may not record it; the owning network's members may not either.
    const record = (token: string, version: number, extra: Record<string, unknown> = {}) =>
      api.gql<{ recordPoliticalAnchoring: { politicalAnchoring: string; version: number } }>(
        'mutation($input: RecordPoliticalAnchoringInput!) { recordPoliticalAnchoring(input: $input) { politicalAnchoring version } }',
        {
          token,
          variables: {
            input: {
              measureId: before.id,
              version,
              decidedOn: '2026-11-20',
              body: 'Kongsberg kommunestyre',
              caseReference: 'PS 88/26',
              ...extra,
            },
          },
        },
      );
    expect(errorCode(await record(tokens['leder.teknisk'], before.version))).toBe('FORBIDDEN');
    expect(errorCode(await record(tokens.sekretariat, before.version, { caseReference: '' }))).toBe(
      'BAD_USER_INPUT',
    );
    const recorded = await record(tokens.sekretariat, before.version);
    expect(recorded.data?.recordPoliticalAnchoring).toEqual({
      politicalAnchoring: 'ANCHORED',
      version: before.version + 1,
    });
    const o2 = await read('O2');
    expect(o2.steering).toMatchObject({
      anchoringDecidedOn: '2026-11-20',
      anchoringBody: 'Kongsberg kommunestyre',
      anchoringCaseReference: 'PS 88/26',
    });
    expect(o2.readiness.ready).toBe(true);
    expect((await move('O2', 'DECIDED')).data?.transitionMeasure.status).toBe('DECIDED');
  });

  it('F4 and F9: lists costs, key, benefits and each open checklist item; allowed once a reason and the ticks are recorded', async () => {
    const saved = await settings({ requireEconomics: true, requireChecklist: true });
    expect(saved.errors).toBeUndefined();
    const checklist = saved.data?.setRegionGovernance.checklist ?? [];
    expect(checklist).toHaveLength(4);
    expect((await move('T6', 'UNDER_ASSESSMENT')).errors).toBeUndefined();

    const refused = await move('T6', 'DECIDED');
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect((refused.errors?.[0]?.extensions as { missing?: string[] }).missing).toEqual([
      'COSTS_MISSING',
      'DISTRIBUTION_KEY_MISSING',
      'BENEFITS_MISSING',
      'CHECKLIST_ITEM_OPEN',
      'CHECKLIST_ITEM_OPEN',
      'CHECKLIST_ITEM_OPEN',
      'CHECKLIST_ITEM_OPEN',
    ]);
    expect(refused.errors?.[0]?.message).toContain(
      'kostnadsplanen har ingen kostnader; fordelingsnøkkel mangler',
    );
    expect(refused.errors?.[0]?.message).toContain(
      `sjekklistepunktet «${checklist[1].label}» er ikke utført`,
    );

    let t6 = await measureRef(api.dataSource, 'T6');
    const steering = await api.gql(
      'mutation($input: SaveMeasureSteeringInput!) { saveMeasureSteering(input: $input) { version } }',
      {
        token: tokens['leder.teknisk'],
        variables: {
          input: {
            measureId: t6.id,
            version: t6.version,
            noEconomicEffectReason:
              'Felles rutiner innenfor dagens ressurser; ingen kostnader eller gevinster i kroner.',
          },
        },
      },
    );
    expect(steering.errors).toBeUndefined();
    for (const item of checklist) {
      t6 = await measureRef(api.dataSource, 'T6');
      const ticked = await api.gql(
        'mutation($input: SetMeasureChecklistItemInput!) { setMeasureChecklistItem(input: $input) { version } }',
        {
          token: tokens['leder.teknisk'],
          variables: { input: { measureId: t6.id, version: t6.version, itemId: item.id, done: true } },
        },
      );
      expect(ticked.errors).toBeUndefined();
    }
    expect((await read('T6')).readiness.blocking).toEqual([]);
    expect((await move('T6', 'DECIDED', tokens['leder.teknisk'])).data?.transitionMeasure.status).toBe(
      'DECIDED',
    );
  });

  it('union consultation: refused where flagged until date and outcome are recorded', async () => {
    await settings({ requireEconomics: false, requireChecklist: false });
    expect((await move('T3', 'UNDER_ASSESSMENT')).errors).toBeUndefined();
    const save = async (input: Record<string, unknown>) => {
      const t3 = await measureRef(api.dataSource, 'T3');
      return api.gql(
        'mutation($input: SaveMeasureSteeringInput!) { saveMeasureSteering(input: $input) { version } }',
        {
          token: tokens.sekretariat,
          variables: { input: { measureId: t3.id, version: t3.version, ...input } },
        },
      );
    };
    expect(errorCode(await save({ unionConsultationDate: '2026-10-01' }))).toBe('BAD_USER_INPUT');
    expect((await save({ unionConsultationNeeded: true })).errors).toBeUndefined();
    const refused = await move('T3', 'DECIDED');
    expect((refused.errors?.[0]?.extensions as { missing?: string[] }).missing).toEqual([
      'UNION_CONSULTATION_NOT_RECORDED',
    ]);
    expect(
      (await save({ unionConsultationDate: '2026-10-01', unionConsultationOutcome: 'Enighet.' })).errors,
    ).toBeUndefined();
    expect((await move('T3', 'DECIDED')).data?.transitionMeasure.status).toBe('DECIDED');
  });

  it('override: only the secretariat, with a reason, recorded in the history and on the measure', async () => {
    expect((await move('HR1', 'UNDER_ASSESSMENT')).errors).toBeUndefined();
    const hr1 = await measureRef(api.dataSource, 'HR1');
    await api.dataSource.query("UPDATE measure SET political_anchoring = 'NEEDED' WHERE id = $1", [hr1.id]);
    expect(errorCode(await move('HR1', 'DECIDED'))).toBe('BAD_USER_INPUT');
    // The leader network is owned by HR; leder.teknisk cannot edit it at all, and no leader may override.
    expect(
      errorCode(await move('HR1', 'DECIDED', tokens['leder.teknisk'], { overrideReason: 'Haster.' })),
    ).toBe('FORBIDDEN');
    expect(errorCode(await move('HR1', 'DECIDED', tokens.sekretariat, { overrideReason: '   ' }))).toBe(
      'BAD_USER_INPUT',
    );
    const moved = await move('HR1', 'DECIDED', tokens.sekretariat, {
      overrideReason: 'KDU vedtok saken i møte 12. november; kommunestyrene behandler den i desember.',
    });
    expect(moved.data?.transitionMeasure.status).toBe('DECIDED');
    const measure = await read('HR1');
    expect(measure.gateOverrides).toEqual([
      {
        toStatus: 'DECIDED',
        reason: 'KDU vedtok saken i møte 12. november; kommunestyrene behandler den i desember.',
        missing: ['politisk forankring er ikke registrert (dato, organ og saksnummer)'],
        overriddenBy: expect.any(String),
      },
    ]);
    expect(measure.history[0].summary).toMatch(
      /under utredning → vedtatt, krav overstyrt av sekretariatet: KDU vedtok/,
    );
  });

  it('a network leader cannot override a gate on their own measure', async () => {
    expect((await move('T4', 'UNDER_ASSESSMENT')).errors).toBeUndefined();
    const t4 = await measureRef(api.dataSource, 'T4');
    await api.dataSource.query("UPDATE measure SET political_anchoring = 'NEEDED' WHERE id = $1", [t4.id]);
    const refused = await move('T4', 'DECIDED', tokens['leder.teknisk'], { overrideReason: 'Haster.' });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect((await measureRef(api.dataSource, 'T4')).status).toBe('UNDER_ASSESSMENT');
  });

  it('saves the steering document with co-operating networks, refusing a stale version and the owner as co-operator', async () => {
    const o5 = await measureRef(api.dataSource, 'O5');
    const save = (version: number, extra: Record<string, unknown>) =>
      api.gql<{ saveMeasureSteering: { version: number } }>(
        'mutation($input: SaveMeasureSteeringInput!) { saveMeasureSteering(input: $input) { version } }',
        { token: tokens.sekretariat, variables: { input: { measureId: o5.id, version, ...extra } } },
      );
    expect(
      errorCode(
        await save(o5.version, { cooperatingNetworkIds: [await networkId(api.dataSource, 'BARNEVERN')] }),
      ),
    ).toBe('BAD_USER_INPUT');
    const saved = await save(o5.version, {
      currentSituation: 'Ulik praksis i kommunene.',
      mandate: 'Nettverket lager felles rutiner.',
      cooperatingNetworkIds: [await networkId(api.dataSource, 'HO')],
    });
    expect(saved.data?.saveMeasureSteering.version).toBe(o5.version + 1);
    expect(errorCode(await save(o5.version, { causes: 'Utdatert.' }))).toBe('CONFLICT');
    const measure = await read('O5');
    expect(measure.steering).toMatchObject({
      currentSituation: 'Ulik praksis i kommunene.',
      mandate: 'Nettverket lager felles rutiner.',
    });
    expect(measure.cooperatingNetworks).toEqual([{ key: 'HO' }]);
    expect(measure.history[0].summary).toBe(
      'O5: styringsdokumentet endret (currentSituation, mandate, cooperatingNetworkIds)',
    );
  });
});
