import { authenticate, type Realm, type RealmUser } from './realm';

/**
 * Brute-force protection like Keycloak's (realm.json `bruteForceProtected`), kept simple: `maxFailures` wrong
 * passwords for a username within `lockSeconds` lock that username for `lockSeconds`, whatever password comes
 * next. Only failures count, and a successful login forgets them, so scripts and tests that log in correctly
 * many times are never locked out. Unknown usernames are counted the same way, so the answers do not tell which
 * usernames exist. In memory: the development identity provider is one process.
 */
export interface LockoutOptions {
  /** Wrong passwords in a row that lock a username; 0 turns the lockout off. */
  readonly maxFailures: number;
  /** How long failures are remembered and a locked username stays locked, in seconds. */
  readonly lockSeconds: number;
}

/** 5 wrong passwords lock the username for 5 minutes (Keycloak's realm: failureFactor 5, 5 minutes' wait). */
export const DEFAULT_LOCKOUT: LockoutOptions = { maxFailures: 5, lockSeconds: 300 };

export type LoginResult =
  | { readonly kind: 'ok'; readonly user: RealmUser }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'locked'; readonly retryAfterSeconds: number };

interface Failures {
  count: number;
  lastAt: number;
  lockedUntil: number;
}

/** Past this many remembered usernames, stale ones are dropped on the next failure. */
const PRUNE_ABOVE = 1000;

export class LoginLockout {
  private readonly failures = new Map<string, Failures>();

  constructor(
    private readonly options: LockoutOptions = DEFAULT_LOCKOUT,
    private readonly now: () => number = Date.now,
  ) {}

  /** Checks the password unless the username is locked; counts a failure, forgets them on success. */
  logIn(realm: Realm, username: string, password: string): LoginResult {
    const key = username.trim().toLowerCase();
    const locked = this.lockedFor(key);
    if (locked > 0) return { kind: 'locked', retryAfterSeconds: locked };
    const user = authenticate(realm, username, password);
    if (user) {
      this.failures.delete(key);
      return { kind: 'ok', user };
    }
    this.recordFailure(key);
    const lockedNow = this.lockedFor(key);
    return lockedNow > 0 ? { kind: 'locked', retryAfterSeconds: lockedNow } : { kind: 'invalid' };
  }

  /** Whole seconds the username stays locked, or 0. */
  private lockedFor(key: string): number {
    const entry = this.failures.get(key);
    const left = entry ? entry.lockedUntil - this.now() : 0;
    return left > 0 ? Math.ceil(left / 1000) : 0;
  }

  private recordFailure(key: string): void {
    if (this.options.maxFailures <= 0) return;
    const now = this.now();
    const windowMs = this.options.lockSeconds * 1000;
    if (this.failures.size > PRUNE_ABOVE) this.prune(now, windowMs);
    const entry = this.failures.get(key);
    const count = entry && now - entry.lastAt <= windowMs ? entry.count + 1 : 1;
    const lockedUntil = count >= this.options.maxFailures ? now + windowMs : 0;
    this.failures.set(key, { count: lockedUntil > 0 ? 0 : count, lastAt: now, lockedUntil });
  }

  private prune(now: number, windowMs: number): void {
    for (const [key, entry] of this.failures) {
      if (entry.lockedUntil <= now && now - entry.lastAt > windowMs) this.failures.delete(key);
    }
  }
}

/** "5 minutter", "1 minutt", "45 sekunder", "1 sekund": how long to wait, for the Norwegian pages. */
export function waitInNorwegian(seconds: number): string {
  if (seconds >= 60) {
    const minutes = Math.ceil(seconds / 60);
    return minutes === 1 ? '1 minutt' : `${minutes} minutter`;
  }
  return seconds === 1 ? '1 sekund' : `${seconds} sekunder`;
}
