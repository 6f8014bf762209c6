import { Injectable } from '@nestjs/common';
import type { AgreementEntity } from '@samarbeid/api/data-access';
import { recordAudit } from '@samarbeid/api/data-access';
import type { AuthenticatedUser, MailMessage } from '@samarbeid/api/platform';
import { PausePoints } from '@samarbeid/api/platform';
import type { AgreementDecision, DecisionOutcome } from '@samarbeid/shared/domain';
import { decideAgreementOutcome } from '@samarbeid/shared/domain';

import { AgreementAccess } from '../agreement-access';
import {
  agreementNotFound,
  alreadyDecided,
  decisionRefused,
  noSuchVersion,
  notADirector,
} from '../agreements.errors';
import type { DecideAgreementInput } from '../dto/agreements.inputs';
import type { Agreement } from '../dto/agreements.types';
import { approvedByParty, nowActive, rejected } from '../notification/notices';
import { NotificationOutbox } from '../notification/notification-outbox';
import { AgreementQueryService } from '../query/agreement-query.service';
import type { AgreementChanges, ApprovalRecord, VersionRecord } from '../repository/agreement-rows';
import { AgreementRepository, isUniqueViolation } from '../repository/agreement.repository';

type Decided = Extract<DecisionOutcome, { ok: true }>;

/** A director's decision and what it is about, as loaded in its transaction. */
interface Decision {
  readonly user: AuthenticatedUser;
  readonly agreement: AgreementEntity;
  readonly version: VersionRecord;
  /** The decisions on this version so far. */
  readonly approvals: readonly ApprovalRecord[];
  /** The director's municipality. */
  readonly municipality: string;
  readonly decision: AgreementDecision;
  /** Trimmed. */
  readonly comment: string;
  readonly name: (municipalityNumber: string) => string;
}

/**
 * A party's decision on a submitted service purchase, by its municipal director. In one transaction that locks
 * the agreement row: the version must be the current one, the party must not have decided on it, and the
 * outcome (still waiting, ACTIVE with this version in force, or REJECTED) is decided from the approvals of this
 * version only (the shared rule decideAgreementOutcome). The unique constraint (version, municipality) is the last
 * guard: a duplicate that got past the checks is a unique violation, answered as BAD_USER_INPUT.
 */
@Injectable()
export class AgreementDecisionService {
  constructor(
    private readonly agreements: AgreementRepository,
    private readonly access: AgreementAccess,
    private readonly outbox: NotificationOutbox,
    private readonly queries: AgreementQueryService,
    private readonly pausePoints: PausePoints,
  ) {}

