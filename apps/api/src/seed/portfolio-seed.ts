import { recordAudit } from '@samarbeid/api/data-access';
import type {
  CollaborationTier,
  MeasureStatus,
  MobilisationRating,
  NetworkKind,
  ServiceArea,
} from '@samarbeid/shared/domain';
import { EntityManager } from 'typeorm';

import reference from './data/kongsbergregionen-2035.json';

/** The demo users' subjects, as in docker/keycloak/dev/samarbeid-users-0.json (a test checks they agree). */
export const DEMO_USER_IDS = {
  'leder.teknisk': '16b6158e-3dfc-47d9-8ba0-dc9251fb5187',
  'medlem.tinn': 'bb14ac92-ef3a-4bda-9fba-25158802adb2',
  'direktor.kongsberg': 'd73120e9-b066-4599-9524-4de1973f0a96',
  'direktor.flesberg': '7042076c-35bd-49db-ae21-b25b535433db',
  'direktor.rollag': 'd515b1f9-5cb7-499c-a346-db9febb55d72',
  'direktor.notodden': '8d6b5d9d-a1dd-4bb0-b5d1-53e232ec2a9f',
} as const;

const SYSTEM = { id: 'system:demo-seed', name: 'Demodata' };

/** Demo statuses and ratings so the portfolio has some variety; not decisions of the region. */
const DEMO_STATE: Readonly<Record<string, { status: MeasureStatus; mobilisation: MobilisationRating }>> = {
  F1: { status: 'IN_PROGRESS', mobilisation: 'GREEN' },
  F2: { status: 'IN_PROGRESS', mobilisation: 'GREEN' },
  F4: { status: 'DECIDED', mobilisation: 'YELLOW' },
  F5: { status: 'UNDER_ASSESSMENT', mobilisation: 'YELLOW' },
  O2: { status: 'UNDER_ASSESSMENT', mobilisation: 'RED' },
  O4: { status: 'PROPOSED', mobilisation: 'RED' },
  HO2: { status: 'IN_PROGRESS', mobilisation: 'YELLOW' },
  T1: { status: 'DECIDED', mobilisation: 'GREEN' },
  T2: { status: 'DECIDED', mobilisation: 'YELLOW' },
  T5: { status: 'IN_PROGRESS', mobilisation: 'GREEN' },
  T7: { status: 'UNDER_ASSESSMENT', mobilisation: 'YELLOW' },
  HR3: { status: 'PAUSED', mobilisation: 'RED' },
};

const DEMO_OPT_OUTS: readonly { code: string; municipality: string; reason: string }[] = [
  { code: 'T7', municipality: '3303', reason: 'Kongsberg har egen byggesaksavdeling med nok kapasitet.' },
  { code: 'O2', municipality: '4026', reason: 'Tinn vurderer eget ressurskontor i 2026.' },
];

const DEPENDENCIES: readonly { from: string; to: string; kind: 'START' | 'FINISH' }[] = [
  { from: 'T7', to: 'T2', kind: 'FINISH' },
  { from: 'T5', to: 'T2', kind: 'START' },
  { from: 'F5', to: 'F3', kind: 'START' },
  { from: 'O5', to: 'O1', kind: 'FINISH' },
];

/**
 * Kongsbergregionen's networks and 31 measures from "Tjenesteutvikling 2035", with demo members, participation,
 * dependencies and one KDU decision; Hallingdal's two measures under consideration. Inserts only what is missing.
 */
