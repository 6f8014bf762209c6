import { Injectable } from '@nestjs/common';
import type { Actor } from '@samarbeid/api/data-access';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import { assertExpectedVersion } from '@samarbeid/api/platform';

import {
  type FocusSource,
  focusPeriodProblem,
  focusValueOf,
  MAX_FOCUS_ITEMS_PER_REGION,
  MAX_VALUES_PER_BATCH,
  mayDefineFocusItems,
  mayRecordFocusValue,
} from './domain/focus-rules';
import { periodProblemText, type RowError, VALUE_TEXT } from './domain/focus-upload';
import type {
  CreateFocusItemInput,
  FocusValueInput,
  ImportFocusValuesInput,
  PostFocusValuesInput,
  RecordFocusValueInput,
  SetFocusTargetInput,
  UpdateFocusItemInput,
} from './dto/focus.inputs';
import type { FocusItem, FocusValuesSaved } from './dto/focus.types';
import {
  badPeriod,
  badValue,
  focusItemNotFound,
  mayNotDefine,
  mayNotRecord,
  municipalityNotInRegion,
  nameTaken,
  regionNotFound,
  rowsHaveErrors,
  tooManyItems,
  tooManyValues,
  notTheIntegrationsRegion,
} from './focus.errors';
import { readFocusFile } from './focus-file';
import { FocusQueryService } from './focus-query.service';
import { FocusItemRow, FocusRepository, NewFocusValue, Tx } from './focus.repository';

const ITEM = { nb: 'Fokusposten', en: 'The focus item' };

interface Entry {
  /** The row of a file (header = 1) or the position in an API call (from 1). */
  readonly row: number;
  readonly focusItemId: string;
  readonly period: string;
  readonly value: string;
}

/**
 * Changes to focus items, each in one transaction: lock → check access → apply the rule → save → audit. Values
 * arrive three ways — another system's service account (`postFocusValues`), a CSV or Excel upload, by hand — and go through
 * the one batch rule: every entry checked first, every bad one listed, nothing saved if any is bad.
 */
@Injectable()
export class FocusCommandService {
  constructor(
    private readonly focus: FocusRepository,
    private readonly queries: FocusQueryService,
  ) {}

  async create(user: AuthenticatedUser, input: CreateFocusItemInput): Promise<FocusItem> {
    if (!mayDefineFocusItems(user)) throw mayNotDefine();
    const id = await this.focus.transaction(async (tx) => {
      const region = await this.focus.regionBySlug(input.regionSlug, tx);
      if (!region) throw regionNotFound(input.regionSlug);
      const municipality = input.municipalityNumber ?? null;
      const member = municipality ? await this.focus.member(region.id, municipality, tx) : null;
      if (municipality && !member) throw municipalityNotInRegion(municipality);
      if ((await this.focus.countInRegion(region.id, tx)) >= MAX_FOCUS_ITEMS_PER_REGION) throw tooManyItems();
      const item = {
        regionId: region.id,
        municipalityNumber: municipality,
        name: input.name.trim(),
        unit: input.unit.trim(),
        direction: input.direction,
        frequency: input.frequency,
        description: input.description?.trim() ?? '',
      };
      if (await this.focus.nameTaken(item, tx)) throw nameTaken(item.name);
      const created = await this.focus.insertItem(item, tx);
      await this.focus.record(tx, user, {
        action: 'CREATE',
        entityType: 'focus_item',
        entityId: created,
        regionId: region.id,
        summary: `Ny fokuspost «${item.name}» for ${member?.name ?? region.name}`,
        after: item,
      });
      return created;
    });
    return this.queries.one(user, id);
  }

