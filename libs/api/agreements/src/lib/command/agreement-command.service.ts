import { Injectable } from '@nestjs/common';
import type { AgreementEntity } from '@samarbeid/api/data-access';
import { recordAudit } from '@samarbeid/api/data-access';
import type { AuthenticatedUser, MailMessage } from '@samarbeid/api/platform';
import { assertExpectedVersion } from '@samarbeid/api/platform';
import {
  AGREEMENT_LEGAL_FORM_LABELS,
  changeRefusal,
  effectiveAgreementStatus,
  submitRefusal,
  terminateRefusal,
  termsChangeStep,
} from '@samarbeid/shared/domain';

import { AgreementAccess } from '../agreement-access';
import { measureInRegion, regionOrFail } from '../agreement-lookups';
import {
  agreementNotFound,
  changeRefused,
  nothingToSave,
  submitRefused,
  terminateRefused,
  THE_AGREEMENT,
} from '../agreements.errors';
import type {
  AgreementStepInput,
  CreateAgreementInput,
  TerminateAgreementInput,
  UpdateAgreementInput,
} from '../dto/agreements.inputs';
import type { Agreement } from '../dto/agreements.types';
import { approvalRequested } from '../notification/notices';
import { NotificationOutbox } from '../notification/notification-outbox';
import { AgreementQueryService } from '../query/agreement-query.service';
import type { VersionRecord } from '../repository/agreement-rows';
import { AgreementRepository } from '../repository/agreement.repository';
import type { TermsChange } from '../terms/agreement-diff';
import { termsChanges } from '../terms/agreement-diff';
import {
  assertReadyToRegister,
  assertReadyToSubmit,
  assertTermsFitForm,
  EMPTY_TERMS,
  mergeTerms,
  Terms,
} from '../terms/agreement-terms';
import { formatDate, osloDate } from '../terms/norwegian-format';

/** The agreement as it stands inside a change's transaction, after its row was locked. */
interface Locked {
  readonly agreement: AgreementEntity;
  readonly current: VersionRecord;
  readonly activeEndDate: string | null;
}

/**
 * Registering, editing, submitting and terminating agreements. Every change runs in one transaction that first
 * locks the agreement row (FOR UPDATE), checks the caller's expected row version, and writes exactly one audit
 * record; notifications and their e-mails (mail outbox) are written in the same transaction, and the e-mails sent
 * after it commits. Decisions on what a change does are the shared workflow rules'.
 */
@Injectable()
export class AgreementCommandService {
  constructor(
    private readonly agreements: AgreementRepository,
    private readonly access: AgreementAccess,
    private readonly outbox: NotificationOutbox,
    private readonly queries: AgreementQueryService,
  ) {}

  async create(user: AuthenticatedUser, input: CreateAgreementInput): Promise<Agreement> {
    const id = await this.agreements.transaction(async (tx) => {
      const region = await regionOrFail(tx, input.regionSlug);
      const measure = input.measureId ? await measureInRegion(tx, input.measureId, region.id) : null;
      await this.access.assertCanEdit(user, input.legalForm, measure?.networkId ?? null, tx.manager);
      const terms = mergeTerms(EMPTY_TERMS, input.terms);
      assertTermsFitForm(input.legalForm, terms, await tx.currentMembers(region.id));
      const register = input.legalForm !== 'SERVICE_PURCHASE';
      if (register) assertReadyToRegister(terms);
      const title = input.title.trim();
      const agreementId = await tx.insertAgreement({
        regionId: region.id,
        title,
        legalForm: input.legalForm,
        measureId: measure?.id ?? null,
        status: register ? 'ACTIVE' : 'DRAFT',
        activeVersion: register ? 1 : null,
        user,
      });
      await tx.insertVersion({ agreementId, number: 1, terms, user, submitted: false });
      const form = AGREEMENT_LEGAL_FORM_LABELS[input.legalForm].nb;
      await recordAudit(tx.manager, user, {
        action: 'CREATE',
        entityType: 'agreement',
        entityId: agreementId,
        regionId: region.id,
        summary: register
          ? `Avtale registrert som aktiv: «${title}» (${form})`
          : `Avtaleutkast opprettet: «${title}» (${form})`,
        after: { title, legalForm: input.legalForm, measureId: measure?.id ?? null, terms },
      });
      return agreementId;
    });
    return this.queries.get(user, id);
  }