export async function seedPortfolio(manager: EntityManager): Promise<void> {
  const regionId = await regionIdOf(manager, reference.region.slug);
  const networkIds = new Map<string, string>();
  for (const network of reference.networks) {
    networkIds.set(
      network.key,
      await upsertNetwork(manager, regionId, {
        key: network.key,
        name: network.name,
        kind: network.kind as NetworkKind,
        serviceArea: network.serviceArea as ServiceArea,
      }),
    );
  }
  for (const network of reference.networks.filter((n) => 'parent' in n && n.parent)) {
    await manager.query('UPDATE network SET parent_id = $1 WHERE id = $2 AND parent_id IS NULL', [
      networkIds.get((network as { parent: string }).parent),
      networkIds.get(network.key),
    ]);
  }
  await addMember(
    manager,
    networkIds.get('TEKNISK'),
    DEMO_USER_IDS['leder.teknisk'],
    'Tor Teknisk',
    'tor.teknisk@example.no',
    '4005',
    'LEADER',
  );
  await addMember(
    manager,
    networkIds.get('HO'),
    DEMO_USER_IDS['medlem.tinn'],
    'Marte Moen',
    'marte.moen@example.no',
    '4026',
    'MEMBER',
  );
  for (const [username, number, name] of [
    ['direktor.kongsberg', '3303', 'Kari Nordby'],
    ['direktor.flesberg', '3334', 'Ola Haugen'],
    ['direktor.rollag', '3336', 'Ingrid Bakken'],
    ['direktor.notodden', '4005', 'Per Lien'],
  ] as const) {
    await addMember(manager, networkIds.get('KDU'), DEMO_USER_IDS[username], name, null, number, 'MEMBER');
  }

  const members: { number: string }[] = await manager.query(
    'SELECT municipality_number AS number FROM region_membership WHERE region_id = $1',
    [regionId],
  );
  const measureIds = new Map<string, string>();
  for (const measure of reference.measures) {
    const state = DEMO_STATE[measure.code] ?? { status: 'PROPOSED' as const, mobilisation: null };
    const id = await insertMeasure(manager, regionId, {
      code: measure.code,
      title: measure.title,
      description: measure.summary,
      networkId: networkIds.get(measure.network) as string,
      serviceArea: measure.area as ServiceArea,
      tier: measure.suggestedTier as CollaborationTier,
      status: state.status,
      mobilisation: state.mobilisation,
      politicalAnchoring:
        'requiresPoliticalAnchoring' in measure && measure.requiresPoliticalAnchoring
          ? 'NEEDED'
          : 'NOT_NEEDED',
    });
    measureIds.set(measure.code, id);
    for (const { number } of members) {
      const optOut = DEMO_OPT_OUTS.find((o) => o.code === measure.code && o.municipality === number);
      await manager.query(
        `INSERT INTO participation (measure_id, municipality_number, state, reason, updated_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (measure_id, municipality_number) DO NOTHING`,
        [
          id,
          number,
          optOut ? 'OPTED_OUT' : state.status === 'PROPOSED' ? 'UNDECIDED' : 'PARTICIPATING',
          optOut?.reason ?? null,
          SYSTEM.id,
        ],
      );
    }
  }
  for (const dependency of DEPENDENCIES) {
    await manager.query(
      `INSERT INTO measure_dependency (measure_id, depends_on_id, kind) VALUES ($1, $2, $3)
       ON CONFLICT (measure_id, depends_on_id) DO NOTHING`,
      [measureIds.get(dependency.from), measureIds.get(dependency.to), dependency.kind],
    );
  }
  await insertDecision(
    manager,
    regionId,
    ['T1', 'T2'].map((code) => measureIds.get(code) as string),
  );
  await seedTechnicalStrategy(manager, regionId, networkIds.get('TEKNISK') as string, measureIds);
  await seedHallingdal(manager);
}

