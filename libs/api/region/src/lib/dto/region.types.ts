import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@samarbeid/api/platform';

@ObjectType()
export class Population {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  count!: number;

  @Field(() => String)
  source!: string;
}

@ObjectType()
export class Municipality {
  @Field(() => ID, { description: 'Four-digit municipality number (SSB KLASS 131).' })
  number!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType()
export class MunicipalityConnection extends Connection(Municipality) {}

@ObjectType()
export class Region {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  slug!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType()
export class RegionConnection extends Connection(Region) {}

@ObjectType('CurrentUser', { description: 'The signed-in user, as the identity provider describes them.' })
export class CurrentUserType {
  @Field(() => ID, { description: 'Subject (user id) at the identity provider.' })
  id!: string;

  @Field(() => String, { nullable: true })
  username!: string | null;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => [String], {
    description: 'Realm roles: secretariat, network-leader, network-member, municipal-director, viewer.',
  })
  roles!: string[];

  @Field(() => String, { nullable: true })
  municipalityNumber!: string | null;
}
