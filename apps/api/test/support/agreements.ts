/** Shared by the agreements specs and the authorization matrix: documents, inputs and look-ups. */
import { passwordGrantToken } from '@samarbeid/tools/stack';

import type { DemoUsername } from './portfolio';
import { measureRef } from './portfolio';
import type { TestApp } from './test-app';
import { testIssuerUrl } from './test-app';

export const REGION = 'kongsbergregionen';

export const VERSION_FIELDS = `id number serviceDescription price priceModel volumeAmount volumeUnit startDate endDate
  noticeMonths lastNoticeDate submittedAt
  assessment { complete missing assessedBy }
  parties { municipalityNumber municipalityName role buyerVolume ownerShare annualCost approval { decision } }
  approvals { municipalityNumber municipalityName decision comment decidedByName decidedAt }
  changes { field label before after }`;

export const AGREEMENT_FIELDS = `id title legalForm status version currentVersionNumber activeVersionNumber
  viewerCanEdit viewerCanDecide measure { code }
  currentVersion { ${VERSION_FIELDS} } activeVersion { number } versions { number }`;

export interface VersionView {
  id: string;
  number: number;
  price: string | null;
  startDate: string | null;
  endDate: string | null;
  lastNoticeDate: string | null;
  assessment: { complete: boolean; missing: string[] };
  parties: {
    municipalityNumber: string;
    role: string;
    buyerVolume: string | null;
    approval: { decision: string } | null;
  }[];
  approvals: {
    municipalityNumber: string;
    decision: string;
    comment: string;
    decidedByName: string | null;
  }[];
  changes: { field: string; label: string; before: string | null; after: string | null }[];
}

export interface AgreementView {
  id: string;
  title: string;
  legalForm: string;
  status: string;
  version: number;
  currentVersionNumber: number;
  activeVersionNumber: number | null;
  viewerCanEdit: boolean;
  viewerCanDecide: boolean;
  measure: { code: string } | null;
  currentVersion: VersionView;
  activeVersion: { number: number } | null;
  versions: { number: number }[];
}

export const CREATE = `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { ${AGREEMENT_FIELDS} } }`;
export const UPDATE = `mutation($input: UpdateAgreementInput!) { updateAgreement(input: $input) { ${AGREEMENT_FIELDS} } }`;
export const SUBMIT = `mutation($input: AgreementStepInput!) { submitAgreement(input: $input) { ${AGREEMENT_FIELDS} } }`;
export const DECIDE = `mutation($input: DecideAgreementInput!) { decideAgreement(input: $input) { ${AGREEMENT_FIELDS} } }`;
export const TERMINATE = `mutation($input: TerminateAgreementInput!) { terminateAgreement(input: $input) { ${AGREEMENT_FIELDS} } }`;
export const GET = `query($id: ID!) { agreement(id: $id) { ${AGREEMENT_FIELDS} } }`;

export const ASSESSMENT = {
  commonPublicGoals: true,
  publicInterestOnly: true,
  marketShareUnder20: true,
  assessedBy: 'Siri Sekretær',
  assessedOn: '2026-11-01',
  conclusion: 'Horisontalt offentlig samarbeid etter anskaffelsesforskriften § 3-3.',
};

/** A service purchase: Kongsberg sells building-case hours to Flesberg and Rollag. */
export function servicePurchaseTerms(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    serviceDescription: 'Kongsberg behandler byggesaker for Flesberg og Rollag.',
    volumeAmount: '1000',
    volumeUnit: 'HOURS',
    priceModel: 'HOURLY',
    price: '1150',
    priceAdjustment: 'KPI 1. januar',
    startDate: '2027-01-01',
    endDate: '2028-12-31',
    noticeMonths: 6,
    dataProcessingAgreement: true,
    parties: [
      { municipalityNumber: '3303', role: 'SELLER' },
      { municipalityNumber: '3334', role: 'BUYER', buyerVolume: '600' },
      { municipalityNumber: '3336', role: 'BUYER', buyerVolume: '400' },
    ],
    ...extra,
  };
}

export async function createInput(
  api: Pick<TestApp, 'dataSource'>,
  title: string,
  terms: Record<string, unknown> = servicePurchaseTerms(),
  legalForm = 'SERVICE_PURCHASE',
  measureCode: string | null = 'T7',
): Promise<Record<string, unknown>> {
  return {
    regionSlug: REGION,
    title,
    legalForm,
    measureId: measureCode ? (await measureRef(api.dataSource, measureCode)).id : null,
    terms,
  };
}

export interface AgreementRef {
  id: string;
  version: number;
  currentVersion: number;
  status: string;
}

/** An agreement by its exact title: id, row version, current version number, stored status. */
export async function agreementRef(api: Pick<TestApp, 'dataSource'>, title: string): Promise<AgreementRef> {
  const [row]: { id: string; version: number; current_version: number; status: string }[] =
    await api.dataSource.query(
      'SELECT id, version, current_version, status FROM agreement WHERE title = $1 ORDER BY created_at LIMIT 1',
      [title],
    );
  if (!row) throw new Error(`no agreement ${title}`);
  return { id: row.id, version: row.version, currentVersion: row.current_version, status: row.status };
}

const tokenCache = new Map<DemoUsername, Promise<string>>();

/** A demo user's token, fetched once per test file (for set-up made through the API). */
export function tokenFor(username: DemoUsername): Promise<string> {
  let token = tokenCache.get(username);
  if (!token) {
    token = passwordGrantToken(testIssuerUrl(), username);
    tokenCache.set(username, token);
  }
  return token;
}

async function must(
  api: TestApp,
  token: string,
  document: string,
  input: Record<string, unknown>,
  what: string,
) {
  const response = await api.gql(document, { token, variables: { input } });
  if (response.errors) throw new Error(`${what}: ${JSON.stringify(response.errors)}`);
  return response;
}

/**
 * An agreement for a test, made through the API by the secretariat the first time (set-up, not the operation under
 * test): a service purchase with the § 3-3 assessment (unless other terms are given), for measure T7 (unless
 * another is given); submitted when asked, then changed into a version 2 when asked.
 */
export async function ensureServicePurchase(
  api: TestApp,
  token: string,
  title: string,
  options: {
    submitted?: boolean;
    secondVersion?: boolean;
    terms?: Record<string, unknown>;
    measureCode?: string | null;
  } = {},
): Promise<AgreementRef> {
  const existing: unknown[] = await api.dataSource.query('SELECT 1 FROM agreement WHERE title = $1', [title]);
  if (existing.length === 0) {
    const terms = options.terms ?? servicePurchaseTerms({ assessment: ASSESSMENT });
    const input = await createInput(api, title, terms, 'SERVICE_PURCHASE', options.measureCode ?? 'T7');
    const created = await must(api, token, CREATE, input, `could not create ${title}`);
    const id = (created.data as { createAgreement: AgreementView }).createAgreement.id;
    if (options.submitted || options.secondVersion) {
      await must(api, token, SUBMIT, { id }, `could not submit ${title}`);
    }
    if (options.secondVersion) {
      await must(api, token, UPDATE, { id, terms: { price: '1175' } }, `could not change ${title}`);
    }
  }
  return agreementRef(api, title);
}

export const DIRECTOR_OF: Readonly<Record<string, DemoUsername>> = {
  '3303': 'direktor.kongsberg',
  '3334': 'direktor.flesberg',
  '3336': 'direktor.rollag',
  '4005': 'direktor.notodden',
};
