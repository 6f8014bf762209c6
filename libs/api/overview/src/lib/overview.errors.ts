import { forbidden, notFound } from '@samarbeid/api/platform';
import { regionNotFound } from '@samarbeid/api/data-access';

/** The overviews' refusals, Norwegian and English. */
export const overviewErrors = {
  regionNotFound,
  notAMember: (municipalityNumber: string, regionName: string) =>
    notFound({
      nb: `Kommune ${municipalityNumber} er ikke medlem av ${regionName}.`,
      en: `Municipality ${municipalityNumber} is not a member of ${regionName}.`,
    }),
  networkNotFound: () => notFound({ nb: 'Fant ikke nettverket.', en: 'The network was not found.' }),
  notYourRegion: () =>
    forbidden({
      nb: 'Regionoversikten er for sekretariatet og kommunedirektørene i regionens kommuner.',
      en: "The region overview is for the secretariat and the directors of the region's municipalities.",
    }),
  notYourMunicipality: () =>
    forbidden({
      nb: 'Du kan se oversikten over din egen kommune.',
      en: 'You may see the overview of your own municipality.',
    }),
  notYourNetwork: () =>
    forbidden({
      nb: 'Nettverksoversikten er for sekretariatet og nettverkets leder.',
      en: "The network overview is for the secretariat and the network's leader.",
    }),
};
