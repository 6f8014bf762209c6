import {
  COLLABORATION_TIER_LABELS,
  CONFORMANCE_LABELS,
  MEASURE_STATUS_LABELS,
  MEASURE_STATUSES,
  MOBILISATION_LABELS,
  PARTICIPATION_LABELS,
  PUBLIC_SECTION_LABELS,
  SERVICE_AREA_LABELS,
  type Labels,
  type PublicSection,
} from '@samarbeid/shared/domain';
import { formatKroner, formatQuantity } from '@samarbeid/shared/domain/allocation';

import type {
  PublicCostShare,
  PublicDecision,
  PublicFocusItem,
  PublicIndicator,
  PublicMeasure,
  PublicParticipation,
  PublicReport,
  PublicSavingsYear,
} from '../../domain/public-fields';
import { paragraphs } from '../../domain/statement';
import { openDataBody } from '../open-data';
import type { PublicSite } from '../public-site.service';
import { h, type Html, type NavLink, page, raw, table } from './html';

/** The public pages of a region, each a whole HTML document (decisions/0017). */

export const PUBLIC_ROOT = '/offentlig';

const FOCUS_STATUS_LABELS: Readonly<Record<string, string>> = {
  ON_TARGET: 'På mål',
  OFF_TARGET: 'Ikke på mål',
  NO_TARGET: 'Uten mål',
  NO_DATA: 'Ingen verdier',
};

const BODY_LABELS: Readonly<Record<string, string>> = {
  KDU: 'Kommunedirektørutvalget (KDU)',
  MUNICIPAL_COUNCIL: 'Kommunestyret',
  NETWORK: 'Nettverk',
};

function label<T extends string>(labels: Labels<T>, value: string | null): string {
  return value === null ? '–' : ((labels as Record<string, { nb: string }>)[value]?.nb ?? value);
}

const kroner = (value: string) => formatKroner(value);
const quantity = (value: string | null) => (value === null ? '–' : formatQuantity(value));
const percent = (value: number | null) => (value === null ? '–' : `${value} %`);
const date = (iso: string | null) => (iso ? iso.split('-').reverse().join('.') : '–');

export function base(site: PublicSite): string {
  return `${PUBLIC_ROOT}/${encodeURIComponent(site.region.slug)}`;
}

/** Keeps a preview token on every link of a preview, so the whole site can be walked through. */
function linker(site: PublicSite, token: string | null): (path: string) => string {
  const root = base(site);
  return (path) => {
    const href = `${root}${path}`;
    return site.preview && token
      ? `${href}${href.includes('?') ? '&' : '?'}forhandsvisning=${encodeURIComponent(token)}`
      : href;
  };
}

interface Context {
  readonly site: PublicSite;
  readonly link: (path: string) => string;
}

function frame(ctx: Context, current: string, title: string, description: string, body: Html): string {
  const { site, link } = ctx;
  const on = (section: PublicSection) => site.sections.includes(section);
  const nav: NavLink[] = [
    { href: link(''), label: 'Oversikt' },
    ...(on('PORTFOLIO') ? [{ href: link('/tiltak'), label: 'Tiltak' }] : []),
    ...(on('DECISIONS') ? [{ href: link('/vedtak'), label: 'Vedtak' }] : []),
    ...(on('PARTICIPATION') ? [{ href: link('/kommuner'), label: 'Kommunene' }] : []),
    ...(on('REPORTS') ? [{ href: link('/rapporter'), label: 'Rapporter' }] : []),
    { href: link('/apne-data'), label: 'Åpne data' },
  ];
  return page({
    title: `${title} – ${site.region.name}`,
    description,
    regionName: site.region.name,
    home: link(''),
    nav: site.sections.length > 0 ? nav : [],
    current: link(current),
    footer: [{ href: link('/tilgjengelighet'), label: 'Tilgjengelighetserklæring' }],
    ...(site.preview
      ? { banner: 'Forhåndsvisning: slik ser sidene ut når alle deler er publisert. Ikke del denne lenken.' }
      : {}),
    body,
  });
}

