import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IdField, MunicipalityNumberField, TextField, TextFieldOptions } from '@samarbeid/api/platform';
import { DEFAULT_STUCK_MONTHS } from '@samarbeid/shared/domain';
import { IsInt, Max, Min } from 'class-validator';

const REGION_SLUG: TextFieldOptions = {
  max: 64,
  label: { nb: 'Regionens kortnavn', en: "The region's short name" },
  required: true,
};

const months = (what: { nb: string; en: string }) =>
  `${what.nb} må være et helt antall måneder fra 1 til 36.|${what.en} must be a whole number of months from 1 to 36.`;

@ArgsType()
export class RegionOverviewArgs {
  @TextField(REGION_SLUG)
  regionSlug!: string;

  @Field(() => Int, {
    defaultValue: DEFAULT_STUCK_MONTHS,
    description: 'A measure is stuck after this many months without a status change (1–36).',
  })
  @IsInt({ message: months({ nb: 'Tiden uten endring', en: 'The time without change' }) })
  @Min(1, { message: months({ nb: 'Tiden uten endring', en: 'The time without change' }) })
  @Max(36, { message: months({ nb: 'Tiden uten endring', en: 'The time without change' }) })
  stuckMonths = DEFAULT_STUCK_MONTHS;

  @Field(() => Int, { defaultValue: 12, description: 'Show deadlines within this many months (1–36).' })
  @IsInt({ message: months({ nb: 'Fristvinduet', en: 'The deadline window' }) })
  @Min(1, { message: months({ nb: 'Fristvinduet', en: 'The deadline window' }) })
  @Max(36, { message: months({ nb: 'Fristvinduet', en: 'The deadline window' }) })
  deadlineMonths = 12;
}

@ArgsType()
export class MunicipalityOverviewArgs {
  @TextField(REGION_SLUG)
  regionSlug!: string;

  @MunicipalityNumberField()
  municipalityNumber!: string;
}

@ArgsType()
export class NetworkOverviewArgs {
  @IdField('Ukjent nettverk.|Unknown network.')
  networkId!: string;
}
