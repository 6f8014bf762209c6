import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  AuthService,
  createCache,
  LiveUpdates,
  type RegionChange,
  type SignedInUser,
} from '@samarbeid/web/data-access';
import { FocusItemsDocument, type FocusItemsQuery } from '@samarbeid/web/graphql';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { Subject } from 'rxjs';

import { FocusListPageComponent } from './focus-list-page.component';

function answer(values: [string, string][], viewerCanDefine = false): FocusItemsQuery {
  const latest = values.at(-1);
  return {
    focusItems: {
      __typename: 'FocusItemList',
      viewerCanDefine,
      items: [
        {
          __typename: 'FocusItem',
          id: 'f1',
          regionSlug: 'kongsbergregionen',
          municipalityNumber: null,
          areaName: 'Kongsbergregionen',
          name: 'Bruk av vikarbyrå',
          unit: 'kr',
          direction: 'LOWER',
          frequency: 'MONTHLY',
          description: '',
          version: 1,
          status: latest && Number(latest[1]) <= 1200000 ? 'ON_TARGET' : 'OFF_TARGET',
          trend: 'IMPROVING',
          currentTarget: '1200000',
          viewerCanRecord: false,
          latest: latest
            ? {
                __typename: 'FocusValue',
                period: latest[0],
                value: latest[1],
                target: '1200000',
                status: Number(latest[1]) <= 1200000 ? 'ON_TARGET' : 'OFF_TARGET',
                source: 'API',
                recordedByName: 'Regnskap',
                recordedAt: '2026-12-07T10:00:00.000Z',
              }
            : null,
          values: values.map(([period, value]) => ({ __typename: 'FocusValue', period, value })),
        },
      ],
    },
  } as unknown as FocusItemsQuery;
}

describe('FocusListPageComponent', () => {
  let fixture: ComponentFixture<FocusListPageComponent>;
  let controller: ApolloTestingController;
  let element: HTMLElement;
  const changes = new Subject<RegionChange>();
  const user = signal<SignedInUser | null>({
    name: 'Pia',
    roles: ['viewer'],
    municipality: undefined,
    email: undefined,
  });

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule, FocusListPageComponent],
      providers: [
        provideRouter([]),
        { provide: APOLLO_TESTING_CACHE, useFactory: createCache },
        { provide: AuthService, useValue: { user: user.asReadonly() } },
        { provide: LiveUpdates, useValue: { regionChanges: () => changes.asObservable() } },
      ],
    });
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(FocusListPageComponent);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => {
    controller.verify();
    TestBed.resetTestingModule();
  });

  const row = () =>
    Array.from(element.querySelectorAll('tbody tr th, tbody tr td')).map(
      (cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    );

  it('lists the items with the latest value against the target, status in words and the time fetched', async () => {
    controller.expectOne(FocusItemsDocument).flush({
      data: answer([
        ['2026-05', '1180000'],
        ['2026-06', '1105000'],
      ]),
    });
    await fixture.whenStable();
    expect(row()).toEqual([
      'Bruk av vikarbyrå',
      'Kongsbergregionen',
      '1 105 000 kr (2026-06)',
      '1 200 000 kr',
      '✓ Innenfor målet',
      '↗ Bedre',
    ]);
    expect(element.querySelector('[data-testid="focus-updated"]')?.textContent).toMatch(
      /Oppdatert kl\. \d\d:\d\d:\d\d/,
    );
    // Viewers see neither the upload nor the new item form.
    expect(element.querySelector('[data-testid="focus-import"]')).toBeNull();
  });

  it('refetches when something in the region changes', async () => {
    controller.expectOne(FocusItemsDocument).flush({ data: answer([['2026-06', '1105000']]) });
    await fixture.whenStable();
    changes.next({ regionId: 'r', entityType: 'focus_value', at: '2026-12-07T10:00:00Z' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    controller.expectOne(FocusItemsDocument).flush({ data: answer([['2026-07', '1300000']]) });
    await fixture.whenStable();
    expect(row()).toContain('1 300 000 kr (2026-07)');
    expect(row()).toContain('✗ Utenfor målet');
  });

  it('gives the secretariat the upload and the new item form', async () => {
    controller.expectOne(FocusItemsDocument).flush({ data: answer([], true) });
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="focus-import"]')).not.toBeNull();
    // Excel workbooks and CSV files both.
    const accept = element.querySelector<HTMLInputElement>('#focus-import-file')?.accept.split(',');
    expect(accept).toEqual(expect.arrayContaining(['.xlsx', '.csv']));
    expect(element.querySelector('#focus-import-file')?.closest('.ds-field')?.textContent).toContain(
      'Excel- eller CSV-fil',
    );
    expect(element.querySelector('#focus-create-name')).not.toBeNull();
  });
});
