import { Field, InputType } from '@nestjs/graphql';
import { TextField } from '@samarbeid/api/platform';
import { HISTORY_ENTITY_TYPES } from '@samarbeid/shared/domain';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';

@InputType()
export class AuditFilter {
  @Field(() => String, { nullable: true, description: 'measure, decision, strategy …' })
  @IsOptional()
  @IsIn(HISTORY_ENTITY_TYPES, {
    message: 'Ukjent objekttype.|Unknown object type.',
  })
  entityType?: string;

  @TextField({
    max: 100,
    optional: true,
    description: 'Words in the summary or the actor’s name.',
    label: { nb: 'Søketeksten', en: 'The search text' },
    tooLong: 'Søketeksten kan være høyst 100 tegn.|The search text can be at most 100 characters.',
  })
  text?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'Fra-dato må være en dato.|From must be a date.' })
  from?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'Til-dato må være en dato.|To must be a date.' })
  to?: string;
}
