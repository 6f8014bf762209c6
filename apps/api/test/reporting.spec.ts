/**
 * The reporting cycle through the real API: the secretariat opens a period and every measure under way and every
 * action plan gets a report request, prefilled with the economics' figures; owners write and submit only their own;
 * the secretariat returns with a comment and approves; the board counts; reminders go once per rule.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from '@jest/globals';
import { readPdf } from '@samarbeid/api/documents/testing';
import { measureFiguresForYears } from '@samarbeid/api/economics-read';
import type { AuthenticatedUser } from '@samarbeid/api/platform';
import { ReportingReminderService } from '@samarbeid/api/reporting';
import { type CompiledReportData, Role, sumDecimals } from '@samarbeid/shared/domain';
import fc from 'fast-check';
import JSZip from 'jszip';

import { DEMO_USER_IDS } from '../src/seed/portfolio-seed';
import { DEMO_PERIOD_NAME } from '../src/seed/reporting-seed';
import { demoCalls, DemoUsername, useDemoTokens } from './support/portfolio';
import { errorCode, useTestApp } from './support/test-app';

const REGION = 'kongsbergregionen';

/** The exact sum of amounts, written with two decimals as the compiled report writes them. */
const sumMoney = (values: readonly string[]): string => {
  const [whole = '0', fraction = ''] = (sumDecimals(['0', ...values]) ?? '0').split('.');
  return `${whole}.${fraction.padEnd(2, '0').slice(0, 2)}`;
};

interface Report {
  id: string;
  state: string;
  version: number;
  subjectKind: string;
  networkName: string;
  measure: { code: string } | null;
  realisedBenefitsNok: string | null;
  costsNok: string | null;
  returnComment: string | null;
  viewerCanWrite: boolean;
}

const REPORT_FIELDS =
  'id state version subjectKind networkName measure { code } realisedBenefitsNok costsNok returnComment viewerCanWrite';
const OPEN = `mutation($input: OpenReportingPeriodInput!) { openReportingPeriod(input: $input) {
  id name reportCount submittedCount approvedCount status } }`;
const REPORTS = `query($periodId: ID!, $mine: Boolean) { statusReports(periodId: $periodId, mine: $mine, first: 200) {
  totalCount nodes { ${REPORT_FIELDS} } } }`;
const SAVE = `mutation($input: SaveStatusReportInput!) { saveStatusReport(input: $input) { ${REPORT_FIELDS} } }`;
const RETURN = `mutation($input: ReturnStatusReportInput!) { returnStatusReport(input: $input) { ${REPORT_FIELDS} } }`;
const APPROVE = `mutation($input: ReviewStatusReportInput!) { approveStatusReport(input: $input) { ${REPORT_FIELDS} } }`;
const BOARD = `query($id: ID!) { reportingBoard(id: $id) { networkName total notStarted draft submitted returned approved } }`;

