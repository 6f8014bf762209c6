/** The agreements and notifications operations' rows of the authorization matrix. */
import {
  agreementRef,
  ASSESSMENT,
  createInput,
  ensureServicePurchase,
  servicePurchaseTerms,
  tokenFor,
} from './agreements';
import { NON_EDITORS, OperationCase, refusedFor } from './matrix';
import type { TestApp } from './test-app';

const SECRETARIAT_ID = '634849c2-cf7c-4fa3-9b51-0532444eea3b';
const T7_SEEDED = 'Byggesaksbehandling – Kongsberg selger til Flesberg og Rollag';
const REJECTED_SEEDED = 'Oppmåling og matrikkelføring – Rollag selger til Flesberg';
const HOST_SEEDED = 'Felles barnevernstjeneste';
const COUNCIL_SEEDED = 'Kongsbergregionen interkommunalt politisk råd';

const hostTerms = (extra: Record<string, unknown> = {}) => ({
  serviceDescription: 'Felles legevakt med Kongsberg som vertskommune.',
  startDate: '2024-01-01',
  endDate: '2030-12-31',
  noticeMonths: 12,
  parties: [
    { municipalityNumber: '3303', role: 'HOST', annualCost: '3000000' },
    { municipalityNumber: '3334', role: 'PARTICIPANT', annualCost: '800000' },
  ],
  ...extra,
});

const createVars =
  (
    title: string,
    terms: Record<string, unknown> = servicePurchaseTerms(),
    legalForm = 'SERVICE_PURCHASE',
    measureCode: string | null = 'T7',
  ) =>
  async (api: TestApp) => ({ input: await createInput(api, title, terms, legalForm, measureCode) });

/** An agreement made for the matrix by the secretariat (set-up), with its current row version. */
const prepared =
  (
    title: string,
    options: Parameters<typeof ensureServicePurchase>[3],
    input: (ref: Awaited<ReturnType<typeof agreementRef>>) => Record<string, unknown>,
  ) =>
  async (api: TestApp) => {
    const ref = await ensureServicePurchase(api, await tokenFor('sekretariat'), title, options);
    return { input: input(ref) };
  };

const seeded =
  (title: string, input: (ref: Awaited<ReturnType<typeof agreementRef>>) => Record<string, unknown>) =>
  async (api: TestApp) => ({ input: input(await agreementRef(api, title)) });

const updateVars = (title: string, terms: Record<string, unknown>, measureCode = 'T7') =>
  prepared(title, { measureCode }, (ref) => ({ id: ref.id, expectedVersion: ref.version, terms }));

const submitVars = (title: string, options: Parameters<typeof ensureServicePurchase>[3] = {}) =>
  prepared(title, options, (ref) => ({ id: ref.id, expectedVersion: ref.version }));

const decideVars = (
  title: string,
  decision: 'APPROVE' | 'REJECT',
  comment?: string,
  versionNumber = 1,
  secondVersion = false,
) =>
  prepared(title, { submitted: true, secondVersion }, (ref) => ({
    agreementId: ref.id,
    versionNumber,
    decision,
    ...(comment === undefined ? {} : { comment }),
  }));

const terminateVars = (title: string) =>
  seeded(title, (ref) => ({ id: ref.id, expectedVersion: ref.version, reason: 'Avtalen erstattes.' }));

/** An unread notification of a recipient (by municipality director or by user id). */
const notificationVars =
  (recipient: { municipality: string } | { userId: string }) =>
  async (api: TestApp): Promise<Record<string, unknown>> => {
    const rows: { id: string }[] =
      'municipality' in recipient
        ? await api.dataSource.query(
            `SELECT id FROM notification WHERE recipient_municipality = $1 AND read_at IS NULL ORDER BY created_at, id LIMIT 1`,
            [recipient.municipality],
          )
        : await api.dataSource.query(
            `SELECT id FROM notification WHERE recipient_user_id = $1 AND read_at IS NULL ORDER BY created_at, id LIMIT 1`,
            [recipient.userId],
          );
    if (!rows[0]) throw new Error(`no unread notification for ${JSON.stringify(recipient)}`);
    return { ids: [rows[0].id] };
  };

