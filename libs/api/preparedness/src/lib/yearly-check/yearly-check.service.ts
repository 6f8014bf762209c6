import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@samarbeid/api/platform';

import { isOverdue } from '../domain/follow-up-rules';
import { mayRecordFor } from '../domain/preparedness-access';
import { yearlyCheck } from '../domain/yearly-check';
import type { PreparednessPerson, PreparednessYearlyCheck } from '../dto/preparedness.types';
import { PreparednessDb } from '../repository/preparedness.db';
import { osloToday } from '../shared/clock';
import { actorOf } from '../shared/owner';

/**
 * The yearly check of a region: load the year's exercises and the open actions (two statements), let the rule
 * (`yearlyCheck`) decide green and red per municipality.
 */
@Injectable()
export class YearlyCheckService {
  constructor(private readonly db: PreparednessDb) {}

  async check(user: AuthenticatedUser, regionSlug: string, year: number): Promise<PreparednessYearlyCheck> {
    const region = await this.db.region.regionBySlug(regionSlug);
    const [members, exercises, actions] = await Promise.all([
      this.db.region.members(region.id),
      this.db.exercises.forYear(region.id, year),
      this.db.actions.openOfRegion(region.id),
    ]);
    const today = osloToday();
    const actor = actorOf(user);
    const rows = yearlyCheck({ year, today, municipalities: [...members.keys()], exercises, actions });
    return {
      year,
      today,
      regionName: region.name,
      municipalities: rows.map((row) => ({
        ...row,
        municipalityName: members.get(row.municipalityNumber) ?? row.municipalityNumber,
        viewerCanRecord: mayRecordFor(actor, row.municipalityNumber),
      })),
      regionOverdueActions: actions.filter(
        (action) => action.municipalityNumber === null && isOverdue(action, today),
      ).length,
      viewerCanRecordRegional: mayRecordFor(actor, null),
    };
  }

  /** The people with a user in the region, who can own actions and routines. */
  async people(regionSlug: string): Promise<PreparednessPerson[]> {
    const region = await this.db.region.regionBySlug(regionSlug);
    const people = await this.db.region.people(region.id);
    return people.map(({ userId, name, municipalityNumber }) => ({ userId, name, municipalityNumber }));
  }
}
