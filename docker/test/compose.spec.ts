import { describe, expect, it } from '@jest/globals';

import { API_AUDIENCE, REALM, WEB_CLIENT_ID } from '@samarbeid/shared/domain';

import {
  asArray,
  asJson,
  detectComposeCli,
  dockerCompose,
  existsInDocker,
  type Json,
  readText,
  readYaml,
} from './support';

const BASE = 'docker/docker-compose.yml';
const DEV = 'docker/docker-compose.dev.yml';

const cli = detectComposeCli();
if (!cli.available) {
  console.warn(
    `NOTE: skipping the "docker compose config" checks: ${cli.reason}. ` +
      'The structural checks below still run; install the Compose v2 plugin to validate with Docker itself.',
  );
}
const withCompose = cli.available ? it : it.skip;

describe('docker compose config', () => {
  withCompose('accepts docker-compose.yml', () => {
    const result = dockerCompose(['-f', BASE, 'config', '--quiet']);
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });

  withCompose('accepts docker-compose.yml with the development overlay', () => {
    const result = dockerCompose(['-f', BASE, '-f', DEV, 'config', '--quiet']);
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });
});

function services(file: string): Json {
  return asJson(readYaml(file.replace(/^docker\//, ''))['services'], `${file} services`);
}

function service(file: string, name: string): Json {
  return asJson(services(file)[name], `${file} service ${name}`);
}

function environment(file: string, name: string): Json {
  return asJson(service(file, name)['environment'], `${name} environment`);
}

/** Host paths of a service's bind mounts, relative to docker/, mapped to their container paths. */
function bindMounts(file: string, name: string): Map<string, string> {
  const volumes = asArray(service(file, name)['volumes'] ?? [], `${name} volumes`).map(String);
  return new Map(
    volumes
      .filter((volume) => volume.startsWith('./'))
      .map((volume) => {
        const [host = '', container = ''] = volume.split(':');
        return [host.slice(2), container];
      }),
  );
}

describe('docker-compose.yml (structure)', () => {
  it('has the four services', () => {
    expect(Object.keys(services(BASE)).sort()).toEqual(['api', 'keycloak', 'postgres', 'web']);
  });

  it('runs PostgreSQL 18 with a volume and a health check', () => {
    const postgres = service(BASE, 'postgres');
    expect(postgres['image']).toBe('postgres:18');
    expect(String(asArray(postgres['volumes'], 'volumes')[0])).toBe('postgres-data:/var/lib/postgresql');
    expect(asJson(postgres['healthcheck'], 'healthcheck')['test']).toBeDefined();
  });

  it('starts Keycloak 26 in production mode and imports the realm file', () => {
    const keycloak = service(BASE, 'keycloak');
    expect(String(keycloak['image'])).toMatch(/^quay\.io\/keycloak\/keycloak:26(\.|$)/);
    expect(keycloak['command']).toEqual(['start', '--import-realm']);
    expect(environment(BASE, 'keycloak')).toMatchObject({ KC_HTTP_ENABLED: 'true', KC_DB: 'postgres' });
    expect(environment(BASE, 'keycloak')['KC_HOSTNAME']).toBeDefined();
    expect(bindMounts(BASE, 'keycloak').get('keycloak/realm.json')).toBe(
      `/opt/keycloak/data/import/${REALM}-realm.json`,
    );
  });

  it('configures the API for Keycloak and waits for a healthy database', () => {
    const api = service(BASE, 'api');
    expect(api['build']).toEqual({ context: '..', dockerfile: 'docker/api.Dockerfile' });
    expect(environment(BASE, 'api')).toMatchObject({
      PORT: '3000',
      OIDC_AUDIENCE: API_AUDIENCE,
      OIDC_JWKS_URL: `http://keycloak:8080/realms/${REALM}/protocol/openid-connect/certs`,
    });
    expect(String(environment(BASE, 'api')['OIDC_ISSUER_URL'])).toMatch(/\/realms\/samarbeid$/);
    expect(String(environment(BASE, 'api')['DATABASE_URL'])).toMatch(/^postgres:\/\/.+@postgres:5432\//);
    expect(environment(BASE, 'api')['WEB_ORIGIN']).toBeDefined();
    // nginx in the web container is the proxy in front of the API: per-address rate limits need its X-Forwarded-For.
    expect(environment(BASE, 'api')['TRUST_PROXY']).toBe('${API_TRUST_PROXY:-1}');
    // Production: only the web client's tokens (no OIDC_AUTHORIZED_PARTIES needed, but set explicitly).
    expect(environment(BASE, 'api')).toMatchObject({
      NODE_ENV: 'production',
      OIDC_AUTHORIZED_PARTIES: 'samarbeid-web',
    });
    expect(api['depends_on']).toMatchObject({ postgres: { condition: 'service_healthy' } });
  });

  it("runs two stateless API replicas behind the web container's nginx", () => {
    const api = service(BASE, 'api');
    expect(asJson(api['deploy'], 'api deploy')['replicas']).toBe(2);
    // Several replicas need Compose to name the containers and no host port for the API.
    expect(api['container_name']).toBeUndefined();
    expect(api['ports']).toBeUndefined();
    // nginx resolves the service name per request (Docker's DNS answers with every replica).
    const nginx = readText('web/nginx.conf');
    expect(nginx).toContain('resolver 127.0.0.11');
    expect(nginx).toContain('set $samarbeid_api http://api:3000;');
  });

  it('serves the web app on 8081 with its runtime configuration from the environment', () => {
    const web = service(BASE, 'web');
    expect(web['build']).toEqual({ context: '..', dockerfile: 'docker/web.Dockerfile' });
    expect(web['ports']).toEqual(['8081:80']);
    expect(environment(BASE, 'web')).toMatchObject({
      API_URL: '/graphql',
      KEYCLOAK_REALM: REALM,
      KEYCLOAK_CLIENT_ID: WEB_CLIENT_ID,
    });
  });

  it('refers only to files that exist', () => {
    for (const name of ['postgres', 'keycloak']) {
      for (const host of bindMounts(BASE, name).keys())
        expect(`${host}: ${existsInDocker(host)}`).toBe(`${host}: true`);
    }
    for (const file of ['api.Dockerfile', 'web.Dockerfile']) expect(existsInDocker(file)).toBe(true);
  });
});

describe('docker-compose.dev.yml (structure)', () => {
  it('adds the demo users to the realm import', () => {
    expect(bindMounts(DEV, 'keycloak').get('keycloak/dev/samarbeid-users-0.json')).toBe(
      '/opt/keycloak/data/import/samarbeid-users-0.json',
    );
  });

  it('creates the test client with kcadm.sh once Keycloak is healthy', () => {
    const setup = service(DEV, 'keycloak-dev-setup');
    expect(setup['depends_on']).toEqual({ keycloak: { condition: 'service_healthy' } });
    const mounts = bindMounts(DEV, 'keycloak-dev-setup');
    expect([...mounts.keys()].sort()).toEqual([
      'keycloak/dev/create-test-client.sh',
      'keycloak/dev/samarbeid-test-client.json',
    ]);
    for (const host of mounts.keys()) expect(existsInDocker(host)).toBe(true);
    const script = readText('keycloak/dev/create-test-client.sh');
    expect(script).toContain('kcadm.sh');
    expect(script).toContain('create clients');
  });

  it('seeds the demo data and lets the test client call the API', () => {
    expect(environment(DEV, 'api')).toMatchObject({
      DEMO_SEED: 'true',
      OIDC_AUTHORIZED_PARTIES: 'samarbeid-web,samarbeid-test,samarbeid-integration',
    });
  });
});

describe('Dockerfiles', () => {
  it('builds the API with Nx and runs it as a non-root user', () => {
    const dockerfile = readText('api.Dockerfile');
    expect(dockerfile).toMatch(/^FROM \$\{NODE_IMAGE\} AS runtime$/m);
    expect(dockerfile).toMatch(/ARG NODE_IMAGE=node:(20|22)-bookworm-slim/);
    expect(dockerfile).toContain('nx build api --configuration=production');
    expect(dockerfile).toContain('npm install --omit=dev');
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toContain('CMD ["node", "dist/apps/api/main.js"]');
  });

  it('builds the web app with Nx and serves it with nginx', () => {
    const dockerfile = readText('web.Dockerfile');
    expect(dockerfile).toContain('nx build web --configuration=production');
    expect(dockerfile).toMatch(/^FROM nginx:1\.29-alpine/m);
    expect(dockerfile).toContain('/app/dist/apps/web/browser /usr/share/nginx/html');
    expect(dockerfile).toContain('docker/web/nginx.conf /etc/nginx/conf.d/default.conf');
    expect(dockerfile).toContain('/docker-entrypoint.d/40-samarbeid-config.sh');
  });

  it('has nginx fall back to index.html, proxy /graphql and the /exports/ downloads, and send security headers', () => {
    const nginx = readText('web/nginx.conf');
    expect(nginx).toContain('try_files $uri $uri/ /index.html;');
    expect(nginx).toContain('http://api:3000');
    // The web app downloads Excel and PDF files from <api>/exports/…: they must reach the API, not index.html.
    expect(nginx).toContain('location ~ ^/(graphql|exports/) {');
    // A benefit-plan import is a 2 MB file in base64 inside the GraphQL body.
    expect(nginx).toMatch(/client_max_body_size [4-9]m;/);
    expect(nginx).toContain('"public, max-age=31536000, immutable"');
    for (const header of [
      'X-Content-Type-Options',
      'X-Frame-Options',
      'Referrer-Policy',
      'Content-Security-Policy',
    ]) {
      expect(nginx).toContain(`add_header ${header} `);
    }
    // The CSP's directives are checked in web-config.spec.ts; here: it is a real policy, not only framing rules.
    expect(nginx).toMatch(/add_header Content-Security-Policy "default-src 'self'; script-src 'self';/);
  });
});
