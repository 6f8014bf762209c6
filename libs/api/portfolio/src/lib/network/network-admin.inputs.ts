import { Field, InputType } from '@nestjs/graphql';
import { ExpectedVersionField, IdField, MunicipalityNumberField, TextField } from '@samarbeid/api/platform';
import type { NetworkKind, NetworkRole, ServiceArea } from '@samarbeid/shared/domain';
import { NETWORK_KINDS, NETWORK_ROLES, SERVICE_AREAS } from '@samarbeid/shared/domain';
import { IsIn, IsISO8601, IsOptional, IsUUID } from 'class-validator';

import { NetworkKindEnum, NetworkRoleEnum, ServiceAreaEnum } from '../dto/enums';
import { REGION_SLUG } from '../dto/fields';

const UNKNOWN_NETWORK = 'Ukjent nettverk.|Unknown network.';
const date = (nb: string, en: string) =>
  IsISO8601(
    { strict: true },
    { message: `${nb} må være en dato (ÅÅÅÅ-MM-DD).|${en} must be a date (YYYY-MM-DD).` },
  );

/** A network's settings the secretariat chooses (the key is made from the name). */
@InputType()
export class NetworkSettingsInput {
  @TextField({ max: 200, required: true, label: { nb: 'Navnet', en: 'The name' } })
  name!: string;

  @Field(() => NetworkKindEnum)
  @IsIn(NETWORK_KINDS, { message: 'Ukjent type nettverk.|Unknown kind of network.' })
  kind!: NetworkKind;

  @Field(() => ServiceAreaEnum)
  @IsIn(SERVICE_AREAS, { message: 'Ukjent tjenesteområde.|Unknown service area.' })
  serviceArea!: ServiceArea;

  @Field(() => String, { nullable: true, description: 'The network it reports to; null: none.' })
  @IsOptional()
  @IsUUID('all', { message: 'Ukjent overordnet nettverk.|Unknown parent network.' })
  parentId?: string | null;

  @TextField({ max: 4000, optional: true, label: { nb: 'Mandatet', en: 'The mandate' } })
  mandate?: string | null;

  @Field(() => String, { nullable: true, description: "A working group's end (ISO date); required for one." })
  @IsOptional()
  @date('Sluttdatoen', 'The end date')
  endsOn?: string | null;
}

@InputType()
export class CreateNetworkInput extends NetworkSettingsInput {
  @TextField(REGION_SLUG)
  regionSlug!: string;
}

@InputType()
export class UpdateNetworkInput extends NetworkSettingsInput {
  @IdField(UNKNOWN_NETWORK)
  id!: string;

  @ExpectedVersionField({ required: true })
  version!: number;
}

@InputType()
export class CloseNetworkInput {
  @IdField(UNKNOWN_NETWORK)
  id!: string;

  @ExpectedVersionField({ required: true })
  version!: number;

  @Field(() => String, { description: 'The day it closes (ISO date); its memberships end that day.' })
  @date('Datoen', 'The date')
  closedOn!: string;
}

@InputType()
export class AddNetworkMemberInput {
  @IdField(UNKNOWN_NETWORK)
  networkId!: string;

  @TextField({
    max: 255,
    optional: true,
    label: { nb: 'Brukeren', en: 'The user' },
    description: "The person's user (from networkPeople); leave out for a person without a user.",
  })
  userId?: string | null;

  @TextField({ max: 200, required: true, label: { nb: 'Navnet', en: 'The name' } })
  personName!: string;

  @TextField({ max: 320, optional: true, label: { nb: 'E-postadressen', en: 'The e-mail address' } })
  email?: string | null;

  @MunicipalityNumberField({ optional: true })
  municipalityNumber?: string | null;

  @Field(() => NetworkRoleEnum)
  @IsIn(NETWORK_ROLES, { message: 'Ukjent rolle.|Unknown role.' })
  role!: NetworkRole;

  @Field(() => String, { description: 'The first day of the membership (ISO date).' })
  @date('Fra-datoen', 'The start date')
  validFrom!: string;
}

@InputType()
export class EndNetworkMembershipInput {
  @IdField('Ukjent medlemskap.|Unknown membership.')
  memberId!: string;

  @Field(() => String, { description: 'The first day without the membership (ISO date).' })
  @date('Til-datoen', 'The end date')
  validTo!: string;
}
