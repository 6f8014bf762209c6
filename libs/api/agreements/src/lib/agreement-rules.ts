import type { AgreementEntity, StoredAgreementStatus } from '@samarbeid/api/data-access';
import { regionNotFound } from '@samarbeid/api/data-access';
import { badUserInput, staleVersion } from '@samarbeid/api/platform';
import type { AgreementStatus } from '@samarbeid/shared/domain';
import { AGREEMENT_STATUS_LABELS } from '@samarbeid/shared/domain';
import { EntityManager } from 'typeorm';

import { formatDate } from './terms/norwegian-format';

/**
 * EXPIRED is never stored: an ACTIVE agreement reads as EXPIRED once the version in force has ended (its end date
 * is before `today`). Terminating or renewing it stays a decision people make; nothing runs on a timer.
 */
export function effectiveStatus(
  status: StoredAgreementStatus,
  activeEndDate: string | null,
  today: string,
): AgreementStatus {
  return status === 'ACTIVE' && activeEndDate !== null && activeEndDate < today ? 'EXPIRED' : status;
}

/** Refuses a save based on a stale read of the agreement (CONFLICT). */
export function assertExpectedVersion(agreement: AgreementEntity, expected: number | null | undefined): void {
  if (expected !== null && expected !== undefined && expected !== agreement.version) {
    throw staleVersion({ nb: 'Avtalen', en: 'The agreement' });
  }
}

/** Terminated and expired agreements are history: they are not changed any more. */
export function assertChangeable(status: AgreementStatus, activeEndDate: string | null): void {
  if (status === 'TERMINATED') {
    throw badUserInput({
      nb: 'Avtalen er sagt opp og kan ikke endres.',
      en: 'The agreement has been terminated and cannot be changed.',
    });
  }
  if (status === 'EXPIRED') {
    throw badUserInput({
      nb: `Avtalen utløp ${formatDate(activeEndDate ?? '')} og kan ikke endres. Registrer en ny avtale.`,
      en: `The agreement expired on ${activeEndDate} and cannot be changed. Register a new agreement.`,
    });
  }
}

export function statusLabel(status: AgreementStatus): string {
  return AGREEMENT_STATUS_LABELS[status].nb.toLowerCase();
}

export interface RegionRef {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
}

export async function regionBySlug(manager: EntityManager, slug: string): Promise<RegionRef> {
  const rows: RegionRef[] = await manager.query('SELECT id, slug, name FROM region WHERE slug = $1', [slug]);
  if (!rows[0]) throw regionNotFound(slug);
  return rows[0];
}

export interface MeasureRef {
  readonly id: string;
  readonly code: string;
  readonly networkId: string;
}

/** The measure, which must belong to the region. */
export async function measureInRegion(
  manager: EntityManager,
  measureId: string,
  regionId: string,
): Promise<MeasureRef> {
  const rows: { id: string; code: string; network_id: string; region_id: string }[] = await manager.query(
    'SELECT id, code, network_id, region_id FROM measure WHERE id = $1',
    [measureId],
  );
  const measure = rows[0];
  if (!measure || measure.region_id !== regionId) {
    throw badUserInput({
      nb: 'Tiltaket finnes ikke i avtalens region.',
      en: "The measure does not exist in the agreement's region.",
    });
  }
  return { id: measure.id, code: measure.code, networkId: measure.network_id };
}

/** PostgreSQL's SQLSTATE for a unique violation (two inserts of the same key raced). */
export function isUniqueViolation(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const own = (error as { code?: unknown }).code;
  const driver = (error as { driverError?: { code?: unknown } }).driverError?.code;
  return own === '23505' || driver === '23505';
}