const measureColumns = (link: Context['link']) => [
  {
    heading: 'Kode',
    cell: (m: PublicMeasure) => h`<a href="${link(`/tiltak/${encodeURIComponent(m.code)}`)}">${m.code}</a>`,
  },
  { heading: 'Tiltak', cell: (m: PublicMeasure) => m.title },
  { heading: 'Status', cell: (m: PublicMeasure) => label(MEASURE_STATUS_LABELS, m.status) },
  { heading: 'Framdrift', cell: (m: PublicMeasure) => percent(m.progressPercent), numeric: true },
  { heading: 'Tjenesteområde', cell: (m: PublicMeasure) => label(SERVICE_AREA_LABELS, m.serviceArea) },
  { heading: 'Samarbeidsform', cell: (m: PublicMeasure) => label(COLLABORATION_TIER_LABELS, m.tier) },
];

const decisionColumns = [
  { heading: 'Dato', cell: (d: PublicDecision) => date(d.decidedOn) },
  {
    heading: 'Organ',
    cell: (d: PublicDecision) =>
      d.municipality
        ? `${BODY_LABELS[d.body] ?? d.body}, ${d.municipality}`
        : (BODY_LABELS[d.body] ?? d.body),
  },
  { heading: 'Saksnummer', cell: (d: PublicDecision) => d.caseReference },
  { heading: 'Sak', cell: (d: PublicDecision) => d.title },
  { heading: 'Tiltak', cell: (d: PublicDecision) => d.measures || '–' },
];

const savingsColumns = [
  { heading: 'År', cell: (s: PublicSavingsYear) => s.year },
  { heading: 'Krav', cell: (s: PublicSavingsYear) => kroner(s.required), numeric: true },
  { heading: 'Planlagt', cell: (s: PublicSavingsYear) => kroner(s.planned), numeric: true },
  { heading: 'Realisert', cell: (s: PublicSavingsYear) => kroner(s.realised), numeric: true },
];

const focusColumns = [
  { heading: 'Fokuspost', cell: (f: PublicFocusItem) => f.name },
  { heading: 'Gjelder', cell: (f: PublicFocusItem) => f.area },
  { heading: 'Siste periode', cell: (f: PublicFocusItem) => f.latestPeriod ?? '–' },
  {
    heading: 'Siste verdi',
    cell: (f: PublicFocusItem) => (f.latestValue === null ? '–' : `${quantity(f.latestValue)} ${f.unit}`),
    numeric: true,
  },
  {
    heading: 'Mål',
    cell: (f: PublicFocusItem) => (f.target === null ? '–' : `${quantity(f.target)} ${f.unit}`),
    numeric: true,
  },
  { heading: 'Status', cell: (f: PublicFocusItem) => FOCUS_STATUS_LABELS[f.status] ?? f.status },
];

const indicatorColumns = [
  { heading: 'Indikator', cell: (i: PublicIndicator) => i.name },
  {
    heading: 'Utgangspunkt',
    cell: (i: PublicIndicator) => `${quantity(i.baselineValue)} ${i.unit} (${i.baselineYear})`,
    numeric: true,
  },
  {
    heading: 'Siste måling',
    cell: (i: PublicIndicator) =>
      i.latestValue === null ? '–' : `${quantity(i.latestValue)} ${i.unit} (${i.latestPeriod ?? ''})`,
    numeric: true,
  },
  {
    heading: 'Mål',
    cell: (i: PublicIndicator) => `${quantity(i.targetValue)} ${i.unit} (${i.targetYear})`,
    numeric: true,
  },
];

