import { type Provider, signal } from '@angular/core';
import type { Role } from '@samarbeid/shared/domain';
import { AuthService, type SignedInUser } from '@samarbeid/web/data-access';

/** A demo user with one role. */
function demoUser<R extends Role>(name: string, role: R, municipality: string | undefined, email: string) {
  return { name, roles: [role] as const, municipality, email };
}

/** The demo users (as in the development identity provider), as the web app reads them from the token. */
export const DEMO_USERS = {
  secretariat: demoUser('Siri Sekretær', 'secretariat', undefined, 'siri.sekretaer@example.no'),
  /** Leads Teknisk nettverk. */
  leader: demoUser('Tor Teknisk', 'network-leader', '4005', 'tor.teknisk@example.no'),
  /** Leads another network. */
  otherLeader: demoUser('Olga Oppvekst', 'network-leader', '3303', 'olga.oppvekst@example.no'),
  directorFlesberg: demoUser('Ola Haugen', 'municipal-director', '3334', 'ola.haugen@example.no'),
  directorRollag: demoUser('Rune Rollag', 'municipal-director', '3336', 'rune.rollag@example.no'),
  member: demoUser('Marte Moen', 'network-member', '4026', 'marte.moen@example.no'),
  viewer: demoUser('Gunnar Berg', 'viewer', '3334', 'gunnar.berg@example.no'),
} satisfies Record<string, SignedInUser & { roles: readonly Role[] }>;

/** AuthService with a fixed user (no Keycloak); `current` changes who is signed in. */
export function provideUser(user: SignedInUser | null) {
  const current = signal<SignedInUser | null>(user);
  const provider: Provider = { provide: AuthService, useValue: { user: current.asReadonly() } };
  return { provider, current };
}
