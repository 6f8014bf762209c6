import { Field, ID, InputType } from '@nestjs/graphql';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DecisionEntity, DecisionMeasureEntity, recordAudit } from '@samarbeid/api/data-access';
import {
  AuthenticatedUser,
  badUserInput,
  decodeOffsetCursor,
  Page,
  PageArgs,
  toOffsetPage,
} from '@samarbeid/api/platform';
import type { DecisionBody } from '@samarbeid/shared/domain';
import { DECISION_BODIES } from '@samarbeid/shared/domain';
import {
  ArrayMaxSize,
  IsIn,
  IsISO8601,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { DataSource, In } from 'typeorm';

import { PortfolioAccess } from '@samarbeid/api/data-access';
import { DecisionBodyEnum } from '../dto/enums';
import { Decision } from '../dto/portfolio.types';
import { MeasureQueryService } from '../measure/measure-query.service';
import { toDecision } from './decision.mapper';

@InputType()
export class CreateDecisionInput {
  @Field(() => String)
  @MaxLength(64)
  regionSlug!: string;

  @Field(() => DecisionBodyEnum)
  @IsIn(DECISION_BODIES)
  body!: DecisionBody;

  @Field(() => String, { nullable: true, description: 'For a municipal council: its municipality.' })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'Kommunenummer har fire sifre.|A municipality number has four digits.' })
  municipalityNumber?: string | null;

  @Field(() => ID, { nullable: true, description: 'For a network decision: the network.' })
  @IsOptional()
  @IsUUID('all', { message: 'Ukjent nettverk.|Unknown network.' })
  networkId?: string | null;

  @Field(() => String)
  @IsISO8601(
    { strict: true },
    { message: 'Vedtaksdato må være en dato (ÅÅÅÅ-MM-DD).|The decision date must be a date (YYYY-MM-DD).' },
  )
  decidedOn!: string;

  @Field(() => String)
  @Length(1, 64, { message: 'Saksnummer må ha 1–64 tegn.|The case reference must have 1–64 characters.' })
  caseReference!: string;

  @Field(() => String)
  @Length(1, 300, { message: 'Tittelen må ha 1–300 tegn.|The title must have 1–300 characters.' })
  title!: string;

  @Field(() => String)
  @MinLength(1, { message: 'Skriv vedtaksteksten.|Write the text of the decision.' })
  @MaxLength(20000, {
    message:
      'Vedtaksteksten kan ha høyst 20 000 tegn.|The text of the decision can have at most 20,000 characters.',
  })
  text!: string;

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'Ukjent tiltak.|Unknown measure.' })
  measureIds!: string[];
}

@Injectable()
export class DecisionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PortfolioAccess,
    private readonly measures: MeasureQueryService,
  ) {}

  async list(regionSlug: string, { first, after }: PageArgs): Promise<Page<Decision>> {
    const regionId = await this.measures.regionIdBySlug(regionSlug);
    const offset = decodeOffsetCursor(after);
    const [rows, totalCount] = await this.dataSource.getRepository(DecisionEntity).findAndCount({
      where: { regionId },
      order: { decidedOn: 'DESC', caseReference: 'DESC' },
      skip: offset,
      take: first + 1,
    });
    return toOffsetPage(rows.map(toDecision), first, offset, totalCount);
  }

  async create(user: AuthenticatedUser, input: CreateDecisionInput): Promise<Decision> {
    this.access.assertSecretariat(user, { nb: 'registrere vedtak', en: 'record decisions' });
    const regionId = await this.measures.regionIdBySlug(input.regionSlug);
    if (input.body === 'MUNICIPAL_COUNCIL' && !input.municipalityNumber) {
      throw badUserInput({
        nb: 'Et kommunestyrevedtak må ha kommunen.',
        en: 'A municipal council decision needs the municipality.',
      });
    }
    if (input.body === 'NETWORK' && !input.networkId) {
      throw badUserInput({
        nb: 'Et nettverksvedtak må ha nettverket.',
        en: 'A network decision needs the network.',
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const measureIds = [...new Set(input.measureIds)];
      if (measureIds.length > 0) {
        const found: { id: string }[] = await manager.query(
          'SELECT id FROM measure WHERE id = ANY($1::uuid[]) AND region_id = $2',
          [measureIds, regionId],
        );
        if (found.length !== measureIds.length) {
          throw badUserInput({
            nb: 'Et av tiltakene finnes ikke i regionen.',
            en: 'One of the measures does not exist in the region.',
          });
        }
      }
      const repository = manager.getRepository(DecisionEntity);
      const saved = await repository.save(
        repository.create({
          regionId,
          body: input.body,
          municipalityNumber: input.body === 'MUNICIPAL_COUNCIL' ? (input.municipalityNumber ?? null) : null,
          networkId: input.body === 'NETWORK' ? (input.networkId ?? null) : null,
          decidedOn: input.decidedOn,
          caseReference: input.caseReference.trim(),
          title: input.title.trim(),
          text: input.text.trim(),
        }),
      );
      if (measureIds.length > 0) {
        await manager
          .getRepository(DecisionMeasureEntity)
          .insert(measureIds.map((measureId) => ({ decisionId: saved.id, measureId })));
      }
      const decision = toDecision(saved);
      await recordAudit(manager, user, {
        action: 'CREATE',
        entityType: 'decision',
        entityId: decision.id,
        regionId,
        summary: `Vedtak ${decision.caseReference}: ${decision.title}`,
        after: { ...decision, measureIds },
      });
      return decision;
    });
  }

  async byIds(ids: readonly string[]): Promise<(Decision | null)[]> {
    const rows = await this.dataSource.getRepository(DecisionEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, toDecision(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async measureIdsOf(decisionIds: readonly string[]): Promise<string[][]> {
    const rows = await this.dataSource
      .getRepository(DecisionMeasureEntity)
      .findBy({ decisionId: In([...decisionIds]) });
    return decisionIds.map((id) => rows.filter((row) => row.decisionId === id).map((row) => row.measureId));
  }
}
