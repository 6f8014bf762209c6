import { inject, type Provider } from '@angular/core';
import { ApolloLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';

import { AuthService } from '../auth/auth.service';
import type { AppConfig } from '../config/app-config';
import { toApiError } from './api-error';

/** Apollo cache settings: municipalities are identified by their number (they have no `id`). */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Municipality: { keyFields: ['number'] },
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