describe('reporting', () => {
  const api = useTestApp();
  const tokens = useDemoTokens();

  const { call, ok } = demoCalls(api, tokens);

  const open = (name: string, from: string, to: string, due: string) =>
    ok<{ openReportingPeriod: { id: string; reportCount: number } }>('sekretariat', OPEN, {
      input: { regionSlug: REGION, name, kind: 'HALF_YEAR', periodFrom: from, periodTo: to, dueDate: due },
    }).then((data) => data.openReportingPeriod);

  const reports = async (as: DemoUsername, periodId: string, mine = false) =>
    (await ok<{ statusReports: { totalCount: number; nodes: Report[] } }>(as, REPORTS, { periodId, mine }))
      .statusReports;

  const content = (report: Report, extra: Record<string, unknown> = {}) => ({
    input: {
      id: report.id,
      expectedVersion: report.version,
      rag: 'YELLOW',
      progressPercent: 40,
      done: 'Felles rutine for befaring er skrevet; æøå ÆØÅ.',
      deviations: 'En måned forsinket.',
      nextSteps: 'Prøve ut rutinen i Flesberg.',
      risks: 'Kapasitet i høstferien.',
      submit: false,
      ...extra,
    },
  });

  it('opens a period with a request for every measure under way and every action plan, figures from the economics', async () => {
    const period = await open('2. halvår 2026', '2026-07-01', '2026-12-31', '2027-02-15');
    const measures: { id: string; code: string }[] = await api.dataSource.query(
      `SELECT m.id, m.code FROM measure m JOIN region r ON r.id = m.region_id
        WHERE r.slug = $1 AND m.status = 'IN_PROGRESS' ORDER BY m.code`,
      [REGION],
    );
    const plans: { network_id: string }[] = await api.dataSource.query(
      `SELECT DISTINCT st.network_id FROM action_plan_item a JOIN strategy st ON st.id = a.strategy_id
         JOIN network n ON n.id = st.network_id JOIN region r ON r.id = n.region_id
        WHERE r.slug = $1 AND a.year = 2026`,
      [REGION],
    );
    expect(period.reportCount).toBe(measures.length + plans.length);
    const list = await reports('sekretariat', period.id);
    expect(list.totalCount).toBe(period.reportCount);
    expect(
      list.nodes
        .filter((report) => report.subjectKind === 'MEASURE')
        .map((r) => r.measure?.code)
        .sort(),
    ).toEqual(measures.map((measure) => measure.code));
    const figures = await measureFiguresForYears(
      api.dataSource.manager,
      measures.map((measure) => measure.id),
      2026,
      2026,
    );
    for (const figure of figures) {
      const code = measures.find((measure) => measure.id === figure.measureId)?.code;
      const report = list.nodes.find((candidate) => candidate.measure?.code === code);
      expect({ realised: report?.realisedBenefitsNok, costs: report?.costsNok }).toEqual({
        realised: figure.realisedBenefitsNok,
        costs: figure.plannedCostsNok,
      });
    }
    const notified: { count: number }[] = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM notification WHERE recipient_user_id = $1 AND kind = 'REPORT_REQUESTED'`,
      [DEMO_USER_IDS['leder.teknisk']],
    );
    expect(notified[0]?.count).toBeGreaterThanOrEqual(1);
    const again = await call('sekretariat', OPEN, {
      input: {
        regionSlug: REGION,
        name: '2. HALVÅR 2026',
        kind: 'HALF_YEAR',
        periodFrom: '2026-07-01',
        periodTo: '2026-12-31',
        dueDate: '2027-02-15',
      },
    });
    expect(errorCode(again)).toBe('CONFLICT');
  });

  it('lets owners write only their own, and runs draft → submitted → returned → submitted → approved', async () => {
    const period = await open('1. halvår 2027', '2027-01-01', '2027-06-30', '2027-08-15');
    const mine = await reports('leder.teknisk', period.id, true);
    expect(mine.nodes.every((report) => report.networkName.includes('eknisk') && report.viewerCanWrite)).toBe(
      true,
    );
    const t5 = mine.nodes.find((report) => report.measure?.code === 'T5');
    if (!t5) throw new Error('T5 has no report');
    const all = await reports('leder.teknisk', period.id);
    const foreign = all.nodes.find((report) => report.measure?.code === 'F1');
    if (!foreign) throw new Error('F1 has no report');
    expect(foreign.viewerCanWrite).toBe(false);
    expect(errorCode(await call('leder.teknisk', SAVE, content(foreign)))).toBe('FORBIDDEN');
    expect(errorCode(await call('medlem.tinn', SAVE, content(t5)))).toBe('FORBIDDEN');

    const draft = (await ok<{ saveStatusReport: Report }>('leder.teknisk', SAVE, content(t5)))
      .saveStatusReport;
    expect(draft.state).toBe('DRAFT');
    const incomplete = await call('leder.teknisk', SAVE, content(draft, { done: '', submit: true }));
    expect(errorCode(incomplete)).toBe('BAD_USER_INPUT');
    expect(incomplete.errors?.[0]?.message).toBe('Skriv hva som er gjort før du leverer.');
    const submitted = (
      await ok<{ saveStatusReport: Report }>('leder.teknisk', SAVE, content(draft, { submit: true }))
    ).saveStatusReport;
    expect(submitted.state).toBe('SUBMITTED');
    expect(errorCode(await call('leder.teknisk', SAVE, content(submitted)))).toBe('BAD_USER_INPUT');
    expect(errorCode(await call('leder.teknisk', APPROVE, { input: { id: submitted.id } }))).toBe(
      'FORBIDDEN',
    );

    const returned = (
      await ok<{ returnStatusReport: Report }>('sekretariat', RETURN, {
        input: { id: submitted.id, expectedVersion: submitted.version, comment: 'Beskriv risikoen nærmere.' },
      })
    ).returnStatusReport;
    expect(returned).toMatchObject({ state: 'RETURNED', returnComment: 'Beskriv risikoen nærmere.' });
    const told: { count: number }[] = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM notification WHERE recipient_user_id = $1 AND kind = 'REPORT_RETURNED'`,
      [DEMO_USER_IDS['leder.teknisk']],
    );
    expect(told[0]?.count).toBe(1);
    const resubmitted = (
      await ok<{ saveStatusReport: Report }>(
        'leder.teknisk',
        SAVE,
        content(returned, { risks: 'Kapasitet i høstferien; tiltak: vikar.', submit: true }),
      )
    ).saveStatusReport;
    expect(resubmitted.state).toBe('SUBMITTED');
    const approved = (
      await ok<{ approveStatusReport: Report }>('sekretariat', APPROVE, {
        input: { id: resubmitted.id, expectedVersion: resubmitted.version },
      })
    ).approveStatusReport;
    expect(approved).toMatchObject({ state: 'APPROVED', returnComment: null });

    const board = (
      await ok<{ reportingBoard: { networkName: string; approved: number; total: number }[] }>(
        'politiker',
        BOARD,
        { id: period.id },
      )
    ).reportingBoard;
    expect(board.reduce((sum, row) => sum + row.total, 0)).toBe(period.reportCount);
    expect(board.reduce((sum, row) => sum + row.approved, 0)).toBe(1);
    const history: { count: number }[] = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_event WHERE entity_type = 'status_report' AND entity_id = $1`,
      [t5.id],
    );
    expect(history[0]?.count).toBe(5);
  });

  it('lets the leader hand a report to a member of the network, who may then write it', async () => {
    const period = await open('Overlevering 2027', '2027-07-01', '2027-12-31', '2028-02-15');
    const [network]: { id: string }[] = await api.dataSource.query(
      "SELECT id FROM network WHERE key = 'TEKNISK'",
    );
    await api.dataSource.query(
      `INSERT INTO network_member (network_id, user_id, person_name, email, municipality_number, role)
       VALUES ($1, $2, 'Marte Moen', 'marte.moen@example.no', '4026', 'MEMBER')`,
      [network?.id, DEMO_USER_IDS['medlem.tinn']],
    );
    const t5 = (await reports('leder.teknisk', period.id, true)).nodes.find((r) => r.measure?.code === 'T5');
    if (!t5) throw new Error('T5 has no report');
    await ok(
      'leder.teknisk',
      'mutation($input: AssignStatusReportInput!) { assignStatusReport(input: $input) { id } }',
      {
        input: { id: t5.id, assigneeUserId: DEMO_USER_IDS['medlem.tinn'] },
      },
    );
    const hers = await reports('medlem.tinn', period.id, true);
    expect(hers.nodes.map((report) => report.id)).toEqual([t5.id]);
    const saved = (await ok<{ saveStatusReport: Report }>('medlem.tinn', SAVE, content(hers.nodes[0])))
      .saveStatusReport;
    expect(saved.state).toBe('DRAFT');
  });

  it('reminds a week before the due date and once overdue, each rule once per report', async () => {
    const period = await open('Påminnelser 2028', '2028-01-01', '2028-06-30', '2028-08-15');
    const reminders = api.app.get(ReportingReminderService);
    const secretariat: AuthenticatedUser = {
      id: 'test:secretariat',
      username: 'sekretariat',
      name: 'Sekretariatet',
      email: null,
      roles: [Role.Secretariat],
      municipalityNumber: null,
      integration: false,
    };
    const marks = async () =>
      (
        await api.dataSource.query<{ before: number; overdue: number; total: number }[]>(
          `SELECT count(reminded_before_due_at)::int AS before, count(reminded_overdue_at)::int AS overdue,
                  count(*)::int AS total
             FROM status_report WHERE period_id = $1`,
          [period.id],
        )
      )[0];
    const outbox = async () =>
      (await api.dataSource.query<{ count: number }[]>('SELECT count(*)::int AS count FROM notification'))[0]
        ?.count ?? 0;

    await reminders.remind(secretariat, REGION, new Date('2028-08-01T10:00:00Z'));
    expect(await marks()).toMatchObject({ before: 0, overdue: 0 });

    await reminders.remind(secretariat, REGION, new Date('2028-08-10T10:00:00Z'));
    const afterFirst = await marks();
    expect(afterFirst?.before).toBe(afterFirst?.total);
    const notifications = await outbox();
    expect((await reminders.remind(secretariat, REGION, new Date('2028-08-12T10:00:00Z'))).reminded).toBe(0);
    expect(await outbox()).toBe(notifications);

    const overdue = await reminders.remind(secretariat, REGION, new Date('2028-08-16T10:00:00Z'));
    expect(overdue.reminded).toBe(afterFirst?.total);
    expect((await marks())?.overdue).toBe(afterFirst?.total);
    expect((await reminders.remind(secretariat, REGION, new Date('2028-09-30T10:00:00Z'))).reminded).toBe(0);
    const kinds: { kind: string; count: number }[] = await api.dataSource.query(
      `SELECT kind, count(*)::int AS count FROM notification
        WHERE recipient_user_id = $1 AND link LIKE $2 GROUP BY kind ORDER BY kind`,
      [DEMO_USER_IDS['leder.teknisk'], `/rapportering/${period.id}/%`],
    );
    const teknisk = (await reports('leder.teknisk', period.id, true)).totalCount;
    expect(kinds).toEqual([
      { kind: 'REPORT_DUE', count: teknisk },
      { kind: 'REPORT_OVERDUE', count: teknisk },
    ]);
  });

  describe('compile, freeze and the documents', () => {
    const PREVIEW = 'query($periodId: ID!) { compiledReportPreview(periodId: $periodId) }';
    const FREEZE = 'mutation($input: FreezeReportInput!) { freezeReport(input: $input) { id number } }';
    const FROZEN = 'query($id: ID!) { frozenReport(id: $id) { number dataJson } }';
    const withoutTime = (json: string) => ({
      ...(JSON.parse(json) as Record<string, unknown>),
      compiledAt: null,
    });

    const demo = async () =>
      (
        await api.dataSource.query<
          {
            id: string;
          }[]
        >('SELECT id FROM reporting_period WHERE name = $1', [DEMO_PERIOD_NAME])
      )[0]?.id;

    /** A change to the live data the report shows: a report's progress and text, a benefit's actual value, a cost. */
    const edit = fc.oneof(
      fc.record({
        kind: fc.constant('report' as const),
        pick: fc.nat(),
        progress: fc.integer({ min: 0, max: 100 }),
      }),
      fc.record({
        kind: fc.constant('benefit' as const),
        pick: fc.nat(),
        value: fc.integer({ min: 1, max: 5_000_000 }),
      }),
      fc.record({
        kind: fc.constant('cost' as const),
        pick: fc.nat(),
        value: fc.integer({ min: 0, max: 9_000_000 }),
      }),
    );
    type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

    const apply = async (periodId: string, change: Edit) => {
      const at = <T>(rows: T[]): T | undefined => rows[change.pick % Math.max(rows.length, 1)];
      if (change.kind === 'report') {
        const report = at<{ id: string }>(
          await api.dataSource.query('SELECT id FROM status_report WHERE period_id = $1 ORDER BY id', [
            periodId,
          ]),
        );
        if (report) {
          await api.dataSource.query(
            "UPDATE status_report SET progress_percent = $2, done = 'Endret etter frysing: æøå' WHERE id = $1",
            [report.id, change.progress],
          );
        }
      } else if (change.kind === 'benefit') {
        const benefit = at<{ id: string }>(
          await api.dataSource.query(
            `SELECT b.id FROM benefit b JOIN measure m ON m.id = b.measure_id JOIN region r ON r.id = m.region_id
              WHERE r.slug = $1 AND b.unit_kind = 'NOK' ORDER BY b.id`,
            [REGION],
          ),
        );
        if (benefit) {
          await api.dataSource.query(
            `INSERT INTO benefit_actual (benefit_id, year, municipality_number, value, recorded_by_id)
             VALUES ($1, 2026, '3303', $2, 'test')`,
            [benefit.id, change.value],
          );
        }
      } else {
        const line = at<{ measure_id: string; kind: string }>(
          await api.dataSource.query(
            `SELECT c.measure_id, c.kind FROM cost_line c JOIN measure m ON m.id = c.measure_id
               JOIN region r ON r.id = m.region_id WHERE r.slug = $1 AND c.year = 2026 ORDER BY 1, 2`,
            [REGION],
          ),
        );
        if (line) {
          await api.dataSource.query(
            'UPDATE cost_line SET amount = $3 WHERE measure_id = $1 AND kind = $2 AND year = 2026',
            [line.measure_id, line.kind, change.value],
          );
        }
      }
    };

    it('freezes exactly the live figures, and a frozen version never changes when the live data does', async () => {
      const periodId = await demo();
      await fc.assert(
        fc.asyncProperty(
          fc.array(edit, { maxLength: 3 }),
          fc.array(edit, { minLength: 1, maxLength: 4 }),
          async (before, after) => {
            for (const change of before) await apply(periodId, change);
            const live = (await ok<{ compiledReportPreview: string }>('sekretariat', PREVIEW, { periodId }))
              .compiledReportPreview;
            const frozen = (
              await ok<{ freezeReport: { id: string; number: number } }>('sekretariat', FREEZE, {
                input: { periodId },
              })
            ).freezeReport;
            const stored = (
              await ok<{ frozenReport: { dataJson: string } }>('politiker', FROZEN, { id: frozen.id })
            ).frozenReport.dataJson;
            expect(withoutTime(stored)).toEqual(withoutTime(live));
            for (const change of after) await apply(periodId, change);
            const later = (
              await ok<{ frozenReport: { dataJson: string } }>('politiker', FROZEN, { id: frozen.id })
            ).frozenReport.dataJson;
            expect(later).toBe(stored);
          },
        ),
        { numRuns: 6 },
      );
      const numbers: { number: number }[] = await api.dataSource.query(
        'SELECT number FROM frozen_report WHERE period_id = $1 AND municipality_number IS NULL ORDER BY number',
        [periodId],
      );
      expect(numbers.map((row) => row.number)).toEqual(numbers.map((_, index) => index + 1));
    });

    const download = async (path: string): Promise<Buffer> => {
      const response = await fetch(`${api.url}${path}`, {
        headers: { authorization: `Bearer ${tokens.politiker}` },
      });
      expect(response.status).toBe(200);
      return Buffer.from(await response.arrayBuffer());
    };

    it('writes the frozen version as Word with real headings, tables and Norwegian, and as a PDF with the same text', async () => {
      const periodId = await demo();
      const [version]: { id: string }[] = await api.dataSource.query(
        'SELECT id FROM frozen_report WHERE period_id = $1 AND municipality_number IS NULL ORDER BY number LIMIT 1',
        [periodId],
      );
      const docx = await download(`/exports/reports/${version?.id}.docx`);
      const pdf = await download(`/exports/reports/${version?.id}.pdf`);
      // REPORTING_KEEP_FILES=<folder> keeps the demo's files to look at (page count, sections).
      const keepIn = process.env['REPORTING_KEEP_FILES'];
      if (keepIn) {
        mkdirSync(keepIn, { recursive: true });
        writeFileSync(join(keepIn, 'demo-report.docx'), docx);
        writeFileSync(join(keepIn, 'demo-report.pdf'), pdf);
        const [flesberg]: { id: string }[] = await api.dataSource.query(
          "SELECT id FROM frozen_report WHERE period_id = $1 AND municipality_number = '3334' ORDER BY number LIMIT 1",
          [periodId],
        );
        for (const extension of ['docx', 'pdf']) {
          writeFileSync(
            join(keepIn, `demo-report-flesberg.${extension}`),
            await download(`/exports/reports/${flesberg?.id}.${extension}`),
          );
        }
      }
      const zip = await JSZip.loadAsync(docx);
      const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
      for (const style of ['Title', 'Heading1', 'Heading2', 'Heading3'])
        expect(xml).toContain(`w:val="${style}"`);
      expect(xml.match(/<w:tbl>/g)?.length ?? 0).toBeGreaterThanOrEqual(5);
      expect(xml).toContain('<w:tblHeader/>');
      for (const text of [
        '1. Sammendrag',
        '2. Porteføljens status',
        '4. Økonomi',
        '5. Gevinster',
        'Frosset versjon 1',
      ])
        expect(xml).toContain(text);
      expect(xml).toMatch(/[æøå]/);
      const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
      expect(core).toContain(`Kongsbergregionen: rapport for ${DEMO_PERIOD_NAME}`);
      const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
      expect(styles).toContain('w:val="nb-NO"');
      // The charts: pictures with alternative text (docPr descr), each an SVG with a PNG for older Word, captioned.
      const descriptions = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((match) => match[1]);
      expect(descriptions).toEqual([
        expect.stringMatching(/^Liggende søylediagram over regionens \d+ tiltak etter status: .+ \d+\.$/),
        expect.stringMatching(
          /^Søylediagram: regionens krav til innsparing og gevinster i 1\. halvår 2026\. Krav .+ kr/,
        ),
      ]);
      const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
      expect(media.filter((name) => name.endsWith('.svg'))).toHaveLength(2);
      expect(media.filter((name) => name.endsWith('.png'))).toHaveLength(2);
      const svg = (await zip.file(media.find((name) => name.endsWith('.svg')) ?? '')?.async('string')) ?? '';
      expect(svg).toMatch(/^<svg [^>]*role="img"/);
      expect(svg).toContain('<title>Liggende søylediagram over regionens');
      for (const text of [
        'Figur 1. Tiltak etter status',
        'Figur 2. Krav til innsparing, gevinster og kostnader i perioden',
        'Kommunenes andeler i perioden',
        'Flesberg',
      ])
        expect(xml).toContain(text);

      const anonymous = await fetch(`${api.url}/exports/reports/${version?.id}.pdf`);
      expect(anonymous.status).toBe(401);
      const reading = readPdf(pdf);
      expect(reading.lang).toBe('nb-NO');
      expect(reading.fonts.filter((font) => !font.embedded)).toEqual([]);
      expect(reading.info['Title']).toBe(`Kongsbergregionen: rapport for ${DEMO_PERIOD_NAME}`);
      const text = reading.runs.join('\n');
      for (const expected of [
        '1. Sammendrag',
        '3. Nettverkene',
        '6. Vedtak i perioden',
        '7. Avtaler',
        'Porteføljens',
        'Figur 1. Tiltak etter status',
        'Figur 2. Krav til innsparing, gevinster og kostnader i perioden',
        'Kommunenes andeler i perioden',
      ])
        expect(text).toContain(expected);
      // Tagged: headings, tables, and each chart a figure with its alternative text.
      expect(reading.tagged).toBe(true);
      const raw = pdf.toString('latin1');
      expect(raw.match(/\/S \/Figure/g)).toHaveLength(2);
      expect(raw.match(/\/S \/Figure[^>]*\/Alt /g) ?? raw.match(/\/Alt [^/]*\/S \/Figure/g)).not.toBeNull();
      expect(raw).toMatch(/\/S \/H1/);
      expect(text).toMatch(/Side 1 av \d+/);
      expect(text).not.toContain('\ufffd');
      const missing = await fetch(`${api.url}/exports/reports/00000000-0000-4000-8000-000000000000.pdf`, {
        headers: { authorization: `Bearer ${tokens.politiker}` },
      });
      expect(missing.status).toBe(404);
    });

    const members = async () =>
      api.dataSource.query<{ number: string; name: string }[]>(
        `SELECT m.number, m.name FROM region_membership rm JOIN municipality m ON m.number = rm.municipality_number
           JOIN region r ON r.id = rm.region_id
          WHERE r.slug = $1 AND rm.valid_from <= current_date AND (rm.valid_to IS NULL OR rm.valid_to > current_date)
          ORDER BY m.number`,
        [REGION],
      );
    const previewOf = async (periodId: string, municipalityNumber?: string) =>
      JSON.parse(
        (
          await ok<{ compiledReportPreview: string }>(
            'sekretariat',
            'query($periodId: ID!, $m: String) { compiledReportPreview(periodId: $periodId, municipalityNumber: $m) }',
            { periodId, m: municipalityNumber ?? null },
          )
        ).compiledReportPreview,
      ) as CompiledReportData;

    it("shows each member's shares, and the members' shares of a measure add up to its planned costs", async () => {
      const periodId = await demo();
      const region = await previewOf(periodId);
      const all = await members();
      expect(region.municipality).toBeNull();
      expect(region.economics.municipalities?.map((m) => m.number)).toEqual(all.map((m) => m.number));
      const variants = await Promise.all(all.map((member) => previewOf(periodId, member.number)));
      const shared = region.economics.measures.filter((measure) => measure.participants > 0);
      expect(shared.length).toBeGreaterThan(0);
      for (const measure of shared) {
        const shares = variants.flatMap(
          (variant) => variant.economics.measures.find((m) => m.code === measure.code)?.share ?? [],
        );
        expect(shares).toHaveLength(measure.participants);
        if (shares.some((share) => share.costShareNok === null)) continue;
        expect(sumMoney(shares.map((share) => share.costShareNok ?? '0'))).toBe(measure.plannedCostsNok);
      }
      for (const [index, member] of all.entries()) {
        const own = region.economics.municipalities?.[index];
        const variant = variants[index];
        expect(own?.costShareNok).toBe(variant?.economics.plannedCostsNok);
        expect(own?.requiredNok).toBe(variant?.economics.requiredNok);
        expect(variant?.municipality?.name).toBe(member.name);
      }
    });

    it("freezes a municipality's variant with its own numbering: only what it takes part in, its shares, its agreements", async () => {
      const periodId = await demo();
      const FREEZE_FOR = `mutation($input: FreezeReportInput!) {
        freezeReport(input: $input) { id number municipalityNumber municipalityName } }`;
      const before: { count: number }[] = await api.dataSource.query(
        "SELECT count(*)::int AS count FROM frozen_report WHERE period_id = $1 AND municipality_number = '3334'",
        [periodId],
      );
      const frozen = (
        await ok<{
          freezeReport: { id: string; number: number; municipalityNumber: string; municipalityName: string };
        }>('sekretariat', FREEZE_FOR, { input: { periodId, municipalityNumber: '3334' } })
      ).freezeReport;
      expect(frozen).toMatchObject({
        number: (before[0]?.count ?? 0) + 1,
        municipalityNumber: '3334',
        municipalityName: 'Flesberg',
      });
      const data = JSON.parse(
        (await ok<{ frozenReport: { dataJson: string } }>('politiker', FROZEN, { id: frozen.id }))
          .frozenReport.dataJson,
      ) as CompiledReportData;
      const taking: { code: string }[] = await api.dataSource.query(
        `SELECT m.code FROM participation p JOIN measure m ON m.id = p.measure_id
          WHERE p.municipality_number = '3334' AND p.state = 'PARTICIPATING'`,
      );
      const codes = new Set(taking.map((row) => row.code));
      expect(data.economics.measures.length).toBeGreaterThan(0);
      expect(data.economics.measures.every((m) => codes.has(m.code) && m.share !== undefined)).toBe(true);
      expect(data.portfolio.measureCount).toBe(codes.size);
      const optedOut: { code: string }[] = await api.dataSource.query(
        `SELECT m.code FROM participation p JOIN measure m ON m.id = p.measure_id
          WHERE p.municipality_number = '3334' AND p.state = 'OPTED_OUT' ORDER BY m.code`,
      );
      expect(data.municipality?.optedOut.map((m) => m.code)).toEqual(optedOut.map((m) => m.code));

      const versions = (
        await ok<{ frozenReports: { number: number; municipalityName: string | null }[] }>(
          'politiker',
          'query($periodId: ID!) { frozenReports(periodId: $periodId) { number municipalityName } }',
          { periodId },
        )
      ).frozenReports;
      expect(versions[0]?.municipalityName).toBeNull();
      expect(versions.filter((v) => v.municipalityName === 'Flesberg').map((v) => v.number)[0]).toBe(
        frozen.number,
      );

      const docx = await download(`/exports/reports/${frozen.id}.docx`);
      const zip = await JSZip.loadAsync(docx);
      const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
      expect(core).toContain(`Flesberg i Kongsbergregionen: rapport for ${DEMO_PERIOD_NAME}`);
      const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
      expect(xml).toContain('2. Tiltakene Flesberg tar del i');
      expect(xml).toContain('Flesbergs andel per tiltak i perioden');
      const text = readPdf(await download(`/exports/reports/${frozen.id}.pdf`)).runs.join('\n');
      expect(text).toContain('Flesbergs andel');

      const outsider = await call('sekretariat', FREEZE_FOR, {
        input: { periodId, municipalityNumber: '0301' },
      });
      expect(errorCode(outsider)).toBe('BAD_USER_INPUT');
      expect(outsider.errors?.[0]?.message).toBe(
        'Kommune 0301 er ikke medlem av Kongsbergregionen, så den har ingen egen rapport her.',
      );
      const after: { count: number }[] = await api.dataSource.query(
        "SELECT count(*)::int AS count FROM frozen_report WHERE municipality_number = '0301'",
      );
      expect(after[0]?.count).toBe(0);
    });
  });
});
