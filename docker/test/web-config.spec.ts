import { describe, expect, it } from '@jest/globals';

import { readJson, readText } from './support';

/** What the web app reads from /config.json (libs/web/data-access, AppConfig). */
const EXPECTED = {
  apiUrl: '${API_URL}',
  auth: { url: '${KEYCLOAK_URL}', realm: '${KEYCLOAK_REALM}', clientId: '${KEYCLOAK_CLIENT_ID}' },
};

describe('web/config.template.json', () => {
  it('has exactly the keys the web app reads: apiUrl, auth.url, auth.realm, auth.clientId', () => {
    expect(readJson('web/config.template.json')).toEqual(EXPECTED);
  });

  it('is rendered by the entrypoint script from exactly those variables', () => {
    const script = readText('web/40-samarbeid-config.sh');
    const placeholders = readText('web/config.template.json').match(/\$\{[A-Z_]+\}/g) ?? [];
    const substituted = /envsubst '([^']+)'/.exec(script)?.[1]?.split(' ') ?? [];
    expect(substituted.sort()).toEqual([...placeholders].sort());
    for (const name of ['API_URL', 'KEYCLOAK_URL', 'KEYCLOAK_REALM', 'KEYCLOAK_CLIENT_ID']) {
      expect(script).toContain(name);
    }
  });
});
