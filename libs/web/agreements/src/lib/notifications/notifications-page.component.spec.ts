import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { I18nService } from '@samarbeid/web/data-access';
import {
  type Rendered,
  renderWithApollo,
  settle as settleFixture,
  verifyAndReset,
} from '@samarbeid/web/testing';
import type { NotificationsListQuery } from '@samarbeid/web/graphql';
import type { ApolloTestingController } from 'apollo-angular/testing';

import { NavCountsService } from '../nav-counts/nav-counts';
import { NotificationsPageComponent } from './notifications-page.component';

type Node = NotificationsListQuery['notifications']['nodes'][number];

function notification(id: string, title: string, createdAt: string, readAt: string | null = null): Node {
  return {
    __typename: 'Notification',
    id,
    kind: 'APPROVAL_REQUESTED',
    title,
    body: `Brødtekst for ${title}.`,
    link: `/avtaler/${id}-agreement`,
    createdAt,
    readAt,
  } as Node;
}

const NEWEST = notification('n-3', 'Avtale venter på godkjenning', '2026-11-20T09:15:00.000Z');
const MIDDLE = notification('n-2', 'Avtale godkjent av Rollag', '2026-11-18T13:00:00.000Z');
const OLDEST = notification('n-1', 'Avtale aktiv', '2026-11-02T08:00:00.000Z', '2026-11-03T10:00:00.000Z');

function page(
  nodes: Node[],
  {
    totalCount = nodes.length,
    unread = nodes.filter((n) => !n.readAt).length,
    endCursor = null as string | null,
  } = {},
): NotificationsListQuery {
  return {
    notifications: {
      __typename: 'NotificationConnection',
      totalCount,
      pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
      nodes,
    },
    unreadNotificationCount: unread,
  } as NotificationsListQuery;
}