function reportColumns(link: Context['link']) {
  return [
    { heading: 'Rapport', cell: (r: PublicReport) => `${r.period}, versjon ${r.version}` },
    { heading: 'Frosset', cell: (r: PublicReport) => date(r.frozenOn) },
    {
      heading: 'Last ned',
      cell: (r: PublicReport) =>
        h`<a href="${link(`/rapporter/${r.id}.pdf`)}">PDF<span class="visually-hidden"> – ${r.period}, versjon ${r.version}</span></a>, <a href="${link(`/rapporter/${r.id}.docx`)}">Word<span class="visually-hidden"> – ${r.period}, versjon ${r.version}</span></a>`,
    },
  ];
}

/** `/offentlig/<region>`: what the region publishes, a summary of each section. */
export function overviewPage(site: PublicSite, token: string | null): string {
  const ctx = { site, link: linker(site, token) };
  const { tables, link } = { tables: site.tables, link: ctx.link };
  const parts: Html[] = [];
  if (tables.measures) {
    const counts = MEASURE_STATUSES.map((status) => ({
      status,
      count: tables.measures?.filter((m) => m.status === status).length ?? 0,
    })).filter((row) => row.count > 0);
    parts.push(h`<section aria-labelledby="s-tiltak"><h2 id="s-tiltak">Tiltak</h2>
<p>${tables.measures.length} tiltak i porteføljen. <a href="${link('/tiltak')}">Se alle tiltakene med status og framdrift</a>.</p>
${table(
  'Tiltak etter status',
  [
    { heading: 'Status', cell: (r: (typeof counts)[number]) => label(MEASURE_STATUS_LABELS, r.status) },
    { heading: 'Antall', cell: (r: (typeof counts)[number]) => r.count, numeric: true },
  ],
  counts,
)}</section>`);
  }
  if (tables.savings) {
    parts.push(h`<section aria-labelledby="s-innsparing"><h2 id="s-innsparing">Innsparing</h2>
<p>Krav til innsparing mot det tiltakene har planlagt og realisert, per år.</p>
${table('Innsparing per år', savingsColumns, tables.savings)}</section>`);
  }
  if (tables.participation) {
    parts.push(h`<section aria-labelledby="s-kommuner"><h2 id="s-kommuner">Kommunene</h2>
${municipalityTable(site, ctx.link)}</section>`);
  }
  if (tables.decisions) {
    parts.push(h`<section aria-labelledby="s-vedtak"><h2 id="s-vedtak">Siste vedtak</h2>
${table('De fem siste vedtakene', decisionColumns, tables.decisions.slice(0, 5))}
<p><a href="${link('/vedtak')}">Alle vedtak</a></p></section>`);
  }
  if (tables.focusItems) {
    parts.push(h`<section aria-labelledby="s-fokus"><h2 id="s-fokus">Fokusposter</h2>
${table('Fokusposter med siste verdi og mål', focusColumns, tables.focusItems)}</section>`);
  }
  if (tables.indicators) {
    parts.push(h`<section aria-labelledby="s-indikatorer"><h2 id="s-indikatorer">Indikatorer</h2>
${table('Indikatorer i vedtatte strategier', indicatorColumns, tables.indicators)}</section>`);
  }
  if (tables.reports) {
    parts.push(h`<section aria-labelledby="s-rapporter"><h2 id="s-rapporter">Rapporter</h2>
${table('Fastfrosne rapporter', reportColumns(link), tables.reports.slice(0, 5))}
<p><a href="${link('/rapporter')}">Alle rapporter</a></p></section>`);
  }
  const published = site.sections.map((s) => PUBLIC_SECTION_LABELS[s].nb.toLowerCase()).join(', ');
  return frame(
    ctx,
    '',
    'Styringsdata',
    `Styringsdata for ${site.region.name}: ${published}.`,
    h`<h1>Styringsdata for ${site.region.name}</h1>
<p class="lead">Her publiserer ${site.region.name} ${published}. Dataene er også tilgjengelige som <a href="${link('/apne-data')}">åpne data</a>.</p>
<p class="note">Oppdatert ${date(site.readAt.slice(0, 10))}.</p>${parts}`,
  );
}

