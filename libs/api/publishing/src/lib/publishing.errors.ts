import { badUserInput, notFound } from '@samarbeid/api/platform';
import { PUBLIC_SECTION_LABELS, type PublicSection } from '@samarbeid/shared/domain';

/** The refusals of the publishing feature, in Norwegian and English. */
export const regionNotFound = (slug: string) =>
  notFound({
    nb: `Fant ingen region med kortnavnet «${slug}».`,
    en: `No region has the short name "${slug}".`,
  });

export const sectionUnavailable = (section: PublicSection) =>
  badUserInput({
    nb: `«${PUBLIC_SECTION_LABELS[section].nb}» kan publiseres når den delen finnes i løsningen.`,
    en: `"${PUBLIC_SECTION_LABELS[section].en}" can be published once that part exists in the product.`,
  });

export const badReviewDate = () =>
  badUserInput({
    nb: 'Datoen for siste gjennomgang må være en gyldig dato som ikke er fram i tid.',
    en: 'The date of the last review must be a valid date that is not in the future.',
  });

export const feedbackNotFound = () =>
  notFound({ nb: 'Fant ikke tilbakemeldingen.', en: 'The feedback was not found.' });
