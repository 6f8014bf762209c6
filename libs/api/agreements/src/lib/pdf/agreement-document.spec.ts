import { describe, expect, it } from '@jest/globals';

import { readPdf } from '@samarbeid/api/documents/testing';

import { agreementPdf, AgreementDocumentData } from './agreement-document';

const data: AgreementDocumentData = {
  regionName: 'Kongsbergregionen',
  title: 'Tjenestekjøp: byggesaksbehandling for Nore og Uvdal',
  legalFormLabel: 'Tjenestekjøp',
  versionNumber: 3,
  status: 'Aktiv',
  notInForce: null,
  measure: { code: 'T5', title: 'Felles byggesaksbehandling' },
  parties: [
    {
      municipalityNumber: '3334',
      name: 'Flesberg',
      roleLabel: 'Selger',
      organisationNumber: '964 963 037',
      signatory: 'Kari Øvrebø',
      volume: null,
      yearlyCost: null,
    },
    {
      municipalityNumber: '3338',
      name: 'Nore og Uvdal',
      roleLabel: 'Kjøper',
      organisationNumber: null,
      signatory: 'Per Ås',
      volume: '400 timer',
      yearlyCost: '480 000 kr',
    },
    {
      municipalityNumber: '3905',
      name: 'Tønsberg',
      roleLabel: 'Kjøper',
      organisationNumber: null,
      signatory: null,
      volume: '300 timer',
      yearlyCost: '360 000 kr',
    },
  ],
  terms: [
    {
      label: 'Tjenestebeskrivelse',
      value: 'Behandling av søknader etter plan- og bygningsloven, med veiledning.',
    },
    { label: 'Volum', value: '700 timer per år' },
    { label: 'Pris', value: '1 200 kr per time' },
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
  outstandingApprovals: [],
  generatedAt: '22.11.2026 kl. 09.15',
};

async function textRuns(document: AgreementDocumentData): Promise<readonly string[]> {
  return readPdf(await agreementPdf(document, { compress: false })).runs;
}

describe('agreementPdf', () => {
  it('is a PDF', async () => {
    const pdf = await agreementPdf(data);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/);
  });

  it('shows the title, the parties with Norwegian letters, § 3-3, terms and approvals', async () => {
    const runs = await textRuns(data);
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
    for (const cell of [
      'Nore og Uvdal (3338)',
      'Flesberg (3334)',
      'Tønsberg (3905)',
      '964 963 037',
      'Selger',
    ]) {
      expect(runs).toContain(cell);
    }
    // Each party's row: organisation number (or "ikke registrert"), signatory, volume and yearly cost together.
    expect(runs.filter((run) => run === 'ikke registrert')).toHaveLength(3); // two numbers, one signatory
    for (const cell of ['Kari Øvrebø', 'Per Ås', '400 timer', '480 000 kr']) expect(runs).toContain(cell);
    expect(text).toContain('Volum per år');
    expect(text).toContain('Kostnad per år');
    expect(runs).toContain('Pris');
    expect(runs).toContain('1 200 kr per time');
    expect(runs).toContain('700 timer per år');
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

  it('is an archival PDF: PDF/A-2b declared, fonts embedded, tagged, title and language set', async () => {
    const pdf = await agreementPdf(data, { compress: false });
    const reading = readPdf(pdf);
    const source = pdf.toString('latin1');
    expect(reading.lang).toBe('nb-NO');
    expect(reading.tagged).toBe(true);
    expect(source).toContain('/DisplayDocTitle true');
    for (const tag of ['/H1', '/H2', '/H3', '/P', '/Table', '/TH', '/TD'])
      expect(source).toContain(`/S ${tag}`);
    expect(reading.info['Title']).toBe(data.title);
    expect(reading.info['Subject']).toBe('Tjenestekjøp, versjon 3');
    expect(reading.metadata).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(reading.metadata).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(source).toMatch(/\/OutputIntents \[\d+ 0 R\]/);
    // Two fonts, regular and bold, both embedded; none of the 14 standard fonts, which PDF/A forbids unembedded.
    expect(reading.fonts.map((font) => font.baseFont.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'LiberationSans',
      'LiberationSans-Bold',
    ]);
    expect(reading.fonts.every((font) => font.embedded)).toBe(true);
  });

  it('writes Norwegian and Sámi letters as they are', async () => {
    const runs = await textRuns({ ...data, regionName: 'Æ Ø Å æ ø å – Porsáŋgu, Čáhcesuolu, Kárášjohka' });
    expect(runs).toContain('Æ Ø Å æ ø å – Porsáŋgu, Čáhcesuolu, Kárášjohka');
    expect(runs.join('')).not.toContain('\ufffd');
  });

  it('marks a version not in force and lists the approvals outstanding', async () => {
    const runs = await textRuns({
      ...data,
      status: 'Til godkjenning',
      notInForce: 'Ikke i kraft: venter på godkjenning fra alle parter.',
      approvals: [data.approvals[0]],
      outstandingApprovals: ['Nore og Uvdal', 'Tønsberg'],
    });
    expect(runs).toContain('Ikke i kraft: venter på godkjenning fra alle parter.');
    expect(runs).toContain('Godkjenning mangler fra: Nore og Uvdal, Tønsberg.');
    expect(runs.find((run) => run.endsWith('Side 1 av 1'))).toContain('versjon 3 · IKKE I KRAFT');
    const inForce = await textRuns(data);
    expect(inForce.some((run) => /ikke i kraft|mangler/i.test(run))).toBe(false);
  });

  it('without an assessment or approvals says so', async () => {
    const runs = await textRuns({
      ...data,
      procurementAssessment: null,
      approvals: [],
      terms: [],
      measure: null,
    });
    expect(runs).toContain('Ikke vurdert ennå.');
    expect(runs).toContain('Ingen godkjenninger ennå.');
    expect(runs).toContain('Ingen vilkår er registrert.');
    expect(runs.some((run) => run.startsWith('Tiltak:'))).toBe(false);
  });

  it('adds an owner-share column only when a party has one', async () => {
    const withShares = await textRuns({
      ...data,
      parties: data.parties.map((party, i) => ({ ...party, ownerShare: `${[50, 30, 20][i]} %` })),
    });
    expect(withShares).toContain('Eierandel');
    expect(withShares).toContain('30 %');
    expect(await textRuns(data)).not.toContain('Eierandel');
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
    const { pageCount: pages, runs } = readPdf(pdf);
    expect(pages).toBeGreaterThanOrEqual(4);
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
    const runs = await textRuns({ ...data, title });
    expect(runs.filter((run) => run.startsWith(title.slice(0, 20)))).toHaveLength(2); // the first line of the H1, and the footer
    const footer = runs.find((run) => run.endsWith('Side 1 av 1'));
    expect(footer).toMatch(
      /^Tjenestekjøp: svært (svært )*… – versjon 3 · Generert 22\.11\.2026 kl\. 09\.15 · Side 1 av 1$/,
    );
    expect(footer?.length).toBeLessThan(140);
  });
});
