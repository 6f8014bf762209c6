import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IdField, MunicipalityNumberField, TextField } from '@samarbeid/api/platform';
import { IsISO8601 } from 'class-validator';

import { REGION_SLUG } from '../region.fields';

const date = (nb: string, en: string) =>
  IsISO8601(
    { strict: true },
    { message: `${nb} må være en dato (ÅÅÅÅ-MM-DD).|${en} must be a date (YYYY-MM-DD).` },
  );

@ObjectType({ description: "A municipality's membership of a region over a period." })
export class RegionMembership {
  @Field(() => ID)
  id!: string;

  regionId!: string;

  @Field(() => String)
  municipalityNumber!: string;

  @Field(() => String)
  municipalityName!: string;

  @Field(() => String, { description: 'The first day of the membership (ISO date).' })
  validFrom!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The first day without it (ISO date); null while it lasts.',
  })
  validTo!: string | null;
}

@InputType()
export class JoinRegionInput {
  @TextField(REGION_SLUG)
  regionSlug!: string;

  @MunicipalityNumberField()
  municipalityNumber!: string;

  @Field(() => String, { description: 'The first day of the membership (ISO date).' })
  @date('Fra-datoen', 'The start date')
  validFrom!: string;
}

@InputType()
export class LeaveRegionInput {
  @IdField('Ukjent medlemskap.|Unknown membership.')
  membershipId!: string;

  @Field(() => String, { description: 'The first day without the membership (ISO date).' })
  @date('Til-datoen', 'The end date')
  validTo!: string;
}
