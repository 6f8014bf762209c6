import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import { assertExpectedVersion } from '@samarbeid/api/platform';
import { normalizeDecimal, parsePeriod, periodProblem, Role } from '@samarbeid/shared/domain';

import { mayEditSettings, recordableAreas, REGION_AREA } from './domain/record-access';
import type { IndicatorOverview } from './dto/indicator.types';
import type {
  LinkIndicatorToKostraInput,
  RecordIndicatorValueInput,
  SetIndicatorFrequencyInput,
} from './dto/indicator.inputs';
import { IndicatorQueryService, ownerOf } from './indicator-query.service';
import { IndicatorRepository, IndicatorRow, Tx } from './indicator.repository';
import {
  badPeriod,
  frequencyConflictsWithValues,
  indicatorNotFound,
  mayNotEditSettings,
  mayNotLinkKostra,
  mayNotRecord,
  municipalityNotInRegion,
  unknownKostraFigure,
  valueOrNotMeasured,
} from './indicators.errors';
import { kostraFigure } from './kostra/kostra-catalogue';

const SETTINGS = { nb: 'Indikatorens oppfølging', en: "The indicator's follow-up" };

/**
 * Changes to indicators: record a value, set the reporting frequency, link a KOSTRA key figure. Each in one
 * transaction: lock the indicator → check access → apply the rule → save → audit.
 */
@Injectable()
export class IndicatorCommandService {
  constructor(
    private readonly indicators: IndicatorRepository,
    private readonly queries: IndicatorQueryService,
  ) {}

  async record(user: AuthenticatedUser, input: RecordIndicatorValueInput): Promise<IndicatorOverview> {
    await this.indicators.transaction(async (tx) => {
      const indicator = await this.lock(tx, input.indicatorId);
      const members = await this.indicators.members(indicator.regionId, tx);
      const municipality = input.municipalityNumber ?? null;
      const area = municipality ?? REGION_AREA;
      const member = municipality ? members.find((entry) => entry.number === municipality) : null;
      if (municipality && !member) throw municipalityNotInRegion(municipality);
      const allowed = recordableAreas({
        roles: user.roles,
        municipalityNumber: user.municipalityNumber,
        memberships: await this.indicators.memberships(user.id, indicator.networkId, tx),
        members: members.map((entry) => entry.number),
        owner: ownerOf(indicator),
      });
      const areaName = member?.name ?? indicator.regionName;
      if (!allowed.includes(area)) throw mayNotRecord(areaName);
      const problem = periodProblem(input.period, indicator.frequency);
      if (problem) throw badPeriod(problem);
      const notMeasured = input.notMeasured === true;
      const value = input.value === null || input.value === undefined ? null : normalizeDecimal(input.value);
      if (notMeasured === (value !== null)) throw valueOrNotMeasured();
      const existing = await this.indicators.existingValue(tx, indicator.id, input.period, municipality);
      const id = await this.indicators.saveValue(tx, existing, {
        indicatorId: indicator.id,
        period: input.period,
        municipalityNumber: municipality,
        value,
        source: input.source?.trim() ?? '',
        comment: input.comment?.trim() ?? '',
        recordedBy: user.id,
        recordedByName: user.name ?? user.username ?? null,
      });
      const shown = value === null ? 'ikke målt' : `${value} ${indicator.unit}`;
      await this.indicators.record(tx, user, {
        action: existing ? 'UPDATE' : 'CREATE',
        entityType: 'indicator_value',
        entityId: id,
        regionId: indicator.regionId,
        summary: `«${indicator.name}» ${input.period} for ${areaName}: ${shown}`,
        before: existing
          ? {
              value: existing.value,
              notMeasured: existing.notMeasured,
              source: existing.source,
              comment: existing.comment,
            }
          : null,
        after: {
          period: input.period,
          municipalityNumber: municipality,
          value,
          notMeasured,
          source: input.source ?? '',
        },
      });
    });
    return this.queries.one(user, input.indicatorId);
  }

  async setFrequency(user: AuthenticatedUser, input: SetIndicatorFrequencyInput): Promise<IndicatorOverview> {
    await this.indicators.transaction(async (tx) => {
      const indicator = await this.lock(tx, input.indicatorId);
      await this.assertMayEditSettings(tx, user, indicator);
      assertExpectedVersion({ version: Number(indicator.settingVersion) }, input.expectedVersion, SETTINGS);
      const values = await this.indicators.valuesOf([indicator.id], tx);
      const halfYears = input.frequency === 'HALF_YEARLY';
      if (values.some((value) => (parsePeriod(value.period)?.half !== null) !== halfYears)) {
        throw frequencyConflictsWithValues();
      }
      await this.indicators.saveSetting(tx, indicator.id, {
        frequency: input.frequency,
        kostraFigure: indicator.kostraFigure,
      });
      await this.indicators.record(tx, user, {
        action: 'UPDATE',
        entityType: 'indicator',
        entityId: indicator.id,
        regionId: indicator.regionId,
        summary: `«${indicator.name}» måles nå ${halfYears ? 'per halvår' : 'per år'}`,
        before: { frequency: indicator.frequency },
        after: { frequency: input.frequency },
      });
    });
    return this.queries.one(user, input.indicatorId);
  }

  async linkKostra(user: AuthenticatedUser, input: LinkIndicatorToKostraInput): Promise<IndicatorOverview> {
    await this.indicators.transaction(async (tx) => {
      const indicator = await this.lock(tx, input.indicatorId);
      if (!user.roles.includes(Role.Secretariat)) throw mayNotLinkKostra();
      assertExpectedVersion({ version: Number(indicator.settingVersion) }, input.expectedVersion, SETTINGS);
      const code = input.kostraFigure?.trim() || null;
      const figure = code ? kostraFigure(code) : null;
      if (code && !figure) throw unknownKostraFigure(code);
      await this.indicators.saveSetting(tx, indicator.id, {
        frequency: indicator.frequency,
        kostraFigure: code,
      });
      await this.indicators.record(tx, user, {
        action: 'UPDATE',
        entityType: 'indicator',
        entityId: indicator.id,
        regionId: indicator.regionId,
        summary: figure
          ? `«${indicator.name}» koblet til KOSTRA-nøkkeltallet «${figure.name.nb}»`
          : `«${indicator.name}» er ikke lenger koblet til KOSTRA`,
        before: { kostraFigure: indicator.kostraFigure },
        after: { kostraFigure: code },
      });
    });
    return this.queries.one(user, input.indicatorId);
  }

  private async lock(tx: Tx, id: string): Promise<IndicatorRow> {
    const indicator = await this.indicators.lock(tx, id);
    if (!indicator) throw indicatorNotFound();
    return indicator;
  }

  private async assertMayEditSettings(
    tx: Tx,
    user: AuthenticatedUser,
    indicator: IndicatorRow,
  ): Promise<void> {
    const allowed = mayEditSettings({
      roles: user.roles,
      municipalityNumber: user.municipalityNumber,
      memberships: await this.indicators.memberships(user.id, indicator.networkId, tx),
      members: [],
      owner: ownerOf(indicator),
    });
    if (!allowed) throw mayNotEditSettings();
  }
}
