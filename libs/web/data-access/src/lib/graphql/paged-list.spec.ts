import { afterEach, describe, expect, it } from '@jest/globals';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { gql, type TypedDocumentNode } from '@apollo/client';
import { Apollo } from 'apollo-angular';
import { APOLLO_TESTING_CACHE, ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';

import { type PagedList, watchPagedList } from './paged-list';
import { createCache } from './provide-graphql';

interface Notifications {
  readonly notifications: {
    readonly totalCount: number;
    readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
    readonly nodes: readonly { readonly id: string }[];
  };
}

const LIST: TypedDocumentNode<Notifications, { first: number; after?: string | null }> = gql`
  query List($first: Int!, $after: String) {
    notifications(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
      }
    }
  }
`;

function page(ids: string[], endCursor: string | null): Notifications {
  return {
    notifications: {
      totalCount: 3,
      pageInfo: { hasNextPage: endCursor !== null, endCursor },
      nodes: ids.map((id) => ({ id })),
    },
  };
}

describe('watchPagedList', () => {
  let controller: ApolloTestingController;

  function watch(): PagedList<
    Notifications,
    { first: number; after?: string | null },
    Notifications['notifications']
  > {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [{ provide: APOLLO_TESTING_CACHE, useFactory: createCache }],
    });
    controller = TestBed.inject(ApolloTestingController);
    const apollo = TestBed.inject(Apollo);
    return TestBed.runInInjectionContext(() =>
      watchPagedList(
        signal(apollo.watchQuery({ query: LIST, variables: { first: 2 }, fetchPolicy: 'network-only' })),
        (data) => data.notifications,
      ),
    );
  }

  afterEach(() => {
    controller.verify();
    TestBed.resetTestingModule();
  });

  it('is loading until the first page comes, then holds it', async () => {
    const list = watch();
    TestBed.tick();
    expect(list.loading()).toBe(true);
    expect(list.value()).toBeUndefined();
    controller.expectOne('List').flushData(page(['a', 'b'], 'b'));
    await new Promise((resolve) => setTimeout(resolve));
    expect(list.loading()).toBe(false);
    expect(list.value()?.nodes.map((node) => node.id)).toEqual(['a', 'b']);
    expect(list.error()).toBeUndefined();
  });

  it('fetches the next page after the last one and gives it; the cache appends it', async () => {
    const list = watch();
    TestBed.tick();
    controller.expectOne('List').flushData(page(['a', 'b'], 'b'));
    await new Promise((resolve) => setTimeout(resolve));

    const more = list.loadMore();
    expect(list.loadingMore()).toBe(true);
    const op = controller.expectOne('List');
    expect(op.operation.variables).toEqual({ first: 2, after: 'b' });
    op.flushData(page(['c'], null));
    const fetched = await more;
    await new Promise((resolve) => setTimeout(resolve));

    expect(fetched?.nodes.map((node) => node.id)).toEqual(['c']);
    expect(list.loadingMore()).toBe(false);
    expect(list.value()?.nodes.map((node) => node.id)).toEqual(['a', 'b', 'c']);
    expect(await list.loadMore()).toBeUndefined();
  });

  it('says why the list could not be fetched', async () => {
    const list = watch();
    TestBed.tick();
    controller
      .expectOne('List')
      .graphqlErrors([{ message: 'Ingen tilgang.', extensions: { code: 'FORBIDDEN' } }]);
    await new Promise((resolve) => setTimeout(resolve));
    expect(list.loading()).toBe(false);
    expect(list.error()).toBe('Ingen tilgang.');
  });
});
