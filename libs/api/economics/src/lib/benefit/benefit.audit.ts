import type { AuditRecord, BenefitEntity } from '@samarbeid/api/data-access';

import type { MeasureContext } from '../measure-context';
import type { BenefitFieldValues, PlanValueRow } from './benefit.repository';

/** The change history's records of benefit-plan changes (Norwegian summaries; the measure is the entity). */

const onMeasure = (measure: MeasureContext) =>
  ({ entityType: 'measure', entityId: measure.id, regionId: measure.regionId }) as const;

export function benefitCreated(measure: MeasureContext, fields: BenefitFieldValues): AuditRecord {
  return {
    action: 'CREATE',
    ...onMeasure(measure),
    summary: `${measure.code}: gevinst «${fields.title}» lagt til`,
    after: { benefit: fields },
  };
}

export function benefitUpdated(
  measure: MeasureContext,
  before: BenefitEntity,
  fields: BenefitFieldValues,
): AuditRecord {
  return {
    action: 'UPDATE',
    ...onMeasure(measure),
    summary: `${measure.code}: gevinst «${fields.title}» endret`,
    before: { benefit: storedFields(before) },
    after: { benefit: fields },
  };
}

export function benefitDeleted(measure: MeasureContext, benefit: BenefitEntity): AuditRecord {
  return {
    action: 'DELETE',
    ...onMeasure(measure),
    summary: `${measure.code}: gevinst «${benefit.title}» slettet`,
    before: { benefit: storedFields(benefit) },
  };
}

export function planChanged(
  measure: MeasureContext,
  title: string,
  before: readonly PlanValueRow[],
  after: readonly PlanValueRow[],
): AuditRecord {
  const plan = (values: readonly PlanValueRow[]) =>
    values.map(({ year, municipalityNumber, planned }) => ({ year, municipalityNumber, planned }));
  return {
    action: 'UPDATE',
    ...onMeasure(measure),
    summary: `${measure.code}: gevinstplan for «${title}» endret (${after.length} verdier)`,
    before: { benefit: title, plan: plan(before) },
    after: { benefit: title, plan: plan(after) },
  };
}

export function actualRecorded(
  measure: MeasureContext,
  title: string,
  actual: { id: string; year: number; municipalityNumber: string; value: string; comment: string },
  valueAsGiven: string,
): AuditRecord {
  const { id, year, municipalityNumber, value, comment } = actual;
  return {
    action: 'CREATE',
    ...onMeasure(measure),
    summary: `${measure.code}: faktisk verdi ${valueAsGiven} for «${title}» ${year} i ${municipalityNumber}`,
    after: { benefit: title, actual: { id, year, municipalityNumber, value, comment } },
  };
}

export function planImported(
  measure: MeasureContext,
  counts: { created: number; updated: number; plannedValues: number },
  benefits: readonly { title: string; plan: readonly unknown[] }[],
): AuditRecord {
  return {
    action: 'UPDATE',
    ...onMeasure(measure),
    summary: `${measure.code}: gevinstplan importert fra Excel (${counts.created} nye, ${counts.updated} oppdaterte gevinster, ${counts.plannedValues} planlagte verdier)`,
    after: { benefits: benefits.map((b) => ({ title: b.title, plan: b.plan })) },
  };
}

/** A benefit's own fields, as the history shows them. */
const BENEFIT_FIELDS = [
  'title',
  'type',
  'unitKind',
  'fteCostNok',
  'indicator',
  'unit',
  'baselineValue',
  'baselineDate',
  'owner',
  'change',
  'goalId',
] as const satisfies readonly (keyof BenefitFieldValues)[];

/** A stored benefit's own fields. */
function storedFields(benefit: BenefitEntity): BenefitFieldValues {
  return Object.fromEntries(BENEFIT_FIELDS.map((key) => [key, benefit[key]])) as Pick<
    BenefitEntity,
    (typeof BENEFIT_FIELDS)[number]
  >;
}
