import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { buildSchema, print, validate } from 'graphql';
import { KEYCLOAK_EVENT_SIGNAL, type KeycloakEvent, KeycloakEventType } from 'keycloak-angular';
import Keycloak from 'keycloak-js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { decidesAgreements, NAV_COUNTS_QUERY, NAV_COUNTS_REFRESH_MS, NavCountsService } from './nav-counts';

@Component({ selector: 'sb-blank', changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
class BlankComponent {}

const DIRECTOR = {
  name: 'Kari Nordmann',
  realm_access: { roles: ['municipal-director'] },
  municipality: '3334',
};
const SECRETARIAT = { name: 'Siri Sekretær', realm_access: { roles: ['secretariat'] } };

describe('NAV_COUNTS_QUERY', () => {
  it('is the query it says, valid against the API schema', () => {
    expect(print(NAV_COUNTS_QUERY)).toBe(
      [
        'query NavCounts($director: Boolean!) {',
        '  approvalInboxCount @include(if: $director)',
        '  unreadNotificationCount',
        '}',
      ].join('\n'),
    );
    const schema = buildSchema(
      readFileSync(join(__dirname, '../../../../../../apps/api/src/schema.gql'), 'utf8'),
    );
    expect(validate(schema, NAV_COUNTS_QUERY).map((error) => error.message)).toEqual([]);
  });
});

describe('decidesAgreements', () => {
  it('is true for a municipal director with a municipality only', () => {
    expect(
      decidesAgreements({ name: 'K', roles: ['municipal-director'], municipality: '3334', email: undefined }),
    ).toBe(true);
    expect(
      decidesAgreements({
        name: 'K',
        roles: ['municipal-director'],
        municipality: undefined,
        email: undefined,
      }),
    ).toBe(false);
    expect(
      decidesAgreements({ name: 'S', roles: ['secretariat'], municipality: '3334', email: undefined }),
    ).toBe(false);
    expect(decidesAgreements(null)).toBe(false);
  });
});

describe('NavCountsService', () => {
  let keycloak: {
    authenticated: boolean;
    tokenParsed: Record<string, unknown> | undefined;
    idTokenParsed: undefined;
  };
  let events: ReturnType<typeof signal<KeycloakEvent>>;
  let controller: ApolloTestingController;
  let service: NavCountsService;

  beforeEach(() => {
    keycloak = { authenticated: true, tokenParsed: { ...DIRECTOR }, idTokenParsed: undefined };
    events = signal<KeycloakEvent>({ type: KeycloakEventType.Ready, args: true });
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [
        provideRouter([{ path: '**', component: BlankComponent }]),
        { provide: Keycloak, useValue: keycloak },
        { provide: KEYCLOAK_EVENT_SIGNAL, useValue: events },
      ],
    });
    controller = TestBed.inject(ApolloTestingController);
    service = TestBed.inject(NavCountsService);
  });

  afterEach(() => {
    jest.useRealTimers();
    controller.verify();
    TestBed.resetTestingModule();
  });

  async function settle(): Promise<void> {
    TestBed.tick();
    for (let i = 0; i < 3; i++) await Promise.resolve();
  }

  function start(): void {
    TestBed.runInInjectionContext(() => service.start());
  }

  async function answer(data: { approvalInboxCount?: number; unreadNotificationCount: number }) {
    const op = controller.expectOne('NavCounts');
    const variables = op.operation.variables;
    op.flush({ data });
    await settle();
    return variables;
  }

  it("fetches a director's waiting approvals and unread notifications", async () => {
    start();
    await settle();
    expect(await answer({ approvalInboxCount: 2, unreadNotificationCount: 5 })).toEqual({ director: true });
    expect(service.approvals()).toBe(2);
    expect(service.unread()).toBe(5);
  });

  it('does not ask for the approvals of someone who is not a director (the API refuses them)', async () => {
    keycloak.tokenParsed = { ...SECRETARIAT };
    start();
    await settle();
    expect(await answer({ unreadNotificationCount: 1 })).toEqual({ director: false });
    expect(service.approvals()).toBeNull();
    expect(service.unread()).toBe(1);
  });

  it('fetches nothing for an anonymous visitor, and starts when they sign in', async () => {
    keycloak.authenticated = false;
    start();
    await settle();
    controller.expectNone('NavCounts');
    expect(service.unread()).toBeNull();
    await TestBed.inject(Router).navigateByUrl('/kommuner');
    await settle();
    controller.expectNone('NavCounts');

    keycloak.authenticated = true;
    events.set({ type: KeycloakEventType.AuthSuccess });
    await settle();
    await answer({ approvalInboxCount: 0, unreadNotificationCount: 0 });
    expect(service.approvals()).toBe(0);
  });

  it('fetches again after each navigation', async () => {
    start();
    await settle();
    await answer({ approvalInboxCount: 2, unreadNotificationCount: 5 });
    await TestBed.inject(Router).navigateByUrl('/godkjenninger');
    await settle();
    await answer({ approvalInboxCount: 1, unreadNotificationCount: 5 });
    expect(service.approvals()).toBe(1);
  });

  it('fetches again every 60 seconds', async () => {
    jest.useFakeTimers();
    start();
    await settle();
    await answer({ approvalInboxCount: 1, unreadNotificationCount: 5 });
    jest.advanceTimersByTime(NAV_COUNTS_REFRESH_MS - 1);
    await settle();
    controller.expectNone('NavCounts');
    jest.advanceTimersByTime(1);
    await settle();
    await answer({ approvalInboxCount: 0, unreadNotificationCount: 4 });
    expect(service.approvals()).toBe(0);
    expect(service.unread()).toBe(4);
    jest.advanceTimersByTime(NAV_COUNTS_REFRESH_MS);
    await settle();
    await answer({ approvalInboxCount: 0, unreadNotificationCount: 4 });
  });

  it('refreshes on request once started, and takes an unread count it is given', async () => {
    service.refresh();
    service.setUnread(3);
    await settle();
    controller.expectNone('NavCounts');
    expect(service.unread()).toBeNull();

    start();
    await settle();
    await answer({ approvalInboxCount: 2, unreadNotificationCount: 5 });
    service.setUnread(3);
    expect(service.unread()).toBe(3);
    service.refresh();
    await settle();
    await answer({ approvalInboxCount: 1, unreadNotificationCount: 3 });
    expect(service.approvals()).toBe(1);
  });

  it('keeps the last counts when a fetch fails', async () => {
    start();
    await settle();
    await answer({ approvalInboxCount: 2, unreadNotificationCount: 5 });
    service.refresh();
    await settle();
    controller.expectOne('NavCounts').networkError(new Error('offline'));
    await settle();
    expect(service.approvals()).toBe(2);
    expect(service.unread()).toBe(5);
  });
});
