import { describe, expect, it } from '@jest/globals';

import { agreementPdf, AgreementDocumentData, winAnsi } from './agreement-document';

const data: AgreementDocumentData = {
  regionName: 'Kongsbergregionen',
  title: 'Tjenestekjøp: byggesaksbehandling for Nore og Uvdal',
  legalFormLabel: 'Tjenestekjøp',
  versionNumber: 3,
  status: 'Aktiv',
  measure: { code: 'T5', title: 'Felles byggesaksbehandling' },
  parties: [
    { municipalityNumber: '3334', name: 'Flesberg', roleLabel: 'Selger', organisationNumber: '964 963 037' },
    { municipalityNumber: '3338', name: 'Nore og Uvdal', roleLabel: 'Kjøper', organisationNumber: null },
    { municipalityNumber: '3905', name: 'Tønsberg', roleLabel: 'Kjøper' },
  ],
  terms: [
    {
      label: 'Tjenestebeskrivelse',
      value: 'Behandling av søknader etter plan- og bygningsloven, med veiledning.',
    },
    { label: 'Pris', value: '1 250 000 kr per år' },
    { label: 'Varighet', value: '1.1.2027 – 31.12.2029' },
    { label: 'Oppsigelse', value: '6 måneder' },
  ],
  procurementAssessment: {
    conditions: [
      { label: 'Felles mål for offentlige tjenester', met: true },
      { label: 'Bare hensyn til allmennhetens interesse', met: true },
      { label: 'Under 20 % av virksomheten i det åpne markedet', met: true },
    ],
    assessedBy: 'Åse Ødegård',
    assessedOn: '15.10.2026',
    conclusion: 'Horisontalt samarbeid; ikke anskaffelsespliktig.',
  },
  approvals: [
    {
      municipalityName: 'Flesberg',
      decision: 'Godkjent',
      by: 'Kari Øvrebø',
      at: '20.11.2026 kl. 10.02',
      comment: '',
    },
    {
      municipalityName: 'Nore og Uvdal',
      decision: 'Godkjent',
      by: 'Per Ås',
      at: '21.11.2026 kl. 14.30',
      comment: 'Særlig viktig: årlig prisjustering.',
    },
  ],
  generatedAt: '22.11.2026 kl. 09.15',
};

/** Windows-1252 bytes 0x80–0x9F (Node 20's TextDecoder reads them as Latin-1 control characters). */
const WIN_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWinAnsi(bytes: Buffer): string {
  return [...bytes]
    .map((byte) => (byte >= 0x80 && byte <= 0x9f ? WIN_1252_HIGH[byte - 0x80] : String.fromCharCode(byte)))
    .join('');
}

/** The text runs pdfkit writes with the standard fonts (`[<hex> kerning <hex>] TJ`), one per line of text. */
function textRuns(pdf: Buffer): string[] {
  const source = pdf.toString('latin1');
  return [...source.matchAll(/\[([^\]]*)\] TJ/g)].map(([, operands]) => {
    const hex = [...operands.matchAll(/<([0-9a-f]*)>/gi)].map(([, run]) => run).join('');
    return decodeWinAnsi(Buffer.from(hex, 'hex'));
  });
}

/** A string from the document information dictionary; pdfkit writes it as UTF-16BE with a byte order mark. */
function infoString(source: string, key: string): string {
  const ref = new RegExp(`/${key} (\\d+) 0 R`).exec(source)?.[1];
  const literal = new RegExp(`\\n${ref} 0 obj\\n\\((.*?)\\)\\nendobj`, 's').exec(source)?.[1] ?? '';
  const bytes = Buffer.from(literal.replace(/\\([()\\])/g, '$1'), 'latin1');
  expect(bytes.subarray(0, 2).toString('hex')).toBe('feff');
  return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
}

function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
}

