import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@samarbeid/api/platform';

import {
  focusStatus,
  focusTrend,
  mayDefineFocusItems,
  mayRecordFocusValue,
  targetFor,
} from './domain/focus-rules';
import type { FocusItem, FocusItemList, FocusValue } from './dto/focus.types';
import { focusItemNotFound, regionNotFound } from './focus.errors';
import { FocusItemRow, FocusRepository, FocusTargetRow, FocusValueRow, Tx } from './focus.repository';

/** Values shown per item in lists (a year of months) and on one item's page (ten years of months). */
export const LIST_VALUES = 12;
export const DETAIL_VALUES = 120;

/** Reads of focus items for pages: items with their recent values, targets, status and trend — three statements. */
@Injectable()
export class FocusQueryService {
  constructor(private readonly focus: FocusRepository) {}

  async list(
    user: AuthenticatedUser,
    regionSlug: string,
    municipalityNumber: string | null,
  ): Promise<FocusItemList> {
    const region = await this.focus.regionBySlug(regionSlug);
    if (!region) throw regionNotFound(regionSlug);
    const rows = await this.focus.itemsOf(region.id, municipalityNumber ? { municipalityNumber } : null);
    return { items: await this.build(user, rows, LIST_VALUES), viewerCanDefine: mayDefineFocusItems(user) };
  }

  async one(user: AuthenticatedUser, id: string, tx?: Tx): Promise<FocusItem> {
    const row = await this.focus.item(id, tx);
    if (!row) throw focusItemNotFound();
    const [item] = await this.build(user, [row], DETAIL_VALUES, tx);
    return item;
  }

  private async build(
    user: AuthenticatedUser | null,
    rows: readonly FocusItemRow[],
    perItem: number,
    tx?: Tx,
  ): Promise<FocusItem[]> {
    const ids = rows.map((row) => row.id);
    const [values, targets] = await Promise.all([
      this.focus.recentValues(ids, perItem, tx),
      this.focus.targets(ids, tx),
    ]);
    const valuesOf = group(values);
    const targetsOf = group(targets);
    return rows.map((row) => toFocusItem(row, valuesOf.get(row.id) ?? [], targetsOf.get(row.id) ?? [], user));
  }
}

function group<T extends { readonly focusItemId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.focusItemId) ?? [];
    list.push(row);
    map.set(row.focusItemId, list);
  }
  return map;
}

/** An item with its values judged against the target in force for each period. */
export function toFocusItem(
  row: FocusItemRow,
  values: readonly FocusValueRow[],
  targets: readonly FocusTargetRow[],
  user: AuthenticatedUser | null,
): FocusItem {
  const judged: FocusValue[] = values.map((value) => {
    const target = targetFor(value.period, targets);
    return {
      period: value.period,
      value: value.value,
      target,
      status: focusStatus(row.direction, value.value, target),
      source: value.source,
      recordedByName: value.recordedByName,
      recordedAt: value.recordedAt,
    };
  });
  const latest = judged.at(-1) ?? null;
  const currentTarget = latest ? latest.target : (targets.at(-1)?.value ?? null);
  return {
    id: row.id,
    regionSlug: row.regionSlug,
    municipalityNumber: row.municipalityNumber,
    areaName: row.municipalityName ?? row.regionName,
    name: row.name,
    unit: row.unit,
    direction: row.direction,
    frequency: row.frequency,
    description: row.description,
    version: Number(row.version),
    latest,
    currentTarget,
    status: latest ? latest.status : 'NO_DATA',
    trend: focusTrend(row.direction, values),
    values: judged,
    targets: targets.map(({ period, value }) => ({ period, value })),
    viewerCanRecord: user !== null && mayRecordFocusValue(user, row),
  };
}
