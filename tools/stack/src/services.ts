import { join } from 'node:path';

import { realmIssuerPath } from '@samarbeid/shared/domain';

import { ServiceProcess, startService } from './service-process';

export interface IdpOptions {
  readonly root: string;
  readonly port: number;
  readonly webOrigins: readonly string[];
  readonly onLine?: (line: string) => void;
}

/** The development identity provider (apps/idp), run from source with tsx. */
export function startIdp(options: IdpOptions): Promise<ServiceProcess> {
  return startService({
    name: 'idp',
    // One process (node with tsx's loader, no tsx wrapper in between), so signals reach the provider itself.
    command: process.execPath,
    args: ['--import', 'tsx', join(options.root, 'apps/idp/src/main.ts')],
    cwd: options.root,
    env: {
      NODE_ENV: 'development',
      IDP_PORT: String(options.port),
      IDP_PUBLIC_URL: `http://localhost:${options.port}`,
      IDP_WEB_ORIGINS: options.webOrigins.join(','),
    },
    readyMarker: 'IDP_READY',
    timeoutMs: 60_000,
    onLine: options.onLine,
  });
}

export function issuerUrlFor(idpPort: number): string {
  return `http://localhost:${idpPort}${realmIssuerPath()}`;
}

export interface ApiOptions {
  readonly root: string;
  readonly port: number;
  readonly databaseUrl: string;
  readonly issuerUrl: string;
  readonly webOrigins: readonly string[];
  readonly demoSeed: boolean;
  readonly env?: NodeJS.ProcessEnv;
  readonly onLine?: (line: string) => void;
}

/** The API from its production bundle (dist/apps/api/main.js; build it first). */
export function startApi(options: ApiOptions): Promise<ServiceProcess> {
  return startService({
    name: 'api',
    command: process.execPath,
    args: [join(options.root, 'dist/apps/api/main.js')],
    cwd: options.root,
    env: {
      NODE_NO_WARNINGS: '1',
      PORT: String(options.port),
      DATABASE_URL: options.databaseUrl,
      OIDC_ISSUER_URL: options.issuerUrl,
      WEB_ORIGIN: options.webOrigins.join(','),
      DEMO_SEED: String(options.demoSeed),
      ...options.env,
    },
    readyMarker: 'API_READY',
    timeoutMs: 90_000,
    onLine: options.onLine,
  });
}
