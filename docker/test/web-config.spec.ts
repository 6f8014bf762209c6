import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from '@jest/globals';

import { cacheControlFor, SILENT_CHECK_SSO_CSP, webContentSecurityPolicy } from '@samarbeid/tools/stack';

import { dockerDir, readJson, readText, workspaceRoot } from './support';

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

/** The directives of a Content-Security-Policy, by name, values in order. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...values]) => [name, values]),
  );
}

/** The value of nginx.conf's Content-Security-Policy header, with its variables as written. */
function nginxPolicy(): string {
  const line = /add_header Content-Security-Policy "([^"]+)" always;/.exec(readText('web/nginx.conf'));
  if (!line?.[1]) throw new Error('nginx.conf has no Content-Security-Policy header');
  return line[1];
}

const envsubst = spawnSync('envsubst', ['--version']);
const withEnvsubst = envsubst.error ? it.skip : it;

/** Runs 40-samarbeid-config.sh as the nginx image does, into a temporary folder. */
function renderConfig(env: Record<string, string>): { status: number | null; stderr: string; csp?: string } {
  const dir = mkdtempSync(join(tmpdir(), 'samarbeid-web-config-'));
  try {
    const result = spawnSync('sh', [join(dockerDir, 'web/40-samarbeid-config.sh')], {
      encoding: 'utf8',
      env: {
        PATH: process.env['PATH'] ?? '/usr/bin:/bin',
        KEYCLOAK_REALM: 'samarbeid',
        KEYCLOAK_CLIENT_ID: 'samarbeid-web',
        SAMARBEID_CONFIG_TEMPLATE: join(dockerDir, 'web/config.template.json'),
        SAMARBEID_CONFIG_TARGET: join(dir, 'config.json'),
        SAMARBEID_CSP_TARGET: join(dir, 'nginx/csp-origins.conf'),
        ...env,
      },
    });
    const cspFile = join(dir, 'nginx/csp-origins.conf');
    return {
      status: result.status,
      stderr: result.stderr,
      ...(existsSync(cspFile) ? { csp: readFileSync(cspFile, 'utf8') } : {}),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** nginx's policy for one response: the variables of csp-origins.conf and $request_id filled in. */
function renderedPolicy(cspConf: string, requestId: string): string {
  const values = new Map(
    [...cspConf.matchAll(/^set \$(\w+) "([^"]*)";$/gm)].map((match) => [match[1] ?? '', match[2] ?? '']),
  );
  values.set('request_id', requestId);
  return nginxPolicy().replace(/\$(\w+)/g, (_match, name: string) => {
    const value = values.get(name);
    if (value === undefined) throw new Error(`nginx.conf uses $${name}, which nothing sets`);
    return value;
  });
}

describe('web/nginx.conf Content-Security-Policy', () => {
  const policy = directives(nginxPolicy());

  it('allows only the app’s own scripts, fonts and images, frames only of the issuer, no plugins or foreign base URLs', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('font-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-src')).toEqual(["'self'", '$samarbeid_csp_issuer']);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    const everything = [...policy.values()].flat();
    expect(everything).not.toContain("'unsafe-inline'");
    expect(everything).not.toContain("'unsafe-eval'");
  });

  it('allows styles from the app and a per-response nonce, which it writes into index.html', () => {
    expect(policy.get('style-src')).toEqual(["'self'", "'nonce-$request_id'"]);
    const nginx = readText('web/nginx.conf');
    expect(nginx).toContain(`sub_filter 'ngCspNonce="CSP_NONCE"' 'ngCspNonce="$request_id"';`);
    const indexHtml = readFileSync(join(workspaceRoot, 'apps/web/src/index.html'), 'utf8');
    expect(indexHtml).toContain('<sb-root ngCspNonce="CSP_NONCE">');
  });

  it('allows connections to the API and the issuer, and forms to the issuer, from the rendered origins', () => {
    expect(policy.get('connect-src')).toEqual(["'self'", '$samarbeid_csp_api', '$samarbeid_csp_issuer']);
    expect(policy.get('form-action')).toEqual(["'self'", '$samarbeid_csp_issuer']);
    const include = /include (\S+csp-origins\.conf);/.exec(readText('web/nginx.conf'))?.[1];
    expect(readText('web/40-samarbeid-config.sh')).toContain(`SAMARBEID_CSP_TARGET:-${include}`);
  });

  withEnvsubst('renders the origins from API_URL and KEYCLOAK_URL as the compose file sets them', () => {
    const compose = renderConfig({ API_URL: '/graphql', KEYCLOAK_URL: 'http://localhost:8080' });
    expect(compose.status).toBe(0);
    expect(compose.csp).toBe(
      'set $samarbeid_csp_api "";\nset $samarbeid_csp_issuer "http://localhost:8080";\n',
    );
    const remote = renderConfig({
      API_URL: 'https://api.kommune.no/graphql',
      KEYCLOAK_URL: 'https://login.kommune.no/auth',
    });
    expect(remote.csp).toBe(
      'set $samarbeid_csp_api "https://api.kommune.no wss://api.kommune.no";\nset $samarbeid_csp_issuer "https://login.kommune.no";\n',
    );
  });

  withEnvsubst.each([
    ['KEYCLOAK_URL', 'javascript:alert(1)'],
    ['KEYCLOAK_URL', 'http://login.kommune.no$request_uri'],
    ['API_URL', 'https://api.kommune.no;script-src *'],
    ['API_URL', 'api.kommune.no/graphql'],
  ])('refuses to start with %s=%p, which would break or widen the policy', (name, value) => {
    const result = renderConfig({
      API_URL: '/graphql',
      KEYCLOAK_URL: 'http://localhost:8080',
      [name]: value,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${name} must be an http(s) URL or a path starting with /`);
    expect(result.csp).toBeUndefined();
  });

  withEnvsubst('is the policy the development server sends (tools/stack/src/static-web.ts)', () => {
    for (const [apiUrl, issuerUrl] of [
      ['/graphql', 'http://localhost:8080'],
      ['http://localhost:3000/graphql', 'http://localhost:8080'],
    ] as const) {
      const rendered = renderConfig({ API_URL: apiUrl, KEYCLOAK_URL: issuerUrl });
      const nonce = 'bm9uY2Utb2YtdGhlLXRlc3Q';
      expect(directives(renderedPolicy(rendered.csp ?? '', nonce))).toEqual(
        directives(webContentSecurityPolicy({ apiUrl, issuerUrl, nonce })),
      );
    }
  });
});

describe('web/nginx.conf caching and compression', () => {
  const conf = readText('web/nginx.conf');

  /** The map's hashed-file pattern (`"~*<regex>" "public, max-age=…"`), as a JavaScript regex. */
  function hashedPattern(): RegExp {
    const match = /"~\*([^"]+)"\s+"public, max-age=31536000, immutable";/.exec(conf);
    if (!match?.[1]) throw new Error('nginx.conf has no immutable caching rule');
    return new RegExp(match[1], 'i');
  }

  it.each([
    '/main-4DFKX3QZ.js',
    '/chunk-AB12CD34.js',
    '/styles-ZXCV1234.css',
    '/media/inter-latin-400-normal-AB12CD34.woff2',
    '/index.html',
    '/config.json',
    '/robots.txt',
    '/favicon.svg',
  ])('caches %s as the development server does', (path) => {
    const nginx = hashedPattern().test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
    expect(nginx).toBe(cacheControlFor(path));
  });

  it('serves the silent check-sso page with the development server’s policy, framed by the app only', () => {
    const block = /location = \/silent-check-sso\.html \{([^}]*)\}/.exec(conf)?.[1] ?? '';
    expect(block).toContain(`add_header Content-Security-Policy "${SILENT_CHECK_SSO_CSP}" always;`);
    expect(block).toContain('add_header X-Frame-Options "SAMEORIGIN" always;');
    expect(block).toContain('add_header X-Content-Type-Options "nosniff" always;');
  });

  it('serves the precompressed files the image build writes, and gzips the rest', () => {
    expect(conf).toMatch(/^\s*gzip_static on;/m);
    expect(conf).toMatch(/^\s*gzip on;/m);
    expect(conf).toMatch(/gzip_types[^;]*\btext\/javascript\b/);
    expect(readText('web.Dockerfile')).toContain('tools/stack/precompress.ts dist/apps/web/browser');
  });
});
