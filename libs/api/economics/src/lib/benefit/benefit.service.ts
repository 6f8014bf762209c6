import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  BenefitActualEntity,
  BenefitEntity,
  BenefitPlanValueEntity,
  PortfolioAccess,
  recordAudit,
} from '@samarbeid/api/data-access';
import { AuthenticatedUser, badUserInput, forbidden, notFound, staleVersion } from '@samarbeid/api/platform';
import { Role } from '@samarbeid/shared/domain';
import { sumAmounts } from '@samarbeid/shared/domain/allocation';
import { DataSource, EntityManager } from 'typeorm';

import {
  BenefitFields,
  CreateBenefitInput,
  PlanValueInput,
  RecordBenefitActualInput,
  SetBenefitPlanInput,
  UpdateBenefitInput,
} from '../dto/economics.inputs';
import { Benefit, BenefitPlan } from '../dto/economics.types';
import {
  assertParticipant,
  assertYearInPeriod,
  loadMeasureContext,
  MeasureContext,
} from '../measure-context';
import {
  benefitYears,
  BenefitFigures,
  loadBenefitFigures,
  loadThresholds,
  sumYears,
} from './benefit-figures';

const WHAT = { nb: 'Gevinsten', en: 'The benefit' };
const normalise = (value: string | null) => (value === null ? null : sumAmounts([value]));

/**
 * The benefit-realisation plan: benefits and their planned values (secretariat or the owning network's leader),
 * and actual values (the municipality's director or its members of the owning network, or the secretariat).
 */
