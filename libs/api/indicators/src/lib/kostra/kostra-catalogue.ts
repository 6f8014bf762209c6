import type { IndicatorDirection } from '@samarbeid/shared/domain';

/**
 * The KOSTRA key figures the product ships: each names SSB's statistics table (PxWebApi v2 table id) and the
 * content code (`ContentsCode`) of the figure in it, with its unit and which way is better.
 *
 * NOT YET CHECKED: the table ids and content codes below follow the shape of SSB's KOSTRA "nivå 1" tables but have
 * not been checked against SSB's table documentation (`GET /tables/{id}/metadata`) — the machine this was written
 * on has no access to SSB. Check each entry (and set `checked: true`) before relying on an import against the real
 * SSB; tests and the e2e stack import from recorded responses in this shape and never call SSB.
 */
export interface KostraFigureDefinition {
  /** Our stable code, stored on links and values. */
  readonly code: string;
  readonly name: { readonly nb: string; readonly en: string };
  readonly unit: string;
  readonly table: string;
  readonly contentsCode: string;
  readonly direction: IndicatorDirection;
  readonly checked: boolean;
}

const figure = (
  code: string,
  table: string,
  contentsCode: string,
  unit: string,
  direction: IndicatorDirection,
  nb: string,
  en: string,
): KostraFigureDefinition => ({
  code,
  table,
  contentsCode,
  unit,
  direction,
  name: { nb, en },
  checked: false,
});

export const KOSTRA_CATALOGUE: readonly KostraFigureDefinition[] = [
  // Finansielle nøkkeltall og administrasjon (K)
  figure(
    'NETTO_DRIFTSRESULTAT',
    '12134',
    'KOSAG110000',
    'prosent',
    'INCREASE',
    'Netto driftsresultat i prosent av brutto driftsinntekter',
    'Net operating result, % of gross operating revenue',
  ),
  figure(
    'FRIE_INNTEKTER',
    '12134',
    'KOSAG120000',
    'kr per innbygger',
    'INCREASE',
    'Frie inntekter per innbygger',
    'Unrestricted revenue per inhabitant',
  ),
  figure(
    'NETTO_LANEGJELD',
    '12134',
    'KOSAG130000',
    'prosent',
    'DECREASE',
    'Netto lånegjeld i prosent av brutto driftsinntekter',
    'Net debt, % of gross operating revenue',
  ),
  figure(
    'DISPOSISJONSFOND',
    '12134',
    'KOSAG140000',
    'prosent',
    'INCREASE',
    'Disposisjonsfond i prosent av brutto driftsinntekter',
    'Unrestricted reserves, % of gross operating revenue',
  ),
  figure(
    'ADMINISTRASJON_NETTO',
    '12134',
    'KOSAG150000',
    'kr per innbygger',
    'DECREASE',
    'Netto driftsutgifter til administrasjon, styring og fellesutgifter per innbygger',
    'Net operating expenses for administration per inhabitant',
  ),
  // Grunnskole (K)
  figure(
    'GRUNNSKOLE_NETTO',
    '12362',
    'KOSGR110000',
    'kr per innbygger 6–15 år',
    'DECREASE',
    'Netto driftsutgifter til grunnskole per innbygger 6–15 år',
    'Net operating expenses, primary school, per inhabitant 6–15',
  ),
  figure(
    'GRUNNSKOLE_GRUPPESTORRELSE',
    '12362',
    'KOSGR120000',
    'elever',
    'MAINTAIN',
    'Gjennomsnittlig gruppestørrelse, 1.–10. trinn',
    'Average group size, years 1–10',
  ),
  figure(
    'GRUNNSKOLEPOENG',
    '12362',
    'KOSGR130000',
    'poeng',
    'INCREASE',
    'Gjennomsnittlige grunnskolepoeng',
    'Average lower-secondary points',
  ),
  figure(
    'SFO_ANDEL',
    '12362',
    'KOSGR140000',
    'prosent',
    'INCREASE',
    'Andel innbyggere 6–9 år i kommunal og privat SFO',
    'Share of inhabitants 6–9 in after-school care',
  ),
  // Barnehager (K)
  figure(
    'BARNEHAGE_NETTO',
    '12367',
    'KOSBH110000',
    'kr per innbygger 1–5 år',
    'DECREASE',
    'Netto driftsutgifter til barnehager per innbygger 1–5 år',
    'Net operating expenses, kindergartens, per inhabitant 1–5',
  ),
  figure(
    'BARNEHAGE_DEKNING',
    '12367',
    'KOSBH120000',
    'prosent',
    'INCREASE',
    'Andel barn 1–5 år med barnehageplass',
    'Share of children 1–5 in kindergarten',
  ),
  figure(
    'BARNEHAGE_BEMANNING',
    '12367',
    'KOSBH130000',
    'barn per årsverk',
    'DECREASE',
    'Antall barn korrigert for alder per årsverk til basisvirksomhet',
    'Age-adjusted children per full-time staff',
  ),
  figure(
    'BARNEHAGE_PEDAGOGER',
    '12367',
    'KOSBH140000',
    'prosent',
    'INCREASE',
    'Andel ansatte med barnehagelærerutdanning',
    'Share of staff with kindergarten-teacher education',
  ),
  // Pleie og omsorg (K)
  figure(
    'PLEIE_OMSORG_NETTO',
    '12209',
    'KOSPO110000',
    'kr per innbygger',
    'DECREASE',
    'Netto driftsutgifter til pleie og omsorg per innbygger',
    'Net operating expenses, health and care services, per inhabitant',
  ),
  figure(
    'INSTITUSJON_80',
    '12209',
    'KOSPO120000',
    'prosent',
    'DECREASE',
    'Andel innbyggere 80 år og over som er beboere på sykehjem',
    'Share of inhabitants 80+ living in nursing homes',
  ),
  figure(
    'HJEMMETJENESTE_80',
    '12209',
    'KOSPO130000',
    'prosent',
    'INCREASE',
    'Andel innbyggere 80 år og over som mottar hjemmetjenester',
    'Share of inhabitants 80+ receiving home care',
  ),
  figure(
    'FAGUTDANNING_OMSORG',
    '12209',
    'KOSPO140000',
    'prosent',
    'INCREASE',
    'Andel årsverk i brukerrettede tjenester med fagutdanning',
    'Share of care staff with vocational training',
  ),
  // Plan, byggesak, vann, avløp og avfall (K)
  figure(
    'BYGGESAK_TID',
    '12220',
    'KOSTE110000',
    'kalenderdager',
    'DECREASE',
    'Gjennomsnittlig saksbehandlingstid, byggesaker med 12 ukers frist',
    'Average processing time, building applications (12-week limit)',
  ),
  figure(
    'VANN_GEBYR',
    '12220',
    'KOSTE120000',
    'kr',
    'DECREASE',
    'Årsgebyr for vannforsyning',
    'Annual water supply fee',
  ),
  figure(
    'AVLOP_GEBYR',
    '12220',
    'KOSTE130000',
    'kr',
    'DECREASE',
    'Årsgebyr for avløpstjenesten',
    'Annual wastewater fee',
  ),
  figure(
    'AVFALL_GEBYR',
    '12220',
    'KOSTE140000',
    'kr',
    'DECREASE',
    'Årsgebyr for avfallstjenesten',
    'Annual waste collection fee',
  ),
];

