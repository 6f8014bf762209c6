import { Args, ArgsType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ImportJob } from '@samarbeid/api/data-access';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import { Allow, CurrentUser, IdField, TextField } from '@samarbeid/api/platform';
import { Role } from '@samarbeid/shared/domain';

import { REGION_SLUG } from '../region.fields';
import { SsbImportService } from './ssb-import.service';

@ArgsType()
class StartImportArgs {
  @TextField(REGION_SLUG)
  regionSlug!: string;
}

@ArgsType()
class ImportJobArgs {
  @IdField('Ukjent import.|Unknown import.')
  id!: string;
}

@Resolver(() => ImportJob)
export class SsbImportResolver {
  constructor(private readonly imports: SsbImportService) {}

  @Mutation(() => ImportJob, {
    description:
      "Starts importing the region's municipality names and population from SSB; poll importJob for progress.",
  })
  @Allow(Role.Secretariat)
  startSsbImport(
    @CurrentUser() user: AuthenticatedUser,
    @Args() { regionSlug }: StartImportArgs,
  ): Promise<ImportJob> {
    return this.imports.start(user, regionSlug);
  }

  @Query(() => ImportJob)
  @Allow(Role.Secretariat)
  importJob(@Args() { id }: ImportJobArgs): Promise<ImportJob> {
    return this.imports.job(id);
  }
}
