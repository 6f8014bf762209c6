import type { NetworkKind } from '@samarbeid/shared/domain';

/** What is wrong with a network's settings, as codes the errors file turns into sentences. */
export type NetworkProblem =
  | 'WORKING_GROUP_NEEDS_END'
  | 'END_ONLY_FOR_WORKING_GROUP'
  | 'PARENT_IS_SELF'
  | 'PARENT_CYCLE'
  | 'PARENT_CLOSED'
  | 'CLOSED';

export interface NetworkSettings {
  readonly kind: NetworkKind;
  readonly endsOn: string | null;
}

/** A working group has an end date; other networks have none. */
export function networkSettingsProblem(settings: NetworkSettings): NetworkProblem | null {
  if (settings.kind === 'WORKING_GROUP' && !settings.endsOn) return 'WORKING_GROUP_NEEDS_END';
  if (settings.kind !== 'WORKING_GROUP' && settings.endsOn) return 'END_ONLY_FOR_WORKING_GROUP';
  return null;
}

/**
 * Whether `parentId` may be the parent of network `id` (null for a new one), given each network's parent
 * (`parents`: id → parent id) and the closed networks: not itself, not one of its own descendants, not closed.
 */
export function parentProblem(
  id: string | null,
  parentId: string,
  parents: ReadonlyMap<string, string | null>,
  closed: ReadonlySet<string>,
): NetworkProblem | null {
  if (id === parentId) return 'PARENT_IS_SELF';
  if (closed.has(parentId)) return 'PARENT_CLOSED';
  const seen = new Set<string>();
  for (let at: string | null | undefined = parentId; at; at = parents.get(at)) {
    if (at === id) return 'PARENT_CYCLE';
    if (seen.has(at)) break;
    seen.add(at);
  }
  return null;
}

/** A short key for a new network from its name, unique among `taken`: "Arbeidsgruppe IKT" → "ARBEIDSGRUPPE-IKT". */
export function networkKey(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toUpperCase()
      .replace(/[^A-Z0-9ÆØÅ]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 24)
      .replace(/-+$/, '') || 'NETTVERK';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const key = `${base}-${n}`;
    if (!taken.has(key)) return key;
  }
}