const AGREEMENT = '{ id status version currentVersionNumber activeVersionNumber }';

export const AGREEMENTS_MATRIX: readonly OperationCase[] = [
  {
    operation: 'createAgreement',
    document: `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) ${AGREEMENT} }`,
    attempts: [
      ...refusedFor([null, ...NON_EDITORS], createVars('Matrise nytt utkast')),
      ...refusedFor(
        ['leder.teknisk'],
        createVars('Matrise nytt utkast', servicePurchaseTerms(), 'SERVICE_PURCHASE', 'O2'),
        'leader of another network',
      ),
      ...refusedFor(
        ['leder.teknisk'],
        createVars('Matrise legevakt', hostTerms(), 'HOST_MUNICIPALITY_ADMINISTRATIVE', null),
        'a leader registering a statutory form',
      ),
      {
        as: 'leder.teknisk',
        why: 'an end before the start',
        expect: 'BAD_USER_INPUT',
        variables: createVars('Matrise feil', servicePurchaseTerms({ endDate: '2026-06-30' })),
      },
      {
        as: 'sekretariat',
        why: 'IKS owner shares that do not sum to 100',
        expect: 'BAD_USER_INPUT',
        variables: createVars(
          'Matrise IKS',
          {
            startDate: '2010-01-01',
            parties: [
              { municipalityNumber: '3303', role: 'OWNER', ownerShare: '50' },
              { municipalityNumber: '4005', role: 'OWNER', ownerShare: '49.99' },
            ],
          },
          'INTERMUNICIPAL_COMPANY',
          null,
        ),
      },
      {
        as: 'sekretariat',
        why: 'a party outside the region',
        expect: 'BAD_USER_INPUT',
        variables: createVars(
          'Matrise feil',
          servicePurchaseTerms({
            parties: [
              { municipalityNumber: '3303', role: 'SELLER' },
              { municipalityNumber: '3320', role: 'BUYER' },
            ],
          }),
        ),
      },
      {
        as: 'sekretariat',
        why: 'an unknown legal form',
        expect: 'BAD_USER_INPUT',
        variables: createVars('Matrise feil', servicePurchaseTerms(), 'JOINT_VENTURE'),
      },
      {
        as: 'leder.teknisk',
        why: 'the leader of the network that owns the measure',
        expect: 'OK',
        variables: createVars('Matrise nytt utkast'),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat, registering a statutory form',
        expect: 'OK',
        variables: createVars('Matrise legevakt', hostTerms(), 'HOST_MUNICIPALITY_ADMINISTRATIVE', null),
      },
    ],
  },
  {
    operation: 'updateAgreement',
    document: `mutation($input: UpdateAgreementInput!) { updateAgreement(input: $input) ${AGREEMENT} }`,
    attempts: [
      ...refusedFor([null, ...NON_EDITORS], updateVars('Matrise endring', { price: '1300' })),
      ...refusedFor(
        ['leder.teknisk'],
        updateVars('Matrise endring O2', { price: '1300' }, 'O2'),
        'leader of another network',
      ),
      ...refusedFor(
        ['leder.teknisk'],
        seeded(HOST_SEEDED, (ref) => ({ id: ref.id, terms: { noticeMonths: 6 } })),
        'a leader changing a statutory form',
      ),
      {
        as: 'leder.teknisk',
        why: 'a negative price',
        expect: 'BAD_USER_INPUT',
        variables: updateVars('Matrise endring', { price: '-5' }),
      },
      {
        as: 'leder.teknisk',
        why: 'a notice period of 61 months',
        expect: 'BAD_USER_INPUT',
        variables: updateVars('Matrise endring', { noticeMonths: 61 }),
      },
      {
        as: 'sekretariat',
        why: 'buyer volumes that do not add up to the volume',
        expect: 'BAD_USER_INPUT',
        variables: updateVars('Matrise endring', {
          parties: [
            { municipalityNumber: '3303', role: 'SELLER' },
            { municipalityNumber: '3334', role: 'BUYER', buyerVolume: '100' },
          ],
        }),
      },
      {
        as: 'sekretariat',
        why: 'a terminated agreement',
        expect: 'BAD_USER_INPUT',
        variables: async (api) => {
          const ref = await ensureServicePurchase(api, await tokenFor('sekretariat'), 'Matrise oppsagt', {
            submitted: true,
          });
          await api.dataSource.query(
            `UPDATE agreement SET status = 'TERMINATED', active_version = 1, terminated_at = now() WHERE id = $1`,
            [ref.id],
          );
          return { input: { id: ref.id, terms: { price: '1300' } } };
        },
      },
      {
        as: 'leder.teknisk',
        why: 'the leader of the owning network, on a draft',
        expect: 'OK',
        variables: updateVars('Matrise endring', { price: '1300' }),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat, on a statutory form (a new version in force)',
        expect: 'OK',
        variables: seeded(HOST_SEEDED, (ref) => ({
          id: ref.id,
          expectedVersion: ref.version,
          terms: { noticeMonths: 6 },
        })),
      },
    ],
  },
  {
    operation: 'submitAgreement',
    document: `mutation($input: AgreementStepInput!) { submitAgreement(input: $input) ${AGREEMENT} }`,
    attempts: [
      ...refusedFor([null, ...NON_EDITORS], submitVars('Matrise innsending')),
      ...refusedFor(
        ['leder.teknisk'],
        submitVars('Matrise innsending O2', { measureCode: 'O2' }),
        'leader of another network',
      ),
      {
        as: 'leder.teknisk',
        why: 'no § 3-3 assessment',
        expect: 'BAD_USER_INPUT',
        variables: submitVars('Matrise uten vurdering', { terms: servicePurchaseTerms() }),
      },
      {
        as: 'sekretariat',
        why: 'no end date',
        expect: 'BAD_USER_INPUT',
        variables: submitVars('Matrise uten sluttdato', {
          terms: servicePurchaseTerms({ assessment: ASSESSMENT, endDate: null }),
        }),
      },
      {
        as: 'sekretariat',
        why: 'an agreement already submitted',
        expect: 'BAD_USER_INPUT',
        variables: submitVars('Matrise allerede sendt', { submitted: true }),
      },
      {
        as: 'leder.teknisk',
        why: 'the leader of the owning network',
        expect: 'OK',
        variables: submitVars('Matrise innsending'),
      },
      {
        as: 'sekretariat',
        why: 'the secretariat',
        expect: 'OK',
        variables: submitVars('Matrise innsending O2', { measureCode: 'O2' }),
      },
    ],
  },
  {
    operation: 'decideAgreement',
    document: `mutation($input: DecideAgreementInput!) { decideAgreement(input: $input) ${AGREEMENT} }`,
    attempts: [
      ...refusedFor(
        [null, 'sekretariat', 'leder.teknisk', 'medlem.tinn', 'politiker'],
        decideVars('Matrise godkjenning', 'APPROVE'),
      ),
      ...refusedFor(
        ['direktor.notodden'],
        decideVars('Matrise godkjenning', 'APPROVE'),
        'the director of a municipality that is not a party',
      ),
      {
        as: 'direktor.flesberg',
        why: 'a rejection without a comment',
        expect: 'BAD_USER_INPUT',
        variables: decideVars('Matrise godkjenning', 'REJECT', ' '),
      },
      {
        as: 'direktor.flesberg',
        why: 'an old version',
        expect: 'BAD_USER_INPUT',
        variables: decideVars('Matrise versjon 2', 'APPROVE', undefined, 1, true),
      },
      {
        as: 'direktor.flesberg',
        why: 'a version that does not exist',
        expect: 'BAD_USER_INPUT',
        variables: decideVars('Matrise godkjenning', 'APPROVE', undefined, 4),
      },
      {
        as: 'direktor.rollag',
        why: 'an agreement that is not submitted (rejected)',
        expect: 'BAD_USER_INPUT',
        variables: seeded(REJECTED_SEEDED, (ref) => ({
          agreementId: ref.id,
          versionNumber: 1,
          decision: 'APPROVE',
        })),
      },
      {
        as: 'direktor.kongsberg',
        why: 'the director of a party',
        expect: 'OK',
        variables: decideVars('Matrise godkjenning', 'APPROVE'),
      },
      {
        as: 'direktor.kongsberg',
        why: 'a second decision by the same party on the same version',
        expect: 'BAD_USER_INPUT',
        variables: decideVars('Matrise godkjenning', 'APPROVE'),
      },
      {
        as: 'direktor.flesberg',
        why: 'the director of a party, rejecting with a reason',
        expect: 'OK',
        variables: decideVars('Matrise godkjenning', 'REJECT', 'Prisen er for høy.'),
      },
    ],
  },
  {
    operation: 'terminateAgreement',
    document: `mutation($input: TerminateAgreementInput!) { terminateAgreement(input: $input) ${AGREEMENT} }`,
    attempts: [
      ...refusedFor([null, ...NON_EDITORS], terminateVars(T7_SEEDED)),
      ...refusedFor(['leder.teknisk'], terminateVars(REJECTED_SEEDED), 'leader of another network (T8)'),
      ...refusedFor(
        ['leder.teknisk'],
        terminateVars(COUNCIL_SEEDED),
        'a leader terminating a statutory form',
      ),
      {
        as: 'sekretariat',
        why: 'an agreement never in force (rejected)',
        expect: 'BAD_USER_INPUT',
        variables: terminateVars(REJECTED_SEEDED),
      },
      {
        as: 'sekretariat',
        why: 'a draft',
        expect: 'BAD_USER_INPUT',
        variables: prepared('Matrise utkast til oppsigelse', {}, (ref) => ({ id: ref.id })),
      },
      {
        as: 'leder.teknisk',
        why: 'the leader of the network that owns the measure',
        expect: 'OK',
        variables: terminateVars(T7_SEEDED),
      },
      { as: 'sekretariat', why: 'the secretariat', expect: 'OK', variables: terminateVars(COUNCIL_SEEDED) },
    ],
  },
  {
    operation: 'markNotificationsRead',
    document: 'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { marked unreadCount } }',
    attempts: [
      ...refusedFor(
        [null, 'direktor.kongsberg', 'medlem.tinn', 'politiker'],
        notificationVars({ municipality: '3334' }),
        "someone else's notification",
      ),
      {
        as: 'direktor.flesberg',
        why: 'an id that is not one',
        expect: 'BAD_USER_INPUT',
        variables: async () => ({ ids: ['x'] }),
      },
      {
        as: 'direktor.flesberg',
        why: 'no ids',
        expect: 'BAD_USER_INPUT',
        variables: async () => ({ ids: [] }),
      },
      {
        as: 'direktor.flesberg',
        why: 'a notification that does not exist',
        expect: 'NOT_FOUND',
        variables: async () => ({ ids: ['00000000-0000-4000-8000-000000000000'] }),
      },
      {
        as: 'direktor.flesberg',
        why: "the director of the notification's municipality",
        expect: 'OK',
        variables: notificationVars({ municipality: '3334' }),
      },
      {
        as: 'sekretariat',
        why: 'the user it was sent to',
        expect: 'OK',
        variables: notificationVars({ userId: SECRETARIAT_ID }),
      },
    ],
  },
];
