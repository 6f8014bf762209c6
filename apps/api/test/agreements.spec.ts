import { beforeAll, describe, expect, it } from '@jest/globals';
import { lastNoticeDate } from '@samarbeid/shared/domain';

import { childWelfareEndDate, osloToday } from '../src/seed/agreements-seed';
import {
  AGREEMENT_FIELDS,
  agreementRef,
  AgreementView,
  ASSESSMENT,
  CREATE,
  createInput,
  DECIDE,
  GET,
  REGION,
  servicePurchaseTerms,
  SUBMIT,
  TERMINATE,
  UPDATE,
} from './support/agreements';
import { ReceivedMail, useSmtpServer } from './support/smtp';
import {
  countStatements,
  databaseFingerprint,
  demoCalls,
  DemoUsername,
  reseedDemo,
  useDemoTokens,
} from './support/portfolio';
import { errorCode, useTestApp } from './support/test-app';

interface MunicipalityAgreement {
  title: string;
  legalForm: string;
  status: string;
  role: string;
  annualCost: string | null;
  annualCostExplanation: string | null;
  endDate: string | null;
  lastNoticeDate: string | null;
  endStatus: string | null;
  noticeStatus: string | null;
  endsSoon: boolean;
  noticeSoon: boolean;
}

const MUNICIPALITY_AGREEMENTS = `query($number: String!, $within: Int, $asOf: String) {
  municipalityAgreements(regionSlug: "${REGION}", municipalityNumber: $number, withinMonths: $within, asOf: $asOf) {
    municipalityName asOf withinMonths totalAnnualCost
    agreements { title legalForm status role annualCost annualCostExplanation endDate lastNoticeDate endStatus
                 noticeStatus endsSoon noticeSoon } } }`;

const NOTIFICATIONS = `query($first: Int, $unreadOnly: Boolean) { notifications(first: $first, unreadOnly: $unreadOnly) {
  totalCount nodes { id kind title body link agreementId readAt } } unreadNotificationCount }`;