function municipalityTable(site: PublicSite, link: Context['link']): Html {
  const participation = site.tables.participation ?? [];
  const rows = site.members.map((member) => {
    const mine = participation.filter((p) => p.municipalityNumber === member.number);
    return {
      member,
      participating: mine.filter((p) => p.state === 'PARTICIPATING').length,
      optedOut: mine.filter((p) => p.state === 'OPTED_OUT').length,
    };
  });
  return table(
    'Deltakelse per kommune',
    [
      {
        heading: 'Kommune',
        cell: (r: (typeof rows)[number]) =>
          h`<a href="${link(`/kommune/${r.member.number}`)}">${r.member.name}</a>`,
      },
      { heading: 'Deltar i', cell: (r: (typeof rows)[number]) => r.participating, numeric: true },
      { heading: 'Deltar ikke i', cell: (r: (typeof rows)[number]) => r.optedOut, numeric: true },
    ],
    rows,
  );
}

export function measuresPage(site: PublicSite, token: string | null): string {
  const ctx = { site, link: linker(site, token) };
  const measures = site.tables.measures ?? [];
  return frame(
    ctx,
    '/tiltak',
    'Tiltak',
    `Alle ${measures.length} samarbeidstiltak i ${site.region.name} med status og framdrift.`,
    h`<h1>Tiltak</h1><p class="lead">Samarbeidstiltakene i ${site.region.name}, med status og framdrift.</p>
${table('Alle tiltak', measureColumns(ctx.link), measures)}`,
  );
}

export function measurePage(site: PublicSite, measure: PublicMeasure, token: string | null): string {
  const ctx = { site, link: linker(site, token) };
  const participation = (site.tables.participation ?? []).filter((p) => p.measureCode === measure.code);
  const decisions = (site.tables.decisions ?? []).filter((d) =>
    d.measures.split(', ').includes(measure.code),
  );
  return frame(
    ctx,
    `/tiltak/${encodeURIComponent(measure.code)}`,
    `${measure.code} ${measure.title}`,
    `${measure.code} ${measure.title}: ${label(MEASURE_STATUS_LABELS, measure.status).toLowerCase()}, framdrift ${percent(measure.progressPercent)}.`,
    h`<p><a href="${ctx.link('/tiltak')}">Alle tiltak</a></p><h1>${measure.code} ${measure.title}</h1>
${paragraphs(measure.description).map((p) => h`<p>${p}</p>`)}
<dl><dt>Status</dt><dd>${label(MEASURE_STATUS_LABELS, measure.status)}</dd>
<dt>Framdrift</dt><dd>${percent(measure.progressPercent)}</dd>
<dt>Tjenesteområde</dt><dd>${label(SERVICE_AREA_LABELS, measure.serviceArea)}</dd>
<dt>Samarbeidsform</dt><dd>${label(COLLABORATION_TIER_LABELS, measure.tier)}</dd>
<dt>Nettverk</dt><dd>${measure.network}</dd>
<dt>Mobilisering</dt><dd>${measure.mobilisation ? label(MOBILISATION_LABELS, measure.mobilisation) : '–'}</dd>
<dt>Periode</dt><dd>${date(measure.startDate)} – ${date(measure.endDate)}</dd></dl>
${
  site.tables.participation
    ? h`<h2>Deltakelse</h2>${table(
        `Kommunenes deltakelse i ${measure.code}`,
        [
          { heading: 'Kommune', cell: (p: PublicParticipation) => p.municipalityName },
          { heading: 'Deltakelse', cell: (p: PublicParticipation) => label(PARTICIPATION_LABELS, p.state) },
        ],
        participation,
      )}`
    : ''
}
${site.tables.decisions ? h`<h2>Vedtak</h2>${decisions.length ? table(`Vedtak om ${measure.code}`, decisionColumns, decisions) : h`<p>Ingen vedtak er knyttet til tiltaket.</p>`}` : ''}`,
  );
}