  /**
   * A draft is edited in place. After submission, changed terms make a new version (the current one, copied, with
   * the changes), which is submitted at once: the approvals belong to the old version and no longer count, and
   * each party's director is asked again. A statutory form's new version is in force at once.
   */
  async update(user: AuthenticatedUser, input: UpdateAgreementInput): Promise<Agreement> {
    const mail = await this.agreements.transaction(async (tx) => {
      const { agreement, current } = await this.lock(tx, user, input.id, input.expectedVersion);
      const measureId = await this.nextMeasure(tx, user, agreement, input.measureId);
      const terms = mergeTerms(current.terms, input.terms);
      const members = await tx.currentMembers(agreement.regionId);
      assertTermsFitForm(agreement.legalForm, terms, members);
      const names = await namesOf(tx, members, current.terms, terms);
      const changes = termsChanges(current.terms, terms, names);
      const title = input.title?.trim() || agreement.title;
      if (changes.length === 0 && title === agreement.title && measureId === agreement.measureId) {
        throw nothingToSave();
      }
      let mail: MailMessage[] = [];
      let what: string;
      const step = termsChangeStep(agreement);
      if (changes.length === 0) {
        await tx.touch(agreement.id, { title, measureId });
        what = 'tittel/tiltak endret';
      } else if (step.kind === 'REWRITE_DRAFT') {
        await tx.rewriteVersion(current.id, terms);
        await tx.touch(agreement.id, { title, measureId });
        what = `utkastet (versjon ${current.number}) endret`;
      } else if (step.kind === 'NEW_VERSION_IN_FORCE') {
        assertReadyToRegister(terms);
        await tx.insertVersion({
          agreementId: agreement.id,
          number: step.number,
          terms,
          user,
          submitted: false,
        });
        await tx.touch(agreement.id, {
          title,
          measureId,
          currentVersion: step.number,
          activeVersion: step.number,
        });
        what = `versjon ${step.number} registrert og gjeldende`;
      } else {
        assertReadyToSubmit(terms);
        await tx.insertVersion({
          agreementId: agreement.id,
          number: step.number,
          terms,
          user,
          submitted: true,
        });
        await tx.touch(agreement.id, { title, measureId, status: 'SUBMITTED', currentVersion: step.number });
        mail = await this.requestApprovals(
          tx,
          agreement,
          { title, number: step.number, terms },
          names,
          changes,
        );
        what = `vilkår endret etter innsending: versjon ${step.number} sendt til godkjenning (godkjenningene av versjon ${current.number} gjelder ikke lenger)`;
      }
      await recordAudit(tx.manager, user, {
        action: 'UPDATE',
        entityType: 'agreement',
        entityId: agreement.id,
        regionId: agreement.regionId,
        summary: `«${title}»: ${what}`,
        before: {
          title: agreement.title,
          measureId: agreement.measureId,
          version: current.number,
          terms: current.terms,
        },
        after: { title, measureId, changes },
      });
      return mail;
    });
    this.outbox.afterCommit(mail);
    return this.queries.get(user, input.id);
  }

  /** Draft → submitted: needs valid dates and a complete § 3-3 assessment; asks every party's director. */
  async submit(user: AuthenticatedUser, input: AgreementStepInput): Promise<Agreement> {
    const mail = await this.agreements.transaction(async (tx) => {
      const { agreement, current } = await this.lock(tx, user, input.id, input.expectedVersion);
      const refusal = submitRefusal(agreement);
      if (refusal) throw submitRefused(refusal, agreement.status);
      const members = await tx.currentMembers(agreement.regionId);
      assertTermsFitForm(agreement.legalForm, current.terms, members);
      assertReadyToSubmit(current.terms);
      await tx.markSubmitted(current.id);
      await tx.touch(agreement.id, { status: 'SUBMITTED' });
      const names = await namesOf(tx, members, current.terms);
      const mail = await this.requestApprovals(
        tx,
        agreement,
        { title: agreement.title, number: current.number, terms: current.terms },
        names,
        [],
      );
      const parties = current.terms.parties.map((party) => names.get(party.municipalityNumber)).join(', ');
      await recordAudit(tx.manager, user, {
        action: 'TRANSITION',
        entityType: 'agreement',
        entityId: agreement.id,
        regionId: agreement.regionId,
        summary: `«${agreement.title}»: sendt til godkjenning (versjon ${current.number}) hos ${parties}`,
        before: { status: agreement.status },
        after: { status: 'SUBMITTED', version: current.number },
      });
      return mail;
    });
    this.outbox.afterCommit(mail);
    return this.queries.get(user, input.id);
  }