  async update(user: AuthenticatedUser, input: UpdateFocusItemInput): Promise<FocusItem> {
    if (!mayDefineFocusItems(user)) throw mayNotDefine();
    await this.focus.transaction(async (tx) => {
      const item = await this.lock(tx, input.id);
      assertExpectedVersion({ version: Number(item.version) }, input.expectedVersion, ITEM);
      const change = {
        name: input.name.trim(),
        unit: input.unit.trim(),
        direction: input.direction,
        description: input.description?.trim() ?? '',
      };
      if (await this.focus.nameTaken({ ...item, ...change, id: item.id }, tx)) throw nameTaken(change.name);
      await this.focus.updateItem(item.id, change, tx);
      await this.focus.record(tx, user, {
        action: 'UPDATE',
        entityType: 'focus_item',
        entityId: item.id,
        regionId: item.regionId,
        summary: `Fokusposten «${change.name}» er endret`,
        before: {
          name: item.name,
          unit: item.unit,
          direction: item.direction,
          description: item.description,
        },
        after: change,
      });
    });
    return this.queries.one(user, input.id);
  }

  async setTarget(user: AuthenticatedUser, input: SetFocusTargetInput): Promise<FocusItem> {
    if (!mayDefineFocusItems(user)) throw mayNotDefine();
    await this.focus.transaction(async (tx) => {
      const item = await this.lock(tx, input.focusItemId);
      const problem = focusPeriodProblem(input.period, item.frequency);
      if (problem) throw badPeriod(problem, item.frequency);
      const value = input.value === null || input.value === undefined ? null : focusValueOf(input.value);
      if (input.value !== null && input.value !== undefined && value === null) throw badValue();
      const before = await this.focus.setTarget(item.id, input.period, value, tx);
      await this.focus.record(tx, user, {
        action: 'UPDATE',
        entityType: 'focus_target',
        entityId: item.id,
        regionId: item.regionId,
        summary:
          value === null
            ? `Målet for «${item.name}» fra ${input.period} er fjernet`
            : `Målet for «${item.name}» fra ${input.period}: ${value} ${item.unit}`,
        before: { period: input.period, value: before },
        after: { period: input.period, value },
      });
    });
    return this.queries.one(user, input.focusItemId);
  }

  /** By hand: one value, refused with a sentence of its own. */
  async record(user: AuthenticatedUser, input: RecordFocusValueInput): Promise<FocusItem> {
    await this.focus.transaction(async (tx) => {
      const item = await this.lock(tx, input.focusItemId);
      if (!mayRecordFocusValue(user, item)) throw mayNotRecord();
      const problem = focusPeriodProblem(input.period, item.frequency);
      if (problem) throw badPeriod(problem, item.frequency);
      const value = focusValueOf(input.value);
      if (value === null) throw badValue();
      await this.save(tx, user, [item], [{ ...input, value, row: 1 }], 'MANUAL');
    });
    return this.queries.one(user, input.focusItemId);
  }

  /** From another system (the integration client): all values or none, every bad one listed by position. */
  async post(actor: AuthenticatedUser, input: PostFocusValuesInput): Promise<FocusValuesSaved> {
    if (input.values.length > MAX_VALUES_PER_BATCH) throw tooManyValues();
    const entries = input.values.map((value: FocusValueInput, index) => ({ ...value, row: index + 1 }));
    return this.focus.transaction(async (tx) => {
      const items = await this.focus.lockItems([...new Set(entries.map((e) => e.focusItemId))], tx);
      // A region's client writes to that region's focus items only (its token's `region` claim).
      const region = actor.integrationRegion;
      if (!region || items.some((item) => item.regionSlug !== region)) throw notTheIntegrationsRegion(region);
      const errors = checkEntries(entries, items);
      if (errors.length > 0) throw rowsHaveErrors(errors, { nb: 'Verdi nr.', en: 'Value no.' });
      return this.save(tx, actor, items, entries, 'API');
    });
  }

  /** From a CSV or Excel file: every bad row listed by its row number, nothing saved if any is bad. */
  async import(user: AuthenticatedUser, input: ImportFocusValuesInput): Promise<FocusValuesSaved> {
    if (!mayDefineFocusItems(user)) throw mayNotDefine();
    return this.focus
      .transaction(async (tx) => {
        const region = await this.focus.regionBySlug(input.regionSlug, tx);
        if (!region) throw regionNotFound(input.regionSlug);
        const items = await this.focus.itemsOf(region.id, null, tx);
        const { values, errors } = await readFocusFile(input.fileBase64, items);
        if (errors.length > 0) throw rowsHaveErrors(errors, { nb: 'Rad', en: 'Row' });
        const locked = await this.focus.lockItems([...new Set(values.map((v) => v.focusItemId))], tx);
        const result = await this.save(tx, user, locked, values, 'UPLOAD');
        if (input.dryRun) throw new DryRun(result);
        return result;
      })
      .catch((error: unknown) => {
        if (error instanceof DryRun) return error.result;
        throw error;
      });
  }

