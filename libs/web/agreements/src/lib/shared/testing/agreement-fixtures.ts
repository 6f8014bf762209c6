/**
 * Test data and providers for the agreement pages' specs: Kongsbergregionen's municipalities, agreements as the API
 * returns them (with `__typename`, so the Apollo cache normalises them as in the app), and signed-in users.
 */
import type {
  AgreementEditorMeasuresQuery,
  ApiResult,
  AgreementPageFieldsFragment,
  AgreementPartyOptionsQuery,
} from '@samarbeid/web/graphql';
import { DEMO_USERS, municipalityConnection, REGION_MUNICIPALITIES, T7_ID } from '@samarbeid/web/testing';

export { T7_ID };
/** The demo users, as the web app reads them from the token. */
export const USERS = DEMO_USERS;

type Agreement = AgreementPageFieldsFragment;
type Version = Agreement['currentVersion'];
type Party = Version['parties'][number];
type Approval = NonNullable<Party['approval']>;
type VersionSummary = Agreement['versions'][number];

/** The municipalities the party choices offer: the region's first five. */
export const MUNICIPALITIES = REGION_MUNICIPALITIES.slice(0, 5);

const NAMES = new Map(MUNICIPALITIES);

export function partyOptionsResult(): AgreementPartyOptionsQuery {
  return {
    region: {
      __typename: 'Region',
      id: 'region-1',
      slug: 'kongsbergregionen',
      municipalities: municipalityConnection(MUNICIPALITIES),
    },
  } as AgreementPartyOptionsQuery;
}

export const O2_ID = 'f6a1c0de-0000-4000-8000-000000000102';
export const AGREEMENT_ID = 'a9e0c0de-0000-4000-8000-000000000001';

/** T7 in Teknisk nettverk (led by Tor Teknisk) and O2 in another network. */
export function measuresResult(): AgreementEditorMeasuresQuery {
  const result: ApiResult<AgreementEditorMeasuresQuery> = {
    measures: {
      __typename: 'MeasureConnection',
      nodes: [
        {
          __typename: 'Measure',
          id: T7_ID,
          code: 'T7',
          title: 'Byggesakstjenester',
          network: {
            __typename: 'Network',
            id: 'network-teknisk',
            members: [
              { __typename: 'NetworkMember', id: 'm1', role: 'LEADER', email: 'tor.teknisk@example.no' },
            ],
          },
        },
        {
          __typename: 'Measure',
          id: O2_ID,
          code: 'O2',
          title: 'Felles lønn',
          network: {
            __typename: 'Network',
            id: 'network-okonomi',
            members: [
              { __typename: 'NetworkMember', id: 'm2', role: 'LEADER', email: 'ola.okonomi@example.no' },
            ],
          },
        },
      ],
    },
  };
  return result;
}

export function approval(
  number: string,
  decision: 'APPROVE' | 'REJECT',
  extra: Partial<Approval> = {},
): Approval {
  return {
    __typename: 'AgreementApproval',
    municipalityNumber: number,
    municipalityName: NAMES.get(number) ?? number,
    decision,
    comment: '',
    decidedAt: '2026-03-02T09:00:00.000Z',
    decidedByName: `Direktør ${NAMES.get(number)}`,
    ...extra,
  } as Approval;
}

export function party(number: string, role: Party['role'], extra: Partial<Party> = {}): Party {
  return {
    __typename: 'AgreementParty',
    municipalityNumber: number,
    municipalityName: NAMES.get(number) ?? number,
    role,
    organisationNumber: null,
    signatory: null,
    ownerShare: null,
    annualCost: null,
    buyerVolume: null,
    approval: null,
    ...extra,
  } as Party;
}