export function decisionsPage(site: PublicSite, token: string | null): string {
  const ctx = { site, link: linker(site, token) };
  const decisions = site.tables.decisions ?? [];
  return frame(
    ctx,
    '/vedtak',
    'Vedtak',
    `Vedtak i ${site.region.name}: ${decisions.length} saker.`,
    h`<h1>Vedtak</h1>${table('Alle vedtak, nyeste først', decisionColumns, decisions)}
${decisions.map((d) => h`<h2>${d.caseReference} ${d.title}</h2><p class="note">${date(d.decidedOn)}, ${BODY_LABELS[d.body] ?? d.body}</p>${paragraphs(d.text).map((p) => h`<p>${p}</p>`)}`)}`,
  );
}

export function municipalitiesPage(site: PublicSite, token: string | null): string {
  const ctx = { site, link: linker(site, token) };
  return frame(
    ctx,
    '/kommuner',
    'Kommunene',
    `Hvilke tiltak hver kommune i ${site.region.name} deltar i, og hva den betaler.`,
    h`<h1>Kommunene</h1>${municipalityTable(site, ctx.link)}`,
  );
}

export function municipalityPage(site: PublicSite, number: string, token: string | null): string {
  const ctx = { site, link: linker(site, token) };
  const member = site.members.find((m) => m.number === number);
  const name = member?.name ?? number;
  const participation = (site.tables.participation ?? []).filter((p) => p.municipalityNumber === number);
  const shares = (site.tables.costShares ?? []).filter((s) => s.municipalityNumber === number);
  const years = [...new Set(shares.map((s) => s.year))].sort();
  return frame(
    ctx,
    `/kommune/${number}`,
    name,
    `${name} i ${site.region.name}: tiltakene kommunen deltar i og kostnadsandelene.`,
    h`<p><a href="${ctx.link('/kommuner')}">Alle kommunene</a></p><h1>${name}</h1>
<p>Kommunenummer ${number}. Deltar i ${participation.filter((p) => p.state === 'PARTICIPATING').length} av ${participation.length} tiltak.</p>
<h2>Deltakelse</h2>${table(
      `Deltakelse for ${name}`,
      [
        {
          heading: 'Tiltak',
          cell: (p: PublicParticipation) =>
            site.tables.measures
              ? h`<a href="${ctx.link(`/tiltak/${encodeURIComponent(p.measureCode)}`)}">${p.measureCode}</a>`
              : p.measureCode,
        },
        { heading: 'Deltakelse', cell: (p: PublicParticipation) => label(PARTICIPATION_LABELS, p.state) },
      ],
      participation,
    )}
<h2>Kostnadsandeler</h2>${
      shares.length
        ? table(
            `Kostnadsandeler for ${name} per år`,
            [
              { heading: 'Tiltak', cell: (s: PublicCostShare) => s.measureCode },
              { heading: 'År', cell: (s: PublicCostShare) => s.year },
              { heading: 'Beløp', cell: (s: PublicCostShare) => kroner(s.amount), numeric: true },
            ],
            shares,
          )
        : h`<p>Ingen kostnader er fordelt på kommunen.</p>`
    }${years.length ? h`<p class="note">År med kostnader: ${years.join(', ')}.</p>` : ''}`,
  );
}

export function reportsPage(site: PublicSite, token: string | null): string {
  const ctx = { site, link: linker(site, token) };
  const reports = site.tables.reports ?? [];
  return frame(
    ctx,
    '/rapporter',
    'Rapporter',
    `Fastfrosne rapporter fra ${site.region.name} som PDF og Word.`,
    h`<h1>Rapporter</h1><p class="lead">Rapportene er fastfrosset: hver versjon viser tallene slik de var da den ble laget.</p>
${reports.length ? table('Alle rapporter', reportColumns(ctx.link), reports) : h`<p>Ingen rapporter er fastfrosset ennå.</p>`}`,
  );
}

