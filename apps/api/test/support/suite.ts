import { afterAll, beforeAll } from '@jest/globals';

/**
 * Something the surrounding describe block shares (an app, a server): started before its tests, stopped after
 * them. The accessor answers inside tests and hooks registered after this one.
 */
export function suiteResource<T>(
  what: string,
  start: () => Promise<T>,
  stop: (resource: T) => Promise<void>,
): () => T {
  let started: T | undefined;
  beforeAll(async () => {
    started = await start();
  });
  afterAll(async () => {
    if (started !== undefined) await stop(started);
  });
  return () => {
    if (started === undefined) {
      throw new Error(`${what} is started in beforeAll: use it inside a test or a later hook.`);
    }
    return started;
  };
}

/**
 * A suiteResource as the resource itself: the handle can be kept at once, and inside tests and later hooks every
 * property and method is the started resource's.
 */
export function suiteHandle<T extends object>(
  what: string,
  start: () => Promise<T>,
  stop: (resource: T) => Promise<void>,
): T {
  const current = suiteResource(what, start, stop);
  return new Proxy({} as T, {
    get(_target, key) {
      const resource = current();
      const value: unknown = Reflect.get(resource, key, resource);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(resource) : value;
    },
  });
}
