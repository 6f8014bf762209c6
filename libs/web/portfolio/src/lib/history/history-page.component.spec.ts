import { afterEach, describe, expect, it } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { SignedInUser } from '@samarbeid/web/data-access';
import type { ApiResult, AuditEventsQuery } from '@samarbeid/web/graphql';
import { openWithApollo, submitForm, textsAt, verifyAndReset } from '@samarbeid/web/testing';
import type { ApolloTestingController } from 'apollo-angular/testing';

import { USERS } from '../../testing/portfolio-fixtures';
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
  let element: HTMLElement;
  let settle: () => Promise<void>;

  async function open(user: SignedInUser, url: string): Promise<void> {
    const page = await openWithApollo([{ path: 'historikk', component: HistoryPageComponent }], url, {
      user,
    });
    ({ controller, element } = page);
    settle = () => page.settle(3);
  }

  afterEach(() => verifyAndReset(controller));

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
    const cells = textsAt(element, 'tbody > tr:first-child > td');
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
    submitForm(element);
    await settle();
    expect(element.querySelector('#history-to-error')?.textContent?.trim()).toBe(
      'Til-datoen kan ikke være før fra-datoen.',
    );
    controller.expectNone('AuditEvents');

    set('history-to', '2026-06-30');
    set('history-text', 'Flesberg', 'input');
    submitForm(element);
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
