import { Injectable } from '@nestjs/common';
import { PortfolioAccess } from '@samarbeid/api/data-access';
import { AuthenticatedUser, badUserInput, notFound } from '@samarbeid/api/platform';
import { PARTICIPATION_LABELS, participationProblem, participationReason } from '@samarbeid/shared/domain';
import type { ParticipationState } from '@samarbeid/shared/domain';

import { Participation } from '../dto/portfolio.types';
import { HistoryRepository } from '../history/history.repository';
import { MeasureRepository } from '../measure/measure.repository';
import { PortfolioTransactions } from '../shared/transaction';
import { SetParticipationInput } from './participation.inputs';
import { ParticipationRepository } from './participation.repository';

const reasonRequired = () =>
  badUserInput({
    nb: 'Skriv en begrunnelse når kommunen ikke skal delta.',
    en: 'Give a reason when the municipality opts out.',
  });

const notAMember = (municipalityNumber: string) =>
  badUserInput({
    nb: `Kommune ${municipalityNumber} er ikke medlem av regionen til tiltaket.`,
    en: `Municipality ${municipalityNumber} is not a member of the measure's region.`,
  });

const stateNb = (state: ParticipationState) => PARTICIPATION_LABELS[state].nb.toLowerCase();

/** Which municipalities take part in a measure: read per measure, set by a municipality's director or the secretariat. */
@Injectable()
export class ParticipationService {
  constructor(
    private readonly transactions: PortfolioTransactions,
    private readonly participation: ParticipationRepository,
    private readonly measures: MeasureRepository,
    private readonly history: HistoryRepository,
    private readonly access: PortfolioAccess,
  ) {}

  /** Every current member municipality of each measure's region, with its participation, by number. */
  forMeasures(measures: readonly { id: string; regionId: string }[]): Promise<Participation[][]> {
    return this.participation.forMeasures(measures);
  }

  async set(user: AuthenticatedUser, input: SetParticipationInput): Promise<Participation> {
    this.access.assertCanSetParticipation(user, input.municipalityNumber);
    if (participationProblem(input.state, input.reason)) throw reasonRequired();
    const { municipalityNumber } = input;
    return this.transactions.run(async (tx) => {
      const measure = await this.measures.lock(tx, input.measureId);
      if (!measure) throw notFound({ nb: 'Fant ikke tiltaket.', en: 'The measure was not found.' });
      if (!(await this.participation.isCurrentMember(tx, measure.regionId, municipalityNumber))) {
        throw notAMember(municipalityNumber);
      }
      const before = await this.participation.find(tx, measure.id, municipalityNumber);
      const saved = await this.participation.save(
        tx,
        {
          measureId: measure.id,
          municipalityNumber,
          state: input.state,
          reason: participationReason(input.reason),
        },
        user.id,
      );
      await this.history.record(tx, user, {
        action: 'UPDATE',
        entityType: 'measure',
        entityId: measure.id,
        regionId: measure.regionId,
        summary: `${measure.code}: kommune ${municipalityNumber} ${stateNb(before?.state ?? 'UNDECIDED')} → ${stateNb(input.state)}`,
        before: before
          ? { municipalityNumber, state: before.state, reason: before.reason }
          : { municipalityNumber, state: 'UNDECIDED', reason: null },
        after: { municipalityNumber, state: saved.state, reason: saved.reason },
      });
      return saved;
    });
  }
}