  private async save(
    tx: Tx,
    actor: Actor,
    items: readonly FocusItemRow[],
    entries: readonly Entry[],
    source: FocusSource,
  ): Promise<FocusValuesSaved> {
    const values: NewFocusValue[] = entries.map((entry) => ({
      focusItemId: entry.focusItemId,
      period: entry.period,
      value: focusValueOf(entry.value) ?? entry.value,
      source,
    }));
    const saved = await this.focus.saveValues(values, actor, tx);
    const byId = new Map(items.map((item) => [item.id, item]));
    // One history record per region (and so one live notice per region), naming every value and what it replaced.
    const regions = new Map<string, { item: FocusItemRow; values: typeof saved }>();
    saved.forEach((entry) => {
      const item = byId.get(entry.focusItemId) as FocusItemRow;
      const group = regions.get(item.regionId) ?? { item, values: [] };
      group.values.push(entry);
      regions.set(item.regionId, group);
    });
    const how = { API: 'fra et annet system', UPLOAD: 'fra fil', MANUAL: 'for hånd' }[source];
    for (const [regionId, group] of regions) {
      const single = group.values.length === 1 ? group.values[0] : null;
      const newValue = (e: (typeof saved)[number]) =>
        values.find((v) => v.focusItemId === e.focusItemId && v.period === e.period)?.value ?? null;
      await this.focus.record(tx, actor, {
        action: single?.previous === null ? 'CREATE' : 'UPDATE',
        entityType: 'focus_value',
        entityId: single ? single.focusItemId : regionId,
        regionId,
        summary: single
          ? `«${group.item.name}» ${single.period}: ${newValue(single)} ${group.item.unit} (${how})`
          : `${group.values.length} verdier for fokusposter registrert ${how}`,
        before: {
          values: group.values.map((e) => ({ id: e.focusItemId, period: e.period, value: e.previous })),
        },
        after: {
          values: group.values.map((e) => ({ id: e.focusItemId, period: e.period, value: newValue(e) })),
        },
      });
    }
    return { saved: saved.length, replaced: saved.filter((e) => e.previous !== null).length };
  }

  private async lock(tx: Tx, id: string): Promise<FocusItemRow> {
    const item = await this.focus.item(id, tx, { lock: true });
    if (!item) throw focusItemNotFound();
    return item;
  }
}

/** Every problem of a batch of values against the items they name. */
function checkEntries(entries: readonly Entry[], items: readonly FocusItemRow[]): RowError[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const seen = new Map<string, number>();
  const errors: RowError[] = [];
  for (const entry of entries) {
    const item = byId.get(entry.focusItemId);
    if (!item) {
      errors.push({ row: entry.row, reason: { nb: 'Ukjent fokuspost.', en: 'Unknown focus item.' } });
      continue;
    }
    const problem = focusPeriodProblem(entry.period, item.frequency);
    if (problem) {
      errors.push({ row: entry.row, reason: periodProblemText(problem, item.frequency) });
      continue;
    }
    if (focusValueOf(entry.value) === null) {
      errors.push({ row: entry.row, reason: VALUE_TEXT });
      continue;
    }
    const key = `${entry.focusItemId}|${entry.period}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      errors.push({
        row: entry.row,
        reason: {
          nb: `Samme fokuspost og periode som verdi nr. ${earlier}.`,
          en: `The same focus item and period as value no. ${earlier}.`,
        },
      });
      continue;
    }
    seen.set(key, entry.row);
  }
  return errors;
}

class DryRun extends Error {
  constructor(readonly result: FocusValuesSaved) {
    super('dry run');
  }
}
