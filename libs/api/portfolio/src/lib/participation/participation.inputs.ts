import { Field, InputType } from '@nestjs/graphql';
import { IdField, MunicipalityNumberField, TextField } from '@samarbeid/api/platform';
import type { ParticipationState } from '@samarbeid/shared/domain';
import { PARTICIPATION_STATES } from '@samarbeid/shared/domain';
import { IsIn } from 'class-validator';

import { ParticipationStateEnum } from '../dto/enums';

@InputType()
export class SetParticipationInput {
  @IdField('Ukjent tiltak.|Unknown measure.')
  measureId!: string;

  @MunicipalityNumberField()
  municipalityNumber!: string;

  @Field(() => ParticipationStateEnum)
  @IsIn(PARTICIPATION_STATES)
  state!: ParticipationState;

  @TextField({
    max: 2000,
    optional: true,
    description: 'Required when opting out.',
    label: { nb: 'Begrunnelsen', en: 'The reason' },
    tooLong: 'Begrunnelsen kan være høyst 2000 tegn.|The reason can be at most 2000 characters.',
  })
  reason?: string | null;
}
