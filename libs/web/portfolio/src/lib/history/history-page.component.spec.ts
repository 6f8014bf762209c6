import { afterEach, describe, expect, it } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { createCache, type SignedInUser } from '@samarbeid/web/data-access';
import type { ApiResult, AuditEventsQuery } from '@samarbeid/web/graphql';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';

import { provideUser, USERS } from '../../testing/portfolio-fixtures';
import { HISTORY_PAGE_SIZE, HistoryPageComponent } from './history-page.component';

function events(count: number, endCursor: string | null = null): AuditEventsQuery {
  const result: ApiResult<AuditEventsQuery> = {
    auditEvents: {
      __typename: 'AuditEventConnection',
      totalCount: count,
      pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
      nodes: [
        {
          __typename: 'AuditEvent',
          id: 'e1',
          occurredAt: '2026-03-01T09:54:00.000Z',
          actorName: 'Siri Sekretær',
          action: 'TRANSITION',
          entityType: 'measure',
          summary: 'T7 Byggesakstjenester: status under utredning → vedtatt',
          before: '{"status":"UNDER_ASSESSMENT","version":1}',
          after: '{"status":"DECIDED","version":2}',
        },
      ],
    },
  };
  return result;
}

describe('HistoryPageComponent', () => {
  let controller: ApolloTestingController;
  let harness: RouterTestingHarness;
  let element: HTMLElement;

  async function open(user: SignedInUser, url: string): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [
        provideRouter([{ path: 'historikk', component: HistoryPageComponent }]),
        { provide: APOLLO_TESTING_CACHE, useFactory: createCache },
        provideUser(user).provider,
      ],
    });
    controller = TestBed.inject(ApolloTestingController);
    harness = await RouterTestingHarness.create(url);
    element = harness.routeNativeElement as HTMLElement;
    await harness.fixture.whenStable();
  }

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await harness.fixture.whenStable();
      await new Promise((resolve) => setTimeout(resolve));
    }
  }

  afterEach(() => {
    controller.verify();
    TestBed.resetTestingModule();
  });

  it('tells anyone but the secretariat that the change log is theirs, without asking the server', async () => {
    await open(USERS.directorFlesberg, '/historikk');
    expect(element.textContent).toContain(
      'Endringsloggen for hele regionen er bare tilgjengelig for sekretariatet.',
    );
    expect(element.querySelector('form')).toBeNull();
    controller.expectNone('AuditEvents');
  });

  it('searches with the filters in the address and shows when, who, what and before/after', async () => {
    await open(USERS.secretariat, '/historikk?sok=T7&type=measure&fra=2026-01-01&til=2026-12-31');
    const op = controller.expectOne('AuditEvents');
    expect(op.operation.variables).toEqual({
      regionSlug: 'kongsbergregionen',
      first: HISTORY_PAGE_SIZE,
      filter: { text: 'T7', entityType: 'measure', from: '2026-01-01', to: '2026-12-31' },
    });
    op.flushData(events(1));
    await settle();
    expect(element.querySelector('[role="status"]')?.textContent?.trim()).toBe('1 endring');
    const cells = Array.from(element.querySelectorAll('tbody > tr:first-child > td')).map((td) =>
      td.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(cells.slice(0, 3)).toEqual(['1. mars 2026 kl. 10:54', 'Siri Sekretær', 'Tiltak']);
    const change = element.querySelector('sb-audit-change table');
    const changed = Array.from(change?.querySelectorAll(':scope > tbody > tr') ?? []).map((tr) =>
      Array.from(tr.children).map((cell) => cell.textContent?.trim()),
    );
    // The lock version is left out; enum values are shown by their labels.
    expect(changed).toEqual([['Status', 'Under utredning', 'Vedtatt']]);
    expect((element.querySelector('#history-type') as HTMLSelectElement).value).toBe('measure');
  });

  it('applies the form on "Søk", refusing a to date before the from date', async () => {
    await open(USERS.secretariat, '/historikk');
    controller.expectOne('AuditEvents').flushData(events(40, 'c25'));
    await settle();
    const set = (id: string, value: string, event = 'change') => {
      const input = element.querySelector(`#${id}`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event(event));
    };
    set('history-from', '2026-05-01');
    set('history-to', '2026-04-01');
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle();
    expect(element.querySelector('#history-to-error')?.textContent?.trim()).toBe(
      'Til-datoen kan ikke være før fra-datoen.',
    );
    controller.expectNone('AuditEvents');

    set('history-to', '2026-06-30');
    set('history-text', 'Flesberg', 'input');
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle();
    expect(TestBed.inject(Router).url).toBe('/historikk?sok=Flesberg&fra=2026-05-01&til=2026-06-30');
    const op = controller.expectOne('AuditEvents');
    expect(op.operation.variables['filter']).toEqual({
      text: 'Flesberg',
      from: '2026-05-01',
      to: '2026-06-30',
    });
    op.flushData(events(40, 'c25'));
    await settle();

    (element.querySelector('.sb-list-page__more') as HTMLButtonElement).click();
    await settle();
    const more = controller.expectOne('AuditEvents');
    expect(more.operation.variables['after']).toBe('c25');
    more.flushData(events(40, null));
    await settle();
  });
});
