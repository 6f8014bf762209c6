import PDFDocument from 'pdfkit';

/** Everything the agreement document shows, already formatted in Norwegian by the caller. */
export interface AgreementDocumentData {
  readonly regionName: string;
  readonly title: string;
  /** E.g. "Tjenestekjøp". */
  readonly legalFormLabel: string;
  readonly versionNumber: number;
  /** Norwegian label, e.g. "Aktiv". */
  readonly status: string;
  readonly measure: { readonly code: string; readonly title: string } | null;
  readonly parties: readonly {
    readonly municipalityNumber: string;
    readonly name: string;
    readonly roleLabel: string;
    readonly organisationNumber?: string | null;
    readonly ownerShare?: string | null;
  }[];
  /** Already formatted: dates "1.1.2027", money "1 250 000 kr". */
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
  /** E.g. "22.11.2026 kl. 09.15". */
  readonly generatedAt: string;
}

export interface AgreementPdfOptions {
  /** Deflate the page contents (default true); tests turn it off to read the text. */
  readonly compress?: boolean;
}

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;
type Cell = string | PDFKit.Mixins.CellOptions;
/** pdfkit 0.20 tags a table's rows and cells under `structParent`; the bundled types predate that option. */
type TaggedTableOptions = PDFKit.Mixins.TableOptionsWithData & { readonly structParent: Struct };

const MARGIN = 56; // 2 cm
const FOOTER_SPACE = 24;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const TEXT = '#1a1a1a';
const MUTED = '#555555';
const RULE = '#9a9a9a';
const HEADER_FILL = '#e8ecef';

/**
 * The agreement as an A4 PDF: parties, terms, the procurement assessment (§ 3-3) and the approvals, with the
 * version, time of generation and page numbers in the footer. Tagged (headings, paragraphs, tables) with language
 * nb-NO, so screen readers can follow it. The standard PDF fonts cover Norwegian (WinAnsi); other characters
 * are replaced by their nearest match, see {@link winAnsi}.
 */
