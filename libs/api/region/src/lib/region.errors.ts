import { notFound } from '@samarbeid/api/platform';

export const regionNotFound = (slug: string) =>
  notFound({
    nb: `Fant ingen region med kortnavnet «${slug}».`,
    en: `No region has the short name "${slug}".`,
  });
