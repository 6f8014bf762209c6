import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthenticatedUser, Page, RequestContext } from '@samarbeid/api/platform';
import { Allow, AllowSignedIn, CurrentUser } from '@samarbeid/api/platform';
import { Role } from '@samarbeid/shared/domain';
import DataLoader from 'dataloader';

import { AgreementCommandService } from './command/agreement-command.service';
import { AgreementDecisionService } from './command/agreement-decision.service';
import {
  AgreementIdArgs,
  AgreementsArgs,
  AgreementStepInput,
  CreateAgreementInput,
  DecideAgreementInput,
  MunicipalityAgreementsArgs,
  TerminateAgreementInput,
  UpdateAgreementInput,
} from './dto/agreements.inputs';
import {
  Agreement,
  AgreementConnection,
  ApprovalRequest,
  MunicipalityAgreements,
} from './dto/agreements.types';
import { agreementNotFound } from './agreements.errors';
import { AgreementQueryService } from './query/agreement-query.service';
import { MunicipalityAgreementsService } from './query/municipality-agreements.service';

const EDITORS = [Role.Secretariat, Role.NetworkLeader, Role.NetworkMember];

@Resolver(() => Agreement)
export class AgreementResolver {
  constructor(
    private readonly queries: AgreementQueryService,
    private readonly commands: AgreementCommandService,
    private readonly decisions: AgreementDecisionService,
    private readonly municipalities: MunicipalityAgreementsService,
  ) {}

  @Query(() => AgreementConnection, { description: "A region's agreements register, by title, filtered." })
  @AllowSignedIn()
  agreements(@CurrentUser() user: AuthenticatedUser, @Args() args: AgreementsArgs): Promise<Page<Agreement>> {
    return this.queries.list(user, args);
  }

  @Query(() => Agreement, {
    description: 'An agreement with every version, its parties, approvals and changes.',
  })
  @AllowSignedIn()
  async agreement(
    @CurrentUser() user: AuthenticatedUser,
    @Args() { id }: AgreementIdArgs,
    @Context() context: RequestContext,
  ): Promise<Agreement> {
    // Through the request's loader: many aliases of agreement(id) are read together.
    const loader = context.loaders.get(
      'agreement.byId',
      () => new DataLoader<string, Agreement | null>((ids) => this.queries.getMany(user, ids)),
    );
    const agreement = await loader.load(id);
    if (!agreement) throw agreementNotFound();
    return agreement;
  }

  @Query(() => [ApprovalRequest], {
    description: "Submitted agreements waiting for the calling director's decision, oldest first.",
  })
  @Allow(Role.MunicipalDirector)
  approvalInbox(@CurrentUser() user: AuthenticatedUser): Promise<ApprovalRequest[]> {
    return this.queries.inbox(user);
  }

  @Query(() => Int, { description: 'How many agreements wait for the calling director.' })
  @Allow(Role.MunicipalDirector)
  approvalInboxCount(@CurrentUser() user: AuthenticatedUser): Promise<number> {
    return this.queries.inboxCount(user);
  }

  @Query(() => MunicipalityAgreements, {
    description: "A municipality's agreements: role, annual cost, end and notice deadlines.",
  })
  @AllowSignedIn()
  municipalityAgreements(@Args() args: MunicipalityAgreementsArgs): Promise<MunicipalityAgreements> {
    return this.municipalities.forMunicipality(args);
  }

  @Mutation(() => Agreement, {
    description:
      'Registers an agreement: a service purchase as a draft (secretariat or the owning network leader); a statutory form as active (secretariat).',
  })
  @Allow(...EDITORS)
  createAgreement(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: CreateAgreementInput,
  ): Promise<Agreement> {
    return this.commands.create(user, input);
  }

  @Mutation(() => Agreement, {
    description:
      'Changes an agreement: a draft in place; after submission the changed terms become a new version, submitted again (approvals reset).',
  })
  @Allow(...EDITORS)
  updateAgreement(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: UpdateAgreementInput,
  ): Promise<Agreement> {
    return this.commands.update(user, input);
  }

  @Mutation(() => Agreement, {
    description: "Submits a draft service purchase for every party's approval (needs the § 3-3 assessment).",
  })
  @Allow(...EDITORS)
  submitAgreement(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: AgreementStepInput,
  ): Promise<Agreement> {
    return this.commands.submit(user, input);
  }

  @Mutation(() => Agreement, { description: 'A party director approves or rejects the current version.' })
  @Allow(Role.MunicipalDirector)
  decideAgreement(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: DecideAgreementInput,
  ): Promise<Agreement> {
    return this.decisions.decide(user, input);
  }

  @Mutation(() => Agreement, { description: 'Terminates an agreement that is in force.' })
  @Allow(...EDITORS)
  terminateAgreement(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: TerminateAgreementInput,
  ): Promise<Agreement> {
    return this.commands.terminate(user, input);
  }
}
