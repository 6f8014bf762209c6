import type {
  AgreementDecision,
  AgreementLegalForm,
  AgreementPartyRole,
  PriceModel,
  VolumeUnit,
} from '@samarbeid/shared/domain';
import { addMonths, daysInMonth } from '@samarbeid/shared/domain';

import { DEMO_USER_IDS } from '../portfolio-seed';

/** The demo agreements (see agreements-seed.ts), as data. */

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

export const SYSTEM = { id: 'system:demo-seed', name: 'Demodata' };
export const MARKER = 'Demoavtale lagt inn';

/** The people in the demo agreements, as in docker/keycloak/dev/samarbeid-users-0.json. */
const SECRETARIAT = {
  id: '634849c2-cf7c-4fa3-9b51-0532444eea3b',
  name: 'Siri Sekretær',
  email: 'siri.sekretaer@example.no',
};
const LEADER = {
  id: DEMO_USER_IDS['leder.teknisk'],
  name: 'Tor Teknisk',
  email: 'tor.teknisk@example.no',
};
export const DIRECTORS: Readonly<Record<string, { id: string; name: string; email: string }>> = {
  '3303': { id: DEMO_USER_IDS['direktor.kongsberg'], name: 'Kari Nordby', email: 'kari.nordby@example.no' },
  '3334': { id: DEMO_USER_IDS['direktor.flesberg'], name: 'Ola Haugen', email: 'ola.haugen@example.no' },
  '3336': { id: DEMO_USER_IDS['direktor.rollag'], name: 'Ingrid Bakken', email: 'ingrid.bakken@example.no' },
  '4005': { id: DEMO_USER_IDS['direktor.notodden'], name: 'Per Lien', email: 'per.lien@example.no' },
};

export const ASSESSED_BY = 'Siri Sekretær, sekretariatet for tjenesteutvikling';

export interface DemoAgreement {
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
export const DEMO_AGREEMENTS: readonly DemoAgreement[] = [
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
