/**
 * Public API: how deeply an operation nests fields, following fragments; introspection (`__schema`, `__type`)
 * is not counted, so a playground's schema query is never refused for depth.
 */
import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/** Given a parsed document and the operation's name (or undefined for the only one), returns its depth: `{ a { b } }` is 2. */
export function measureQueryDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    else if (def.kind === Kind.OPERATION_DEFINITION && (!operationName || def.name?.value === operationName)) operation ??= def;
  }
  if (!operation) return 0;
  const depthOf = (set: SelectionSetNode, seen: ReadonlySet<string>): number => {
    let max = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith('__')) continue;
        max = Math.max(max, 1 + (sel.selectionSet ? depthOf(sel.selectionSet, seen) : 0));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, depthOf(sel.selectionSet, seen));
      } else {
        const fragment = fragments.get(sel.name.value);
        // A fragment cycle is a validation error reported elsewhere; stop rather than recurse forever.
        if (fragment && !seen.has(fragment.name.value)) max = Math.max(max, depthOf(fragment.selectionSet, new Set([...seen, fragment.name.value])));
      }
    }
    return max;
  };
  return depthOf(operation.selectionSet, new Set());
}
