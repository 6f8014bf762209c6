import { Field, ID, InputType } from '@nestjs/graphql';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  currentMembership,
  MeasureEntity,
  ParticipationEntity,
  recordAudit,
} from '@samarbeid/api/data-access';
import { AuthenticatedUser, badUserInput, notFound } from '@samarbeid/api/platform';
import type { ParticipationState } from '@samarbeid/shared/domain';
import { PARTICIPATION_LABELS, PARTICIPATION_STATES } from '@samarbeid/shared/domain';
import { IsIn, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { DataSource, In } from 'typeorm';

import { PortfolioAccess } from '@samarbeid/api/data-access';
import { ParticipationStateEnum } from '../dto/enums';
import { Participation } from '../dto/portfolio.types';

@InputType()
export class SetParticipationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Ukjent tiltak.|Unknown measure.' })
  measureId!: string;

  @Field(() => String)
  @Matches(/^\d{4}$/, { message: 'Kommunenummer har fire sifre.|A municipality number has four digits.' })
  municipalityNumber!: string;

  @Field(() => ParticipationStateEnum)
  @IsIn(PARTICIPATION_STATES)
  state!: ParticipationState;

  @Field(() => String, { nullable: true, description: 'Required when opting out.' })
  @IsOptional()
  @MaxLength(2000, {
    message: 'Begrunnelsen kan være høyst 2000 tegn.|The reason can be at most 2000 characters.',
  })
  reason?: string | null;
}

interface RegionMember {
  region_id: string;
  number: string;
}

@Injectable()
export class ParticipationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PortfolioAccess,
  ) {}

  /**
   * Every current member municipality of each measure's region, with its participation (undecided where nothing
   * is recorded), by municipality number.
   */
  async forMeasures(measures: readonly { id: string; regionId: string }[]): Promise<Participation[][]> {
    const regionIds = [...new Set(measures.map((measure) => measure.regionId))];
    const [members, rows] = await Promise.all([
      this.dataSource.query(
        `SELECT region_id, municipality_number AS number FROM region_membership
          WHERE region_id = ANY($1::uuid[]) AND ${currentMembership()}
          ORDER BY municipality_number`,
        [regionIds],
      ) as Promise<RegionMember[]>,
      this.dataSource.getRepository(ParticipationEntity).findBy({ measureId: In(measures.map((m) => m.id)) }),
    ]);
    const recorded = new Map(rows.map((row) => [`${row.measureId}|${row.municipalityNumber}`, row]));
    return measures.map((measure) =>
      members
        .filter((member) => member.region_id === measure.regionId)
        .map((member) => {
          const row = recorded.get(`${measure.id}|${member.number}`);
          return {
            measureId: measure.id,
            municipalityNumber: member.number,
            state: row?.state ?? 'UNDECIDED',
            reason: row?.reason ?? null,
            updatedAt: row?.updatedAt ?? null,
          };
        }),
    );
  }

  async set(user: AuthenticatedUser, input: SetParticipationInput): Promise<Participation> {
    this.access.assertCanSetParticipation(user, input.municipalityNumber);
    const reason = input.reason?.trim() || null;
    if (input.state === 'OPTED_OUT' && !reason) {
      throw badUserInput({
        nb: 'Skriv en begrunnelse når kommunen ikke skal delta.',
        en: 'Give a reason when the municipality opts out.',
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const measure = await manager
        .getRepository(MeasureEntity)
        .createQueryBuilder('m')
        .setLock('pessimistic_write')
        .where('m.id = :id', { id: input.measureId })
        .getOne();
      if (!measure) throw notFound({ nb: 'Fant ikke tiltaket.', en: 'The measure was not found.' });
      const member: unknown[] = await manager.query(
        `SELECT 1 FROM region_membership WHERE region_id = $1 AND municipality_number = $2 AND ${currentMembership()}`,
        [measure.regionId, input.municipalityNumber],
      );
      if (member.length === 0) {
        throw badUserInput({
          nb: `Kommune ${input.municipalityNumber} er ikke medlem av regionen til tiltaket.`,
          en: `Municipality ${input.municipalityNumber} is not a member of the measure's region.`,
        });
      }
      const repository = manager.getRepository(ParticipationEntity);
      const before = await repository.findOneBy({
        measureId: measure.id,
        municipalityNumber: input.municipalityNumber,
      });
      await repository.upsert(
        {
          measureId: measure.id,
          municipalityNumber: input.municipalityNumber,
          state: input.state,
          reason,
          updatedBy: user.id,
        },
        ['measureId', 'municipalityNumber'],
      );
      const saved = await repository.findOneByOrFail({
        measureId: measure.id,
        municipalityNumber: input.municipalityNumber,
      });
      await recordAudit(manager, user, {
        action: 'UPDATE',
        entityType: 'measure',
        entityId: measure.id,
        regionId: measure.regionId,
        summary: `${measure.code}: kommune ${input.municipalityNumber} ${PARTICIPATION_LABELS[
          before?.state ?? 'UNDECIDED'
        ].nb.toLowerCase()} → ${PARTICIPATION_LABELS[input.state].nb.toLowerCase()}`,
        before: before
          ? { municipalityNumber: before.municipalityNumber, state: before.state, reason: before.reason }
          : { municipalityNumber: input.municipalityNumber, state: 'UNDECIDED', reason: null },
        after: { municipalityNumber: saved.municipalityNumber, state: saved.state, reason: saved.reason },
      });
      return {
        measureId: saved.measureId,
        municipalityNumber: saved.municipalityNumber,
        state: saved.state,
        reason: saved.reason,
        updatedAt: saved.updatedAt,
      };
    });
  }
}
