import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, graphqlEnum } from '@samarbeid/api/platform';
import {
  CONFORMANCE_LEVELS,
  type ConformanceLevel,
  PUBLIC_SECTIONS,
  type PublicSection,
} from '@samarbeid/shared/domain';

export const PublicSectionEnum = graphqlEnum(
  'PublicSection',
  PUBLIC_SECTIONS,
  'A section of the public steering site, published or not per region (nothing is public by default).',
);
export const ConformanceLevelEnum = graphqlEnum(
  'ConformanceLevel',
  CONFORMANCE_LEVELS,
  'Conformance with WCAG 2.1 AA: FULL, PARTIAL or NONE.',
);

@ObjectType({ description: 'One switch of the public site.' })
export class PublishSectionSetting {
  @Field(() => PublicSectionEnum)
  section!: PublicSection;

  @Field(() => Boolean)
  published!: boolean;

  @Field(() => Boolean, { description: 'False while the feature behind the section does not exist yet.' })
  available!: boolean;

  @Field(() => Date, { nullable: true })
  changedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who last changed it (shown to the secretariat only).',
  })
  changedByName!: string | null;
}

@ObjectType({ description: "The region's accessibility statement (Digdir's structure)." })
export class AccessibilityStatement {
  @Field(() => ConformanceLevelEnum)
  conformance!: ConformanceLevel;

  @Field(() => String, { description: 'Known deviations and why, paragraphs separated by a blank line.' })
  deviations!: string;

  @Field(() => String, { nullable: true, description: "The region's functional address for feedback." })
  feedbackEmail!: string | null;

  @Field(() => String, { description: 'ISO date of the last review.' })
  lastReviewed!: string;

  @Field(() => Int, { description: '0 while the default statement applies.' })
  version!: number;
}

@ObjectType({ description: "A region's public site: the switches, the statement and the feedback waiting." })
export class Publishing {
  @Field(() => String)
  regionSlug!: string;

  @Field(() => String)
  regionName!: string;

  @Field(() => String, { description: 'The path of the public site, e.g. /offentlig/kongsbergregionen.' })
  publicPath!: string;

  @Field(() => [PublishSectionSetting])
  sections!: PublishSectionSetting[];

  @Field(() => AccessibilityStatement)
  statement!: AccessibilityStatement;

  @Field(() => Int)
  unreadFeedback!: number;
}

@ObjectType({ description: 'A message from the public feedback form.' })
export class PublicFeedback {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  message!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'The public page it was sent from.' })
  page!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;
}

@ObjectType()
export class PublicFeedbackConnection extends Connection(PublicFeedback) {}

@ObjectType({
  description: 'A short-lived link that shows every available section as it will look once published.',
})
export class PublishingPreview {
  @Field(() => String, { description: 'A path on the web origin, with the preview token.' })
  path!: string;

  @Field(() => Date)
  expiresAt!: Date;
}
