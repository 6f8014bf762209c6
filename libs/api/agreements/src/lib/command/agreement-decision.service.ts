import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgreementApprovalEntity, recordAudit } from '@samarbeid/api/data-access';
import type { AuthenticatedUser, ErrorText, MailMessage } from '@samarbeid/api/platform';
import { badUserInput, forbidden, PausePoints } from '@samarbeid/api/platform';
import type { AgreementDecision } from '@samarbeid/shared/domain';
import { DataSource } from 'typeorm';

import { AgreementAccess } from '../agreement-access';
import { isUniqueViolation, statusLabel } from '../agreement-rules';
import {
  loadApprovals,
  loadVersions,
  lockAgreement,
  municipalityNames,
  touchAgreement,
} from '../agreement-store';
import type { DecideAgreementInput } from '../dto/agreements.inputs';
import type { Agreement } from '../dto/agreements.types';
import { approvedByParty, nowActive, rejected } from '../notification/notices';
import { NotificationOutbox } from '../notification/notification-outbox';
import { AgreementQueryService } from '../query/agreement-query.service';

const alreadyDecided = (name: string, decision: AgreementDecision, versionNumber: number): ErrorText => ({
  nb: `${name} har allerede ${decision === 'APPROVE' ? 'godkjent' : 'avvist'} versjon ${versionNumber}.`,
  en: `${name} has already ${decision === 'APPROVE' ? 'approved' : 'rejected'} version ${versionNumber}.`,
});

/**
 * A party's decision on a submitted service purchase, by its municipal director. In one transaction that locks
 * the agreement row: the version must be the current one, the party must not have decided on it, and the
 * outcome (still waiting, ACTIVE with this version in force, or REJECTED) is decided from the approvals of this
 * version only. The unique constraint (version, municipality) is the last guard: a duplicate that got past the
 * checks is a unique violation, answered as BAD_USER_INPUT.
 */
