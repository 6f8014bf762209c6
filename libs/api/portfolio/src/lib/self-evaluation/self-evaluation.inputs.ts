import { applyDecorators } from '@nestjs/common';
import { Field, InputType, Int } from '@nestjs/graphql';
import { ExpectedVersionField, IdField, TextField } from '@samarbeid/api/platform';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsInt, Max, Min, ValidateNested } from 'class-validator';

import { REGION_SLUG, YearField } from '../dto/fields';

const UNKNOWN_QUESTION = 'Ukjent spørsmål.|Unknown question.';
const SCALE_MESSAGE = 'Skalaen går fra 0 til 10.|The scale goes from 0 to 10.';

/** A whole number on the widest scale (0–10). */
function ScaleField(description: string): PropertyDecorator {
  return applyDecorators(
    Field(() => Int, { description }),
    IsInt({ message: SCALE_MESSAGE }),
    Min(0, { message: SCALE_MESSAGE }),
    Max(10, { message: SCALE_MESSAGE }),
  );
}

@InputType()
export class SelfEvaluationQuestionInput {
  @IdField(UNKNOWN_QUESTION, {
    optional: true,
    description: 'An existing question; leave out for a new one.',
  })
  id?: string | null;

  @TextField({ max: 500, required: true, label: { nb: 'Spørsmålet', en: 'The question' } })
  text!: string;

  @ScaleField('The lowest score, e.g. 1.')
  scaleMin!: number;

  @ScaleField('The highest score, e.g. 5.')
  scaleMax!: number;

  @Field(() => Boolean, { description: 'false: retired (kept with its answers, not asked any more).' })
  @IsBoolean()
  active!: boolean;
}

@InputType()
export class SetSelfEvaluationQuestionsInput {
  @TextField(REGION_SLUG)
  regionSlug!: string;

  @ExpectedVersionField({ required: true, description: 'The version read (0 before the first save).' })
  version!: number;

  @Field(() => [SelfEvaluationQuestionInput], {
    description:
      'The questions in order; questions left out are deleted (refused for answered ones: retire them instead).',
  })
  @ArrayMaxSize(40, {
    message: 'Egenvurderingen kan ha høyst 40 spørsmål.|The self-evaluation can have at most 40 questions.',
  })
  @ValidateNested({ each: true })
  @Type(() => SelfEvaluationQuestionInput)
  questions!: SelfEvaluationQuestionInput[];
}

@InputType()
export class SelfEvaluationAnswerInput {
  @IdField(UNKNOWN_QUESTION)
  questionId!: string;

  @ScaleField("The score, on the question's scale.")
  score!: number;

  @TextField({ max: 2000, optional: true, label: { nb: 'Kommentaren', en: 'The comment' } })
  comment?: string | null;
}

@InputType()
export class AnswerSelfEvaluationInput {
  @IdField('Ukjent nettverk.|Unknown network.')
  networkId!: string;

  @YearField()
  year!: number;

  @ExpectedVersionField({
    required: true,
    description: "The year's version read (0 when the year has no answers yet); a stale one is refused.",
  })
  version!: number;

  @Field(() => [SelfEvaluationAnswerInput], { description: 'One answer per question in use.' })
  @ArrayMaxSize(40, { message: 'Høyst 40 svar.|At most 40 answers.' })
  @ValidateNested({ each: true })
  @Type(() => SelfEvaluationAnswerInput)
  answers!: SelfEvaluationAnswerInput[];
}

@InputType()
export class CloseSelfEvaluationInput {
  @IdField('Ukjent egenvurdering.|Unknown self-evaluation.')
  id!: string;

  @ExpectedVersionField({ required: true })
  version!: number;
}
