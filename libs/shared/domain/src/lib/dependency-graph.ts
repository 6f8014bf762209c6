/** An edge `from → to`: measure `from` needs measure `to` first. */
export interface DependencyEdge {
  readonly from: string;
  readonly to: string;
}

/**
 * The cycle that adding `edge` would close, as the path `edge.from → … → edge.from`, or null when the graph stays
 * acyclic. A self-dependency is the shortest cycle. Depth-first search from `edge.to` back to `edge.from`.
 */
export function cycleCreatedBy(edges: readonly DependencyEdge[], edge: DependencyEdge): string[] | null {
  if (edge.from === edge.to) return [edge.from, edge.from];
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) {
    next.set(from, [...(next.get(from) ?? []), to]);
  }
  const visited = new Set<string>();
  const path: string[] = [];
  const search = (node: string): boolean => {
    if (node === edge.from) return true;
    if (visited.has(node)) return false;
    visited.add(node);
    for (const target of next.get(node) ?? []) {
      path.push(target);
      if (search(target)) return true;
      path.pop();
    }
    return false;
  };
  path.push(edge.to);
  return search(edge.to) ? [edge.from, ...path] : null;
}