export interface FeedbackState {
  readonly sent?: boolean;
  readonly error?: string;
  readonly message?: string;
  readonly name?: string;
}

/** The accessibility statement (Digdir's structure) and the feedback form. */
export function statementPage(site: PublicSite, token: string | null, feedback: FeedbackState = {}): string {
  const ctx = { site, link: linker(site, token) };
  const s = site.statement;
  const deviations = paragraphs(s.deviations);
  const form = h`<h2 id="tilbakemelding">Gi tilbakemelding</h2>
${feedback.sent ? h`<p class="ok" role="status">Takk! Meldingen er sendt til sekretariatet.</p>` : ''}
${feedback.error ? h`<p class="error" role="alert" id="feil">${feedback.error}</p>` : ''}
<form method="post" action="${ctx.link('/tilbakemelding')}">
<div><label for="melding">Melding (påkrevd)</label>
<textarea id="melding" name="melding" rows="6" maxlength="2000" required${raw(feedback.error ? ' aria-describedby="feil" aria-invalid="true"' : '')}>${feedback.message ?? ''}</textarea></div>
<div><label for="navn">Navn (valgfritt)</label><input type="text" id="navn" name="navn" maxlength="120" autocomplete="name" value="${feedback.name ?? ''}"></div>
<p class="note">Vi spør ikke om e-postadresse. Skriv den i meldingen hvis du vil ha svar.</p>
<button type="submit">Send tilbakemelding</button></form>`;
  return frame(
    ctx,
    '/tilgjengelighet',
    'Tilgjengelighetserklæring',
    `Tilgjengelighetserklæring for ${site.region.name}s nettsider: status mot WCAG 2.1 AA, kjente avvik og hvordan du gir tilbakemelding.`,
    h`<h1>Tilgjengelighetserklæring</h1>
<p class="lead">Denne erklæringen gjelder ${site.region.name}s offentlige styringsside og samarbeidsløsningen Samarbeid.</p>
<h2>Status</h2><p>${CONFORMANCE_LABELS[s.conformance].nb} i WCAG 2.1 på nivå AA.</p>
<h2>Kjente avvik</h2>${deviations.length ? h`<ul>${deviations.map((d) => h`<li>${d}</li>`)}</ul>` : h`<p>Ingen kjente avvik.</p>`}
<h2>Tilbakemelding</h2><p>${s.feedbackEmail ? h`Du kan skrive til <a href="mailto:${s.feedbackEmail}">${s.feedbackEmail}</a> eller bruke skjemaet nedenfor.` : 'Bruk skjemaet nedenfor.'} Du kan også varsle Tilsynet for universell utforming av ikt på <a href="https://www.uutilsynet.no/">uutilsynet.no</a>.</p>
<h2>Sist vurdert</h2><p>Erklæringen ble sist gjennomgått ${date(s.lastReviewed)}.</p>${form}`,
  );
}

export function openDataPage(site: PublicSite, token: string | null): string {
  const ctx = { site, link: linker(site, token) };
  return frame(
    ctx,
    '/apne-data',
    'Åpne data',
    `Styringsdata fra ${site.region.name} som CSV, JSON og Excel under NLOD 2.0, med skjema for hver tabell.`,
    openDataBody(site, ctx.link),
  );
}

export function notFoundPage(regionName: string | null): string {
  return page({
    title: 'Fant ikke siden',
    description: 'Siden finnes ikke, eller den er ikke publisert.',
    regionName: regionName ?? 'Samarbeid',
    home: PUBLIC_ROOT,
    nav: [],
    current: '',
    footer: [],
    body: h`<h1>Fant ikke siden</h1><p>Siden finnes ikke, eller den er ikke publisert.</p>`,
  });
}
