import {
  archivalPdf,
  cleanPdfText,
  contentWidth,
  DOCUMENT_COLOURS,
  DOCUMENT_PAGE,
  DOCUMENT_SIZES,
  keepRoom,
  pageFooters,
  type PdfDoc,
  type PdfStruct,
  taggedTable,
  writeTagged as write,
} from '@samarbeid/api/documents';

/** Everything the agreement document shows, already formatted in Norwegian by the caller. */
export interface AgreementDocumentData {
  readonly regionName: string;
  readonly title: string;
  /** E.g. "Tjenestekjøp". */
  readonly legalFormLabel: string;
  readonly versionNumber: number;
  /** Norwegian label, e.g. "Aktiv". */
  readonly status: string;
  /**
   * Why this version is not in force, shown as a marking under the title ("Ikke i kraft: venter på godkjenning");
   * null for the version in force.
   */
  readonly notInForce: string | null;
  readonly measure: { readonly code: string; readonly title: string } | null;
  /** Each party with what belongs to it: organisation number, signatory, its volume and yearly cost. */
  readonly parties: readonly {
    readonly municipalityNumber: string;
    readonly name: string;
    readonly roleLabel: string;
    /** Formatted ("942 402 465"), or null when not registered. */
    readonly organisationNumber: string | null;
    readonly signatory: string | null;
    /** Its volume a year: "300 timer". */
    readonly volume: string | null;
    /** What it pays a year: "420 000 kr". */
    readonly yearlyCost: string | null;
    readonly ownerShare?: string | null;
  }[];
  /** Already formatted: dates "1.1.2027", money "1 250 000 kr per år", volumes "700 timer per år". */
  readonly terms: readonly { readonly label: string; readonly value: string }[];
  readonly procurementAssessment: {
    readonly conditions: readonly { readonly label: string; readonly met: boolean }[];
    readonly assessedBy: string;
    readonly assessedOn: string;
    readonly conclusion: string;
  } | null;
  readonly approvals: readonly {
    readonly municipalityName: string;
    readonly decision: string;
    readonly by: string;
    readonly at: string;
    readonly comment: string;
  }[];
  /** Parties whose approval of this version is still outstanding (names). */
  readonly outstandingApprovals: readonly string[];
  /** E.g. "22.11.2026 kl. 09.15". */
  readonly generatedAt: string;
}

export interface AgreementPdfOptions {
  /** Deflate the page contents (default true); tests turn it off to read the text. */
  readonly compress?: boolean;
}

type Doc = PdfDoc;
type Struct = PdfStruct;

const MARGIN = DOCUMENT_PAGE.pdfMargin;
const FOOTER_SPACE = 24;
const NOT_REGISTERED = 'ikke registrert';

/**
 * The agreement as an archival A4 PDF (PDF/A-2b, fonts embedded, tagged, language nb-NO): a marking when the
 * version is not in force, the parties with organisation number, signatory, volume and yearly cost, the terms, the
 * procurement assessment (§ 3-3), the approvals given and those outstanding; version, time of generation and page
 * numbers in the footer.
 */
