import { inject, type Provider } from '@angular/core';
import { ApolloLink, type FieldPolicy, InMemoryCache, type StoreObject } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';

import { AuthService } from '../auth/auth.service';
import type { AppConfig } from '../config/app-config';
import { toApiError } from './api-error';

interface Connection {
  readonly nodes: readonly unknown[];
}

/**
 * A paginated list field (`first`/`after`): pages fetched with `fetchMore` are appended; a request without
 * `after` starts the list again. Lists with other arguments (filters, page size) are kept apart.
 */
export function connectionPolicy(keyArgs: readonly string[]): FieldPolicy<Connection> {
  return {
    keyArgs: [...keyArgs, 'first'],
    merge(existing, incoming, { args }) {
      if (!existing || !args?.['after']) return incoming;
      return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] };
    },
  };
}

interface ParticipationEntry {
  readonly municipalityNumber?: unknown;
}

/**
 * Apollo cache settings. Municipalities are identified by their number (they have no `id`). A measure's
 * participation entries have no identity of their own: they are merged per municipality, so queries that read
 * different fields of them do not wipe each other's. Dependencies are replaced as a whole.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Municipality: { keyFields: ['number'] },
      Query: {
        fields: {
          measures: connectionPolicy(['regionSlug', 'filter']),
          decisions: connectionPolicy(['regionSlug']),
          auditEvents: connectionPolicy(['regionSlug', 'filter']),
        },
      },
      Measure: {
        fields: {
          participation: {
            merge(
              existing: readonly ParticipationEntry[] = [],
              incoming: readonly ParticipationEntry[],
              { mergeObjects },
            ) {
              return incoming.map((entry) => {
                const previous = existing.find((old) => old.municipalityNumber === entry.municipalityNumber);
                return previous ? mergeObjects(previous as StoreObject, entry as StoreObject) : entry;
              });
            },
          },
          dependencies: { merge: false },
          dependents: { merge: false },
          history: { merge: false },
          decisions: { merge: false },
        },
      },
    },
  });
}

/**
 * Apollo Client over Angular's HttpClient (so the bearer-token interceptor applies) to `apiUrl`. An
 * UNAUTHENTICATED answer sends the user to the login page; every other error reaches the component,
 * which shows the API's message.
 */
export function provideGraphql(config: AppConfig): Provider {
  return provideApollo(() => {
    const httpLink = inject(HttpLink);
    const auth = inject(AuthService);
    const errorLink = new ErrorLink(({ error }) => {
      if (toApiError(error).code === 'UNAUTHENTICATED') auth.reauthenticate();
    });
    return {
      link: ApolloLink.from([errorLink, httpLink.create({ uri: config.apiUrl })]),
      cache: createCache(),
    };
  });
}