describe('agreements', () => {
  const smtp = useSmtpServer();
  const api = useTestApp(() => smtp.appEnv());
  const tokens = useDemoTokens();

  const { call } = demoCalls(api, tokens);

  const ok = async <T>(
    as: DemoUsername,
    document: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> => {
    const response = await call<Record<string, T>>(as, document, variables);
    expect(response.errors).toBeUndefined();
    return Object.values(response.data ?? {})[0];
  };

  const refused = async (
    as: DemoUsername | null,
    document: string,
    variables: Record<string, unknown>,
    code: string,
    message?: string | RegExp,
  ): Promise<void> => {
    const before = await databaseFingerprint(api.dataSource);
    const response = await call(as, document, variables);
    expect(errorCode(response)).toBe(code);
    if (message) expect(response.errors?.[0]?.message).toMatch(message);
    expect(await databaseFingerprint(api.dataSource)).toBe(before);
  };

  const mailTo = async (address: string, subject: RegExp): Promise<ReceivedMail> => {
    for (let attempt = 0; attempt < 100; attempt++) {
      const found = smtp.received.find(
        (mail) => mail.recipients.includes(address) && subject.test(mail.text),
      );
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no mail to ${address} matching ${subject}`);
  };

  describe('the seeded register', () => {
    it('is seeded once (seeding again adds nothing), with the directors’ e-mail addresses', async () => {
      const { before, after } = await reseedDemo(api.dataSource);
      expect(after).toEqual(before);
      expect(before).toMatchObject({ agreement: 5, agreement_approval: 6 });
      const emails: { email: string }[] = await api.dataSource.query(
        `SELECT nm.email FROM network_member nm JOIN network n ON n.id = nm.network_id
          WHERE n.key = 'KDU' AND nm.user_id IS NOT NULL ORDER BY nm.municipality_number`,
      );
      expect(emails.map((row) => row.email)).toEqual([
        'kari.nordby@example.no',
        'ola.haugen@example.no',
        'ingrid.bakken@example.no',
        'per.lien@example.no',
      ]);
    });

    it('lists the region’s agreements by title, filtered by legal form, status and party', async () => {
      const LIST = `query($filter: AgreementFilter, $first: Int) { agreements(regionSlug: "${REGION}", filter: $filter, first: $first) {
        totalCount pageInfo { hasNextPage endCursor } nodes { title legalForm status activeVersionNumber } } }`;
      const all = await ok<{ totalCount: number; nodes: { title: string; status: string }[] }>(
        'politiker',
        LIST,
      );
      const byTitle = Object.fromEntries(all.nodes.map((node) => [node.title, node.status]));
      expect(byTitle).toMatchObject({
        'Byggesaksbehandling – Kongsberg selger til Flesberg og Rollag': 'ACTIVE',
        'Eiendomsskattekompetanse – Notodden selger til Kongsberg og Flesberg': 'SUBMITTED',
        'Oppmåling og matrikkelføring – Rollag selger til Flesberg': 'REJECTED',
        'Felles barnevernstjeneste': 'ACTIVE',
        'Kongsbergregionen interkommunalt politisk råd': 'ACTIVE',
      });
      const servicePurchases = await ok<{ totalCount: number }>('politiker', LIST, {
        filter: { legalForms: ['SERVICE_PURCHASE'], statuses: ['REJECTED'] },
      });
      expect(servicePurchases.totalCount).toBe(1);
      const nore = await ok<{ nodes: { title: string }[] }>('politiker', LIST, {
        filter: { municipalityNumber: '3338' },
      });
      expect(nore.nodes.map((node) => node.title).sort()).toEqual([
        'Felles barnevernstjeneste',
        'Kongsbergregionen interkommunalt politisk råd',
      ]);
      const firstPage = await ok<{ nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string } }>(
        'politiker',
        LIST,
        { first: 2 },
      );
      expect(firstPage.nodes).toHaveLength(2);
      expect(firstPage.pageInfo.hasNextPage).toBe(true);
    });

    it('shows T7 with its three approvals, and T5 waiting for Kongsberg and Flesberg', async () => {
      const t7 = await ok<AgreementView>('politiker', GET, {
        id: (await agreementRef(api, 'Byggesaksbehandling – Kongsberg selger til Flesberg og Rollag')).id,
      });
      expect(t7).toMatchObject({ status: 'ACTIVE', activeVersionNumber: 1, measure: { code: 'T7' } });
      expect(t7.currentVersion).toMatchObject({ price: '1150', lastNoticeDate: '2028-06-30' });
      expect(t7.currentVersion.approvals.map((a) => a.municipalityNumber)).toEqual(['3303', '3334', '3336']);
      const inbox = await ok<{ versionNumber: number; agreement: { title: string } }[]>(
        'direktor.flesberg',
        '{ approvalInbox { versionNumber role changes { field } agreement { title } } }',
      );
      expect(inbox.map((item) => item.agreement.title)).toEqual([
        'Eiendomsskattekompetanse – Notodden selger til Kongsberg og Flesberg',
      ]);
      expect(await ok<number>('direktor.notodden', '{ approvalInboxCount }')).toBe(0);
    });
  });

  describe('the service-purchase workflow', () => {
    const title = 'Byggesak 2027 – arbeidsflyt';
    let id: string;
    let version: number;

    it('a network leader drafts it for a measure of their network', async () => {
      const draft = await ok<AgreementView>('leder.teknisk', CREATE, {
        input: await createInput(api, title),
      });
      expect(draft).toMatchObject({
        status: 'DRAFT',
        currentVersionNumber: 1,
        activeVersionNumber: null,
        viewerCanEdit: true,
        measure: { code: 'T7' },
      });
      expect(draft.currentVersion.assessment.complete).toBe(false);
      id = draft.id;
      version = draft.version;
    });

    it('refuses to submit without the § 3-3 assessment, saying what is missing', async () => {
      await refused(
        'leder.teknisk',
        SUBMIT,
        { input: { id } },
        'BAD_USER_INPUT',
        /§ 3-3.*Mangler: om samarbeidet gjelder felles mål.*hvem som vurderte; dato for vurderingen; konklusjon/,
      );
    });

    it('edits the draft in place (no new version)', async () => {
      const edited = await ok<AgreementView>('leder.teknisk', UPDATE, {
        input: { id, expectedVersion: version, terms: { assessment: ASSESSMENT } },
      });
      expect(edited.currentVersionNumber).toBe(1);
      expect(edited.versions).toHaveLength(1);
      expect(edited.currentVersion.assessment).toMatchObject({ complete: true, missing: [] });
      expect(edited.version).toBe(version + 1);
      version = edited.version;
    });

    it('submits: each party’s director is asked, in the app and by e-mail', async () => {
      const submitted = await ok<AgreementView>('leder.teknisk', SUBMIT, {
        input: { id, expectedVersion: version },
      });
      expect(submitted.status).toBe('SUBMITTED');
      const rows: { recipient_municipality: string; kind: string; link: string }[] =
        await api.dataSource.query(
          'SELECT recipient_municipality, kind, link FROM notification WHERE agreement_id = $1 ORDER BY 1',
          [id],
        );
      expect(rows).toEqual(
        ['3303', '3334', '3336'].map((number) => ({
          recipient_municipality: number,
          kind: 'APPROVAL_REQUESTED',
          link: `/avtaler/${id}`,
        })),
      );
      const mail = await mailTo('kari.nordby@example.no', /Subject: Godkjenning: Byggesak 2027/);
      expect(mail.text).toContain(`Åpne avtalen: http://localhost:4200/avtaler/${id}`);
      await mailTo('ola.haugen@example.no', /Godkjenning: Byggesak 2027/);
      const flesberg = await ok<AgreementView>('direktor.flesberg', GET, { id });
      expect(flesberg.viewerCanDecide).toBe(true);
      expect(flesberg.viewerCanEdit).toBe(false);
    });

    it('becomes ACTIVE when the third of three directors approves', async () => {
      const first = await ok<AgreementView>('direktor.kongsberg', DECIDE, {
        input: { agreementId: id, versionNumber: 1, decision: 'APPROVE' },
      });
      expect(first.status).toBe('SUBMITTED');
      expect(first.viewerCanDecide).toBe(false);
      await refused(
        'direktor.kongsberg',
        DECIDE,
        { input: { agreementId: id, versionNumber: 1, decision: 'APPROVE' } },
        'BAD_USER_INPUT',
        'Kongsberg har allerede godkjent versjon 1.',
      );
      const second = await ok<AgreementView>('direktor.flesberg', DECIDE, {
        input: { agreementId: id, versionNumber: 1, decision: 'APPROVE', comment: 'Ok for Flesberg.' },
      });
      expect(second.status).toBe('SUBMITTED');
      const third = await ok<AgreementView>('direktor.rollag', DECIDE, {
        input: { agreementId: id, versionNumber: 1, decision: 'APPROVE' },
      });
      expect(third).toMatchObject({ status: 'ACTIVE', activeVersionNumber: 1, currentVersionNumber: 1 });
      expect(third.currentVersion.approvals.map((approval) => approval.decidedByName)).toEqual([
        'Kari Nordby',
        'Ola Haugen',
        'Ingrid Bakken',
      ]);
      const kinds: { kind: string }[] = await api.dataSource.query(
        `SELECT kind FROM notification WHERE agreement_id = $1 AND recipient_user_id IS NOT NULL ORDER BY created_at`,
        [id],
      );
      expect(kinds.map((row) => row.kind)).toEqual([
        'AGREEMENT_APPROVED',
        'AGREEMENT_APPROVED',
        'AGREEMENT_ACTIVE',
      ]);
      await mailTo('tor.teknisk@example.no', /Aktiv: Byggesak 2027/);
      version = third.version;
    });

    it('changing the terms makes version 2, resets the approvals, shows the diff and asks again', async () => {
      const changed = await ok<AgreementView>('leder.teknisk', UPDATE, {
        input: {
          id,
          expectedVersion: version,
          terms: {
            price: '1250000',
            priceModel: 'FIXED_ANNUAL',
            endDate: '2029-06-30',
            parties: [
              { municipalityNumber: '3303', role: 'SELLER' },
              { municipalityNumber: '3334', role: 'BUYER', buyerVolume: '500' },
              { municipalityNumber: '3336', role: 'BUYER', buyerVolume: '400' },
              { municipalityNumber: '3338', role: 'BUYER', buyerVolume: '100' },
            ],
          },
        },
      });
      expect(changed).toMatchObject({ status: 'SUBMITTED', currentVersionNumber: 2, activeVersionNumber: 1 });
      expect(changed.currentVersion.approvals).toEqual([]);
      expect(changed.currentVersion.changes).toEqual([
        { field: 'priceModel', label: 'Prismodell', before: 'Timepris', after: 'Fast årlig pris' },
        { field: 'price', label: 'Pris', before: '1 150 kr', after: '1 250 000 kr' },
        { field: 'endDate', label: 'Sluttdato', before: '31.12.2028', after: '30.6.2029' },
        { field: 'parties.3334.buyerVolume', label: 'Flesberg: volum', before: '600', after: '500' },
        { field: 'parties.3338', label: 'Part: Nore og Uvdal', before: null, after: 'Kjøper' },
      ]);
      const inbox = await ok<{ versionNumber: number; changes: { field: string }[] }[]>(
        'direktor.flesberg',
        `{ approvalInbox { versionNumber changes { field } agreement { id } } }`,
      );
      const mine = inbox.find((item) => item.versionNumber === 2);
      expect(mine?.changes.map((change) => change.field)).toContain('price');
      const requests: { n: number }[] = await api.dataSource.query(
        `SELECT count(*)::int AS n FROM notification WHERE agreement_id = $1 AND kind = 'APPROVAL_REQUESTED'`,
        [id],
      );
      expect(requests[0].n).toBe(3 + 4);
      const mail = await mailTo('ola.haugen@example.no', /versjon 2/);
      expect(mail.text).toContain('- Pris: 1 150 kr → 1 250 000 kr');
      version = changed.version;
    });

    it('refuses a decision on the old version', async () => {
      await refused(
        'direktor.rollag',
        DECIDE,
        { input: { agreementId: id, versionNumber: 1, decision: 'APPROVE' } },
        'BAD_USER_INPUT',
        'Du kan bare godkjenne gjeldende versjon (v2).',
      );
    });

    it('a rejection needs a comment, and rejects the agreement (version 1 stays in force)', async () => {
      await refused(
        'direktor.flesberg',
        DECIDE,
        { input: { agreementId: id, versionNumber: 2, decision: 'REJECT', comment: '  ' } },
        'BAD_USER_INPUT',
        /«input\.comment» inneholder bare mellomrom/,
      );
      await refused(
        'direktor.flesberg',
        DECIDE,
        { input: { agreementId: id, versionNumber: 2, decision: 'REJECT' } },
        'BAD_USER_INPUT',
        /begrunnelse/,
      );
      const rejected = await ok<AgreementView>('direktor.flesberg', DECIDE, {
        input: { agreementId: id, versionNumber: 2, decision: 'REJECT', comment: 'For dyrt for Flesberg.' },
      });
      expect(rejected).toMatchObject({ status: 'REJECTED', currentVersionNumber: 2, activeVersionNumber: 1 });
      expect(rejected.currentVersion.approvals).toMatchObject([
        { municipalityNumber: '3334', decision: 'REJECT', comment: 'For dyrt for Flesberg.' },
      ]);
      await refused(
        'direktor.kongsberg',
        DECIDE,
        { input: { agreementId: id, versionNumber: 2, decision: 'APPROVE' } },
        'BAD_USER_INPUT',
        /ikke til godkjenning/,
      );
      version = rejected.version;
    });

    it('is terminated by the drafter, and is then closed to changes', async () => {
      const terminated = await ok<AgreementView>('leder.teknisk', TERMINATE, {
        input: { id, expectedVersion: version, reason: 'Erstattes av ny avtale.' },
      });
      expect(terminated).toMatchObject({ status: 'TERMINATED', viewerCanEdit: false });
      await refused(
        'leder.teknisk',
        UPDATE,
        { input: { id, terms: { price: '1' } } },
        'BAD_USER_INPUT',
        /sagt opp/,
      );
    });

    it('wrote one audit record per change', async () => {
      const rows: { action: string }[] = await api.dataSource.query(
        `SELECT action FROM audit_event WHERE entity_type = 'agreement' AND entity_id = $1 ORDER BY occurred_at`,
        [id],
      );
      expect(rows.map((row) => row.action)).toEqual([
        'CREATE',
        'UPDATE',
        'TRANSITION',
        'TRANSITION',
        'TRANSITION',
        'TRANSITION',
        'UPDATE',
        'TRANSITION',
        'TRANSITION',
      ]);
    });
  });

  describe('refusals', () => {
    const title = 'Byggesak – avvisninger';
    let id: string;

    beforeAll(async () => {
      const created = await ok<AgreementView>('sekretariat', CREATE, {
        input: await createInput(api, title, servicePurchaseTerms({ assessment: ASSESSMENT })),
      });
      id = created.id;
      await ok('sekretariat', SUBMIT, { input: { id } });
    });

    it('lets only a director of a party decide', async () => {
      await refused(
        'direktor.notodden',
        DECIDE,
        { input: { agreementId: id, versionNumber: 1, decision: 'APPROVE' } },
        'FORBIDDEN',
        /Notodden er ikke part/,
      );
      for (const as of ['sekretariat', 'leder.teknisk', 'medlem.tinn', 'politiker'] as const) {
        await refused(
          as,
          DECIDE,
          { input: { agreementId: id, versionNumber: 1, decision: 'APPROVE' } },
          'FORBIDDEN',
        );
      }
      await refused(
        null,
        DECIDE,
        { input: { agreementId: id, versionNumber: 1, decision: 'APPROVE' } },
        'UNAUTHENTICATED',
      );
    });

    it('refuses a version that does not exist', async () => {
      await refused(
        'direktor.flesberg',
        DECIDE,
        { input: { agreementId: id, versionNumber: 7, decision: 'APPROVE' } },
        'BAD_USER_INPUT',
        /ingen versjon 7/,
      );
    });

    it('refuses an end before the start, and a notice period over 60 months', async () => {
      await refused(
        'sekretariat',
        CREATE,
        {
          input: await createInput(
            api,
            'Feil datoer',
            servicePurchaseTerms({ startDate: '2027-01-01', endDate: '2026-12-31' }),
          ),
        },
        'BAD_USER_INPUT',
        'Sluttdatoen (31.12.2026) er før startdatoen (1.1.2027).',
      );
      await refused(
        'sekretariat',
        CREATE,
        { input: await createInput(api, 'Feil oppsigelse', servicePurchaseTerms({ noticeMonths: 61 })) },
        'BAD_USER_INPUT',
        /0 til 60/,
      );
      await refused(
        'sekretariat',
        CREATE,
        { input: await createInput(api, 'Feil dato', servicePurchaseTerms({ endDate: '2027-02-29' })) },
        'BAD_USER_INPUT',
        /ikke en gyldig dato/,
      );
    });

    it('refuses parties that do not fit the legal form', async () => {
      const cases: [Record<string, unknown>, string, RegExp][] = [
        [
          servicePurchaseTerms({ parties: [{ municipalityNumber: '3303', role: 'SELLER' }] }),
          'SERVICE_PURCHASE',
          /nøyaktig én selger og minst én kjøper/,
        ],
        [
          servicePurchaseTerms({
            parties: [
              { municipalityNumber: '3303', role: 'SELLER' },
              { municipalityNumber: '3303', role: 'BUYER' },
            ],
          }),
          'SERVICE_PURCHASE',
          /Kongsberg står to ganger/,
        ],
        [
          servicePurchaseTerms({
            parties: [
              { municipalityNumber: '3303', role: 'SELLER' },
              { municipalityNumber: '3301', role: 'BUYER' },
            ],
          }),
          'SERVICE_PURCHASE',
          /3301 er ikke medlem av regionen/,
        ],
        [servicePurchaseTerms({ price: null }), 'SERVICE_PURCHASE', /må ha pris/],
        [
          {
            startDate: '2020-01-01',
            parties: [
              { municipalityNumber: '3303', role: 'OWNER', ownerShare: '60' },
              { municipalityNumber: '3334', role: 'OWNER', ownerShare: '39.5' },
            ],
          },
          'INTERMUNICIPAL_COMPANY',
          /Eierandelene er til sammen 99,5 %, men skal være nøyaktig 100 %/,
        ],
        [
          {
            startDate: '2020-01-01',
            parties: [
              { municipalityNumber: '3303', role: 'HOST' },
              { municipalityNumber: '3334', role: 'HOST' },
            ],
          },
          'HOST_MUNICIPALITY_JOINT_COMMITTEE',
          /nøyaktig én vertskommune/,
        ],
        [
          {
            startDate: '2020-01-01',
            parties: [
              { municipalityNumber: '3303', role: 'BUYER' },
              { municipalityNumber: '3334', role: 'MEMBER' },
            ],
          },
          'POLITICAL_COUNCIL',
          /oppført som kjøper/,
        ],
      ];
      for (const [terms, legalForm, message] of cases) {
        await refused(
          'sekretariat',
          CREATE,
          { input: await createInput(api, 'Feil parter', terms, legalForm, null) },
          'BAD_USER_INPUT',
          message,
        );
      }
    });

    it('lets only the secretariat register statutory forms, which are active at once', async () => {
      const iks = {
        startDate: '2015-01-01',
        serviceDescription: 'Felles revisjon.',
        parties: [
          { municipalityNumber: '3303', role: 'OWNER', ownerShare: '45.5' },
          { municipalityNumber: '3334', role: 'OWNER', ownerShare: '20' },
          { municipalityNumber: '4005', role: 'OWNER', ownerShare: '34.5' },
        ],
      };
      await refused(
        'leder.teknisk',
        CREATE,
        { input: await createInput(api, 'Revisjon IKS', iks, 'INTERMUNICIPAL_COMPANY') },
        'FORBIDDEN',
        /Bare sekretariatet/,
      );
      const created = await ok<AgreementView>('sekretariat', CREATE, {
        input: await createInput(api, 'Revisjon IKS', iks, 'INTERMUNICIPAL_COMPANY', null),
      });
      expect(created).toMatchObject({ status: 'ACTIVE', activeVersionNumber: 1 });
      await refused(
        'sekretariat',
        SUBMIT,
        { input: { id: created.id } },
        'BAD_USER_INPUT',
        /Bare tjenestekjøpsavtaler/,
      );
    });

    it('refuses a leader for a measure of another network, and a stale version', async () => {
      await refused(
        'leder.teknisk',
        CREATE,
        { input: await createInput(api, 'Annet nettverk', servicePurchaseTerms(), 'SERVICE_PURCHASE', 'O2') },
        'FORBIDDEN',
      );
      await refused(
        'sekretariat',
        UPDATE,
        { input: { id, expectedVersion: 1, title: 'Ny tittel' } },
        'CONFLICT',
        /endret av noen andre/,
      );
      await refused('sekretariat', UPDATE, { input: { id } }, 'BAD_USER_INPUT', /Ingen endringer/);
    });

    it('holds one decision per party and version in the database, too', async () => {
      await ok('direktor.flesberg', DECIDE, {
        input: { agreementId: id, versionNumber: 1, decision: 'APPROVE' },
      });
      const [version]: { id: string }[] = await api.dataSource.query(
        'SELECT id FROM agreement_version WHERE agreement_id = $1 AND number = 1',
        [id],
      );
      await expect(
        api.dataSource.query(
          `INSERT INTO agreement_approval (version_id, municipality_number, decision, decided_by_id) VALUES ($1, '3334', 'APPROVE', 'x')`,
          [version.id],
        ),
      ).rejects.toMatchObject({ driverError: { code: '23505' } });
      await expect(
        api.dataSource.query(
          `INSERT INTO agreement_approval (version_id, municipality_number, decision, decided_by_id) VALUES ($1, '3303', 'REJECT', 'x')`,
          [version.id],
        ),
      ).rejects.toMatchObject({ driverError: { code: '23514' } });
    });
  });

  describe('notifications', () => {
    it('lists a director’s municipality notifications and a drafter’s own, and marks them read', async () => {
      const before = await ok<{
        totalCount: number;
        nodes: { id: string; kind: string; link: string; readAt: string | null }[];
      }>('direktor.flesberg', NOTIFICATIONS, { unreadOnly: true });
      const flesbergUnread = (
        await call<{ unreadNotificationCount: number }>('direktor.flesberg', NOTIFICATIONS)
      ).data?.unreadNotificationCount as number;
      expect(flesbergUnread).toBe(before.totalCount);
      expect(
        before.nodes.some((node) => node.kind === 'APPROVAL_REQUESTED' && node.link.startsWith('/avtaler/')),
      ).toBe(true);
      const ids = before.nodes.slice(0, 2).map((node) => node.id);
      const marked = await ok<{ marked: number; unreadCount: number }>(
        'direktor.flesberg',
        'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { marked unreadCount } }',
        { ids },
      );
      expect(marked).toEqual({ marked: 2, unreadCount: flesbergUnread - 2 });
      await refused(
        'direktor.kongsberg',
        'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { marked } }',
        { ids },
        'FORBIDDEN',
      );
      const drafter = await ok<{ nodes: { kind: string }[] }>('leder.teknisk', NOTIFICATIONS, { first: 50 });
      expect(drafter.nodes.map((node) => node.kind)).toEqual(
        expect.arrayContaining(['AGREEMENT_ACTIVE', 'AGREEMENT_REJECTED']),
      );
      const viewer = await ok<{ totalCount: number }>('politiker', NOTIFICATIONS);
      expect(viewer.totalCount).toBe(0);
    });
  });

  describe('a municipality’s agreements and deadlines', () => {
    const deadlines = async (number: string, asOf: string, within = 6) =>
      ok<{ totalAnnualCost: string; agreements: MunicipalityAgreement[] }>(
        'politiker',
        MUNICIPALITY_AGREEMENTS,
        {
          number,
          asOf,
          within,
        },
      );

    it('lists what Flesberg takes part in, pays per year, and when each must be given notice', async () => {
      // The demo data were seeded today: the child-welfare agreement ends on the last day of the fifth month after.
      const today = osloToday();
      const childWelfareEnd = childWelfareEndDate(today);
      const flesberg = await deadlines('3334', today);
      const byTitle = Object.fromEntries(flesberg.agreements.map((a) => [a.title, a]));
      expect(byTitle['Byggesaksbehandling – Kongsberg selger til Flesberg og Rollag']).toMatchObject({
        role: 'BUYER',
        annualCost: '805000',
        endDate: '2028-12-31',
        lastNoticeDate: '2028-06-30',
        endsSoon: false,
        noticeSoon: false,
      });
      expect(
        byTitle['Byggesaksbehandling – Kongsberg selger til Flesberg og Rollag'].annualCostExplanation,
      ).toContain('1 150 kr × 1 200 timer = 1 380 000 kr per år');
      expect(byTitle['Felles barnevernstjeneste']).toMatchObject({
        legalForm: 'HOST_MUNICIPALITY_ADMINISTRATIVE',
        role: 'PARTICIPANT',
        annualCost: '2450000',
        endDate: childWelfareEnd,
        lastNoticeDate: lastNoticeDate(childWelfareEnd, 3),
        endsSoon: true,
        noticeSoon: true,
      });
      // Fixed annual price split by the buyers' volumes: 850 000 × 0.4 / 1.
      expect(byTitle['Eiendomsskattekompetanse – Notodden selger til Kongsberg og Flesberg']).toMatchObject({
        status: 'SUBMITTED',
        annualCost: '340000',
      });
      // In force for Flesberg: T7, the child-welfare service and the council (the agreements this spec made earlier
      // are terminated, not yet approved, or state no cost).
      expect(flesberg.totalAnnualCost).toBe(String(805000 + 2450000 + 180000));
    });

    it('computes notice deadlines over month ends and leap years', async () => {
      const host = (title: string, endDate: string, noticeMonths: number) =>
        createInput(
          api,
          title,
          {
            startDate: '2020-01-01',
            endDate,
            noticeMonths,
            parties: [
              { municipalityNumber: '4024', role: 'HOST' },
              { municipalityNumber: '4026', role: 'PARTICIPANT', annualCost: '100000.50' },
            ],
          },
          'HOST_MUNICIPALITY_ADMINISTRATIVE',
          null,
        );
      for (const [title, end, notice] of [
        ['Frist A – august', '2027-08-31', 6],
        ['Frist B – skuddår', '2028-08-31', 6],
        ['Frist C – desember', '2026-12-31', 1],
        ['Frist D – utløpt', '2026-11-21', 0],
      ] as const) {
        await ok('sekretariat', CREATE, { input: await host(title, end, notice) });
      }
      const tinn = await deadlines('4026', '2026-11-22', 3);
      const byTitle = Object.fromEntries(tinn.agreements.map((a) => [a.title, a]));
      expect(byTitle['Frist A – august']).toMatchObject({
        lastNoticeDate: '2027-02-28',
        noticeStatus: 'LATER',
      });
      expect(byTitle['Frist B – skuddår']).toMatchObject({
        lastNoticeDate: '2028-02-29',
        noticeStatus: 'LATER',
      });
      expect(byTitle['Frist C – desember']).toMatchObject({
        lastNoticeDate: '2026-11-30',
        noticeSoon: true,
        endsSoon: true,
      });
      expect(byTitle['Frist D – utløpt']).toMatchObject({
        status: 'EXPIRED',
        endStatus: 'PASSED',
        endsSoon: false,
        annualCost: '100000.5',
      });
      // From 31 August 2026, six months ahead is 28 February 2027 (clamped): a deadline on that day is soon.
      const fromAugust = await deadlines('4026', '2026-08-31', 6);
      expect(fromAugust.agreements.find((a) => a.title === 'Frist A – august')?.noticeStatus).toBe('SOON');
      // EXPIRED is computed on read, in the register's filter too.
      const expired = await ok<{ nodes: { title: string }[] }>(
        'politiker',
        `query { agreements(regionSlug: "${REGION}", filter: { statuses: [EXPIRED] }) { nodes { title } } }`,
      );
      expect(expired.nodes.map((node) => node.title)).toEqual(['Frist D – utløpt']);
      // Sorted by end date, open-ended last.
      expect(tinn.agreements.at(-1)?.title).toBe('Kongsbergregionen interkommunalt politisk råd');
      // In force for Tinn: the council (180 000) and A, B, C (3 × 100 000,50); D has expired.
      expect(tinn.totalAnnualCost).toBe('480001.5');
    });

    it('answers NOT_FOUND for a municipality outside the region', async () => {
      const response = await call('politiker', MUNICIPALITY_AGREEMENTS, { number: '3301' });
      expect(errorCode(response)).toBe('NOT_FOUND');
    });
  });

  describe('the agreement document', () => {
    it('downloads as a PDF with a token, and refuses anonymous callers', async () => {
      const { id } = await agreementRef(api, 'Byggesaksbehandling – Kongsberg selger til Flesberg og Rollag');
      const response = await fetch(`${api.url}/exports/agreements/${id}.pdf?version=1`, {
        headers: { authorization: `Bearer ${tokens.politiker}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/pdf/);
      expect(response.headers.get('content-disposition')).toContain('avtale-byggesaksbehandling');
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const anonymous = await fetch(`${api.url}/exports/agreements/${id}.pdf`);
      expect(anonymous.status).toBe(401);
      const missing = await fetch(`${api.url}/exports/agreements/${id}.pdf?version=9`, {
        headers: { authorization: `Bearer ${tokens.politiker}` },
      });
      expect(missing.status).toBe(400);
    });
  });

  describe('performance', () => {
    it('reads a page of 5 or 45 agreements with the same number of statements (no N+1)', async () => {
      // Every version's parties, approvals and changes: a heavy selection, so a page of 100 (the request cost limit).
      const LIST = `query { agreements(regionSlug: "${REGION}", first: 100) { nodes { ${AGREEMENT_FIELDS} } } }`;
      const run = async () => {
        const response = await call('sekretariat', LIST);
        expect(response.errors).toBeUndefined();
      };
      const few = await countStatements(api.dataSource, run);
      const t7 = await agreementRef(api, 'Byggesaksbehandling – Kongsberg selger til Flesberg og Rollag');
      await api.dataSource.query(
        `WITH copies AS (
           INSERT INTO agreement (region_id, title, legal_form, measure_id, status, current_version, active_version,
                                  created_by_id)
           SELECT region_id, title || ' kopi ' || n, legal_form, measure_id, status, 1, 1, created_by_id
             FROM agreement, generate_series(1, 40) n WHERE id = $1 RETURNING id),
         versions AS (
           INSERT INTO agreement_version (agreement_id, number, price, price_model, volume_amount, volume_unit,
                                          start_date, end_date, notice_months, created_by_id)
           SELECT id, 1, 1150, 'HOURLY', 1200, 'HOURS', '2026-01-01', '2028-12-31', 6, 'x' FROM copies RETURNING id)
         INSERT INTO agreement_version_party (version_id, municipality_number, role)
         SELECT v.id, p.number, p.role FROM versions v,
           (VALUES ('3303', 'SELLER'), ('3334', 'BUYER'), ('3336', 'BUYER')) AS p(number, role)`,
        [t7.id],
      );
      expect(await countStatements(api.dataSource, run)).toBe(few);
    });
  });
});
