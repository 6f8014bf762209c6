import DataLoader from 'dataloader';

import { RequestWithUser } from '../auth/access.decorators';

/**
 * DataLoaders live for one request: created on first use, shared by every resolver in that request, so a
 * relation is fetched with one query for all parents instead of one query per parent.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = create();
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

export interface RequestContext {
  readonly req: RequestWithUser;
  readonly loaders: RequestLoaders;
}

export function createRequestContext({ req }: { req: RequestWithUser }): RequestContext {
  return { req, loaders: new RequestLoaders() };
}