export async function agreementPdf(
  data: AgreementDocumentData,
  options: AgreementPdfOptions = {},
): Promise<Buffer> {
  const { doc, finished } = archivalPdf({
    title: cleanPdfText(data.title),
    subject: `${data.legalFormLabel}, versjon ${data.versionNumber}`,
    author: data.regionName,
    compress: options.compress,
    footerSpace: FOOTER_SPACE,
  });

  const root = doc.struct('Document');
  doc.addStructure(root);
  write(doc, root, 'P', data.regionName, { size: 10, color: DOCUMENT_COLOURS.muted });
  write(doc, root, 'H1', data.title, { bold: true, size: 18, gap: 4 });
  const facts = [data.legalFormLabel, `versjon ${data.versionNumber}`, `status: ${data.status}`];
  write(doc, root, 'P', facts.join(' · '), { size: 10, color: DOCUMENT_COLOURS.muted, gap: 2 });
  if (data.notInForce) {
    write(doc, root, 'P', data.notInForce, {
      bold: true,
      size: DOCUMENT_SIZES.heading,
      color: DOCUMENT_COLOURS.warning,
      gap: 6,
    });
  }
  if (data.measure) {
    write(doc, root, 'P', `Tiltak: ${data.measure.code} ${data.measure.title}`, { size: 10, gap: 2 });
  }

  heading(doc, root, 'Parter');
  const withShare = data.parties.some((party) => party.ownerShare);
  const withVolume = data.parties.some((party) => party.volume);
  const withCost = data.parties.some((party) => party.yearlyCost);
  table(
    doc,
    root,
    [
      'Kommune',
      'Rolle',
      'Org.nr.',
      'Signatar',
      ...(withVolume ? ['Volum per år'] : []),
      ...(withCost ? ['Kostnad per år'] : []),
      ...(withShare ? ['Eierandel'] : []),
    ],
    data.parties.map((party) => [
      `${party.name} (${party.municipalityNumber})`,
      party.roleLabel,
      party.organisationNumber ?? NOT_REGISTERED,
      party.signatory ?? NOT_REGISTERED,
      ...(withVolume ? [party.volume ?? '–'] : []),
      ...(withCost ? [party.yearlyCost ?? '–'] : []),
      ...(withShare ? [party.ownerShare ?? '–'] : []),
    ]),
    ['*', 62, 78, '*', ...(withVolume ? [62] : []), ...(withCost ? [74] : []), ...(withShare ? [54] : [])],
  );

  heading(doc, root, 'Vilkår');
  if (data.terms.length === 0) write(doc, root, 'P', 'Ingen vilkår er registrert.', {});
  // Label over value rather than a table: a long service description must be able to run over several pages.
  data.terms.forEach((term, index) => {
    keepRoom(doc, 40);
    write(doc, root, 'H3', term.label, { bold: true, size: 10, gap: index === 0 ? 0 : 7 });
    write(doc, root, 'P', term.value.trim() || '–', { gap: 1 });
  });

  heading(doc, root, 'Vurdering etter anskaffelsesforskriften § 3-3');
  const assessment = data.procurementAssessment;
  if (!assessment) {
    write(doc, root, 'P', 'Ikke vurdert ennå.', {});
  } else {
    table(
      doc,
      root,
      ['Vilkår for horisontalt samarbeid', 'Oppfylt'],
      assessment.conditions.map((condition) => [condition.label, condition.met ? 'Ja' : 'Nei']),
      ['*', 60],
    );
    write(doc, root, 'P', `Konklusjon: ${assessment.conclusion}`, {});
    write(doc, root, 'P', `Vurdert av ${assessment.assessedBy} ${assessment.assessedOn}.`, {
      color: DOCUMENT_COLOURS.muted,
    });
  }

  heading(doc, root, 'Godkjenninger');
  if (data.approvals.length === 0) write(doc, root, 'P', 'Ingen godkjenninger ennå.', {});
  // One line each and the comment below, not a table: a reason for a rejection may be long.
  data.approvals.forEach((approval, index) => {
    keepRoom(doc, 30);
    const line = `${approval.municipalityName}: ${approval.decision} av ${approval.by}, ${approval.at}`;
    write(doc, root, 'P', line, { gap: index === 0 ? 0 : 6 });
    if (approval.comment.trim())
      write(doc, root, 'P', `Kommentar: ${approval.comment}`, { color: DOCUMENT_COLOURS.muted, gap: 1 });
  });
  if (data.outstandingApprovals.length > 0) {
    keepRoom(doc, 30);
    write(doc, root, 'P', `Godkjenning mangler fra: ${data.outstandingApprovals.join(', ')}.`, {
      bold: true,
      gap: 8,
    });
  }

  footers(doc, data);
  root.end();
  doc.end();
  return finished;
}

/** A section heading, moved to the next page with its first lines rather than left alone at the bottom. */
function heading(doc: Doc, parent: Struct, text: string): void {
  keepRoom(doc, 80);
  write(doc, parent, 'H2', text, { bold: true, size: 13, gap: doc.y > doc.page.margins.top ? 16 : 0 });
  doc.moveDown(0.3);
}

/** A tagged table with a header row (TH); rows that do not fit go on the next page. */
function table(
  doc: Doc,
  parent: Struct,
  header: readonly string[],
  rows: readonly (readonly string[])[],
  widths: readonly (number | '*')[],
): void {
  taggedTable(doc, parent, {
    header,
    rows,
    columns: widths.map((width) => ({ width })),
    padding: [4, 5],
    after: 0.6,
  });
}

/** "Avtalenavn – versjon 3 · Generert 22.11.2026 kl. 09.15 · Side 1 av 2" on every page, marked as an artifact. */
function footers(doc: Doc, data: AgreementDocumentData): void {
  const marking = data.notInForce ? ' · IKKE I KRAFT' : '';
  pageFooters(
    doc,
    (page, count) => {
      const tail = ` – versjon ${data.versionNumber}${marking} · Generert ${data.generatedAt} · Side ${page} av ${count}`;
      return fitted(doc, cleanPdfText(data.title), (title) => `${title}${tail}`);
    },
    { align: 'center', fromBottom: () => MARGIN },
  );
}

/** `line(title)` with the title shortened (…) until the line fits on one line in the current font. */
function fitted(doc: Doc, title: string, line: (title: string) => string): string {
  const words = title.split(' ');
  let shown = title;
  while (words.length > 1 && doc.widthOfString(line(shown)) > contentWidth(doc)) {
    words.pop();
    shown = `${words.join(' ')} …`;
  }
  return line(shown);
}