/** The terms of a service purchase: Kongsberg sells building-case processing to Flesberg and Rollag. */
export function version(number: number, extra: Partial<Version> = {}): Version {
  return {
    __typename: 'AgreementVersion',
    id: `version-${number}`,
    number,
    serviceDescription: 'Kongsberg behandler byggesaker for Flesberg og Rollag.',
    volumeAmount: '1200',
    volumeUnit: 'HOURS',
    priceModel: 'HOURLY',
    price: '1150',
    priceAdjustment: 'Justeres 1. januar etter kommunal deflator.',
    startDate: '2026-01-01',
    endDate: '2028-12-31',
    noticeMonths: 6,
    lastNoticeDate: '2028-06-30',
    dataProcessingAgreement: true,
    submittedAt: '2026-03-01T09:00:00.000Z',
    assessment: {
      __typename: 'ProcurementAssessment',
      commonPublicGoals: true,
      publicInterestOnly: true,
      marketShareUnder20: true,
      assessedBy: 'Kari Jurist',
      assessedOn: '2026-02-15',
      conclusion: 'Horisontalt samarbeid; unntatt anskaffelsesregelverket.',
      complete: true,
      missing: [],
    },
    parties: [
      party('3303', 'SELLER', { organisationNumber: '942402465' }),
      party('3334', 'BUYER', { buyerVolume: '700' }),
      party('3336', 'BUYER', { buyerVolume: '500' }),
    ],
    ...extra,
  } as Version;
}

export function versionSummary(current: Version, extra: Partial<VersionSummary> = {}): VersionSummary {
  return {
    __typename: 'AgreementVersion',
    id: current.id,
    number: current.number,
    createdAt: '2026-03-01T08:00:00.000Z',
    createdByName: 'Tor Teknisk',
    submittedAt: current.submittedAt,
    approvals: current.parties.flatMap((p) => (p.approval ? [p.approval] : [])),
    changes: [],
    ...extra,
  } as VersionSummary;
}

/** Version 2's one change: the price. */
const PRICE_CHANGE: ApiResult<VersionSummary['changes']> = [
  { __typename: 'AgreementChange', field: 'price', label: 'Pris', before: '1 150 kr', after: '1 250 kr' },
];

/**
 * "Kjøp av byggesaksbehandling", linked to T7: version 1 approved by all (in force), version 2 (price 1 150 → 1 250)
 * submitted, approved by Flesberg so far. Override anything.
 */
export function agreement(extra: Partial<Agreement> = {}): Agreement {
  const v1 = version(1, { price: '1150' });
  const v2 = version(2, {
    price: '1250',
    parties: [
      party('3303', 'SELLER', { organisationNumber: '942402465' }),
      party('3334', 'BUYER', { buyerVolume: '700', approval: approval('3334', 'APPROVE') }),
      party('3336', 'BUYER', { buyerVolume: '500' }),
    ],
  });
  return {
    __typename: 'Agreement',
    id: AGREEMENT_ID,
    title: 'Kjøp av byggesaksbehandling',
    legalForm: 'SERVICE_PURCHASE',
    status: 'SUBMITTED',
    version: 7,
    createdAt: '2026-02-01T08:00:00.000Z',
    createdByName: 'Tor Teknisk',
    terminatedAt: null,
    terminationReason: null,
    currentVersionNumber: 2,
    activeVersionNumber: 1,
    viewerCanEdit: false,
    viewerCanDecide: false,
    measure: { __typename: 'AgreementMeasure', id: T7_ID, code: 'T7', title: 'Byggesakstjenester' },
    currentVersion: v2,
    versions: [
      versionSummary(v1, {
        approvals: [approval('3303', 'APPROVE'), approval('3334', 'APPROVE'), approval('3336', 'APPROVE')],
      }),
      versionSummary(v2, {
        createdAt: '2026-04-01T08:00:00.000Z',
        changes: PRICE_CHANGE,
      }),
    ],
    ...extra,
  } as Agreement;
}

/**
 * Answers the confirmation a decision asks (the kit's confirm dialog, added to `<body>`): returns its question and
 * sentence, then presses its confirm button (or cancel).
 */
export function answerConfirmation(confirm = true): { readonly heading: string; readonly message: string } {
  const dialogs = document.body.querySelectorAll<HTMLDialogElement>('dialog.sb-confirm-dialog');
  const dialog = dialogs[dialogs.length - 1];
  if (!dialog) throw new Error('No confirmation was asked');
  const said = {
    heading: dialog.querySelector('h2')?.textContent?.trim() ?? '',
    message: dialog.querySelector('p')?.textContent?.trim() ?? '',
  };
  const buttons = dialog.querySelectorAll<HTMLButtonElement>('.sb-confirm-dialog__actions button');
  buttons[confirm ? 0 : 1].click();
  return said;
}