  /** Ends an agreement that is (or has been) in force. */
  async terminate(user: AuthenticatedUser, input: TerminateAgreementInput): Promise<Agreement> {
    await this.agreements.transaction(async (tx) => {
      const { agreement, activeEndDate } = await this.lock(tx, user, input.id, input.expectedVersion);
      const refusal = terminateRefusal(agreement);
      if (refusal) throw terminateRefused(refusal);
      const reason = input.reason?.trim() || null;
      await tx.touch(agreement.id, {
        status: 'TERMINATED',
        terminatedAt: () => 'now()',
        terminationReason: reason,
      });
      const agreed = activeEndDate ? ` (avtalt sluttdato ${formatDate(activeEndDate)})` : '';
      await recordAudit(tx.manager, user, {
        action: 'TRANSITION',
        entityType: 'agreement',
        entityId: agreement.id,
        regionId: agreement.regionId,
        summary: `«${agreement.title}»: sagt opp${agreed}${reason ? `: ${reason}` : ''}`,
        before: { status: agreement.status },
        after: { status: 'TERMINATED', reason },
      });
    });
    return this.queries.get(user, input.id);
  }

  /** Locks the row, then checks who may change it, the expected version, and that it can still change. */
  private async lock(
    tx: AgreementRepository,
    user: AuthenticatedUser,
    id: string,
    expectedVersion: number | null | undefined,
  ): Promise<Locked> {
    const agreement = await tx.lock(id);
    if (!agreement) throw agreementNotFound();
    const networkId = agreement.measureId
      ? (await measureInRegion(tx, agreement.measureId, agreement.regionId)).networkId
      : null;
    await this.access.assertCanEdit(user, agreement.legalForm, networkId, tx.manager);
    assertExpectedVersion(agreement, expectedVersion, THE_AGREEMENT);
    const versions = await tx.versions([agreement.id]);
    const current = versions.find((version) => version.number === agreement.currentVersion) as VersionRecord;
    const active = versions.find((version) => version.number === agreement.activeVersion);
    const activeEndDate = active?.terms.endDate ?? null;
    const refusal = changeRefusal(effectiveAgreementStatus(agreement.status, activeEndDate, osloDate()));
    if (refusal) throw changeRefused(refusal, activeEndDate);
    return { agreement, current, activeEndDate };
  }

  /** The measure after the change; a network leader may only link measures of networks they lead. */
  private async nextMeasure(
    tx: AgreementRepository,
    user: AuthenticatedUser,
    agreement: AgreementEntity,
    measureId: string | null | undefined,
  ): Promise<string | null> {
    if (measureId === undefined || measureId === agreement.measureId) return agreement.measureId;
    const measure = measureId ? await measureInRegion(tx, measureId, agreement.regionId) : null;
    await this.access.assertCanEdit(user, agreement.legalForm, measure?.networkId ?? null, tx.manager);
    return measure?.id ?? null;
  }

  private requestApprovals(
    tx: AgreementRepository,
    agreement: AgreementEntity,
    version: { title: string; number: number; terms: Terms },
    names: ReadonlyMap<string, string>,
    changes: readonly TermsChange[],
  ): Promise<MailMessage[]> {
    const parties = version.terms.parties;
    return this.outbox.toDirectors(
      tx.notifications,
      agreement,
      parties.map((party) => party.municipalityNumber),
      approvalRequested(
        version.title,
        version.number,
        parties.map((party) => ({
          name: names.get(party.municipalityNumber) ?? party.municipalityNumber,
          role: party.role,
        })),
        changes,
      ),
    );
  }
}

/** The members' names, and those of any party that is not a member (any more). */
async function namesOf(
  tx: AgreementRepository,
  members: ReadonlyMap<string, string>,
  ...terms: Terms[]
): Promise<ReadonlyMap<string, string>> {
  const missing = terms
    .flatMap((each) => each.parties.map((party) => party.municipalityNumber))
    .filter((number) => !members.has(number));
  if (missing.length === 0) return members;
  return new Map([...members, ...(await tx.municipalityNames(missing))]);
}