export function kostraFigure(code: string): KostraFigureDefinition | undefined {
  return KOSTRA_CATALOGUE.find((entry) => entry.code === code);
}

/** The catalogue's figures grouped by SSB table, so an import asks each table once. */
export function figuresByTable(): Map<string, KostraFigureDefinition[]> {
  const tables = new Map<string, KostraFigureDefinition[]>();
  for (const entry of KOSTRA_CATALOGUE) tables.set(entry.table, [...(tables.get(entry.table) ?? []), entry]);
  return tables;
}

/** SSB's region code for the national average without Oslo ("Landet uten Oslo"). */
export const NATIONAL_AVERAGE = {
  code: 'EAKUO',
  name: { nb: 'Landet uten Oslo', en: 'Norway excluding Oslo' },
};

/**
 * The KOSTRA group of the demo regions' municipalities (SSB's region codes for group averages, "EKGnn"). ASSUMED for
 * the demo regions, not checked against SSB's current grouping: set them from SSB's classification of KOSTRA groups
 * before relying on a comparison.
 */
export const KOSTRA_GROUPS: Readonly<Record<string, { readonly code: string; readonly name: string }>> = {
  '3303': { code: 'EKG13', name: 'KOSTRA-gruppe 13 (store kommuner)' },
  '3334': { code: 'EKG02', name: 'KOSTRA-gruppe 2 (små kommuner)' },
  '3336': { code: 'EKG06', name: 'KOSTRA-gruppe 6 (små kommuner, høye inntekter)' },
  '3338': { code: 'EKG06', name: 'KOSTRA-gruppe 6 (små kommuner, høye inntekter)' },
  '4005': { code: 'EKG08', name: 'KOSTRA-gruppe 8 (mellomstore kommuner)' },
  '4024': { code: 'EKG02', name: 'KOSTRA-gruppe 2 (små kommuner)' },
  '4026': { code: 'EKG06', name: 'KOSTRA-gruppe 6 (små kommuner, høye inntekter)' },
  '3320': { code: 'EKG02', name: 'KOSTRA-gruppe 2 (små kommuner)' },
  '3322': { code: 'EKG02', name: 'KOSTRA-gruppe 2 (små kommuner)' },
  '3324': { code: 'EKG02', name: 'KOSTRA-gruppe 2 (små kommuner)' },
  '3326': { code: 'EKG06', name: 'KOSTRA-gruppe 6 (små kommuner, høye inntekter)' },
  '3328': { code: 'EKG06', name: 'KOSTRA-gruppe 6 (små kommuner, høye inntekter)' },
  '3330': { code: 'EKG06', name: 'KOSTRA-gruppe 6 (små kommuner, høye inntekter)' },
};