export async function agreementPdf(
  data: AgreementDocumentData,
  options: AgreementPdfOptions = {},
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_SPACE },
    bufferPages: true,
    compress: options.compress ?? true,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'nb-NO',
    displayTitle: true,
    font: FONT,
    info: {
      Title: winAnsi(data.title),
      Subject: `${winAnsi(data.legalFormLabel)}, versjon ${data.versionNumber}`,
      Author: winAnsi(data.regionName),
      Creator: 'Samarbeid',
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const root = doc.struct('Document');
  doc.addStructure(root);
  write(doc, root, 'P', data.regionName, { font: FONT, size: 10, color: MUTED });
  write(doc, root, 'H1', data.title, { font: BOLD, size: 18, gap: 4 });
  const facts = [data.legalFormLabel, `versjon ${data.versionNumber}`, `status: ${data.status}`];
  write(doc, root, 'P', facts.join(' · '), { font: FONT, size: 10, color: MUTED, gap: 2 });
  if (data.measure) {
    write(doc, root, 'P', `Tiltak: ${data.measure.code} ${data.measure.title}`, { font: FONT, size: 10 });
  }

  heading(doc, root, 'Parter');
  const withShare = data.parties.some((party) => party.ownerShare);
  table(
    doc,
    root,
    ['Kommune', 'Kommunenr.', 'Rolle', 'Org.nr.', ...(withShare ? ['Eierandel'] : [])],
    data.parties.map((party) => [
      party.name,
      party.municipalityNumber,
      party.roleLabel,
      party.organisationNumber || '–',
      ...(withShare ? [party.ownerShare || '–'] : []),
    ]),
    ['*', 70, 90, 76, ...(withShare ? [60] : [])],
  );

  heading(doc, root, 'Vilkår');
  if (data.terms.length === 0) write(doc, root, 'P', 'Ingen vilkår er registrert.', {});
  // Label over value rather than a table: a long service description must be able to run over several pages.
  data.terms.forEach((term, index) => {
    keepRoom(doc, 40);
    write(doc, root, 'H3', term.label, { font: BOLD, size: 10, gap: index === 0 ? 0 : 7 });
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
    write(doc, root, 'P', `Vurdert av ${assessment.assessedBy} ${assessment.assessedOn}.`, { color: MUTED });
  }

  heading(doc, root, 'Godkjenninger');
  if (data.approvals.length === 0) write(doc, root, 'P', 'Ingen godkjenninger ennå.', {});
  // One line each and the comment below, not a table: a reason for a rejection may be long.
  data.approvals.forEach((approval, index) => {
    keepRoom(doc, 30);
    const line = `${approval.municipalityName}: ${approval.decision} av ${approval.by}, ${approval.at}`;
    write(doc, root, 'P', line, { gap: index === 0 ? 0 : 6 });
    if (approval.comment.trim())
      write(doc, root, 'P', `Kommentar: ${approval.comment}`, { color: MUTED, gap: 1 });
  });

  footers(doc, data);
  root.end();
  doc.end();
  return done;
}

interface TextStyle {
  readonly font?: string;
  readonly size?: number;
  readonly color?: string;
  /** Space above, in points. */
  readonly gap?: number;
}

/** One tagged block of wrapping text at the left margin; flows onto the next page when it must. */
function write(doc: Doc, parent: Struct, type: string, text: string, style: TextStyle): void {
  doc
    .font(style.font ?? FONT)
    .fontSize(style.size ?? 10)
    .fillColor(style.color ?? TEXT);
  doc.text(winAnsi(text), MARGIN, doc.y + (style.gap ?? 0), {
    width: contentWidth(doc),
    structParent: parent,
    structType: type,
  });
}

/** A section heading, moved to the next page with its first lines rather than left alone at the bottom. */
function heading(doc: Doc, parent: Struct, text: string): void {
  keepRoom(doc, 80);
  write(doc, parent, 'H2', text, { font: BOLD, size: 13, gap: doc.y > doc.page.margins.top ? 16 : 0 });
  doc.moveDown(0.3);
}

/** Starts a new page unless `points` are left on this one. */
function keepRoom(doc: Doc, points: number): void {
  if (doc.y + points > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** A tagged table with a header row (TH); rows that do not fit go on the next page. */
function table(
  doc: Doc,
  parent: Struct,
  header: readonly string[],
  rows: readonly (readonly string[])[],
  widths: readonly (number | '*')[],
): void {
  const headerRow: Cell[] = header.map((text) => ({
    text: winAnsi(text),
    type: 'TH',
    font: { src: BOLD },
    backgroundColor: HEADER_FILL,
  }));
  doc.font(FONT).fontSize(9.5).fillColor(TEXT);
  const options: TaggedTableOptions = {
    structParent: parent,
    position: { x: MARGIN, y: doc.y },
    maxWidth: contentWidth(doc),
    columnStyles: widths.map((width) => ({ width })),
    defaultStyle: { padding: [4, 5], border: 0.5, borderColor: RULE },
    data: [headerRow, ...rows.map((row) => row.map(winAnsi))],
  };
  doc.table(options);
  doc.x = MARGIN;
  doc.moveDown(0.6);
}

/** "Avtalenavn – versjon 3 · Generert 22.11.2026 kl. 09.15 · Side 1 av 2" on every page, marked as an artifact. */
function footers(doc: Doc, data: AgreementDocumentData): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = 0; index < count; index++) {
    doc.switchToPage(start + index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing below the bottom margin would otherwise start a new page
    doc.font(FONT).fontSize(8).fillColor(MUTED);
    const tail = winAnsi(
      ` – versjon ${data.versionNumber} · Generert ${data.generatedAt} · Side ${index + 1} av ${count}`,
    );
    const text = fitted(doc, winAnsi(data.title), (title) => `${title}${tail}`);
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.text(text, MARGIN, doc.page.height - MARGIN, {
      width: contentWidth(doc),
      align: 'center',
      lineBreak: false,
    });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
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

function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** The characters the standard PDF fonts can show (Windows-1252): Latin-1 plus these. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const REPLACEMENTS: Readonly<Record<string, string>> = {
  '\u2007': '\u00a0', // figure space
  '\u2009': '\u00a0', // thin space
  '\u202f': '\u00a0', // narrow no-break space (some number formats)
  '\u2010': '-',
  '\u2011': '-',
  '\u2212': '-', // minus sign, as Intl writes negative numbers in nb-NO
  '\u2192': '->',
  ŋ: 'n',
  Ŋ: 'N',
  đ: 'd',
  Đ: 'D',
  ŧ: 't',
  Ŧ: 'T',
  ʒ: 'z',
  Ʒ: 'Z',
};

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    char === '\n' ||
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0xff) ||
    WIN_ANSI_EXTRA.has(char)
  );
}

/**
 * Text the standard fonts can show: Norwegian letters, «», –, § and € pass through; other characters become their
 * nearest match (Sámi "Porsáŋgu" → "Porsángu", "č" → "c") or "?", instead of garbage in the PDF.
 */
export function winAnsi(text: string): string {
  let result = '';
  for (const char of text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ')) {
    if (isWinAnsi(char)) result += char;
    else if (REPLACEMENTS[char] !== undefined) result += REPLACEMENTS[char];
    else {
      const base = char.normalize('NFD').replace(/\p{M}/gu, '');
      result += base !== '' && [...base].every(isWinAnsi) ? base : '?';
    }
  }
  return result;
}
