import { badUserInput, forbidden, notFound } from '@samarbeid/api/platform';
import type { PeriodProblem } from '@samarbeid/shared/domain';

/** The refusals of the indicators feature, in Norwegian and English. */
export const indicatorNotFound = () =>
  notFound({ nb: 'Fant ikke indikatoren.', en: 'The indicator was not found.' });

export const strategyNotFound = () =>
  notFound({ nb: 'Fant ikke strategien.', en: 'The strategy was not found.' });

export const mayNotRecord = (area: string) =>
  forbidden({
    nb: `Du kan ikke registrere verdier for ${area} på denne indikatoren. Medlemmer registrerer for egen kommune i sitt nettverk, ledere for nettverket og sekretariatet for alle.`,
    en: `You cannot record values for ${area} on this indicator. Members record for their own municipality in their network, leaders for their network and the secretariat for all.`,
  });

export const mayNotEditSettings = () =>
  forbidden({
    nb: 'Bare sekretariatet eller lederen av nettverket kan endre hvor ofte indikatoren måles.',
    en: "Only the secretariat or the network's leader can change how often the indicator is measured.",
  });

export const mayNotLinkKostra = () =>
  forbidden({
    nb: 'Bare sekretariatet kan koble en indikator til et KOSTRA-nøkkeltall.',
    en: 'Only the secretariat can link an indicator to a KOSTRA key figure.',
  });

export const municipalityNotInRegion = (number: string) =>
  badUserInput({
    nb: `Kommune ${number} er ikke med i regionen.`,
    en: `Municipality ${number} is not a member of the region.`,
  });

const PERIOD_SENTENCES: Readonly<Record<PeriodProblem, { nb: string; en: string }>> = {
  NOT_A_PERIOD: {
    nb: 'Perioden skrives som et år (2025) eller et halvår (2025-H1), mellom 2000 og 2100.',
    en: 'The period is a year (2025) or a half-year (2025-H1), between 2000 and 2100.',
  },
  HALF_YEAR_NOT_ALLOWED: {
    nb: 'Denne indikatoren måles per år: oppgi et år, ikke et halvår.',
    en: 'This indicator is measured yearly: give a year, not a half-year.',
  },
  HALF_YEAR_REQUIRED: {
    nb: 'Denne indikatoren måles per halvår: oppgi et halvår (f.eks. 2025-H1).',
    en: 'This indicator is measured per half-year: give a half-year (e.g. 2025-H1).',
  },
};

export const badPeriod = (problem: PeriodProblem) => badUserInput(PERIOD_SENTENCES[problem]);

export const valueOrNotMeasured = () =>
  badUserInput({
    nb: 'Oppgi enten en verdi eller at indikatoren ikke ble målt i perioden – ikke begge, og ikke ingen av dem.',
    en: 'Give either a value or that the indicator was not measured in the period – not both, and not neither.',
  });

export const frequencyConflictsWithValues = () =>
  badUserInput({
    nb: 'Indikatoren har allerede verdier for perioder av den andre typen (år eller halvår). Fjern eller endre dem først.',
    en: 'The indicator already has values for periods of the other kind (years or half-years). Change those first.',
  });

export const unknownKostraFigure = (code: string) =>
  badUserInput({
    nb: `«${code}» er ikke et KOSTRA-nøkkeltall i katalogen.`,
    en: `"${code}" is not a KOSTRA key figure in the catalogue.`,
  });

const SCOPE_NAMES: Readonly<Record<string, { nb: string; en: string }>> = {
  STRATEGY: { nb: 'strategien', en: 'The strategy' },
  NETWORK: { nb: 'nettverket', en: 'The network' },
  REGION: { nb: 'regionen', en: 'The region' },
  KPI_SET: { nb: 'indikatorsettet', en: 'The KPI set' },
  MEASURE: { nb: 'tiltaket', en: 'The measure' },
};

export const scopeNotFound = (scope: string) =>
  notFound({
    nb: `Fant ikke ${SCOPE_NAMES[scope]?.nb ?? 'det du ba om'}.`,
    en: `${SCOPE_NAMES[scope]?.en ?? 'What you asked for'} was not found.`,
  });

export const benefitNotFound = () =>
  notFound({ nb: 'Fant ikke gevinsten.', en: 'The benefit was not found.' });

export const mayNotManageKpiSet = (municipality: boolean) =>
  forbidden(
    municipality
      ? {
          nb: 'Bare kommunedirektøren i kommunen kan endre kommunens indikatorsett.',
          en: "Only the municipality's director can change the municipality's KPI set.",
        }
      : {
          nb: 'Bare sekretariatet kan endre regionens indikatorsett.',
          en: "Only the secretariat can change the region's KPI sets.",
        },
  );

export const mayNotManageIndicators = () =>
  forbidden({
    nb: 'Bare sekretariatet eller lederen av nettverket som eier tiltaket kan legge til eller fjerne indikatorene.',
    en: 'Only the secretariat or the leader of the network that owns the measure can add or remove its indicators.',
  });

export const kpiSetNameTaken = (name: string) =>
  badUserInput({
    nb: `Regionen har allerede et indikatorsett som heter «${name}».`,
    en: `The region already has a KPI set called "${name}".`,
  });

export const oneHome = () =>
  badUserInput({
    nb: 'Oppgi nøyaktig ett sted for indikatoren: et tiltak, en gevinst eller et indikatorsett.',
    en: 'Give exactly one place for the indicator: a measure, a benefit or a KPI set.',
  });

export const targetBeforeBaseline = () =>
  badUserInput({
    nb: 'Målåret kan ikke ligge før basisåret.',
    en: 'The target year cannot come before the baseline year.',
  });

export const onlyOwnIndicators = () =>
  badUserInput({
    nb: 'En strategis indikatorer endres i strategien, ikke her.',
    en: "A strategy's indicators are changed in the strategy, not here.",
  });
