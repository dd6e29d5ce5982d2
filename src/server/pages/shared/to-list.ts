/**
 * Internal (browser): reads a list field whatever shape the API gives it: a plain list, a connection with
 * `nodes`, or a Relay connection with `edges { node }`.
 */

/** Given a GraphQL list or connection value, returns its items (empty for null or an unknown shape). */
export function toList<T>(value: unknown): T[] {
  if (Array.isArray(value)) return value as T[];
  if (value && typeof value === 'object') {
    const record = value as { nodes?: unknown; edges?: unknown };
    if (Array.isArray(record.nodes)) return record.nodes as T[];
    if (Array.isArray(record.edges)) return (record.edges as { node?: T }[]).flatMap((e) => (e?.node ? [e.node] : []));
  }
  return [];
}