describe('NotificationsPageComponent', () => {
  let rendered: Rendered<NotificationsPageComponent> | undefined;
  let controller: ApolloTestingController;
  let element: HTMLElement;
  let navCounts: { refresh: jest.Mock; setUnread: jest.Mock };

  beforeEach(async () => {
    navCounts = { refresh: jest.fn(), setUnread: jest.fn() };
    rendered = await renderWithApollo(NotificationsPageComponent, {
      providers: [provideRouter([]), { provide: NavCountsService, useValue: navCounts }],
    });
    ({ controller, element } = rendered);
    await settle();
  });

  afterEach(() => verifyAndReset(rendered?.controller));

  const settle = () => (rendered ? settleFixture(rendered.fixture, 3) : Promise.resolve());

  async function open(result = page([NEWEST, MIDDLE, OLDEST])): Promise<void> {
    const op = controller.expectOne('NotificationsList');
    expect(op.operation.variables).toEqual({ first: 20 });
    op.flushData(result);
    await settle();
  }

  function text(node: Element | null | undefined): string {
    return node?.textContent?.replace(/[ \t\r\n]+/g, ' ').trim() ?? '';
  }

  function items(): HTMLElement[] {
    return Array.from(element.querySelectorAll<HTMLElement>('[data-testid="notification"]'));
  }

  function titles(): string[] {
    return items().map((item) => text(item.querySelector('h2')));
  }

  function summary(): string {
    return text(element.querySelector('[data-testid="notifications-summary"]'));
  }

  function click(selector: string, within: ParentNode = element): void {
    const found = within.querySelector<HTMLButtonElement>(selector);
    if (!found) throw new Error(`Nothing matches ${selector}`);
    found.click();
  }

  it('lists the notifications newest first, saying in words which are unread', async () => {
    await open();
    expect(text(element.querySelector('h1'))).toBe('Varsler');
    expect(summary()).toBe('3 varsler, 2 uleste.');
    expect(titles()).toEqual([
      'Ulest Avtale venter på godkjenning',
      'Ulest Avtale godkjent av Rollag',
      'Avtale aktiv',
    ]);
    const [first] = items();
    expect(first.querySelector('h2 a')?.getAttribute('href')).toBe('/avtaler/n-3-agreement');
    expect(text(first.querySelector('.sb-notification__body'))).toBe(
      'Brødtekst for Avtale venter på godkjenning.',
    );
    const time = first.querySelector('time');
    expect(time?.getAttribute('datetime')).toBe('2026-11-20T09:15:00.000Z');
    expect(text(time)).toBe('20. november 2026 kl. 10:15');
    expect(
      items().map((item) => item.querySelector('[data-testid="notification-mark-read"]') !== null),
    ).toEqual([true, true, false]);
    const mark = first.querySelector('button');
    expect(text(mark)).toBe('Merk som lest');
    expect(mark?.getAttribute('aria-label')).toBe('Merk som lest: Avtale venter på godkjenning');
  });

  it('marks one notification read: sends its id, updates the counts and keeps focus with it', async () => {
    await open();
    click('[data-testid="notification-mark-read"]', items()[1]);
    await settle();
    const op = controller.expectOne('NotificationsMarkRead');
    expect(op.operation.variables).toEqual({ ids: ['n-2'] });
    op.flushData({
      markNotificationsRead: { __typename: 'MarkNotificationsReadResult', marked: 1, unreadCount: 1 },
    });
    await settle();
    expect(titles()).toEqual([
      'Ulest Avtale venter på godkjenning',
      'Avtale godkjent av Rollag',
      'Avtale aktiv',
    ]);
    expect(summary()).toBe('3 varsler, 1 ulest.');
    expect(text(element.querySelector('[role="status"]#notifications-status'))).toBe(
      '1 varsel er merket som lest.',
    );
    expect(navCounts.setUnread).toHaveBeenCalledWith(1);
    expect(document.activeElement).toBe(element.querySelector('#notification-link-n-2'));
  });

  it('marks every unread notification read, also those not shown yet', async () => {
    await open(page([NEWEST, MIDDLE], { totalCount: 250, unread: 201, endCursor: '20' }));
    expect(summary()).toBe('250 varsler, 201 uleste.');
    click('[data-testid="notifications-mark-all"]');
    await settle();

    const firstIds = controller.expectOne('NotificationsUnreadIds');
    expect(firstIds.operation.variables).toEqual({ first: 200, after: null });
    const ids = Array.from({ length: 201 }, (_, index) => `u-${index}`);
    firstIds.flushData({
      notifications: {
        __typename: 'NotificationConnection',
        pageInfo: { __typename: 'PageInfo', hasNextPage: true, endCursor: '200' },
        nodes: ids.slice(0, 200).map((id) => ({ __typename: 'Notification', id })),
      },
    });
    await settle();
    const secondIds = controller.expectOne('NotificationsUnreadIds');
    expect(secondIds.operation.variables).toEqual({ first: 200, after: '200' });
    secondIds.flushData({
      notifications: {
        __typename: 'NotificationConnection',
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: '201' },
        nodes: ids.slice(200).map((id) => ({ __typename: 'Notification', id })),
      },
    });
    await settle();

    const mark = controller.expectOne('NotificationsMarkRead');
    expect(mark.operation.variables).toEqual({ ids });
    mark.flushData({
      markNotificationsRead: { __typename: 'MarkNotificationsReadResult', marked: 201, unreadCount: 0 },
    });
    await settle();
    expect(summary()).toBe('250 varsler, 0 uleste.');
    expect(element.querySelector('[data-testid="notifications-mark-all"]')).toBeNull();
    const status = element.querySelector('#notifications-status');
    expect(text(status)).toBe('201 varsler er merket som lest.');
    expect(document.activeElement).toBe(status);
    expect(navCounts.setUnread).toHaveBeenCalledWith(0);
  });

  it('shows a refusal in an alert', async () => {
    await open();
    click('[data-testid="notification-mark-read"]', items()[0]);
    await settle();
    controller
      .expectOne('NotificationsMarkRead')
      .graphqlErrors([
        { message: 'Du kan bare merke dine egne varsler som lest.', extensions: { code: 'FORBIDDEN' } },
      ]);
    await settle();
    const alert = element.querySelector('#notifications-mark-error [role="alert"]');
    expect(text(alert?.querySelector('p'))).toBe('Du kan bare merke dine egne varsler som lest.');
    expect(document.activeElement).toBe(element.querySelector('#notifications-mark-error'));
    expect(titles()[0]).toBe('Ulest Avtale venter på godkjenning');
  });

  it('shows more on request ("Vis flere"), moving focus to the first new one', async () => {
    await open(page([NEWEST, MIDDLE], { totalCount: 3, endCursor: '2' }));
    expect(text(element.querySelector('.sb-notifications'))).toContain('Viser 2 av 3.');
    const more = element.querySelector('.sb-list-page__more');
    expect(text(more)).toBe('Vis flere');
    click('.sb-list-page__more');
    await settle();
    const op = controller.expectOne('NotificationsList');
    expect(op.operation.variables).toEqual({ first: 20, after: '2' });
    op.flushData(page([OLDEST], { totalCount: 3, unread: 2 }));
    await settle();
    expect(titles()).toEqual([
      'Ulest Avtale venter på godkjenning',
      'Ulest Avtale godkjent av Rollag',
      'Avtale aktiv',
    ]);
    expect(element.querySelector('.sb-list-page__more')).toBeNull();
    expect(document.activeElement).toBe(element.querySelector('#notification-link-n-1'));
  });

  it('says so when there are none', async () => {
    await open(page([]));
    expect(text(element.querySelector('[data-testid="notifications-empty"]'))).toBe('Du har ingen varsler.');
    expect(element.querySelector('[data-testid="notifications-mark-all"]')).toBeNull();
  });

  it('speaks English after the language switch', async () => {
    await open();
    TestBed.inject(I18nService).setLanguage('en');
    await settle();
    expect(summary()).toBe('3 notifications, 2 unread.');
    expect(titles()[0]).toBe('Unread Avtale venter på godkjenning');
    expect(text(element.querySelector('[data-testid="notifications-mark-all"]'))).toBe('Mark all as read');
  });
});
