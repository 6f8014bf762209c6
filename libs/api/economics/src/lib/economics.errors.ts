import { badUserInput, forbidden, notFound } from '@samarbeid/api/platform';
import type { CostKind } from '@samarbeid/shared/domain';
import { COST_KIND_LABELS } from '@samarbeid/shared/domain';

/** Every refusal the economics features give, in one place: Norwegian first, English in `extensions.messageEn`. */

/** What a stale version is about, for `assertExpectedVersion`. */
export const COST_PLAN = { nb: 'Kostnadsplanen', en: 'The cost plan' } as const;
export const BENEFIT = { nb: 'Gevinsten', en: 'The benefit' } as const;

export const measureNotFound = () =>
  notFound({ nb: 'Fant ikke tiltaket.', en: 'The measure was not found.' });

export const benefitNotFound = () =>
  notFound({ nb: 'Fant ikke gevinsten.', en: 'The benefit was not found.' });

export const noPeriod = (code: string) =>
  badUserInput({
    nb: `Tiltak ${code} har ingen periode ennå. Sett start- og sluttdato før du fører tall per år.`,
    en: `Measure ${code} has no period yet. Set its start and end dates before entering yearly figures.`,
  });

export const yearOutsidePeriod = (year: number, firstYear: number, lastYear: number) =>
  badUserInput({
    nb: `${year} er utenfor tiltakets periode (${firstYear}–${lastYear}).`,
    en: `${year} is outside the measure's period (${firstYear}–${lastYear}).`,
  });

export const municipalityNotInRegion = (number: string) =>
  badUserInput({
    nb: `Kommune ${number} finnes ikke i regionen.`,
    en: `Municipality ${number} is not in the region.`,
  });

export const notTakingPart = (name: string | undefined, number: string, measureCode: string) =>
  badUserInput({
    nb: `${name} (${number}) deltar ikke i tiltak ${measureCode}.`,
    en: `${name} (${number}) does not take part in measure ${measureCode}.`,
  });

export const costLineTwice = (kind: CostKind, year: number) =>
  badUserInput({
    nb: `${COST_KIND_LABELS[kind].nb} for ${year} står to ganger. Slå dem sammen til én linje.`,
    en: `${COST_KIND_LABELS[kind].en} for ${year} appears twice. Merge them into one line.`,
  });

export const costYearTwice = (year: number) =>
  badUserInput({
    nb: `Inntekt og faktisk kostnad for ${year} står to ganger. Slå dem sammen til én linje.`,
    en: `Income and actual cost for ${year} appear twice. Merge them into one line.`,
  });

export const benefitHasActuals = (title: string, count: number) =>
  badUserInput({
    nb: `Gevinsten «${title}» har ${count} registrerte faktiske verdier og kan ikke slettes. Sett planlagte verdier til null i stedet.`,
    en: `The benefit "${title}" has ${count} recorded actual values and cannot be deleted. Set its planned values to zero instead.`,
  });

export const planValueTwice = (year: number, municipalityNumber: string | null | undefined) =>
  badUserInput({
    nb: `Planlagt verdi for ${year}${municipalityNumber ? ` i ${municipalityNumber}` : ''} står to ganger.`,
    en: `The planned value for ${year}${municipalityNumber ? ` in ${municipalityNumber}` : ''} appears twice.`,
  });

export const planScopeMixed = () =>
  badUserInput({
    nb: 'En gevinst planlegges enten for hele regionen eller per kommune, ikke begge deler.',
    en: 'A benefit is planned either for the whole region or per municipality, not both.',
  });

export const mayNotRecordFor = (municipalityNumber: string) =>
  forbidden({
    nb: `Bare kommunedirektøren i kommune ${municipalityNumber}, kommunens medlemmer i nettverket som eier tiltaket, eller sekretariatet kan føre faktiske verdier for kommunen.`,
    en: `Only the director of municipality ${municipalityNumber}, its members of the owning network, or the secretariat can record actual values for it.`,
  });

export const fteCostMissing = () =>
  badUserInput({
    nb: 'En gevinst i årsverk trenger kostnaden per årsverk (f.eks. 780000).',
    en: 'A benefit in full-time equivalents needs the cost per FTE (e.g. 780000).',
  });

export const qualitativeUnitMissing = () =>
  badUserInput({
    nb: 'En kvalitativ gevinst trenger en enhet for indikatoren (f.eks. «dager» eller «%»).',
    en: 'A qualitative benefit needs a unit for its indicator (e.g. "days" or "%").',
  });

export const benefitNameOrOwnerMissing = () =>
  badUserInput({
    nb: 'Gevinsten trenger et navn og en gevinsteier.',
    en: 'The benefit needs a name and an owner.',
  });

export const goalNotInRegion = () =>
  badUserInput({
    nb: 'Målet finnes ikke i regionens strategier.',
    en: "The goal is not in the region's strategies.",
  });

export const thresholdsOutOfOrder = () =>
  badUserInput({
    nb: 'Grensen for gul kan ikke være over grensen for grønn, og ingen grense over 100 %.',
    en: 'The yellow threshold cannot be above the green one, and neither above 100 %.',
  });

export const requirementYearTwice = (year: number) =>
  badUserInput({ nb: `${year} står to ganger.`, en: `${year} appears twice.` });

export const notAMember = (municipalityNumber: string, regionName: string) =>
  notFound({
    nb: `Kommune ${municipalityNumber} er ikke medlem av ${regionName}.`,
    en: `Municipality ${municipalityNumber} is not a member of ${regionName}.`,
  });
