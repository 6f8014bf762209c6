import type { AuditRecord } from '@samarbeid/api/data-access';
import type { MeasureStatus } from '@samarbeid/shared/domain';
import { MEASURE_STATUS_LABELS } from '@samarbeid/shared/domain';

import type { Measure } from '../dto/portfolio.types';
import type { RegionGovernance } from './governance.types';

const of = (measure: Measure) => ({
  entityType: 'measure',
  entityId: measure.id,
  regionId: measure.regionId,
});
const statusNb = (status: MeasureStatus) => MEASURE_STATUS_LABELS[status].nb.toLowerCase();

/** The change-history records of governance changes. */
export const governanceAudit = {
  settingsSaved: (before: RegionGovernance, after: RegionGovernance): AuditRecord => ({
    action: 'UPDATE',
    entityType: 'region_governance',
    entityId: after.regionId,
    regionId: after.regionId,
    summary: `Krav før vedtak endret: ${
      [
        after.requireAnchoring && 'politisk forankring',
        after.requireEconomics && 'økonomisk analyse',
        after.requireChecklist && `sjekkliste (${after.checklist.length} punkter)`,
        after.requireUnionConsultation && 'drøfting med tillitsvalgte',
      ]
        .filter(Boolean)
        .join(', ') || 'ingen krav'
    }`,
    before: { ...before },
    after: { ...after },
  }),

  anchoringRecorded: (
    measure: Measure,
    anchoring: { decidedOn: string; body: string; caseReference: string },
  ): AuditRecord => ({
    action: 'UPDATE',
    ...of(measure),
    summary: `${measure.code}: politisk forankret i ${anchoring.body} ${anchoring.decidedOn}, sak ${anchoring.caseReference}`,
    before: { politicalAnchoring: measure.politicalAnchoring },
    after: { politicalAnchoring: 'ANCHORED', ...anchoring },
  }),

  checklistItemSet: (measure: Measure, label: string, done: boolean): AuditRecord => ({
    action: 'UPDATE',
    ...of(measure),
    summary: `${measure.code}: sjekklistepunktet «${label}» ${done ? 'utført' : 'ikke lenger utført'}`,
    before: { item: label, done: !done },
    after: { item: label, done },
  }),

  steeringSaved: (
    measure: Measure,
    before: object,
    after: object,
    fields: readonly string[],
  ): AuditRecord => ({
    action: 'UPDATE',
    ...of(measure),
    summary: `${measure.code}: styringsdokumentet endret (${fields.join(', ') || 'ingenting'})`,
    before,
    after,
  }),

  gatesOverridden: (
    before: Measure,
    after: Measure,
    reason: string,
    missing: readonly string[],
  ): AuditRecord => ({
    action: 'TRANSITION',
    ...of(after),
    summary: `${after.code} ${after.title}: status ${statusNb(before.status)} → ${statusNb(after.status)}, krav overstyrt av sekretariatet: ${reason}`,
    before: { status: before.status, version: before.version, missing: [...missing] },
    after: { status: after.status, version: after.version, overrideReason: reason },
  }),
};
