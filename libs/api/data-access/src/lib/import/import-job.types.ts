import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@samarbeid/api/platform';

import type { ImportJobStatus } from './import-job.entity';
import { IMPORT_JOB_STATUSES } from './import-job.entity';

const ImportJobStatusEnum = graphqlEnum('ImportJobStatus', IMPORT_JOB_STATUSES);

/** An import's progress and outcome as every import's start mutation returns it and `importJob` polls it. */
@ObjectType()
export class ImportJob {
  @Field(() => ID)
  id!: string;

  @Field(() => ImportJobStatusEnum)
  status!: ImportJobStatus;

  @Field(() => Int, { description: '0–100.' })
  progress!: number;

  @Field(() => String, { description: 'What is happening or what happened, in Norwegian.' })
  message!: string;

  @Field(() => String)
  messageEn!: string;

  @Field(() => Date)
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;
}