@Injectable()
export class BenefitService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PortfolioAccess,
  ) {}

  async plan(user: AuthenticatedUser, measureId: string): Promise<BenefitPlan> {
    const manager = this.dataSource.manager;
    const measure = await loadMeasureContext(manager, measureId);
    const [figures, thresholds, canEdit, recordFor] = await Promise.all([
      loadBenefitFigures(manager, [measure.id]),
      loadThresholds(manager, measure.regionId),
      this.access.canEditNetworkItem(user, measure.networkId, manager),
      this.recordableFor(user, measure, manager),
    ]);
    const benefits = figures.benefits.map((benefit) => this.toBenefit(benefit, figures, thresholds));
    const economic = figures.benefits
      .filter((benefit) => benefit.unitKind !== 'QUALITATIVE')
      .map((benefit) => benefitYears(benefit, figures, thresholds, { kroner: true }));
    return {
      measureId: measure.id,
      firstYear: measure.firstYear,
      lastYear: measure.lastYear,
      benefits,
      years: sumYears(economic, thresholds),
      thresholds,
      participants: [...measure.participants],
      viewerCanEdit: canEdit,
      viewerCanRecordFor: recordFor,
    };
  }

  async create(user: AuthenticatedUser, input: CreateBenefitInput): Promise<Benefit> {
    const id = await this.dataSource.transaction(async (manager) => {
      const measure = await loadMeasureContext(manager, input.measureId, true);
      await this.access.assertCanEditNetworkItem(user, measure.networkId, manager);
      const fields = await this.fields(manager, measure, input);
      const saved = await manager.save(
        BenefitEntity,
        manager.create(BenefitEntity, { measureId: measure.id, ...fields }),
      );
      await recordAudit(manager, user, {
        action: 'CREATE',
        entityType: 'measure',
        entityId: measure.id,
        regionId: measure.regionId,
        summary: `${measure.code}: gevinst «${saved.title}» lagt til`,
        after: { benefit: fields },
      });
      return saved.id;
    });
    return this.one(user, id);
  }

  async update(user: AuthenticatedUser, input: UpdateBenefitInput): Promise<Benefit> {
    await this.dataSource.transaction(async (manager) => {
      const { benefit, measure } = await this.lockBenefit(manager, input.id, input.expectedVersion);
      await this.access.assertCanEditNetworkItem(user, measure.networkId, manager);
      const fields = await this.fields(manager, measure, input);
      const before = { ...benefit };
      await manager.update(BenefitEntity, { id: benefit.id }, fields);
      await recordAudit(manager, user, {
        action: 'UPDATE',
        entityType: 'measure',
        entityId: measure.id,
        regionId: measure.regionId,
        summary: `${measure.code}: gevinst «${fields.title}» endret`,
        before: { benefit: this.auditFields(before) },
        after: { benefit: fields },
      });
    });
    return this.one(user, input.id);
  }

  async delete(user: AuthenticatedUser, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const { benefit, measure } = await this.lockBenefit(manager, id, null);
      await this.access.assertCanEditNetworkItem(user, measure.networkId, manager);
      const actuals = await manager.countBy(BenefitActualEntity, { benefitId: benefit.id });
      if (actuals > 0) {
        throw badUserInput({
          nb: `Gevinsten «${benefit.title}» har ${actuals} registrerte faktiske verdier og kan ikke slettes. Sett planlagte verdier til null i stedet.`,
          en: `The benefit "${benefit.title}" has ${actuals} recorded actual values and cannot be deleted. Set its planned values to zero instead.`,
        });
      }
      await manager.delete(BenefitEntity, { id: benefit.id });
      await recordAudit(manager, user, {
        action: 'DELETE',
        entityType: 'measure',
        entityId: measure.id,
        regionId: measure.regionId,
        summary: `${measure.code}: gevinst «${benefit.title}» slettet`,
        before: { benefit: this.auditFields(benefit) },
      });
      return true;
    });
  }

  async setPlan(user: AuthenticatedUser, input: SetBenefitPlanInput): Promise<Benefit> {
    await this.dataSource.transaction(async (manager) => {
      const { benefit, measure } = await this.lockBenefit(manager, input.benefitId, input.expectedVersion);
      await this.access.assertCanEditNetworkItem(user, measure.networkId, manager);
      await this.replacePlan(manager, user, measure, benefit, input.values);
    });
    return this.one(user, input.benefitId);
  }

  /** Replaces a benefit's planned values (checked) and bumps its version; the caller holds the locks. */
  async replacePlan(
    manager: EntityManager,
    user: AuthenticatedUser,
    measure: MeasureContext,
    benefit: BenefitEntity,
    values: readonly PlanValueInput[],
    options: { audit: boolean } = { audit: true },
  ): Promise<void> {
    const seen = new Set<string>();
    for (const value of values) {
      assertYearInPeriod(measure, value.year);
      if (value.municipalityNumber) assertParticipant(measure, value.municipalityNumber);
      const key = `${value.year}|${value.municipalityNumber ?? ''}`;
      if (seen.has(key)) {
        throw badUserInput({
          nb: `Planlagt verdi for ${value.year}${value.municipalityNumber ? ` i ${value.municipalityNumber}` : ''} står to ganger.`,
          en: `The planned value for ${value.year}${value.municipalityNumber ? ` in ${value.municipalityNumber}` : ''} appears twice.`,
        });
      }
      seen.add(key);
    }
    const perMunicipality = values.map((value) => Boolean(value.municipalityNumber));
    if (perMunicipality.includes(true) && perMunicipality.includes(false)) {
      throw badUserInput({
        nb: 'En gevinst planlegges enten for hele regionen eller per kommune, ikke begge deler.',
        en: 'A benefit is planned either for the whole region or per municipality, not both.',
      });
    }
    const before = await manager.find(BenefitPlanValueEntity, { where: { benefitId: benefit.id } });
    await manager.delete(BenefitPlanValueEntity, { benefitId: benefit.id });
    if (values.length) {
      await manager.insert(
        BenefitPlanValueEntity,
        values.map((value) => ({
          benefitId: benefit.id,
          year: value.year,
          municipalityNumber: value.municipalityNumber ?? null,
          planned: value.planned,
        })),
      );
    }
    await manager
      .createQueryBuilder()
      .update(BenefitEntity)
      .set({ perMunicipality: values.length ? perMunicipality.includes(true) : benefit.perMunicipality })
      .where('id = :id', { id: benefit.id })
      .execute();
    if (!options.audit) return;
    await recordAudit(manager, user, {
      action: 'UPDATE',
      entityType: 'measure',
      entityId: measure.id,
      regionId: measure.regionId,
      summary: `${measure.code}: gevinstplan for «${benefit.title}» endret (${values.length} verdier)`,
      before: {
        benefit: benefit.title,
        plan: before.map(({ year, municipalityNumber, planned }) => ({ year, municipalityNumber, planned })),
      },
      after: {
        benefit: benefit.title,
        plan: values.map(({ year, municipalityNumber, planned }) => ({
          year,
          municipalityNumber: municipalityNumber ?? null,
          planned,
        })),
      },
    });
  }

  async recordActual(user: AuthenticatedUser, input: RecordBenefitActualInput): Promise<Benefit> {
    await this.dataSource.transaction(async (manager) => {
      const { benefit, measure } = await this.lockBenefit(manager, input.benefitId, null);
      if (!measure.members.has(input.municipalityNumber))
        assertParticipant(measure, input.municipalityNumber);
      const allowed = await this.recordableFor(user, measure, manager, false);
      if (!allowed.includes(input.municipalityNumber)) {
        throw forbidden({
          nb: `Bare kommunedirektøren i kommune ${input.municipalityNumber}, kommunens medlemmer i nettverket som eier tiltaket, eller sekretariatet kan føre faktiske verdier for kommunen.`,
          en: `Only the director of municipality ${input.municipalityNumber}, its members of the owning network, or the secretariat can record actual values for it.`,
        });
      }
      assertParticipant(measure, input.municipalityNumber);
      assertYearInPeriod(measure, input.year);
      const saved = await manager.save(
        BenefitActualEntity,
        manager.create(BenefitActualEntity, {
          benefitId: benefit.id,
          year: input.year,
          municipalityNumber: input.municipalityNumber,
          value: input.value,
          comment: input.comment?.trim() ?? '',
          recordedById: user.id,
          recordedByName: user.name ?? user.username ?? null,
        }),
      );
      await recordAudit(manager, user, {
        action: 'CREATE',
        entityType: 'measure',
        entityId: measure.id,
        regionId: measure.regionId,
        summary: `${measure.code}: faktisk verdi ${input.value} for «${benefit.title}» ${input.year} i ${input.municipalityNumber}`,
        after: {
          benefit: benefit.title,
          actual: {
            id: saved.id,
            year: saved.year,
            municipalityNumber: saved.municipalityNumber,
            value: saved.value,
            comment: saved.comment,
          },
        },
      });
    });
    return this.one(user, input.benefitId);
  }

  /**
   * The participants the caller may record actual values for: every one for the secretariat; a director their own;
   * a member of the owning network the municipalities they represent in it. With `participantsOnly` false, also
   * municipalities not (or no longer) taking part, so that the refusal says the right thing.
   */
  async recordableFor(
    user: AuthenticatedUser,
    measure: MeasureContext,
    manager: EntityManager,
    participantsOnly = true,
  ): Promise<string[]> {
    const pool = participantsOnly ? measure.participants.map((p) => p.number) : [...measure.members.keys()];
    if (this.access.isSecretariat(user)) return pool;
    const own = new Set<string>();
    if (user.roles.includes(Role.MunicipalDirector) && user.municipalityNumber)
      own.add(user.municipalityNumber);
    if (user.roles.includes(Role.NetworkMember) || user.roles.includes(Role.NetworkLeader)) {
      const rows: { municipality_number: string }[] = await manager.query(
        `SELECT DISTINCT municipality_number FROM network_member
          WHERE network_id = $1 AND user_id = $2 AND municipality_number IS NOT NULL`,
        [measure.networkId, user.id],
      );
      for (const row of rows) own.add(row.municipality_number);
    }
    return pool.filter((number) => own.has(number));
  }

  private async one(user: AuthenticatedUser, id: string): Promise<Benefit> {
    const benefit = await this.dataSource.manager.findOneBy(BenefitEntity, { id });
    if (!benefit) throw notFound({ nb: 'Fant ikke gevinsten.', en: 'The benefit was not found.' });
    const plan = await this.plan(user, benefit.measureId);
    const found = plan.benefits.find((candidate) => candidate.id === id);
    if (!found) throw notFound({ nb: 'Fant ikke gevinsten.', en: 'The benefit was not found.' });
    return found;
  }

  /** Locks the measure row (the aggregate) and the benefit, and checks the version the caller read. */
  async lockBenefit(manager: EntityManager, id: string, expectedVersion: number | null) {
    const rows: { measure_id: string }[] = await manager.query(
      'SELECT measure_id FROM benefit WHERE id = $1',
      [id],
    );
    if (!rows[0]) throw notFound({ nb: 'Fant ikke gevinsten.', en: 'The benefit was not found.' });
    const measure = await loadMeasureContext(manager, rows[0].measure_id, true);
    const benefit = await manager
      .getRepository(BenefitEntity)
      .createQueryBuilder('b')
      .setLock('pessimistic_write')
      .where('b.id = :id', { id })
      .getOne();
    if (!benefit) throw notFound({ nb: 'Fant ikke gevinsten.', en: 'The benefit was not found.' });
    if (expectedVersion !== null && benefit.version !== expectedVersion) throw staleVersion(WHAT);
    return { benefit, measure };
  }

  /** Checked, normalised fields of a benefit. */
  async fields(manager: EntityManager, measure: MeasureContext, input: BenefitFields) {
    if (input.unitKind === 'FTE' && (!input.fteCostNok || /^0+(\.0+)?$/.test(input.fteCostNok))) {
      throw badUserInput({
        nb: 'En gevinst i årsverk trenger kostnaden per årsverk (f.eks. 780000).',
        en: 'A benefit in full-time equivalents needs the cost per FTE (e.g. 780000).',
      });
    }
    if (input.unitKind === 'QUALITATIVE' && !input.unit?.trim()) {
      throw badUserInput({
        nb: 'En kvalitativ gevinst trenger en enhet for indikatoren (f.eks. «dager» eller «%»).',
        en: 'A qualitative benefit needs a unit for its indicator (e.g. "days" or "%").',
      });
    }
    if (!input.title.trim() || !input.owner.trim()) {
      throw badUserInput({
        nb: 'Gevinsten trenger et navn og en gevinsteier.',
        en: 'The benefit needs a name and an owner.',
      });
    }
    if (input.goalId) {
      const goals: unknown[] = await manager.query(
        `SELECT 1 FROM strategy_goal g JOIN strategy s ON s.id = g.strategy_id
           JOIN network n ON n.id = s.network_id WHERE g.id = $1 AND n.region_id = $2`,
        [input.goalId, measure.regionId],
      );
      if (goals.length === 0) {
        throw badUserInput({
          nb: 'Målet finnes ikke i regionens strategier.',
          en: "The goal is not in the region's strategies.",
        });
      }
    }
    return {
      title: input.title.trim(),
      type: input.type,
      unitKind: input.unitKind,
      fteCostNok: input.unitKind === 'FTE' ? (input.fteCostNok ?? null) : null,
      indicator: input.indicator?.trim() || null,
      unit: input.unit?.trim() || null,
      baselineValue: input.baselineValue ?? null,
      baselineDate: input.baselineDate ?? null,
      owner: input.owner.trim(),
      change: input.change?.trim() ?? '',
      goalId: input.goalId ?? null,
    };
  }

  private auditFields(benefit: BenefitEntity) {
    const {
      title,
      type,
      unitKind,
      fteCostNok,
      indicator,
      unit,
      baselineValue,
      baselineDate,
      owner,
      change,
      goalId,
    } = benefit;
    return {
      title,
      type,
      unitKind,
      fteCostNok,
      indicator,
      unit,
      baselineValue,
      baselineDate,
      owner,
      change,
      goalId,
    };
  }

  private toBenefit(
    benefit: BenefitEntity,
    figures: BenefitFigures,
    thresholds: Parameters<typeof benefitYears>[2],
  ): Benefit {
    return {
      id: benefit.id,
      measureId: benefit.measureId,
      title: benefit.title,
      type: benefit.type,
      unitKind: benefit.unitKind,
      fteCostNok: normalise(benefit.fteCostNok),
      indicator: benefit.indicator,
      unit: benefit.unit,
      baselineValue: normalise(benefit.baselineValue),
      baselineDate: benefit.baselineDate,
      owner: benefit.owner,
      change: benefit.change,
      goalId: benefit.goalId,
      goalTitle: benefit.goalId ? (figures.goalTitles.get(benefit.goalId) ?? null) : null,
      perMunicipality: benefit.perMunicipality,
      plan: (figures.plan.get(benefit.id) ?? []).map((value) => ({
        year: value.year,
        municipalityNumber: value.municipalityNumber,
        planned: sumAmounts([value.planned]),
      })),
      actuals: (figures.actuals.get(benefit.id) ?? []).map((actual) => ({
        id: actual.id,
        year: actual.year,
        municipalityNumber: actual.municipalityNumber,
        value: sumAmounts([actual.value]),
        comment: actual.comment,
        recordedByName: actual.recordedByName,
        recordedAt: actual.recordedAt,
      })),
      years: benefitYears(benefit, figures, thresholds),
      version: benefit.version,
    };
  }
}
