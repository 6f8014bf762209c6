import { describe, expect, it } from '@jest/globals';

import { apiUrlPattern } from './api-fetch';
import { keycloakInitOptions } from './provide-auth';

describe('apiUrlPattern', () => {
  const pattern = apiUrlPattern('http://localhost:3000/graphql');

  it.each([
    'http://localhost:3000/graphql',
    'http://localhost:3000/graphql?op=x',
    'http://localhost:3000/graphql/',
  ])('matches the API: %s', (url) => expect(pattern.test(url)).toBe(true));

  it.each([
    'http://localhost:3000/graphqlx',
    'http://localhost:3000/other',
    'http://localhost:30001/graphql',
    'http://localhost:8080/realms/samarbeid/protocol/openid-connect/token',
    'https://evil.example/?u=http://localhost:3000/graphql',
    '/config.json',
  ])('does not send the token to %s', (url) => expect(pattern.test(url)).toBe(false));
});

describe('keycloakInitOptions', () => {
  it('checks the session silently through the app’s own check page, with PKCE and a redirect as fallback', () => {
    expect(keycloakInitOptions('https://samarbeid.example.no')).toEqual({
      onLoad: 'check-sso',
      silentCheckSsoRedirectUri: 'https://samarbeid.example.no/silent-check-sso.html',
      silentCheckSsoFallback: true,
      pkceMethod: 'S256',
      checkLoginIframe: false,
    });
  });
});
