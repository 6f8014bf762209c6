import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "A question of the region's yearly self-evaluation (F2)." })
export class SelfEvaluationQuestion {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  text!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => Int)
  scaleMin!: number;

  @Field(() => Int)
  scaleMax!: number;

  @Field(() => Boolean, { description: 'false: retired; kept with its answers.' })
  active!: boolean;

  @Field(() => Boolean, { description: 'Whether any network has answered it (then it can only be retired).' })
  answered!: boolean;
}

@ObjectType({ description: "The region's self-evaluation questions, active and retired, in order." })
export class SelfEvaluationQuestionList {
  regionId!: string;

  @Field(() => [SelfEvaluationQuestion])
  questions!: SelfEvaluationQuestion[];

  @Field(() => Int, { description: '0 until the list is first saved.' })
  version!: number;
}

@ObjectType({ description: 'The answer to one question in a year.' })
export class SelfEvaluationAnswer {
  @Field(() => ID)
  questionId!: string;

  @Field(() => String)
  questionText!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => Int)
  scaleMin!: number;

  @Field(() => Int)
  scaleMax!: number;

  @Field(() => Int)
  score!: number;

  @Field(() => String)
  comment!: string;
}

@ObjectType({ description: "A network's self-evaluation of one year." })
export class SelfEvaluation {
  @Field(() => ID)
  id!: string;

  networkId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => [SelfEvaluationAnswer], { description: "In the questions' order." })
  answers!: SelfEvaluationAnswer[];

  @Field(() => String, { description: 'Who last saved the answers.' })
  answeredBy!: string;

  @Field(() => Date)
  updatedAt!: Date;

  @Field(() => Boolean, { description: 'Closed by the secretariat: no longer changed.' })
  closed!: boolean;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true })
  closedBy!: string | null;

  @Field(() => Int)
  version!: number;
}
