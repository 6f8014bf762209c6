import { Injectable } from '@nestjs/common';
import { Args, ArgsType, Field, ID, ObjectType, Resolver, Subscription } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { AllowSignedIn, CurrentUser } from '../auth/access.decorators';
import type { AuthenticatedUser } from '../auth/current-user';
import { notFound } from '../errors/app-error';
import { TextField } from '../validation/input-fields';
import { LiveChange, LiveChanges, regionChangeIterator } from './live-changes';

@ObjectType({ description: 'Something in the region changed: refetch what shows it. Carries no data.' })
export class RegionChange {
  @Field(() => ID)
  regionId!: string;

  @Field(() => String, {
    description: 'What kind of thing changed (e.g. measure, focus_value); "resync" after a lost connection.',
  })
  entityType!: string;

  @Field(() => Date, { description: 'When this API process heard of it.' })
  at!: Date;
}

@ArgsType()
export class RegionChangedArgs {
  @TextField({ max: 64, label: { nb: 'Regionens kortnavn', en: "The region's short name" }, required: true })
  regionSlug!: string;
}

/** Which regions a caller may follow live: the regions they may read (today every signed-in person reads all). */
@Injectable()
export class LiveRegions {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async readableRegionId(_user: AuthenticatedUser, slug: string): Promise<string> {
    const rows: { id: string }[] = await this.dataSource.query('SELECT id FROM region WHERE slug = $1', [
      slug,
    ]);
    const id = rows[0]?.id;
    if (!id) {
      throw notFound({
        nb: `Fant ingen region med kortnavnet «${slug}».`,
        en: `No region has the short name "${slug}".`,
      });
    }
    return id;
  }
}

@Resolver(() => RegionChange)
export class LiveResolver {
  constructor(
    private readonly live: LiveChanges,
    private readonly regions: LiveRegions,
  ) {}

  @Subscription(() => RegionChange, {
    description:
      'Tells when anything in the region changes (over graphql-ws on /graphql), within about a second, from any API replica.',
    resolve: (change: LiveChange): RegionChange => change,
  })
  @AllowSignedIn()
  async regionChanged(
    @CurrentUser() user: AuthenticatedUser,
    @Args() { regionSlug }: RegionChangedArgs,
  ): Promise<AsyncIterableIterator<LiveChange>> {
    const regionId = await this.regions.readableRegionId(user, regionSlug);
    return regionChangeIterator(this.live, regionId);
  }
}
