import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { LockoutOptions } from './lockout';
import { createIdentityProvider, type IdentityProvider } from './provider';

export interface StartOptions {
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** Defaults to http://localhost:<port>; a function gets the port actually listened on. */
  readonly publicUrl?: string | ((port: number) => string);
  readonly webOrigins: readonly string[];
  readonly realmDir: string;
  readonly lockout?: LockoutOptions;
}

export interface RunningIdentityProvider extends IdentityProvider {
  readonly server: Server;
  readonly port: number;
  close(): Promise<void>;
}

/** Listens first (so that port 0 works), then builds the provider for the actual port. */
export async function startIdentityProvider(options: StartOptions): Promise<RunningIdentityProvider> {
  const ready: { listener?: RequestListener } = {};
  const server = createServer((req, res) => {
    if (ready.listener) return ready.listener(req, res);
    res.writeHead(503, { 'Retry-After': '1' }).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const provider = await createIdentityProvider({
    publicUrl:
      typeof options.publicUrl === 'function'
        ? options.publicUrl(port)
        : (options.publicUrl ?? `http://localhost:${port}`),
    webOrigins: options.webOrigins,
    realmDir: options.realmDir,
    lockout: options.lockout,
  }).catch(async (error: unknown) => {
    await closeServer(server);
    throw error;
  });
  ready.listener = provider.listener;
  return { ...provider, server, port, close: () => closeServer(server) };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
