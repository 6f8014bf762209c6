import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import { Allow, AllowSignedIn, CurrentUser } from '@samarbeid/api/platform';
import { Role } from '@samarbeid/shared/domain';

import {
  BenefitIdArgs,
  CreateBenefitInput,
  ImportBenefitPlanInput,
  MeasureIdArgs,
  RecordBenefitActualInput,
  SetBenefitPlanInput,
  UpdateBenefitInput,
} from '../dto/economics.inputs';
import { Benefit, BenefitImportResult, BenefitPlan } from '../dto/economics.types';
import { BenefitPlanImportService } from '../excel/benefit-plan-import.service';
import { BenefitCommandService } from './benefit-command.service';
import { BenefitQueryService } from './benefit-query.service';

const EDITORS = [Role.Secretariat, Role.NetworkLeader, Role.NetworkMember];

@Resolver(() => BenefitPlan)
export class BenefitResolver {
  constructor(
    private readonly queries: BenefitQueryService,
    private readonly commands: BenefitCommandService,
    private readonly imports: BenefitPlanImportService,
  ) {}

  @Query(() => BenefitPlan, {
    description: "A measure's benefit-realisation plan, planned against realised.",
  })
  @AllowSignedIn()
  benefitPlan(@CurrentUser() user: AuthenticatedUser, @Args() args: MeasureIdArgs): Promise<BenefitPlan> {
    return this.queries.plan(user, args.measureId);
  }

  @Mutation(() => Benefit, { description: "Adds a benefit; secretariat or the owning network's leader." })
  @Allow(...EDITORS)
  createBenefit(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: CreateBenefitInput,
  ): Promise<Benefit> {
    return this.commands.create(user, input);
  }

  @Mutation(() => Benefit)
  @Allow(...EDITORS)
  updateBenefit(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: UpdateBenefitInput,
  ): Promise<Benefit> {
    return this.commands.update(user, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a benefit that has no recorded actual values.' })
  @Allow(...EDITORS)
  deleteBenefit(@CurrentUser() user: AuthenticatedUser, @Args() args: BenefitIdArgs): Promise<boolean> {
    return this.commands.delete(user, args.id);
  }

  @Mutation(() => Benefit, {
    description: "Replaces a benefit's planned values per year (and municipality).",
  })
  @Allow(...EDITORS)
  setBenefitPlan(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: SetBenefitPlanInput,
  ): Promise<Benefit> {
    return this.commands.setPlan(user, input);
  }

  @Mutation(() => Benefit, {
    description:
      'Records an actual value for a year in a municipality: its director, its members of the owning network, or the secretariat.',
  })
  @Allow(Role.Secretariat, Role.MunicipalDirector, Role.NetworkMember, Role.NetworkLeader)
  recordBenefitActual(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: RecordBenefitActualInput,
  ): Promise<Benefit> {
    return this.commands.recordActual(user, input);
  }

  @Mutation(() => BenefitImportResult, {
    description:
      'Imports a benefit plan from the .xlsx template: all rows or none. A bad row gives BAD_USER_INPUT with ' +
      '`extensions.rowErrors` [{row, column, reason, reasonEn}].',
  })
  @Allow(...EDITORS)
  importBenefitPlan(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: ImportBenefitPlanInput,
  ): Promise<BenefitImportResult> {
    return this.imports.import(user, input);
  }
}
