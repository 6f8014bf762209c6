import { recordAudit } from '@samarbeid/api/data-access';
import type {
  AgreementDecision,
  AgreementLegalForm,
  AgreementPartyRole,
  NotificationKind,
  PriceModel,
  VolumeUnit,
} from '@samarbeid/shared/domain';
import { addMonths, agreementPath, daysInMonth, Role } from '@samarbeid/shared/domain';
import { EntityManager } from 'typeorm';

import { DEMO_USER_IDS } from './portfolio-seed';

/** Today in Norway, YYYY-MM-DD. */
export function osloToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(now);
}

/**
 * The demo child-welfare agreement ends on the last day of the fifth month after the day it is seeded (seeded on
 * 22.11.2026: 30.4.2027), so its end and its notice deadline (3 months before) always show as coming soon.
 */
export function childWelfareEndDate(today: string = osloToday()): string {
  const [year, month] = addMonths(today, 5).split('-').map(Number);
  return `${year}-${String(month).padStart(2, '0')}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

const SYSTEM = { id: 'system:demo-seed', name: 'Demodata' };
const MARKER = 'Demoavtale lagt inn';

/** The people in the demo agreements, as in docker/keycloak/dev/samarbeid-users-0.json. */
const SECRETARIAT = {
  id: '634849c2-cf7c-4fa3-9b51-0532444eea3b',
  name: 'Siri Sekretær',
  email: 'siri.sekretaer@example.no',
};
const LEADER = { id: DEMO_USER_IDS['leder.teknisk'], name: 'Tor Teknisk', email: 'tor.teknisk@example.no' };
const DIRECTORS: Readonly<Record<string, { id: string; name: string; email: string }>> = {
  '3303': { id: DEMO_USER_IDS['direktor.kongsberg'], name: 'Kari Nordby', email: 'kari.nordby@example.no' },
  '3334': { id: DEMO_USER_IDS['direktor.flesberg'], name: 'Ola Haugen', email: 'ola.haugen@example.no' },
  '3336': { id: DEMO_USER_IDS['direktor.rollag'], name: 'Ingrid Bakken', email: 'ingrid.bakken@example.no' },
  '4005': { id: DEMO_USER_IDS['direktor.notodden'], name: 'Per Lien', email: 'per.lien@example.no' },
};

const ASSESSED_BY = 'Siri Sekretær, sekretariatet for tjenesteutvikling';

interface DemoAgreement {
  readonly title: string;
  readonly legalForm: AgreementLegalForm;
  readonly measureCode: string | null;
  readonly status: 'SUBMITTED' | 'ACTIVE' | 'REJECTED';
  readonly drafter: { id: string; name: string; email: string };
  readonly createdAt: string;
  readonly submittedAt: string | null;
  readonly terms: {
    readonly serviceDescription: string;
    readonly volume?: readonly [string, VolumeUnit];
    readonly price?: readonly [PriceModel, string];
    readonly priceAdjustment?: string;
    readonly startDate: string;
    readonly endDate: string | null;
    readonly noticeMonths: number | null;
    readonly dataProcessingAgreement: boolean;
    readonly assessment?: { readonly assessedOn: string; readonly conclusion: string };
  };
  readonly parties: readonly {
    readonly number: string;
    readonly role: AgreementPartyRole;
    readonly annualCost?: string;
    readonly buyerVolume?: string;
    readonly signatory?: string;
  }[];
  readonly decisions: readonly {
    readonly number: string;
    readonly decision: AgreementDecision;
    readonly at: string;
    readonly comment?: string;
  }[];
}

/** Demo agreements: realistic, not the region's actual agreements. */
const DEMO_AGREEMENTS: readonly DemoAgreement[] = [
  {
    title: 'Byggesaksbehandling – Kongsberg selger til Flesberg og Rollag',
    legalForm: 'SERVICE_PURCHASE',
    measureCode: 'T7',
    status: 'ACTIVE',
    drafter: LEADER,
    createdAt: '2025-11-03T09:00:00+01:00',
    submittedAt: '2025-11-20T10:00:00+01:00',
    terms: {
      serviceDescription:
        'Kongsberg kommune behandler byggesaker (søknader etter plan- og bygningsloven kap. 20) for Flesberg og Rollag ' +
        'etter kjøpskommunenes delegering. Kjøperne tar imot søknadene og gjør vedtakene; Kongsberg forbereder sakene ' +
        'og holder kjøperne orientert om saksbehandlingstiden hvert kvartal.',
      volume: ['1200', 'HOURS'],
      price: ['HOURLY', '1150'],
      priceAdjustment:
        'Timeprisen justeres 1. januar hvert år med konsumprisindeksen (SSB, oktober–oktober).',
      startDate: '2026-01-01',
      endDate: '2028-12-31',
      noticeMonths: 6,
      dataProcessingAgreement: true,
      assessment: {
        assessedOn: '2025-11-14',
        conclusion:
          'Horisontalt offentlig samarbeid etter anskaffelsesforskriften § 3-3: felles mål om lovlig og rask ' +
          'byggesaksbehandling, bare allmenne hensyn, og Kongsberg selger ingen byggesakstjenester i markedet.',
      },
    },
    parties: [
      { number: '3303', role: 'SELLER', signatory: 'Kari Nordby, kommunedirektør' },
      { number: '3334', role: 'BUYER', buyerVolume: '700', signatory: 'Ola Haugen, kommunedirektør' },
      { number: '3336', role: 'BUYER', buyerVolume: '500', signatory: 'Ingrid Bakken, kommunedirektør' },
    ],
    decisions: [
      { number: '3303', decision: 'APPROVE', at: '2025-11-24T08:30:00+01:00' },
      { number: '3334', decision: 'APPROVE', at: '2025-11-26T13:05:00+01:00' },
      {
        number: '3336',
        decision: 'APPROVE',
        at: '2025-12-01T09:45:00+01:00',
        comment: 'Godkjent i formannskapet 27.11.',
      },
    ],
  },
  {
    title: 'Eiendomsskattekompetanse – Notodden selger til Kongsberg og Flesberg',
    legalForm: 'SERVICE_PURCHASE',
    measureCode: 'T5',
    status: 'SUBMITTED',
    drafter: LEADER,
    createdAt: '2026-10-01T09:00:00+02:00',
    submittedAt: '2026-11-02T10:00:00+01:00',
    terms: {
      serviceDescription:
        'Notodden kommune stiller ett årsverk med takstkompetanse til disposisjon for Kongsberg og Flesberg: ' +
        'befaringer, takstforslag og forberedelse av klagesaker til sakkyndig nemnd.',
      volume: ['1', 'FTE'],
      price: ['FIXED_ANNUAL', '850000'],
      priceAdjustment: 'Prisen justeres årlig med kommunal deflator fra statsbudsjettet.',
      startDate: '2027-01-01',
      endDate: '2029-12-31',
      noticeMonths: 6,
      dataProcessingAgreement: true,
      assessment: {
        assessedOn: '2026-10-20',
        conclusion:
          'Oppfyller vilkårene i § 3-3: felles mål om riktig eiendomsskattetakst, bare allmenne hensyn, ' +
          'og Notodden har ingen takstvirksomhet i markedet.',
      },
    },
    parties: [
      { number: '3303', role: 'BUYER', buyerVolume: '0.6' },
      { number: '3334', role: 'BUYER', buyerVolume: '0.4' },
      { number: '4005', role: 'SELLER', signatory: 'Per Lien, kommunedirektør' },
    ],
    decisions: [{ number: '4005', decision: 'APPROVE', at: '2026-11-04T14:20:00+01:00' }],
  },
  {
    title: 'Oppmåling og matrikkelføring – Rollag selger til Flesberg',
    legalForm: 'SERVICE_PURCHASE',
    measureCode: 'T8',
    status: 'REJECTED',
    drafter: SECRETARIAT,
    createdAt: '2026-08-10T09:00:00+02:00',
    submittedAt: '2026-09-01T10:00:00+02:00',
    terms: {
      serviceDescription:
        'Rollag kommune utfører oppmålingsforretninger og matrikkelføring for Flesberg kommune etter matrikkelloven.',
      volume: ['60', 'CASES'],
      price: ['PER_CASE', '9500'],
      priceAdjustment: 'Fast pris per sak i avtaleperioden.',
      startDate: '2026-10-01',
      endDate: '2027-12-31',
      noticeMonths: 3,
      dataProcessingAgreement: true,
      assessment: {
        assessedOn: '2026-08-25',
        conclusion: 'Oppfyller vilkårene i § 3-3; Rollag selger ikke oppmålingstjenester i markedet.',
      },
    },
    parties: [
      { number: '3334', role: 'BUYER' },
      { number: '3336', role: 'SELLER' },
    ],
    decisions: [
      { number: '3336', decision: 'APPROVE', at: '2026-09-03T09:10:00+02:00' },
      {
        number: '3334',
        decision: 'REJECT',
        at: '2026-09-10T15:30:00+02:00',
        comment:
          'Prisen per sak er høyere enn det vi betaler i dag. Vi ber om et nytt tilbud med lavere sakspris eller et tak på årlig kostnad.',
      },
    ],
  },
  {
    title: 'Felles barnevernstjeneste',
    legalForm: 'HOST_MUNICIPALITY_ADMINISTRATIVE',
    measureCode: 'O5',
    status: 'ACTIVE',
    drafter: SECRETARIAT,
    createdAt: '2026-06-01T09:00:00+02:00',
    submittedAt: null,
    terms: {
      serviceDescription:
        'Kongsberg er vertskommune for barneverntjenesten etter kommuneloven § 20-2, med delegert myndighet fra ' +
        'Flesberg, Rollag og Nore og Uvdal. Avtalen reforhandles før den løper ut.',
      startDate: '2019-05-01',
      endDate: childWelfareEndDate(),
      noticeMonths: 3,
      dataProcessingAgreement: true,
    },
    parties: [
      { number: '3303', role: 'HOST', annualCost: '7600000' },
      { number: '3334', role: 'PARTICIPANT', annualCost: '2450000' },
      { number: '3336', role: 'PARTICIPANT', annualCost: '1980000' },
      { number: '3338', role: 'PARTICIPANT', annualCost: '2120000' },
    ],
    decisions: [],
  },
  {
    title: 'Kongsbergregionen interkommunalt politisk råd',
    legalForm: 'POLITICAL_COUNCIL',
    measureCode: null,
    status: 'ACTIVE',
    drafter: SECRETARIAT,
    createdAt: '2026-06-01T09:00:00+02:00',
    submittedAt: null,
    terms: {
      serviceDescription:
        'Regionrådet etter kommuneloven kap. 18: felles interessepolitikk og utvikling for de sju kommunene.',
      startDate: '2020-01-01',
      endDate: null,
      noticeMonths: 12,
      dataProcessingAgreement: false,
    },
    parties: ['3303', '3334', '3336', '3338', '4005', '4024', '4026'].map((number) => ({
      number,
      role: 'MEMBER' as const,
      annualCost: number === '3303' || number === '4005' ? '450000' : '180000',
    })),
    decisions: [],
  },
];

/**
 * The demo agreements register: an active service purchase with three approvals (T7), one waiting for two of
 * three approvals (T5), one rejected, a host-municipality collaboration close to its end date, and the political
 * council. Idempotent: each agreement is written once (an audit record marks it), never over later changes. Also
 * gives the four demo directors' steering-committee memberships their e-mail addresses (where none is set).
 */
export async function seedAgreements(manager: EntityManager, regionId: string): Promise<void> {
  for (const [number, director] of Object.entries(DIRECTORS)) {
    await manager.query(
      `UPDATE network_member SET email = $3 WHERE user_id = $1 AND municipality_number = $2 AND email IS NULL
          AND network_id IN (SELECT id FROM network WHERE region_id = $4 AND key = 'KDU')`,
      [director.id, number, director.email, regionId],
    );
  }
  for (const demo of DEMO_AGREEMENTS) {
    const present: unknown[] = await manager.query(
      `SELECT 1 FROM agreement WHERE region_id = $1 AND title = $2
       UNION ALL SELECT 1 FROM audit_event WHERE region_id = $1 AND actor_id = $3 AND summary = $4`,
      [regionId, demo.title, SYSTEM.id, `${MARKER}: ${demo.title}`],
    );
    if (present.length === 0) await insertAgreement(manager, regionId, demo);
  }
}

async function insertAgreement(manager: EntityManager, regionId: string, demo: DemoAgreement): Promise<void> {
  const [measure]: { id: string }[] = demo.measureCode
    ? await manager.query('SELECT id FROM measure WHERE region_id = $1 AND code = $2', [
        regionId,
        demo.measureCode,
      ])
    : [];
  const [{ id }]: { id: string }[] = await manager.query(
    `INSERT INTO agreement (region_id, title, legal_form, measure_id, status, current_version, active_version,
                            created_by_id, created_by_name, created_by_email, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, 1, $6, $7, $8, $9, $10, $10) RETURNING id`,
    [
      regionId,
      demo.title,
      demo.legalForm,
      measure?.id ?? null,
      demo.status,
      demo.status === 'ACTIVE' ? 1 : null,
      demo.drafter.id,
      demo.drafter.name,
      demo.drafter.email,
      demo.createdAt,
    ],
  );
  const { terms } = demo;
  const [{ id: versionId }]: { id: string }[] = await manager.query(
    `INSERT INTO agreement_version (agreement_id, number, service_description, volume_amount, volume_unit, price_model,
        price, price_adjustment, start_date, end_date, notice_months, data_processing_agreement, assessment_common_goals,
        assessment_public_interest, assessment_market_under_20, assessed_by, assessed_on, assessment_conclusion,
        created_by_id, created_by_name, created_by_email, created_at, submitted_at)
     VALUES ($1, 1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $12, $13, $14, $15, $16, $17, $18, $19, $20)
     RETURNING id`,
    [
      id,
      terms.serviceDescription,
      terms.volume?.[0] ?? null,
      terms.volume?.[1] ?? null,
      terms.price?.[0] ?? null,
      terms.price?.[1] ?? null,
      terms.priceAdjustment ?? '',
      terms.startDate,
      terms.endDate,
      terms.noticeMonths,
      terms.dataProcessingAgreement,
      terms.assessment ? true : null,
      terms.assessment ? ASSESSED_BY : null,
      terms.assessment?.assessedOn ?? null,
      terms.assessment?.conclusion ?? null,
      demo.drafter.id,
      demo.drafter.name,
      demo.drafter.email,
      demo.createdAt,
      demo.submittedAt,
    ],
  );
  for (const party of demo.parties) {
    await manager.query(
      `INSERT INTO agreement_version_party (version_id, municipality_number, role, annual_cost, buyer_volume, signatory)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        versionId,
        party.number,
        party.role,
        party.annualCost ?? null,
        party.buyerVolume ?? null,
        party.signatory ?? null,
      ],
    );
  }
  for (const decision of demo.decisions) {
    const director = DIRECTORS[decision.number];
    await manager.query(
      `INSERT INTO agreement_approval (version_id, municipality_number, decision, comment, decided_by_id, decided_by_name,
                                       decided_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        versionId,
        decision.number,
        decision.decision,
        decision.comment ?? '',
        director.id,
        director.name,
        decision.at,
      ],
    );
  }
  await seedNotifications(manager, id, demo);
  await recordAudit(manager, SYSTEM, {
    action: 'CREATE',
    entityType: 'agreement',
    entityId: id,
    regionId,
    summary: `${MARKER}: ${demo.title}`,
  });
}

/** What the workflow would have written: approval requests while waiting, and the outcome to the drafter. */
async function seedNotifications(
  manager: EntityManager,
  agreementId: string,
  demo: DemoAgreement,
): Promise<void> {
  if (demo.legalForm !== 'SERVICE_PURCHASE' || !demo.submittedAt) return;
  const decided = new Set(demo.decisions.map((decision) => decision.number));
  const notes: {
    kind: NotificationKind;
    to: string;
    municipality: boolean;
    title: string;
    body: string;
    read: boolean;
  }[] = demo.parties.map((party) => ({
    kind: 'APPROVAL_REQUESTED',
    to: party.number,
    municipality: true,
    title: `Godkjenning: ${demo.title} (versjon 1)`,
    body: `Avtalen «${demo.title}», versjon 1, venter på godkjenning fra kommunedirektøren.`,
    read: decided.has(party.number),
  }));
  const rejection = demo.decisions.find((decision) => decision.decision === 'REJECT');
  if (rejection) {
    notes.push({
      kind: 'AGREEMENT_REJECTED',
      to: demo.drafter.id,
      municipality: false,
      title: `Avvist: ${demo.title} (versjon 1)`,
      body: `Versjon 1 av «${demo.title}» er avvist. Begrunnelse: ${rejection.comment ?? ''}`,
      read: false,
    });
  } else if (demo.status === 'ACTIVE') {
    notes.push({
      kind: 'AGREEMENT_ACTIVE',
      to: demo.drafter.id,
      municipality: false,
      title: `Aktiv: ${demo.title}`,
      body: `Alle parter har godkjent versjon 1 av «${demo.title}», og avtalen er nå aktiv.`,
      read: true,
    });
  }
  for (const note of notes) {
    await manager.query(
      `INSERT INTO notification (recipient_user_id, recipient_municipality, recipient_role, kind, title, body, link,
                                 agreement_id, created_at, read_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        note.municipality ? null : note.to,
        note.municipality ? note.to : null,
        note.municipality ? Role.MunicipalDirector : null,
        note.kind,
        note.title,
        note.body,
        agreementPath(agreementId),
        agreementId,
        demo.submittedAt,
        note.read ? demo.submittedAt : null,
      ],
    );
  }
}
