import { newWorkbook, workbookBuffer } from '@samarbeid/api/documents';

import {
  FIELD_HEADINGS,
  PUBLIC_TABLE_NAMES,
  PUBLIC_TABLES,
  type PublicTableName,
  TABLE_TITLES,
} from '../domain/public-fields';
import type { PublicSite } from './public-site.service';
import { h, type Html, table } from './render/html';

/** The Norwegian licence for open government data, version 2.0, as every file and the page name it. */
export const NLOD = {
  name: 'Norsk lisens for offentlige data (NLOD) 2.0',
  url: 'https://data.norge.no/nlod/no/2.0',
} as const;

/** Fields whose values are numbers in the files (everything else is text; empty is null). */
const NUMERIC_FIELDS = new Set([
  'progressPercent',
  'year',
  'amount',
  'required',
  'planned',
  'realised',
  'baselineYear',
  'targetYear',
  'version',
]);

/** Fields holding exact decimals as text (amounts in kroner with two decimals, measured values). */
const DECIMAL_TEXT = new Set(['amount', 'required', 'planned', 'realised']);

/** What each field means, for the schema on the page and in the JSON (docs/public-data.md says the same). */
export const FIELD_DESCRIPTIONS: Readonly<Record<string, string>> = {
  code: 'Tiltakets kode, unik i regionen (F1, T7 …)',
  title: 'Tittel',
  description: 'Beskrivelse',
  serviceArea: 'Tjenesteområde: CROSS_SECTOR, EDUCATION, HEALTH_AND_CARE, TECHNICAL, HR',
  tier: 'Samarbeidsform: NETWORK, PROJECT, SERVICE_PURCHASE, STATUTORY',
  status: 'Status (tiltak: PROPOSED … COMPLETED; fokuspost: ON_TARGET, OFF_TARGET, NO_TARGET, NO_DATA)',
  progressPercent: 'Framdrift i prosent, 0–100 (delt tiltak: vektet sum av deltiltakene)',
  startDate: 'Startdato (ÅÅÅÅ-MM-DD)',
  endDate: 'Sluttdato (ÅÅÅÅ-MM-DD)',
  network: 'Nettverket som eier tiltaket',
  mobilisation: 'Mobiliseringskoeffisient: GREEN, YELLOW, RED',
  decidedOn: 'Vedtaksdato (ÅÅÅÅ-MM-DD)',
  body: 'Organ: KDU, MUNICIPAL_COUNCIL, NETWORK',
  municipality: 'Kommunen, når organet er et kommunestyre',
  caseReference: 'Saksnummer',
  text: 'Vedtakstekst',
  measures: 'Kodene til tiltakene vedtaket gjelder, kommaseparert',
  measureCode: 'Tiltakets kode',
  municipalityNumber: 'Kommunenummer (SSB, fire sifre)',
  municipalityName: 'Kommunenavn',
  state: 'Deltakelse: PARTICIPATING, OPTED_OUT, UNDECIDED',
  year: 'År',
  amount: 'Kommunens andel av tiltakets kostnader, kroner med to desimaler',
  required: 'Krav til innsparing, kroner',
  planned: 'Planlagt gevinst, kroner',
  realised: 'Realisert gevinst, kroner',
  name: 'Navn',
  unit: 'Enhet',
  area: 'Regionen eller kommunen fokusposten gjelder',
  latestPeriod: 'Siste periode med verdi (ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-Qn)',
  latestValue: 'Siste verdi',
  target: 'Målet som gjelder for siste periode',
  direction: 'Retning: høyere eller lavere er bedre',
  baselineYear: 'Utgangsår',
  baselineValue: 'Utgangsverdi',
  targetYear: 'Målår',
  targetValue: 'Målverdi',
  id: 'Rapportens id (for nedlasting)',
  period: 'Rapporteringsperioden',
  version: 'Versjonsnummer',
  frozenOn: 'Dato rapporten ble fastfrosset',
};

/** The published tables of a site, in the documented order. */
export function publishedTables(site: PublicSite): PublicTableName[] {
  return PUBLIC_TABLE_NAMES.filter((name) => site.tables[name] !== undefined);
}

function rowsOf(site: PublicSite, name: PublicTableName): readonly Record<string, unknown>[] {
  return (site.tables[name] ?? []) as unknown as readonly Record<string, unknown>[];
}

/** A cell as text: the projections give only strings, numbers and null. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string'
    ? value
    : typeof value === 'number'
      ? String(value)
      : JSON.stringify(value);
}

function csvCell(value: unknown): string {
  const text = cellText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: comma-separated, CRLF, UTF-8, the field names as the header row. */