@Injectable()
export class AgreementDecisionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AgreementAccess,
    private readonly outbox: NotificationOutbox,
    private readonly queries: AgreementQueryService,
    private readonly pausePoints: PausePoints,
  ) {}

  async decide(user: AuthenticatedUser, input: DecideAgreementInput): Promise<Agreement> {
    const municipality = this.access.directorOf(user);
    if (!municipality) {
      throw forbidden({
        nb: 'Bare en kommunedirektør med kommune i innloggingen kan godkjenne eller avvise avtaler.',
        en: 'Only a municipal director with a municipality in their sign-in can approve or reject agreements.',
      });
    }
    let mail: MailMessage[];
    try {
      mail = await this.dataSource.transaction(async (manager) => {
        const agreement = await lockAgreement(manager, input.agreementId);
        const versions = await loadVersions(manager, [agreement.id]);
        const version = versions.find((candidate) => candidate.number === input.versionNumber);
        if (!version) {
          throw badUserInput({
            nb: `Avtalen har ingen versjon ${input.versionNumber} (gjeldende versjon er v${agreement.currentVersion}).`,
            en: `The agreement has no version ${input.versionNumber} (the current version is v${agreement.currentVersion}).`,
          });
        }
        const parties = version.terms.parties.map((party) => party.municipalityNumber);
        const names = await municipalityNames(manager, [...parties, municipality]);
        const name = (number: string) => names.get(number) ?? number;
        if (!parties.includes(municipality)) {
          throw forbidden({
            nb: `${name(municipality)} er ikke part i versjon ${version.number} av avtalen. Bare kommunedirektøren i en part kan godkjenne eller avvise den.`,
            en: `${name(municipality)} is not a party to version ${version.number} of the agreement. Only the director of a party can approve or reject it.`,
          });
        }
        if (version.number !== agreement.currentVersion) {
          throw badUserInput({
            nb: `Du kan bare godkjenne gjeldende versjon (v${agreement.currentVersion}).`,
            en: `You can only approve the current version (v${agreement.currentVersion}).`,
          });
        }
        if (agreement.status !== 'SUBMITTED') {
          throw badUserInput({
            nb: `Avtalen er ikke til godkjenning (den er ${statusLabel(agreement.status)}).`,
            en: `The agreement is not awaiting approval (it is ${agreement.status.toLowerCase()}).`,
          });
        }
        const approvals = await loadApprovals(manager, [version.id]);
        const earlier = approvals.find((approval) => approval.municipalityNumber === municipality);
        if (earlier) throw badUserInput(alreadyDecided(name(municipality), earlier.decision, version.number));
        const comment = input.comment?.trim() ?? '';
        if (input.decision === 'REJECT' && !comment) {
          throw badUserInput({
            nb: 'Skriv en begrunnelse når du avviser avtalen.',
            en: 'Give a reason when you reject the agreement.',
          });
        }
        await manager.insert(AgreementApprovalEntity, {
          versionId: version.id,
          municipalityNumber: municipality,
          decision: input.decision,
          comment,
          decidedById: user.id,
          decidedByName: user.name ?? user.username,
        });
        const approved = new Set(
          [...approvals, { municipalityNumber: municipality, decision: input.decision }]
            .filter((approval) => approval.decision === 'APPROVE')
            .map((approval) => approval.municipalityNumber),
        );
        const waitingFor = parties.filter((party) => !approved.has(party));
        const drafters = [
          { id: agreement.createdById, email: agreement.createdByEmail },
          { id: version.createdById, email: version.createdByEmail },
        ];
        const title = agreement.title;
        let outcome: string;
        const mail: MailMessage[] = [];
        if (input.decision === 'REJECT') {
          await touchAgreement(manager, agreement.id, { status: 'REJECTED' });
          const notice = rejected(title, version.number, name(municipality), comment);
          mail.push(...(await this.outbox.toUsers(manager, agreement, drafters, notice)));
          mail.push(
            ...(await this.outbox.toDirectors(
              manager,
              agreement,
              parties.filter((p) => p !== municipality),
              notice,
            )),
          );
          outcome = `${name(municipality)} avviste versjon ${version.number}: ${comment}`;
        } else if (waitingFor.length === 0) {
          await touchAgreement(manager, agreement.id, { status: 'ACTIVE', activeVersion: version.number });
          const notice = nowActive(title, version.number, version.terms.startDate, version.terms.endDate);
          mail.push(...(await this.outbox.toUsers(manager, agreement, drafters, notice)));
          mail.push(...(await this.outbox.toDirectors(manager, agreement, parties, notice)));
          outcome = `${name(municipality)} godkjente versjon ${version.number}; alle parter har godkjent, avtalen er aktiv`;
        } else {
          await touchAgreement(manager, agreement.id, {});
          const notice = approvedByParty(title, version.number, name(municipality), waitingFor.map(name));
          mail.push(...(await this.outbox.toUsers(manager, agreement, drafters, notice)));
          outcome = `${name(municipality)} godkjente versjon ${version.number}; venter på ${waitingFor.map(name).join(', ')}`;
        }
        await recordAudit(manager, user, {
          action: 'TRANSITION',
          entityType: 'agreement',
          entityId: agreement.id,
          regionId: agreement.regionId,
          summary: `«${title}»: ${outcome}`,
          before: { status: agreement.status, activeVersion: agreement.activeVersion },
          after: {
            decision: input.decision,
            municipalityNumber: municipality,
            version: version.number,
            comment,
          },
        });
        await this.pausePoints.reach('decide-agreement:before-commit');
        return mail;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw await this.duplicate(input, municipality);
      throw error;
    }
    await this.pausePoints.reach('decide-agreement:after-commit');
    this.outbox.afterCommit(mail);
    return this.queries.get(user, input.agreementId);
  }

  /** The sentence for a decision that lost a race against the same party's earlier one. */
  private async duplicate(input: DecideAgreementInput, municipality: string) {
    const rows: { decision: AgreementDecision; name: string }[] = await this.dataSource.query(
      `SELECT ap.decision, m.name FROM agreement_approval ap
         JOIN agreement_version v ON v.id = ap.version_id JOIN municipality m ON m.number = ap.municipality_number
        WHERE v.agreement_id = $1 AND v.number = $2 AND ap.municipality_number = $3`,
      [input.agreementId, input.versionNumber, municipality],
    );
    return badUserInput(
      alreadyDecided(rows[0]?.name ?? municipality, rows[0]?.decision ?? 'APPROVE', input.versionNumber),
    );
  }
}
