import type { AuditRecord } from '@samarbeid/api/data-access';
import type { MeasureStatus } from '@samarbeid/shared/domain';
import { MEASURE_STATUS_LABELS } from '@samarbeid/shared/domain';

import type { Measure, MeasureDependency } from '../dto/portfolio.types';

/** The change-history records of a measure's changes: what each says, and what it keeps before and after. */
const ENTITY = 'measure';

const of = (measure: Measure) => ({ entityType: ENTITY, entityId: measure.id, regionId: measure.regionId });

const statusNb = (status: MeasureStatus) => MEASURE_STATUS_LABELS[status].nb.toLowerCase();

export const measureAudit = {
  created: (measure: Measure): AuditRecord => ({
    action: 'CREATE',
    ...of(measure),
    summary: `${measure.code} ${measure.title}: opprettet`,
    after: { ...measure },
  }),

  updated: (before: Measure, after: Measure, fields: readonly string[]): AuditRecord => ({
    action: 'UPDATE',
    ...of(after),
    summary: `${after.code} ${after.title}: endret ${fields.join(', ') || 'ingenting'}`,
    before: { ...before },
    after: { ...after },
  }),

  transitioned: (before: Measure, after: Measure): AuditRecord => ({
    action: 'TRANSITION',
    ...of(after),
    summary: `${after.code} ${after.title}: status ${statusNb(before.status)} → ${statusNb(after.status)}`,
    before: { status: before.status, version: before.version },
    after: { status: after.status, version: after.version },
  }),

  dependencyAdded: (measure: Measure, target: Measure, kind: MeasureDependency['kind']): AuditRecord => ({
    action: 'UPDATE',
    ...of(measure),
    summary: `${measure.code}: avhenger nå av ${target.code} (${kind === 'START' ? 'startet' : 'fullført'})`,
    after: { dependsOn: target.code, kind },
  }),

  /** `target` is the code of the measure no longer depended on (its id if it is gone). */
  dependencyRemoved: (measure: Measure, target: string): AuditRecord => ({
    action: 'UPDATE',
    ...of(measure),
    summary: `${measure.code}: avhenger ikke lenger av ${target}`,
    before: { dependsOn: target },
  }),

  goalsSet: (
    measure: Measure,
    goals: readonly { title: string }[],
    before: readonly string[],
    after: readonly string[],
  ): AuditRecord => ({
    action: 'UPDATE',
    ...of(measure),
    summary: `${measure.code}: knyttet til ${goals.length} strategimål${goals.length ? ` (${goals.map((g) => g.title).join('; ')})` : ''}`,
    before: { goalIds: [...before] },
    after: { goalIds: [...after] },
  }),
};
