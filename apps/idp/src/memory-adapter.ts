import type { Adapter, AdapterConstructor, AdapterPayload } from 'oidc-provider';

interface Entry {
  readonly payload: AdapterPayload;
  readonly expiresAt: number;
}

/**
 * In-memory storage for one provider instance: sessions, grants and tokens live as long as the process,
 * which is what a development identity provider wants. (oidc-provider's built-in memory adapter does the
 * same but warns about it at every start.)
 */
export function createMemoryAdapter(now: () => number = Date.now): AdapterConstructor {
  const entries = new Map<string, Entry>();
  const byGrant = new Map<string, Set<string>>();

  const read = (key: string): AdapterPayload | undefined => {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry?.payload;
  };

  /** Drops expired entries now and then, so that a long-running process does not grow without bound. */
  let writes = 0;
  const sweep = (): void => {
    writes += 1;
    if (writes % 500 !== 0) return;
    for (const key of [...entries.keys()]) read(key);
  };

  return class MemoryAdapter implements Adapter {
    constructor(private readonly name: string) {}

    private key(id: string): string {
      return `${this.name}:${id}`;
    }

    async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
      sweep();
      const key = this.key(id);
      const expiresAt = now() + expiresIn * 1000;
      entries.set(key, { payload, expiresAt });
      if (payload.grantId) {
        const keys = byGrant.get(payload.grantId) ?? new Set<string>();
        keys.add(key);
        byGrant.set(payload.grantId, keys);
      }
      if (payload.uid) entries.set(`${this.name}:uid:${payload.uid}`, { payload: { id }, expiresAt });
      if (payload.userCode)
        entries.set(`${this.name}:userCode:${payload.userCode}`, { payload: { id }, expiresAt });
    }

    async find(id: string): Promise<AdapterPayload | undefined> {
      return read(this.key(id));
    }

    async findByUid(uid: string): Promise<AdapterPayload | undefined> {
      return this.findByIndex('uid', uid);
    }

    async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
      return this.findByIndex('userCode', userCode);
    }

    async consume(id: string): Promise<void> {
      const payload = read(this.key(id));
      if (payload) payload.consumed = Math.floor(now() / 1000);
    }

    async destroy(id: string): Promise<void> {
      entries.delete(this.key(id));
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      for (const key of byGrant.get(grantId) ?? []) entries.delete(key);
      byGrant.delete(grantId);
    }

    private findByIndex(index: string, value: string): AdapterPayload | undefined {
      const pointer = read(`${this.name}:${index}:${value}`);
      return typeof pointer?.['id'] === 'string' ? read(this.key(pointer['id'])) : undefined;
    }
  };
}
