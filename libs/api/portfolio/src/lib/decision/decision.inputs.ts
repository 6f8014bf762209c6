import { Field, ID, InputType } from '@nestjs/graphql';
import { IdField, MunicipalityNumberField, TextField } from '@samarbeid/api/platform';
import type { DecisionBody } from '@samarbeid/shared/domain';
import { DECISION_BODIES } from '@samarbeid/shared/domain';
import { ArrayMaxSize, IsIn, IsISO8601, IsUUID } from 'class-validator';

import { DecisionBodyEnum } from '../dto/enums';
import { REGION_SLUG } from '../dto/fields';

@InputType()
export class CreateDecisionInput {
  @TextField(REGION_SLUG)
  regionSlug!: string;

  @Field(() => DecisionBodyEnum)
  @IsIn(DECISION_BODIES)
  body!: DecisionBody;

  @MunicipalityNumberField({ optional: true, description: 'For a municipal council: its municipality.' })
  municipalityNumber?: string | null;

  @IdField('Ukjent nettverk.|Unknown network.', {
    optional: true,
    description: 'For a network decision: the network.',
  })
  networkId?: string | null;

  @Field(() => String)
  @IsISO8601(
    { strict: true },
    { message: 'Vedtaksdato må være en dato (ÅÅÅÅ-MM-DD).|The decision date must be a date (YYYY-MM-DD).' },
  )
  decidedOn!: string;

  @TextField({
    max: 64,
    required: true,
    label: { nb: 'Saksnummeret', en: 'The case reference' },
    tooLong: 'Saksnummer må ha 1–64 tegn.|The case reference must have 1–64 characters.',
    missing: 'Saksnummer må ha 1–64 tegn.|The case reference must have 1–64 characters.',
  })
  caseReference!: string;

  @TextField({
    max: 300,
    required: true,
    label: { nb: 'Tittelen', en: 'The title' },
    tooLong: 'Tittelen må ha 1–300 tegn.|The title must have 1–300 characters.',
    missing: 'Tittelen må ha 1–300 tegn.|The title must have 1–300 characters.',
  })
  title!: string;

  @TextField({
    max: 20000,
    required: true,
    label: { nb: 'Vedtaksteksten', en: 'The text of the decision' },
    missing: 'Skriv vedtaksteksten.|Write the text of the decision.',
  })
  text!: string;

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'Ukjent tiltak.|Unknown measure.' })
  measureIds!: string[];
}
