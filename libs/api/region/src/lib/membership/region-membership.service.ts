import { Injectable } from '@nestjs/common';
import { ChangeTransactions, PortfolioAccess, recordAudit, regionNotFound } from '@samarbeid/api/data-access';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import { badUserInput, notFound } from '@samarbeid/api/platform';
import type { MembershipEndProblem } from '@samarbeid/shared/domain';
import { membershipEndProblem, periodsOverlap } from '@samarbeid/shared/domain';

import { RegionRepository } from '../region.repository';
import { RegionMembershipRepository } from './region-membership.repository';
import type { JoinRegionInput, LeaveRegionInput, RegionMembership } from './region-membership.types';

const WHAT = {
  nb: 'endre hvilke kommuner som er med i regionen',
  en: "change the region's member municipalities",
};

const unknownMunicipality = (number: string) =>
  badUserInput({ nb: `Kommune ${number} finnes ikke.`, en: `Municipality ${number} does not exist.` });
const overlapping = (name: string) =>
  badUserInput({
    nb: `${name} er allerede medlem av regionen i denne perioden.`,
    en: `${name} is already a member of the region in this period.`,
  });
const END_PROBLEMS: Readonly<Record<MembershipEndProblem, { nb: string; en: string }>> = {
  ENDS_BEFORE_START: {
    nb: 'Kommunen kan ikke gå ut før den ble med.',
    en: 'The municipality cannot leave before it joined.',
  },
  ALREADY_ENDED: {
    nb: 'Kommunen har allerede gått ut av regionen.',
    en: 'The municipality has already left.',
  },
};

/**
 * Municipalities joining and leaving a region, with dates. A municipality that joins sees the region's measures as
 * undecided (its participation has no row yet) and its director can decide; one that leaves keeps its history (the
 * membership and its participation rows stay, only dated). Each change writes its history in the same transaction.
 */
@Injectable()
export class RegionMembershipService {
  constructor(
    private readonly transactions: ChangeTransactions,
    private readonly memberships: RegionMembershipRepository,
    private readonly regions: RegionRepository,
    private readonly access: PortfolioAccess,
  ) {}

  ofRegions(regionIds: readonly string[]): Promise<RegionMembership[][]> {
    return this.memberships.ofRegions(regionIds);
  }

  async join(user: AuthenticatedUser, input: JoinRegionInput): Promise<RegionMembership> {
    this.access.assertSecretariat(user, WHAT);
    const region = await this.regions.bySlug(input.regionSlug);
    if (!region) throw regionNotFound(input.regionSlug);
    return this.transactions.run(async (tx) => {
      if (!(await this.memberships.municipalityExists(tx, input.municipalityNumber))) {
        throw unknownMunicipality(input.municipalityNumber);
      }
      const held = await this.memberships.lockMembershipsOf(tx, region.id, input.municipalityNumber);
      const period = { validFrom: input.validFrom, validTo: null };
      const clash = held.find((row) => periodsOverlap(row, period));
      if (clash) throw overlapping(clash.municipalityName);
      const joined = await this.memberships.insert(tx, region.id, input.municipalityNumber, input.validFrom);
      await recordAudit(tx, user, {
        action: 'CREATE',
        entityType: 'region_membership',
        entityId: joined.id,
        regionId: region.id,
        summary: `${joined.municipalityName} med i ${region.name} fra ${joined.validFrom}`,
        after: { ...joined },
      });
      return joined;
    });
  }

  async leave(user: AuthenticatedUser, input: LeaveRegionInput): Promise<RegionMembership> {
    this.access.assertSecretariat(user, WHAT);
    return this.transactions.run(async (tx) => {
      const before = await this.memberships.byId(tx, input.membershipId, true);
      if (!before) throw notFound({ nb: 'Fant ikke medlemskapet.', en: 'The membership was not found.' });
      const problem = membershipEndProblem(before, input.validTo, await this.memberships.today(tx));
      if (problem) throw badUserInput(END_PROBLEMS[problem]);
      await this.memberships.end(tx, before.id, input.validTo);
      const after = { ...before, validTo: input.validTo };
      await recordAudit(tx, user, {
        action: 'UPDATE',
        entityType: 'region_membership',
        entityId: before.id,
        regionId: before.regionId,
        summary: `${before.municipalityName} ute av regionen fra ${input.validTo}`,
        before: { ...before },
        after,
      });
      return after;
    });
  }
}
