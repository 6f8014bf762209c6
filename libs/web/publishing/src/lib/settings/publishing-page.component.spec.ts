import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { createCache } from '@samarbeid/web/data-access';
import {
  PublicFeedbackDocument,
  type PublicFeedbackQuery,
  PublishingDocument,
  type PublishingQuery,
  SetPublishingDocument,
} from '@samarbeid/web/graphql';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';

import { PublishingPageComponent } from './publishing-page.component';

const SECTIONS = [
  'PORTFOLIO',
  'DECISIONS',
  'PARTICIPATION',
  'SAVINGS',
  'FOCUS',
  'INDICATORS',
  'PLAN',
  'REPORTS',
];

function publishing(published: readonly string[]): PublishingQuery {
  return {
    publishing: {
      __typename: 'Publishing',
      regionSlug: 'kongsbergregionen',
      regionName: 'Kongsbergregionen',
      publicPath: '/offentlig/kongsbergregionen',
      unreadFeedback: 0,
      sections: SECTIONS.map((section) => ({
        __typename: 'PublishSectionSetting',
        section,
        published: published.includes(section),
        available: section !== 'PLAN',
        changedAt: null,
        changedByName: null,
      })),
      statement: {
        __typename: 'AccessibilityStatement',
        conformance: 'PARTIAL',
        deviations: 'Diagrammer er ikke beskrevet.',
        feedbackEmail: null,
        lastReviewed: '2026-12-01',
        version: 0,
      },
    },
  } as unknown as PublishingQuery;
}

const NO_FEEDBACK = {
  publicFeedback: {
    __typename: 'PublicFeedbackConnection',
    totalCount: 0,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    nodes: [],
  },
} as unknown as PublicFeedbackQuery;

describe('PublishingPageComponent', () => {
  let fixture: ComponentFixture<PublishingPageComponent>;
  let controller: ApolloTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule, PublishingPageComponent],
      providers: [provideRouter([]), { provide: APOLLO_TESTING_CACHE, useFactory: createCache }],
    });
    controller = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(PublishingPageComponent);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => {
    controller.verify();
    TestBed.resetTestingModule();
  });

  it('shows one switch per section, the plan as not available yet, and publishes on a click', async () => {
    controller.expectOne(PublishingDocument).flush({ data: publishing(['PORTFOLIO']) });
    await fixture.whenStable();
    controller.expectOne(PublicFeedbackDocument).flush({ data: NO_FEEDBACK });
    await fixture.whenStable();
    const status = (section: string) =>
      element
        .querySelector(`tr[data-section="${section}"] [data-testid="section-status"]`)
        ?.textContent?.trim();
    expect(status('PORTFOLIO')).toBe('Publisert');
    expect(status('REPORTS')).toBe('Ikke publisert');
    expect(status('PLAN')).toBe('Ikke tilgjengelig ennå');
    expect(element.querySelector('tr[data-section="PLAN"] button')).toBeNull();
    const publish = Array.from(element.querySelectorAll('button')).find(
      (button) => button.textContent?.trim() === 'Publiser «Fastfrosne rapporter»',
    );
    publish?.click();
    const operation = controller.expectOne(SetPublishingDocument);
    expect(operation.operation.variables).toEqual({
      input: { regionSlug: 'kongsbergregionen', section: 'REPORTS', published: true },
    });
    operation.flush({ data: { setPublishing: publishing(['PORTFOLIO', 'REPORTS']).publishing } });
    await fixture.whenStable();
    expect(status('REPORTS')).toBe('Publisert');
    expect(element.textContent).toContain('«Fastfrosne rapporter» er publisert.');
    expect(element.querySelector('[data-testid="public-site-link"]')?.getAttribute('href')).toBe(
      '/offentlig/kongsbergregionen',
    );
  });
});
