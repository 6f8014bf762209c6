import { currentMembership, regionNotFound } from '@samarbeid/api/data-access';
import type { FollowUpSourceKind } from '@samarbeid/shared/domain';
import { EntityManager } from 'typeorm';

export interface RegionRow {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
}

/** A person with a user in a region: from its networks and its crisis teams. */
export interface PersonRow {
  readonly userId: string;
  readonly name: string;
  readonly email: string | null;
  readonly municipalityNumber: string | null;
}

/**
 * The facts of a region preparedness reads from other tables: the region, its member municipalities today, the
 * people with a user in it, and whether a measure belongs to it. Bound to one EntityManager.
 */
export class RegionFactsRepository {
  constructor(readonly manager: EntityManager) {}

  async regionBySlug(slug: string): Promise<RegionRow> {
    const rows: RegionRow[] = await this.manager.query('SELECT id, slug, name FROM region WHERE slug = $1', [
      slug,
    ]);
    const region = rows[0];
    if (!region) throw regionNotFound(slug);
    return region;
  }

  /** The region's member municipalities today, number → name, by name. */
  async members(regionId: string): Promise<Map<string, string>> {
    const rows: { number: string; name: string }[] = await this.manager.query(
      `SELECT m.number, m.name FROM region_membership rm JOIN municipality m ON m.number = rm.municipality_number
        WHERE rm.region_id = $1 AND ${currentMembership('rm')} ORDER BY m.name, m.number`,
      [regionId],
    );
    return new Map(rows.map((row) => [row.number, row.name]));
  }

  /** The people with a user in the region (its networks' members, its crisis teams' members), each once, by name. */
  async people(regionId: string): Promise<PersonRow[]> {
    const rows: {
      user_id: string;
      name: string;
      email: string | null;
      municipality_number: string | null;
    }[] = await this.manager.query(
      `SELECT DISTINCT ON (user_id) user_id, name, email, municipality_number FROM (
           SELECT nm.user_id, nm.person_name AS name, nm.email, nm.municipality_number, 0 AS source
             FROM network_member nm JOIN network n ON n.id = nm.network_id
            WHERE n.region_id = $1 AND nm.user_id IS NOT NULL
           UNION ALL
           SELECT c.user_id, c.person_name, c.email, c.home_municipality_number, 1
             FROM crisis_team_member c WHERE c.region_id = $1 AND c.user_id IS NOT NULL
         ) p ORDER BY user_id, source, email NULLS LAST`,
      [regionId],
    );
    return rows
      .map((row) => ({
        userId: row.user_id,
        name: row.name,
        email: row.email,
        municipalityNumber: row.municipality_number,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  }

  /** One person with a user in the region, or null when the user is not known there. */
  async person(regionId: string, userId: string): Promise<PersonRow | null> {
    return (await this.people(regionId)).find((person) => person.userId === userId) ?? null;
  }

  async measureInRegion(measureId: string, regionId: string): Promise<boolean> {
    const rows: unknown[] = await this.manager.query(
      'SELECT 1 FROM measure WHERE id = $1 AND region_id = $2',
      [measureId, regionId],
    );
    return rows.length > 0;
  }

  /** Whether the decision (DECISION) or the agreement (AGREEMENT) `id` belongs to the region. */
  async sourceInRegion(kind: FollowUpSourceKind, id: string, regionId: string): Promise<boolean> {
    const table = kind === 'DECISION' ? 'decision' : 'agreement';
    const rows: unknown[] = await this.manager.query(
      `SELECT 1 FROM ${table} WHERE id = $1 AND region_id = $2`,
      [id, regionId],
    );
    return rows.length > 0;
  }

  /** The region of an exercise, or null when there is no such exercise. */
  async regionOfExercise(exerciseId: string): Promise<string | null> {
    const rows: { region_id: string }[] = await this.manager.query(
      'SELECT region_id FROM exercise WHERE id = $1',
      [exerciseId],
    );
    return rows[0]?.region_id ?? null;
  }

  async regionById(id: string): Promise<RegionRow> {
    const rows: RegionRow[] = await this.manager.query('SELECT id, slug, name FROM region WHERE id = $1', [
      id,
    ]);
    const region = rows[0];
    if (!region) throw regionNotFound(id);
    return region;
  }
}
