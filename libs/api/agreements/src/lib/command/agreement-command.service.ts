import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgreementEntity, AgreementVersionEntity, recordAudit } from '@samarbeid/api/data-access';
import type { AuthenticatedUser, MailMessage } from '@samarbeid/api/platform';
import { badUserInput } from '@samarbeid/api/platform';
import { AGREEMENT_LEGAL_FORM_LABELS } from '@samarbeid/shared/domain';
import { DataSource, EntityManager } from 'typeorm';

import { AgreementAccess } from '../agreement-access';
import {
  assertChangeable,
  assertExpectedVersion,
  effectiveStatus,
  measureInRegion,
  regionBySlug,
  statusLabel,
} from '../agreement-rules';
import {
  currentMembers,
  insertVersion,
  loadVersions,
  lockAgreement,
  mergeTerms,
  municipalityNames,
  rewriteVersion,
  touchAgreement,
  VersionRecord,
} from '../agreement-store';
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
import { termsChanges } from '../terms/agreement-diff';
import {
  assertReadyToRegister,
  assertReadyToSubmit,
  assertTermsFitForm,
  EMPTY_TERMS,
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
 * after it commits.
 */
@Injectable()
export class AgreementCommandService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AgreementAccess,
    private readonly outbox: NotificationOutbox,
    private readonly queries: AgreementQueryService,
  ) {}

  async create(user: AuthenticatedUser, input: CreateAgreementInput): Promise<Agreement> {
    const id = await this.dataSource.transaction(async (manager) => {
      const region = await regionBySlug(manager, input.regionSlug);
      const measure = input.measureId ? await measureInRegion(manager, input.measureId, region.id) : null;
      await this.access.assertCanEdit(user, input.legalForm, measure?.networkId ?? null, manager);
      const terms = mergeTerms(EMPTY_TERMS, input.terms);
      assertTermsFitForm(input.legalForm, terms, await currentMembers(manager, region.id));
      const register = input.legalForm !== 'SERVICE_PURCHASE';
      if (register) assertReadyToRegister(terms);
      const title = input.title.trim();
      const { identifiers } = await manager.insert(AgreementEntity, {
        regionId: region.id,
        title,
        legalForm: input.legalForm,
        measureId: measure?.id ?? null,
        status: register ? 'ACTIVE' : 'DRAFT',
        currentVersion: 1,
        activeVersion: register ? 1 : null,
        createdById: user.id,
        createdByName: user.name ?? user.username,
        createdByEmail: user.email,
      });
      const agreementId = (identifiers[0] as { id: string }).id;
      await insertVersion(manager, { agreementId, number: 1, terms, user, submitted: false });
      const form = AGREEMENT_LEGAL_FORM_LABELS[input.legalForm].nb;
      await recordAudit(manager, user, {
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
    const mail = await this.dataSource.transaction(async (manager) => {
      const { agreement, current } = await this.lock(manager, user, input.id, input.expectedVersion);
      const measureId = await this.nextMeasure(manager, user, agreement, input.measureId);
      const terms = mergeTerms(current.terms, input.terms);
      const members = await currentMembers(manager, agreement.regionId);
      assertTermsFitForm(agreement.legalForm, terms, members);
      const names = await this.names(manager, members, current.terms, terms);
      const changes = termsChanges(current.terms, terms, names);
      const title = input.title?.trim() || agreement.title;
      if (changes.length === 0 && title === agreement.title && measureId === agreement.measureId) {
        throw badUserInput({
          nb: 'Ingen endringer å lagre: vilkårene, tittelen og tiltaket er som før.',
          en: 'Nothing to save: the terms, title and measure are unchanged.',
        });
      }
      const next = agreement.currentVersion + 1;
      let mail: MailMessage[] = [];
      let what: string;
      if (changes.length === 0) {
        await touchAgreement(manager, agreement.id, { title, measureId });
        what = 'tittel/tiltak endret';
      } else if (agreement.status === 'DRAFT') {
        await rewriteVersion(manager, current.id, terms);
        await touchAgreement(manager, agreement.id, { title, measureId });
        what = `utkastet (versjon ${current.number}) endret`;
      } else if (agreement.legalForm !== 'SERVICE_PURCHASE') {
        assertReadyToRegister(terms);
        await insertVersion(manager, {
          agreementId: agreement.id,
          number: next,
          terms,
          user,
          submitted: false,
        });
        await touchAgreement(manager, agreement.id, {
          title,
          measureId,
          currentVersion: next,
          activeVersion: next,
        });
        what = `versjon ${next} registrert og gjeldende`;
      } else {
        assertReadyToSubmit(terms);
        await insertVersion(manager, {
          agreementId: agreement.id,
          number: next,
          terms,
          user,
          submitted: true,
        });
        await touchAgreement(manager, agreement.id, {
          title,
          measureId,
          status: 'SUBMITTED',
          currentVersion: next,
        });
        mail = await this.requestApprovals(manager, agreement, title, next, terms, names, changes);
        what = `vilkår endret etter innsending: versjon ${next} sendt til godkjenning (godkjenningene av versjon ${current.number} gjelder ikke lenger)`;
      }
      await recordAudit(manager, user, {
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
    const mail = await this.dataSource.transaction(async (manager) => {
      const { agreement, current } = await this.lock(manager, user, input.id, input.expectedVersion);
      if (agreement.legalForm !== 'SERVICE_PURCHASE') {
        throw badUserInput({
          nb: 'Bare tjenestekjøpsavtaler sendes til godkjenning; lovfestede samarbeid registreres som aktive.',
          en: 'Only service purchases are submitted for approval; statutory collaborations are registered as active.',
        });
      }
      if (agreement.status !== 'DRAFT') {
        throw badUserInput({
          nb: `Avtalen er ${statusLabel(agreement.status)}, ikke et utkast. Endrer du vilkårene, sendes en ny versjon til godkjenning.`,
          en: `The agreement is ${agreement.status.toLowerCase()}, not a draft. Changing its terms submits a new version for approval.`,
        });
      }
      const members = await currentMembers(manager, agreement.regionId);
      assertTermsFitForm(agreement.legalForm, current.terms, members);
      assertReadyToSubmit(current.terms);
      await manager.update(AgreementVersionEntity, { id: current.id }, { submittedAt: () => 'now()' });
      await touchAgreement(manager, agreement.id, { status: 'SUBMITTED' });
      const names = await this.names(manager, members, current.terms, current.terms);
      const mail = await this.requestApprovals(
        manager,
        agreement,
        agreement.title,
        current.number,
        current.terms,
        names,
        [],
      );
      await recordAudit(manager, user, {
        action: 'TRANSITION',
        entityType: 'agreement',
        entityId: agreement.id,
        regionId: agreement.regionId,
        summary: `«${agreement.title}»: sendt til godkjenning (versjon ${current.number}) hos ${current.terms.parties.map((p) => names.get(p.municipalityNumber)).join(', ')}`,
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
    await this.dataSource.transaction(async (manager) => {
      const { agreement, activeEndDate } = await this.lock(manager, user, input.id, input.expectedVersion);
      if (agreement.status === 'DRAFT') {
        throw badUserInput({
          nb: 'Et utkast er ikke inngått, og kan ikke sies opp.',
          en: 'A draft has not been entered into and cannot be terminated.',
        });
      }
      if (agreement.activeVersion === null) {
        throw badUserInput({
          nb: 'Avtalen har ingen godkjent versjon og er ikke i kraft, så den kan ikke sies opp.',
          en: 'The agreement has no approved version and is not in force, so it cannot be terminated.',
        });
      }
      const reason = input.reason?.trim() || null;
      await touchAgreement(manager, agreement.id, {
        status: 'TERMINATED',
        terminatedAt: () => 'now()',
        terminationReason: reason,
      });
      await recordAudit(manager, user, {
        action: 'TRANSITION',
        entityType: 'agreement',
        entityId: agreement.id,
        regionId: agreement.regionId,
        summary: `«${agreement.title}»: sagt opp${activeEndDate ? ` (avtalt sluttdato ${formatDate(activeEndDate)})` : ''}${reason ? `: ${reason}` : ''}`,
        before: { status: agreement.status },
        after: { status: 'TERMINATED', reason },
      });
    });
    return this.queries.get(user, input.id);
  }

  /** Locks the row, then checks who may change it, the expected version, and that it can still change. */
  private async lock(
    manager: EntityManager,
    user: AuthenticatedUser,
    id: string,
    expectedVersion: number | null | undefined,
  ): Promise<Locked> {
    const agreement = await lockAgreement(manager, id);
    const networkId = agreement.measureId
      ? (await measureInRegion(manager, agreement.measureId, agreement.regionId)).networkId
      : null;
    await this.access.assertCanEdit(user, agreement.legalForm, networkId, manager);
    assertExpectedVersion(agreement, expectedVersion);
    const versions = await loadVersions(manager, [agreement.id]);
    const current = versions.find((version) => version.number === agreement.currentVersion) as VersionRecord;
    const active = versions.find((version) => version.number === agreement.activeVersion);
    const activeEndDate = active?.terms.endDate ?? null;
    assertChangeable(effectiveStatus(agreement.status, activeEndDate, osloDate()), activeEndDate);
    return { agreement, current, activeEndDate };
  }

  /** The measure after the change; a network leader may only link measures of networks they lead. */
  private async nextMeasure(
    manager: EntityManager,
    user: AuthenticatedUser,
    agreement: AgreementEntity,
    measureId: string | null | undefined,
  ): Promise<string | null> {
    if (measureId === undefined || measureId === agreement.measureId) return agreement.measureId;
    const measure = measureId ? await measureInRegion(manager, measureId, agreement.regionId) : null;
    await this.access.assertCanEdit(user, agreement.legalForm, measure?.networkId ?? null, manager);
    return measure?.id ?? null;
  }

  private async names(
    manager: EntityManager,
    members: ReadonlyMap<string, string>,
    ...terms: Terms[]
  ): Promise<ReadonlyMap<string, string>> {
    const missing = terms
      .flatMap((t) => t.parties.map((p) => p.municipalityNumber))
      .filter((n) => !members.has(n));
    if (missing.length === 0) return members;
    return new Map([...members, ...(await municipalityNames(manager, missing))]);
  }

  private requestApprovals(
    manager: EntityManager,
    agreement: AgreementEntity,
    title: string,
    versionNumber: number,
    terms: Terms,
    names: ReadonlyMap<string, string>,
    changes: Parameters<typeof approvalRequested>[3],
  ): Promise<MailMessage[]> {
    return this.outbox.toDirectors(
      manager,
      agreement,
      terms.parties.map((party) => party.municipalityNumber),
      approvalRequested(
        title,
        versionNumber,
        terms.parties.map((party) => ({
          name: names.get(party.municipalityNumber) ?? party.municipalityNumber,
          role: party.role,
        })),
        changes,
      ),
    );
  }
}
