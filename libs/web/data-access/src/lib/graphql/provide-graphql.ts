import { inject, type Provider } from '@angular/core';
import { ApolloLink, type FieldPolicy, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { HttpLink } from '@apollo/client/link/http';
import { provideApollo } from 'apollo-angular';

import { ApiFetch } from '../auth/api-fetch';
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

/**
 * Apollo cache settings. Municipalities are identified by their number (they have no `id`), a measure's
 * participation entries by measure and municipality: a `setParticipation` answer updates the entry every view
 * shows, and queries that read different fields of an entry do not wipe each other's. Dependencies, a strategy's
 * action plan and the like are replaced as a whole.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Municipality: { keyFields: ['number'] },
      Participation: { keyFields: ['measureId', 'municipalityNumber'] },
      // A region's public site (publishing): a switch or statement saved updates the page that shows them.
      Publishing: { keyFields: ['regionSlug'], fields: { sections: { merge: false } } },
      Query: {
        fields: {
          measures: connectionPolicy(['regionSlug', 'filter']),
          decisions: connectionPolicy(['regionSlug']),
          auditEvents: connectionPolicy(['regionSlug', 'filter']),
          agreements: connectionPolicy(['regionSlug', 'filter']),
          notifications: connectionPolicy([]),
        },
      },
      Measure: {
        fields: {
          dependencies: { merge: false },
          dependents: { merge: false },
          history: { merge: false },
          decisions: { merge: false },
        },
      },
      Strategy: {
        fields: {
          actionPlan: { merge: false },
        },
      },
    },
  });
}

/**
 * Apollo Client over `fetch` with the user's bearer token (`ApiFetch`) to `apiUrl`. An
 * UNAUTHENTICATED answer sends the user to the login page; every other error reaches the component,
 * which shows the API's message.
 */
export function provideGraphql(config: AppConfig): Provider {
  return provideApollo(() => {
    const apiFetch = inject(ApiFetch);
    const auth = inject(AuthService);
    const errorLink = new ErrorLink(({ error }) => {
      if (toApiError(error).code === 'UNAUTHENTICATED') auth.reauthenticate();
    });
    return {
      link: ApolloLink.from([
        errorLink,
        new HttpLink({ uri: config.apiUrl, fetch: (input, init) => apiFetch.fetch(input, init) }),
      ]),
      cache: createCache(),
    };
  });
}