  async decide(user: AuthenticatedUser, input: DecideAgreementInput): Promise<Agreement> {
    const municipality = this.access.directorOf(user);
    if (!municipality) throw notADirector();
    let mail: MailMessage[];
    try {
      mail = await this.agreements.transaction(async (tx) => {
        const decision = await this.load(tx, user, input, municipality);
        const { agreement, version } = decision;
        const outcome = decideAgreementOutcome(
          {
            number: version.number,
            parties: version.terms.parties.map((party) => party.municipalityNumber),
            agreementStatus: agreement.status,
            currentVersion: agreement.currentVersion,
          },
          decision.approvals,
          { municipalityNumber: municipality, decision: decision.decision, comment: decision.comment },
        );
        if (!outcome.ok) {
          throw decisionRefused(outcome, {
            name: decision.name(municipality),
            versionNumber: version.number,
            currentVersion: agreement.currentVersion,
            status: agreement.status,
          });
        }
        await tx.insertApproval({
          versionId: version.id,
          municipalityNumber: municipality,
          decision: decision.decision,
          comment: decision.comment,
          user,
        });
        await tx.touch(agreement.id, agreementChanges(version.number, outcome));
        const notified = await this.notify(tx, decision, outcome);
        await recordAudit(tx.manager, user, {
          action: 'TRANSITION',
          entityType: 'agreement',
          entityId: agreement.id,
          regionId: agreement.regionId,
          summary: `«${agreement.title}»: ${auditOutcome(decision, outcome)}`,
          before: { status: agreement.status, activeVersion: agreement.activeVersion },
          after: {
            decision: decision.decision,
            municipalityNumber: municipality,
            version: version.number,
            comment: decision.comment,
          },
        });
        await this.pausePoints.reach('decide-agreement:before-commit');
        return notified;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw await this.duplicate(input, municipality);
      throw error;
    }
    await this.pausePoints.reach('decide-agreement:after-commit');
    this.outbox.afterCommit(mail);
    return this.queries.get(user, input.agreementId);
  }

  /** Locks the agreement and loads the version decided on, its approvals so far and the parties' names. */
  private async load(
    tx: AgreementRepository,
    user: AuthenticatedUser,
    input: DecideAgreementInput,
    municipality: string,
  ): Promise<Decision> {
    const agreement = await tx.lock(input.agreementId);
    if (!agreement) throw agreementNotFound();
    const versions = await tx.versions([agreement.id]);
    const version = versions.find((candidate) => candidate.number === input.versionNumber);
    if (!version) throw noSuchVersion(input.versionNumber, agreement.currentVersion);
    const parties = version.terms.parties.map((party) => party.municipalityNumber);
    const names = await tx.municipalityNames([...parties, municipality]);
    return {
      user,
      agreement,
      version,
      approvals: await tx.approvals([version.id]),
      municipality,
      decision: input.decision,
      comment: input.comment?.trim() ?? '',
      name: (number) => names.get(number) ?? number,
    };
  }

  /**
   * Tells the drafters (of the agreement and of the version) the outcome; a rejection also goes to the other
   * parties' directors, and an agreement now active to every party's director.
   */
  private async notify(
    tx: AgreementRepository,
    decision: Decision,
    outcome: Decided,
  ): Promise<MailMessage[]> {
    const { agreement, version, municipality, name } = decision;
    const drafters = [
      { id: agreement.createdById, email: agreement.createdByEmail },
      { id: version.createdById, email: version.createdByEmail },
    ];
    const parties = version.terms.parties.map((party) => party.municipalityNumber);
    const { title } = agreement;
    const notice =
      outcome.status === 'REJECTED'
        ? rejected(title, version.number, name(municipality), decision.comment)
        : outcome.status === 'ACTIVE'
          ? nowActive(title, version.number, version.terms.startDate, version.terms.endDate)
          : approvedByParty(title, version.number, name(municipality), outcome.waitingFor.map(name));
    const directors =
      outcome.status === 'REJECTED'
        ? parties.filter((party) => party !== municipality)
        : outcome.status === 'ACTIVE'
          ? parties
          : [];
    return [
      ...(await this.outbox.toUsers(tx.notifications, agreement, drafters, notice)),
      ...(await this.outbox.toDirectors(tx.notifications, agreement, directors, notice)),
    ];
  }

  /** The sentence for a decision that lost a race against the same party's earlier one. */
  private async duplicate(input: DecideAgreementInput, municipality: string) {
    const earlier = await this.agreements.decisionOf(input.agreementId, input.versionNumber, municipality);
    return alreadyDecided(earlier?.name ?? municipality, earlier?.decision ?? 'APPROVE', input.versionNumber);
  }
}

/** The agreement row after the decision: in force, rejected, or still waiting (only its row version moves). */
function agreementChanges(versionNumber: number, outcome: Decided): AgreementChanges {
  switch (outcome.status) {
    case 'ACTIVE':
      return { status: 'ACTIVE', activeVersion: versionNumber };
    case 'REJECTED':
      return { status: 'REJECTED' };
    case 'SUBMITTED':
      return {};
  }
}

/** The outcome as the audit log says it. */
function auditOutcome({ version, municipality, comment, name }: Decision, outcome: Decided): string {
  switch (outcome.status) {
    case 'REJECTED':
      return `${name(municipality)} avviste versjon ${version.number}: ${comment}`;
    case 'ACTIVE':
      return `${name(municipality)} godkjente versjon ${version.number}; alle parter har godkjent, avtalen er aktiv`;
    case 'SUBMITTED':
      return `${name(municipality)} godkjente versjon ${version.number}; venter på ${outcome.waitingFor.map(name).join(', ')}`;
  }
}