describe('agreementPdf', () => {
  it('is a PDF', async () => {
    const pdf = await agreementPdf(data);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/);
  });

  it('shows the title, the parties with Norwegian letters, § 3-3, terms and approvals', async () => {
    const runs = textRuns(await agreementPdf(data, { compress: false }));
    const text = runs.join(' ').replace(/ +/g, ' ');
    expect(runs).toContain('Kongsbergregionen');
    expect(text).toContain('Tjenestekjøp: byggesaksbehandling for Nore og Uvdal');
    expect(text).toContain('Tjenestekjøp · versjon 3 · status: Aktiv');
    expect(text).toContain('Tiltak: T5 Felles byggesaksbehandling');
    for (const heading of [
      'Parter',
      'Vilkår',
      'Vurdering etter anskaffelsesforskriften § 3-3',
      'Godkjenninger',
    ]) {
      expect(runs).toContain(heading);
    }
    for (const cell of ['Nore og Uvdal', 'Flesberg', 'Tønsberg', '964 963 037', '3905', 'Selger']) {
      expect(runs).toContain(cell);
    }
    expect(runs.filter((run) => run === '–')).toHaveLength(2); // no organisation number
    expect(runs).toContain('Pris');
    expect(runs).toContain('1 250 000 kr per år');
    expect(runs).toContain('1.1.2027 – 31.12.2029');
    expect(runs).toContain('Under 20 % av virksomheten i det åpne markedet');
    expect(text).toContain('Konklusjon: Horisontalt samarbeid; ikke anskaffelsespliktig.');
    expect(text).toContain('Vurdert av Åse Ødegård 15.10.2026.');
    expect(runs).toContain('Flesberg: Godkjent av Kari Øvrebø, 20.11.2026 kl. 10.02');
    expect(runs).toContain('Nore og Uvdal: Godkjent av Per Ås, 21.11.2026 kl. 14.30');
    expect(runs.filter((run) => run.startsWith('Kommentar:'))).toEqual([
      'Kommentar: Særlig viktig: årlig prisjustering.',
    ]);
    expect(runs).toContain(
      'Tjenestekjøp: byggesaksbehandling for Nore og Uvdal – versjon 3 · Generert 22.11.2026 kl. 09.15 · Side 1 av 1',
    );
  });

  it('carries title, language and tags for assistive technology', async () => {
    const source = (await agreementPdf(data, { compress: false })).toString('latin1');
    expect(source).toContain('/Lang (nb-NO)');
    expect(source).toContain('/DisplayDocTitle true');
    expect(source).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(source).toContain('/Marked true');
    for (const tag of ['/H1', '/H2', '/H3', '/P', '/Table', '/TH', '/TD'])
      expect(source).toContain(`/S ${tag}`);
    expect(infoString(source, 'Title')).toBe(data.title);
    expect(infoString(source, 'Subject')).toBe('Tjenestekjøp, versjon 3');
  });

  it('without an assessment or approvals says so', async () => {
    const runs = textRuns(
      await agreementPdf(
        { ...data, procurementAssessment: null, approvals: [], terms: [], measure: null },
        { compress: false },
      ),
    );
    expect(runs).toContain('Ikke vurdert ennå.');
    expect(runs).toContain('Ingen godkjenninger ennå.');
    expect(runs).toContain('Ingen vilkår er registrert.');
    expect(runs.some((run) => run.startsWith('Tiltak:'))).toBe(false);
  });

  it('adds an owner-share column only when a party has one', async () => {
    const withShares = textRuns(
      await agreementPdf(
        {
          ...data,
          parties: data.parties.map((party, i) => ({ ...party, ownerShare: `${[50, 30, 20][i]} %` })),
        },
        { compress: false },
      ),
    );
    expect(withShares).toContain('Eierandel');
    expect(withShares).toContain('30 %');
    expect(textRuns(await agreementPdf(data, { compress: false }))).not.toContain('Eierandel');
  });

  it('wraps long text and flows onto new pages, numbering every page', async () => {
    const long =
      'Selger skal behandle alle søknader innen fristene i plan- og bygningsloven og rapportere hvert kvartal. ';
    const reasons = Array.from({ length: 150 }, (_, i) => `Begrunnelse nr. ${i + 1}.`).join(' ');
    const pdf = await agreementPdf(
      {
        ...data,
        terms: Array.from({ length: 40 }, (_, i) => ({ label: `Punkt ${i + 1}`, value: long.repeat(3) })),
        approvals: [{ ...data.approvals[0], decision: 'Avvist', comment: reasons }],
      },
      { compress: false },
    );
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(4);
    const runs = textRuns(pdf);
    for (let page = 1; page <= pages; page++) {
      expect(runs.filter((run) => run.endsWith(`· Side ${page} av ${pages}`))).toHaveLength(1);
    }
    expect(runs).toContain('Punkt 40');
    expect(runs.filter((run) => run.startsWith('Selger skal behandle')).length).toBeGreaterThanOrEqual(40);
    // Without the footers, which sit in each page's content after the text that runs on to the next.
    const text = runs
      .filter((run) => !/ · Side \d+ av \d+$/.test(run))
      .join(' ')
      .replace(/ +/g, ' ');
    expect(text).toContain(`Kommentar: ${reasons}`);
    // Wrapped: no line is wider than the page allows.
    expect(Math.max(...runs.map((run) => run.length))).toBeLessThan(120);
  });

  it('shortens a long title in the footer so it stays on one line', async () => {
    const title = `Tjenestekjøp: ${'svært '.repeat(30)}lang avtale`;
    const runs = textRuns(await agreementPdf({ ...data, title }, { compress: false }));
    expect(runs.filter((run) => run.startsWith(title.slice(0, 20)))).toHaveLength(2); // the first line of the H1, and the footer
    const footer = runs.find((run) => run.endsWith('Side 1 av 1'));
    expect(footer).toMatch(
      /^Tjenestekjøp: svært (svært )*… – versjon 3 · Generert 22\.11\.2026 kl\. 09\.15 · Side 1 av 1$/,
    );
    expect(footer?.length).toBeLessThan(130);
  });
});

describe('winAnsi', () => {
  it('keeps what the standard fonts can show', () => {
    const norwegian = 'Æ Ø Å æ ø å « » – — § € ‰ é ü ñ 1\u00a0250\u00a0000 kr';
    expect(winAnsi(norwegian)).toBe(norwegian);
  });

  it('replaces the rest with the nearest match', () => {
    expect(winAnsi('Porsanger – Porsáŋgu – Porsanki')).toBe('Porsanger – Porsángu – Porsanki');
    expect(winAnsi('Čáhcesuolu, Unjárga, Guovdageaidnu, Kárášjohka')).toBe(
      'Cáhcesuolu, Unjárga, Guovdageaidnu, Kárášjohka',
    );
    expect(winAnsi('−1\u202f000\u2009kr')).toBe('-1\u00a0000\u00a0kr');
    expect(winAnsi('a\r\nb\tc ✓ 漢')).toBe('a\nb c ? ?');
  });
});
