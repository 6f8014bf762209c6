import type { BenefitEntity } from '@samarbeid/api/data-access';
import type { BenefitThresholds } from '@samarbeid/shared/domain/allocation';
import { sumAmounts } from '@samarbeid/shared/domain/allocation';

import type { Benefit, BenefitPlan } from '../dto/economics.types';
import type { MeasureContext } from '../measure-context';
import type { BenefitFigures } from './benefit.repository';
import { benefitYears, sumYears } from './domain/benefit-years';

const normalise = (value: string | null) => (value === null ? null : sumAmounts([value]));

/** A measure's benefit plan: each benefit in its own unit, and the economic ones summed in NOK per year. */
export function toBenefitPlan(
  measure: MeasureContext,
  figures: BenefitFigures,
  thresholds: BenefitThresholds,
  viewer: { canEdit: boolean; canRecordFor: string[] },
): BenefitPlan {
  const economic = figures.benefits
    .filter((benefit) => benefit.unitKind !== 'QUALITATIVE')
    .map((benefit) => benefitYears(benefit, figures, thresholds, { kroner: true }));
  return {
    measureId: measure.id,
    firstYear: measure.firstYear,
    lastYear: measure.lastYear,
    benefits: figures.benefits.map((benefit) => toBenefit(benefit, figures, thresholds)),
    years: sumYears(economic, thresholds),
    thresholds,
    participants: [...measure.participants],
    viewerCanEdit: viewer.canEdit,
    viewerCanRecordFor: viewer.canRecordFor,
  };
}

export function toBenefit(
  benefit: BenefitEntity,
  figures: BenefitFigures,
  thresholds: BenefitThresholds,
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
