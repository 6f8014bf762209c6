import { afterEach, describe, expect, it } from '@jest/globals';
import { provideRouter } from '@angular/router';
import type { ReportingPeriodPageQuery } from '@samarbeid/web/graphql';
import {
  buttonNamed,
  byId,
  DEMO_USERS,
  fieldLabelled,
  renderWithApollo,
  submitForm,
  textAt,
  textsAt,
  typeInto,
  verifyAndReset,
} from '@samarbeid/web/testing';
import type { ApolloTestingController } from 'apollo-angular/testing';

import { PeriodPageComponent } from './period-page.component';

const PERIOD_ID = '7f3c2a10-0000-4000-8000-000000000001';

function period(version: number, summary: string) {
  return {
    __typename: 'ReportingPeriod' as const,
    id: PERIOD_ID,
    regionSlug: 'kongsbergregionen',
    name: '1. halvår 2026',
    kind: 'HALF_YEAR' as const,
    periodFrom: '2026-01-01',
    periodTo: '2026-06-30',
    dueDate: '2026-08-15',
    status: 'OPEN' as const,
    summary,
    reportCount: 0,
    submittedCount: 0,
    approvedCount: 0,
    viewerCanManage: true,
    version,
  };
}

const MUNICIPALITIES = {
  region: {
    __typename: 'Region',
    id: 'region-kongsberg',
    municipalities: {
      __typename: 'MunicipalityConnection',
      nodes: [
        { __typename: 'Municipality', number: '3303', name: 'Kongsberg' },
        { __typename: 'Municipality', number: '3334', name: 'Flesberg' },
      ],
    },
  },
};

const frozenVersion = (number: number, municipality: { number: string; name: string } | null) => ({
  __typename: 'FrozenReport' as const,
  id: `frozen-${municipality?.number ?? 'region'}-${number}`,
  number,
  municipalityNumber: municipality?.number ?? null,
  municipalityName: municipality?.name ?? null,
  frozenAt: '2026-12-07T10:00:00.000Z',
  frozenByName: 'Siri Sekretær',
});

function page(
  version: number,
  summary: string,
  frozenReports: ReturnType<typeof frozenVersion>[] = [],
): ReportingPeriodPageQuery {
  return {
    reportingPeriod: period(version, summary),
    frozenReports,
    reportingBoard: [],
    statusReports: {
      __typename: 'StatusReportConnection',
      totalCount: 0,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      nodes: [],
    },
  } as ReportingPeriodPageQuery;
}

describe('the reporting period page', () => {
  let controller: ApolloTestingController | undefined;
  afterEach(() => verifyAndReset(controller));

  it('tells that the summary was saved, and keeps telling it when the saved version comes back', async () => {
    const rendered = await renderWithApollo(PeriodPageComponent, {
      user: DEMO_USERS.secretariat,
      providers: [provideRouter([])],
      inputs: { id: PERIOD_ID },
    });
    controller = rendered.controller;
    rendered.controller.expectOne('ReportingPeriodPage').flush({ data: page(3, '') });
    await rendered.settle(2);
    rendered.controller.expectOne('ReportingMunicipalities').flush({ data: MUNICIPALITIES });
    await rendered.settle();

    const field = byId<HTMLTextAreaElement>(rendered.element, 'summary-summary');
    typeInto(field, '  Et godt halvår.  ');
    submitForm(rendered.element, 'form');
    await rendered.settle();
    const save = rendered.controller.expectOne('UpdateReportingSummary');
    expect(save.operation.variables['input']).toEqual({
      periodId: PERIOD_ID,
      expectedVersion: 3,
      summary: 'Et godt halvår.',
    });
    save.flush({
      data: { updateReportingSummary: period(4, 'Et godt halvår.') },
    });
    await rendered.settle(3);

    expect(textAt(rendered.element, '#summary-feedback')).toContain('Sammendraget er lagret.');
    expect(field.value.trim()).toBe('Et godt halvår.');
  });

  it("previews and freezes a municipality's edition, and lists each version with its municipality", async () => {
    const rendered = await renderWithApollo(PeriodPageComponent, {
      user: DEMO_USERS.secretariat,
      providers: [provideRouter([])],
      inputs: { id: PERIOD_ID },
    });
    controller = rendered.controller;
    rendered.controller.expectOne('ReportingPeriodPage').flush({
      data: page(3, '', [frozenVersion(1, null), frozenVersion(1, { number: '3334', name: 'Flesberg' })]),
    });
    await rendered.settle(2);
    rendered.controller.expectOne('ReportingMunicipalities').flush({ data: MUNICIPALITIES });
    await rendered.settle();

    expect(buttonNamed(rendered.element, 'Frys rapporten')).toBeTruthy();
    const versions = textsAt(rendered.element, 'ul.ds-list li a');
    expect(versions[0]).toMatch(/^Versjon 1, frosset .* av Siri Sekretær$/);
    expect(versions[1]).toMatch(/^Flesberg: versjon 1, frosset .* av Siri Sekretær$/);
    expect(textsAt(rendered.element, 'sb-download-button')).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Last ned Word (versjon 1)'),
        expect.stringContaining('Last ned PDF (Flesberg, versjon 1)'),
      ]),
    );

    typeInto(fieldLabelled(rendered.element, 'Utgave'), '3334');
    await rendered.settle();
    const preview = Array.from(rendered.element.querySelectorAll('a')).find(
      (link) => link.textContent?.trim() === 'Forhåndsvis utgaven for Flesberg',
    );
    expect(preview?.getAttribute('href')).toBe(`/rapportering/${PERIOD_ID}/forhandsvisning?kommune=3334`);
    buttonNamed(rendered.element, 'Frys utgaven for Flesberg').click();
    await rendered.settle();
    const freeze = rendered.controller.expectOne('FreezeReport');
    expect(freeze.operation.variables['input']).toEqual({ periodId: PERIOD_ID, municipalityNumber: '3334' });
    freeze.flush({ data: { freezeReport: frozenVersion(2, { number: '3334', name: 'Flesberg' }) } });
    await rendered.settle();
    rendered.controller.expectOne('ReportingPeriodPage').flush({
      data: page(3, '', [
        frozenVersion(1, null),
        frozenVersion(2, { number: '3334', name: 'Flesberg' }),
        frozenVersion(1, { number: '3334', name: 'Flesberg' }),
      ]),
    });
    await rendered.settle(2);
    expect(textAt(rendered.element, '#period-freeze-feedback')).toContain(
      'Utgaven for Flesberg er frosset som versjon 2.',
    );
  });
});
