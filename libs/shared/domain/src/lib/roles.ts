/**
 * Application roles. The names are the realm roles in Keycloak (docker/keycloak/realm.json)
 * and in the development identity provider; the API and the web app read them from here.
 */
export const Role = {
  Secretariat: 'secretariat',
  NetworkLeader: 'network-leader',
  NetworkMember: 'network-member',
  MunicipalDirector: 'municipal-director',
  Viewer: 'viewer',
} as const;

export type Role = (typeof Role)[keyof typeof Role];

export const ROLES: readonly Role[] = Object.values(Role);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Human labels, Norwegian bokmål first. */
export const ROLE_LABELS: Readonly<Record<Role, { nb: string; en: string }>> = {
  secretariat: { nb: 'Sekretariat', en: 'Secretariat' },
  'network-leader': { nb: 'Nettverksleder', en: 'Network leader' },
  'network-member': { nb: 'Nettverksmedlem', en: 'Network member' },
  'municipal-director': { nb: 'Kommunedirektør', en: 'Municipal director' },
  viewer: { nb: 'Lesetilgang (folkevalgt)', en: 'Read-only (politician)' },
};

/**
 * The identity provider's roles of the people in networks. Which networks someone leads is the app's own record
 * (a LEADER membership in force, which the secretariat adds and ends); either role qualifies for it, so that naming
 * a member as a working group's leader takes effect at the next request, without a change in the identity provider.
 */
export const NETWORK_PEOPLE_ROLES: readonly Role[] = [Role.NetworkLeader, Role.NetworkMember];

/** Whether someone with these roles may lead networks (and so edit what the networks they lead own). */
export function holdsNetworkRole(roles: readonly string[]): boolean {
  return NETWORK_PEOPLE_ROLES.some((role) => roles.includes(role));
}
