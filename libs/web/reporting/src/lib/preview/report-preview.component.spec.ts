import { afterEach, describe, expect, it } from '@jest/globals';
import { provideRouter } from '@angular/router';
import type { CompiledReportData } from '@samarbeid/shared/domain';
import {
  DEMO_USERS,
  renderWithApollo,
  tableCaptioned,
  tableRows,
  textAt,
  verifyAndReset,
} from '@samarbeid/web/testing';
import type { ApolloTestingController } from 'apollo-angular/testing';

import { ReportPreviewComponent } from './report-preview.component';

const PERIOD_ID = '7f3c2a10-0000-4000-8000-000000000001';

/** A table's rows with the amounts' non-breaking spaces read as spaces. */
const rowsOf = (table: HTMLTableElement) =>
  tableRows(table).map((row) => row.map((cell) => cell.replace(/\u00a0/g, ' ')));

function compiled(municipality: CompiledReportData['municipality']): CompiledReportData {
  const share = {
    costShareNok: '377058.00',
    plannedBenefitsNok: '60000.00',
    realisedBenefitsNok: '35000.00',
  };
  return {
    regionName: 'Kongsbergregionen',
    municipality,
    period: {
      name: '1. halvår 2026',
      kind: 'HALF_YEAR',
      periodFrom: '2026-01-01',
      periodTo: '2026-06-30',
      dueDate: '2026-08-15',
    },
    summary: 'Et godt halvår.',
    compiledAt: '2026-12-07T10:00:00.000Z',
    portfolio: {
      byStatus: [
        { status: 'IN_PROGRESS', count: 4 },
        { status: 'PROPOSED', count: 7 },
      ],
      byTier: [{ tier: 'NETWORK', count: 11 }],
      measureCount: 11,
    },
    networks: [],
    economics: {
      requiredNok: '0.00',
      plannedBenefitsNok: '60000.00',
      realisedBenefitsNok: '35000.00',
      plannedCostsNok: '377058.00',
      measures: [
        {
          code: 'T5',
          title: 'Eiendomsskatt',
          participants: 7,
          plannedCostsNok: '1650000.00',
          plannedBenefitsNok: '680000.00',
          realisedBenefitsNok: '385000.00',
          ...(municipality ? { share } : {}),
        },
      ],
      municipalities: [
        {
          number: '3334',
          name: 'Flesberg',
          measureCount: 11,
          requiredNok: '0.00',
          unsplit: [],
          ...share,
        },
      ],
    },
    decisions: [],
    agreements: { signed: [], ended: [] },
  };
}

describe('the report preview', () => {
  let controller: ApolloTestingController | undefined;
  afterEach(() => verifyAndReset(controller));

  const render = async (kommune?: string) => {
    const rendered = await renderWithApollo(ReportPreviewComponent, {
      user: DEMO_USERS.viewer,
      providers: [provideRouter([])],
      inputs: { id: PERIOD_ID, kommune },
    });
    controller = rendered.controller;
    return rendered;
  };

  it("shows the region's report with both charts and each municipality's shares", async () => {
    const rendered = await render();
    const op = rendered.controller.expectOne('CompiledReportPreview');
    expect(op.operation.variables).toEqual({ periodId: PERIOD_ID, municipalityNumber: null });
    op.flush({ data: { compiledReportPreview: JSON.stringify(compiled(null)) } });
    await rendered.settle(2);

    expect(textAt(rendered.element, 'h1')).toBe('Kongsbergregionen: 1. halvår 2026');
    const summaries = Array.from(rendered.element.querySelectorAll('sb-chart'), (chart) =>
      chart.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(summaries[0]).toContain('Liggende søylediagram: tiltakene etter status; flest er Foreslått (7).');
    expect(summaries[1]).toContain('Søylediagram: krav til innsparing 0 kr, planlagte gevinster 60 000 kr');
    expect(rowsOf(tableCaptioned(rendered.element, 'Kommunenes andeler i perioden'))).toEqual([
      ['Flesberg', '11', '0 kr', '377 058 kr', '60 000 kr', '35 000 kr'],
    ]);
  });

  it("shows a municipality's edition: its measures, its opt-outs and its share of each measure", async () => {
    const rendered = await render('3334');
    const op = rendered.controller.expectOne('CompiledReportPreview');
    expect(op.operation.variables).toEqual({ periodId: PERIOD_ID, municipalityNumber: '3334' });
    op.flush({
      data: {
        compiledReportPreview: JSON.stringify(
          compiled({
            number: '3334',
            name: 'Flesberg',
            optedOut: [{ code: 'HR3', title: 'Felles rekruttering', reason: 'Egen ordning' }],
          }),
        ),
      },
    });
    await rendered.settle(2);

    expect(textAt(rendered.element, 'h1')).toBe('Flesberg i Kongsbergregionen: 1. halvår 2026');
    expect(rendered.element.textContent).toContain('Flesberg tar del i 11 av regionens samarbeidstiltak.');
    expect(rendered.element.textContent).toContain('HR3 Felles rekruttering: Egen ordning');
    expect(rowsOf(tableCaptioned(rendered.element, 'Andelen til Flesberg per tiltak i perioden'))).toEqual([
      ['T5 Eiendomsskatt', '1 650 000 kr', '377 058 kr', '60 000 kr', '35 000 kr'],
    ]);
    expect(rendered.element.textContent).not.toContain('Kommunenes andeler i perioden');
  });
});