/** Teknisk nettverk's draft strategy 2026–2029 with goals, indicators and the 2026 action plan (demo content). */
async function seedTechnicalStrategy(
  manager: EntityManager,
  regionId: string,
  networkId: string,
  measureIds: Map<string, string>,
): Promise<void> {
  const title = 'Strategi for teknisk nettverk 2026–2029';
  const existing: unknown[] = await manager.query(
    'SELECT 1 FROM strategy WHERE network_id = $1 AND title = $2',
    [networkId, title],
  );
  if (existing.length > 0) return;
  const [{ id }]: { id: string }[] = await manager.query(
    'INSERT INTO strategy (network_id, title, period_from, period_to) VALUES ($1, $2, 2026, 2029) RETURNING id',
    [networkId, title],
  );
  const goals = [
    {
      title: 'Robuste fagmiljøer i alle kommunene',
      description: 'Ingen kommune skal stå uten kompetanse på byggesak, geodata eller eiendomsskatt.',
      indicators: [
        ['Kommuner med tilgang til byggesakskompetanse', 'antall', 2025, '4', 2029, '7', 'INCREASE'],
      ],
    },
    {
      title: 'Raskere og likere saksbehandling',
      description: 'Innbyggerne får samme kvalitet og behandlingstid uansett kommune.',
      indicators: [['Median behandlingstid byggesak', 'dager', 2025, '38.5', 2029, '21', 'DECREASE']],
    },
  ] as const;
  for (const [position, goal] of goals.entries()) {
    const [{ id: goalId }]: { id: string }[] = await manager.query(
      'INSERT INTO strategy_goal (strategy_id, position, title, description) VALUES ($1, $2, $3, $4) RETURNING id',
      [id, position, goal.title, goal.description],
    );
    for (const [
      index,
      [name, unit, baselineYear, baselineValue, targetYear, targetValue, direction],
    ] of goal.indicators.entries()) {
      await manager.query(
        `INSERT INTO goal_indicator (goal_id, position, name, unit, baseline_year, baseline_value, target_year,
                                     target_value, direction) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [goalId, index, name, unit, baselineYear, baselineValue, targetYear, targetValue, direction],
      );
    }
  }
  for (const [priority, code] of ['T5', 'T7', 'T2'].entries()) {
    await manager.query(
      'INSERT INTO action_plan_item (strategy_id, year, measure_id, priority) VALUES ($1, 2026, $2, $3)',
      [id, measureIds.get(code), priority + 1],
    );
  }
  await recordAudit(manager, SYSTEM, {
    action: 'CREATE',
    entityType: 'strategy',
    entityId: id,
    regionId,
    summary: `Strategi «${title}» opprettet (demodata)`,
  });
}

async function seedHallingdal(manager: EntityManager): Promise<void> {
  const regionId = await regionIdOf(manager, 'hallingdal');
  const networkId = await upsertNetwork(manager, regionId, {
    key: 'RADET',
    name: 'Hallingdal kommunedirektørutvalg',
    kind: 'STEERING_COMMITTEE',
    serviceArea: 'CROSS_SECTOR',
  });
  for (const [index, measure] of reference.municipalities.hallingdal.measuresUnderConsideration.entries()) {
    await insertMeasure(manager, regionId, {
      code: `H${index + 1}`,
      title: measure.title,
      description: measure.summary,
      networkId,
      serviceArea: measure.area as ServiceArea,
      tier: 'NETWORK',
      status: 'UNDER_ASSESSMENT',
      mobilisation: null,
      politicalAnchoring: 'NOT_NEEDED',
    });
  }
}

export async function regionIdOf(manager: EntityManager, slug: string): Promise<string> {
  const [{ id }]: { id: string }[] = await manager.query('SELECT id FROM region WHERE slug = $1', [slug]);
  return id;
}

export async function upsertNetwork(
  manager: EntityManager,
  regionId: string,
  network: { key: string; name: string; kind: NetworkKind; serviceArea: ServiceArea },
): Promise<string> {
  await manager.query(
    `INSERT INTO network (region_id, key, name, kind, service_area) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT ON CONSTRAINT uq_network_key DO NOTHING`,
    [regionId, network.key, network.name, network.kind, network.serviceArea],
  );
  const [{ id }]: { id: string }[] = await manager.query(
    'SELECT id FROM network WHERE region_id = $1 AND key = $2',
    [regionId, network.key],
  );
  return id;
}

async function addMember(
  manager: EntityManager,
  networkId: string | undefined,
  userId: string,
  personName: string,
  email: string | null,
  municipalityNumber: string,
  role: 'LEADER' | 'MEMBER',
): Promise<void> {
  await manager.query(
    `INSERT INTO network_member (network_id, user_id, person_name, email, municipality_number, role, valid_from)
     VALUES ($1, $2, $3, $4, $5, $6, '2025-01-01') ON CONFLICT ON CONSTRAINT uq_network_member_user DO NOTHING`,
    [networkId, userId, personName, email, municipalityNumber, role],
  );
}

export interface SeedMeasure {
  code: string;
  title: string;
  description: string;
  networkId: string;
  serviceArea: ServiceArea;
  tier: CollaborationTier;
  status: MeasureStatus;
  mobilisation: MobilisationRating | null;
  politicalAnchoring: 'NEEDED' | 'NOT_NEEDED';
}

/** Inserts a measure unless its code is taken, with its creation in the history; its id either way. */
export async function insertMeasure(
  manager: EntityManager,
  regionId: string,
  measure: SeedMeasure,
  source = 'Tjenesteutvikling 2035',
): Promise<string> {
  const inserted: { id: string }[] = await manager.query(
    `INSERT INTO measure (region_id, code, title, description, network_id, service_area, tier, status, mobilisation,
                          political_anchoring)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT ON CONSTRAINT uq_measure_code DO NOTHING RETURNING id`,
    [
      regionId,
      measure.code,
      measure.title,
      measure.description,
      measure.networkId,
      measure.serviceArea,
      measure.tier,
      measure.status,
      measure.mobilisation,
      measure.politicalAnchoring,
    ],
  );
  if (inserted.length > 0) {
    await recordAudit(manager, SYSTEM, {
      action: 'CREATE',
      entityType: 'measure',
      entityId: inserted[0].id,
      regionId,
      summary: `${measure.code} ${measure.title}: opprettet fra ${source}`,
      after: { ...measure },
    });
    return inserted[0].id;
  }
  const [{ id }]: { id: string }[] = await manager.query(
    'SELECT id FROM measure WHERE region_id = $1 AND code = $2',
    [regionId, measure.code],
  );
  return id;
}

async function insertDecision(manager: EntityManager, regionId: string, measureIds: string[]): Promise<void> {
  const existing: unknown[] = await manager.query(
    "SELECT 1 FROM decision WHERE region_id = $1 AND case_reference = 'KDU 4/26'",
    [regionId],
  );
  if (existing.length > 0) return;
  const [{ id }]: { id: string }[] = await manager.query(
    `INSERT INTO decision (region_id, body, decided_on, case_reference, title, text)
     VALUES ($1, 'KDU', '2026-02-12', 'KDU 4/26', $2, $3) RETURNING id`,
    [
      regionId,
      'Strategi og tjenestekjøp i teknisk nettverk',
      'KDU slutter seg til at teknisk nettverk utarbeider felles strategi (T1) og bruker tjenestekjøp som strategisk grep (T2).',
    ],
  );
  for (const measureId of measureIds) {
    await manager.query('INSERT INTO decision_measure (decision_id, measure_id) VALUES ($1, $2)', [
      id,
      measureId,
    ]);
  }
  await recordAudit(manager, SYSTEM, {
    action: 'CREATE',
    entityType: 'decision',
    entityId: id,
    regionId,
    summary: 'Vedtak KDU 4/26: Strategi og tjenestekjøp i teknisk nettverk',
  });
}