export function tableCsv(site: PublicSite, name: PublicTableName): string {
  const fields = PUBLIC_TABLES[name].fields as readonly string[];
  const lines = [fields.join(',')];
  for (const row of rowsOf(site, name)) lines.push(fields.map((field) => csvCell(row[field])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Every published table with its schema, the source and the licence. */
export function siteJson(site: PublicSite, url: string): string {
  const tables: Record<string, unknown> = {};
  for (const name of publishedTables(site)) {
    tables[name] = {
      title: TABLE_TITLES[name],
      fields: (PUBLIC_TABLES[name].fields as readonly string[]).map((field) => ({
        name: field,
        description: FIELD_DESCRIPTIONS[field] ?? '',
        type: NUMERIC_FIELDS.has(field) ? (DECIMAL_TEXT.has(field) ? 'decimal-string' : 'integer') : 'string',
      })),
      rows: rowsOf(site, name),
    };
  }
  return JSON.stringify({
    region: site.region,
    source: url,
    licence: NLOD,
    generated: site.readAt,
    schemaVersion: 1,
    tables,
  });
}

/** The same tables as a workbook: a sheet per table (field names in row 1), and a sheet about the data and licence. */
export async function siteWorkbook(site: PublicSite, url: string): Promise<Buffer> {
  const workbook = newWorkbook();
  workbook.title = `Styringsdata for ${site.region.name}`;
  workbook.subject = 'Åpne data';
  workbook.description = `Lisens: ${NLOD.name} (${NLOD.url}). Kilde: ${url}`;
  workbook.keywords = 'NLOD 2.0';
  workbook.company = site.region.name;
  const about = workbook.addWorksheet('Om dataene');
  about.addRows([
    [`Styringsdata for ${site.region.name}`],
    ['Kilde', url],
    ['Lisens', NLOD.name],
    ['Lisenstekst', NLOD.url],
    ['Hentet', site.readAt],
    [],
    ['Tabell', 'Felt', 'Beskrivelse'],
  ]);
  for (const name of publishedTables(site)) {
    for (const field of PUBLIC_TABLES[name].fields as readonly string[]) {
      about.addRow([name, field, FIELD_DESCRIPTIONS[field] ?? '']);
    }
  }
  about.getColumn(1).width = 16;
  about.getColumn(2).width = 20;
  about.getColumn(3).width = 80;
  for (const name of publishedTables(site)) {
    const fields = PUBLIC_TABLES[name].fields as readonly string[];
    const sheet = workbook.addWorksheet(name);
    sheet.addRow([...fields]);
    sheet.getRow(1).font = { bold: true };
    for (const row of rowsOf(site, name)) {
      sheet.addRow(
        fields.map((field) => {
          const value = row[field];
          if (value === null || value === undefined) return null;
          return NUMERIC_FIELDS.has(field) ? Number(value) : cellText(value);
        }),
      );
    }
    fields.forEach((field, index) => {
      sheet.getColumn(index + 1).width = Math.max(10, Math.min(60, field.length + 4));
      if (DECIMAL_TEXT.has(field)) sheet.getColumn(index + 1).numFmt = '#,##0.00';
    });
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return workbookBuffer(workbook);
}

/** The open-data page's body: the files, the licence and the schema of each published table. */
export function openDataBody(site: PublicSite, link: (path: string) => string): Html {
  const names = publishedTables(site);
  return h`<h1>Åpne data</h1>
<p class="lead">Alt som er publisert her, kan lastes ned og brukes fritt under <a href="${NLOD.url}">${NLOD.name}</a>. Oppgi ${site.region.name} som kilde.</p>
<h2>Alle tabellene</h2><p class="formats"><a href="${link('/data/styringsdata.json')}">JSON (alle tabeller med skjema)</a>
<a href="${link('/data/styringsdata.xlsx')}">Excel (.xlsx)</a></p>
${names.map(
  (name) => h`<h2 id="t-${name}">${TABLE_TITLES[name]}</h2>
<p class="formats"><a href="${link(`/data/${name}.csv`)}">CSV<span class="visually-hidden"> – ${TABLE_TITLES[name]}</span></a> ${rowsOf(site, name).length} rader.</p>
${table(
  `Felt i ${TABLE_TITLES[name].toLowerCase()}`,
  [
    { heading: 'Felt', cell: (field: string) => h`<code>${field}</code>` },
    { heading: 'Overskrift', cell: (field: string) => FIELD_HEADINGS[field] ?? field },
    { heading: 'Beskrivelse', cell: (field: string) => FIELD_DESCRIPTIONS[field] ?? '' },
  ],
  PUBLIC_TABLES[name].fields as readonly string[],
)}`,
)}
<p class="note">Adressene er faste. Feltene endres ikke uten at skjemaversjonen i JSON-filen øker.</p>`;
}
