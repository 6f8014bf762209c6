import type { PublicSection } from '@samarbeid/shared/domain';

/*
 * The public field list (docs/public-data.md): for every published section, the tables it publishes and, for each,
 * exactly the fields that may leave the API. The projections below are the only way data reaches a public response
 * (page, CSV, JSON, .xlsx), and they copy these fields and nothing else — no e-mail address, no user name, no
 * free-text comment written by a person about a person. A field not listed here is not public.
 */

export interface PublicMeasure {
  readonly code: string;
  readonly title: string;
  readonly description: string;
  readonly serviceArea: string;
  readonly tier: string;
  readonly status: string;
  readonly progressPercent: number | null;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly network: string;
  readonly mobilisation: string | null;
}

export interface PublicDecision {
  readonly decidedOn: string;
  readonly body: string;
  readonly municipality: string | null;
  readonly caseReference: string;
  readonly title: string;
  readonly text: string;
  readonly measures: string;
}

export interface PublicParticipation {
  readonly measureCode: string;
  readonly municipalityNumber: string;
  readonly municipalityName: string;
  readonly state: string;
}

export interface PublicCostShare {
  readonly municipalityNumber: string;
  readonly municipalityName: string;
  readonly measureCode: string;
  readonly year: number;
  readonly amount: string;
}

export interface PublicSavingsYear {
  readonly year: number;
  readonly required: string;
  readonly planned: string;
  readonly realised: string;
}

export interface PublicFocusItem {
  readonly name: string;
  readonly unit: string;
  readonly area: string;
  readonly latestPeriod: string | null;
  readonly latestValue: string | null;
  readonly target: string | null;
  readonly status: string;
}

export interface PublicIndicator {
  readonly name: string;
  readonly unit: string;
  readonly direction: string;
  readonly baselineYear: number;
  readonly baselineValue: string;
  readonly targetYear: number;
  readonly targetValue: string;
  readonly latestPeriod: string | null;
  readonly latestValue: string | null;
}

export interface PublicReport {
  readonly id: string;
  readonly period: string;
  readonly version: number;
  readonly frozenOn: string;
}

/** Every public table: its section, and its fields in the order the files give them. */
export const PUBLIC_TABLES = {
  measures: {
    section: 'PORTFOLIO',
    fields: [
      'code',
      'title',
      'description',
      'serviceArea',
      'tier',
      'status',
      'progressPercent',
      'startDate',
      'endDate',
      'network',
      'mobilisation',
    ],
  },
  decisions: {
    section: 'DECISIONS',
    fields: ['decidedOn', 'body', 'municipality', 'caseReference', 'title', 'text', 'measures'],
  },
  participation: {
    section: 'PARTICIPATION',
    fields: ['measureCode', 'municipalityNumber', 'municipalityName', 'state'],
  },
  costShares: {
    section: 'PARTICIPATION',
    fields: ['municipalityNumber', 'municipalityName', 'measureCode', 'year', 'amount'],
  },
  savings: { section: 'SAVINGS', fields: ['year', 'required', 'planned', 'realised'] },
  focusItems: {
    section: 'FOCUS',
    fields: ['name', 'unit', 'area', 'latestPeriod', 'latestValue', 'target', 'status'],
  },
  indicators: {
    section: 'INDICATORS',
    fields: [
      'name',
      'unit',
      'direction',
      'baselineYear',
      'baselineValue',
      'targetYear',
      'targetValue',
      'latestPeriod',
      'latestValue',
    ],
  },
  reports: { section: 'REPORTS', fields: ['id', 'period', 'version', 'frozenOn'] },
} as const satisfies Record<string, { section: PublicSection; fields: readonly string[] }>;

export type PublicTableName = keyof typeof PUBLIC_TABLES;
export const PUBLIC_TABLE_NAMES = Object.keys(PUBLIC_TABLES) as PublicTableName[];

export interface PublicTableRows {
  readonly measures: readonly PublicMeasure[];
  readonly decisions: readonly PublicDecision[];
  readonly participation: readonly PublicParticipation[];
  readonly costShares: readonly PublicCostShare[];
  readonly savings: readonly PublicSavingsYear[];
  readonly focusItems: readonly PublicFocusItem[];
  readonly indicators: readonly PublicIndicator[];
  readonly reports: readonly PublicReport[];
}

/**
 * The projection: a new object with exactly the table's public fields, in order, from whatever row the reads
 * returned (a read may carry more, e.g. an id to join on). Missing fields become null, so the shape never varies.
 */
export function project<T extends PublicTableName>(table: T, row: object): PublicTableRows[T][number] {
  const source = row as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const field of PUBLIC_TABLES[table].fields) out[field] = source[field] ?? null;
  return out as unknown as PublicTableRows[T][number];
}

/** The tables a section publishes. */
export function tablesOf(section: PublicSection): PublicTableName[] {
  return PUBLIC_TABLE_NAMES.filter((name) => PUBLIC_TABLES[name].section === section);
}

/** Norwegian column headings of the open-data files and tables (the JSON keeps the field names). */
export const FIELD_HEADINGS: Readonly<Record<string, string>> = {
  code: 'Kode',
  title: 'Tittel',
  description: 'Beskrivelse',
  serviceArea: 'Tjenesteområde',
  tier: 'Samarbeidsform',
  status: 'Status',
  progressPercent: 'Framdrift (%)',
  startDate: 'Start',
  endDate: 'Slutt',
  network: 'Nettverk',
  mobilisation: 'Mobilisering',
  decidedOn: 'Dato',
  body: 'Organ',
  municipality: 'Kommune',
  caseReference: 'Saksnummer',
  text: 'Vedtakstekst',
  measures: 'Tiltak',
  measureCode: 'Tiltak',
  municipalityNumber: 'Kommunenummer',
  municipalityName: 'Kommune',
  state: 'Deltakelse',
  year: 'År',
  amount: 'Beløp (kr)',
  required: 'Krav (kr)',
  planned: 'Planlagt (kr)',
  realised: 'Realisert (kr)',
  name: 'Navn',
  unit: 'Enhet',
  area: 'Gjelder',
  latestPeriod: 'Siste periode',
  latestValue: 'Siste verdi',
  target: 'Mål',
  direction: 'Retning',
  baselineYear: 'Utgangsår',
  baselineValue: 'Utgangsverdi',
  targetYear: 'Målår',
  targetValue: 'Målverdi',
  id: 'Id',
  period: 'Periode',
  version: 'Versjon',
  frozenOn: 'Frosset',
};

export const TABLE_TITLES: Readonly<Record<PublicTableName, string>> = {
  measures: 'Tiltak',
  decisions: 'Vedtak',
  participation: 'Deltakelse',
  costShares: 'Kostnadsandeler',
  savings: 'Innsparing',
  focusItems: 'Fokusposter',
  indicators: 'Indikatorer',
  reports: 'Rapporter',
};
