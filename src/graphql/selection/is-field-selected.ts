/**
 * Public API: whether a request selects a field below the one being resolved (fragments included), so that a
 * resolver can leave out of its database read what nobody asked for.
 */
import { getDirectiveValues, GraphQLIncludeDirective, GraphQLSkipDirective, Kind, type GraphQLResolveInfo, type SelectionNode, type SelectionSetNode } from 'graphql';

/** What isFieldSelected reads of a resolver's info. */
export type SelectionInfo = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'variableValues'>;

/**
 * Given a resolver's info and a path of field names below the field being resolved (e.g. `['edges', 'evidence']`),
 * returns whether the request selects that field: through any node of the current field, inline fragments and
 * named fragments, whatever their type condition, by field name (aliases do not matter). A selection that
 * `@skip` or `@include` leaves out does not count. An empty path is the current field itself: true.
 */
export function isFieldSelected(info: SelectionInfo, path: readonly string[]): boolean {
  const selects = (set: SelectionSetNode | undefined, rest: readonly string[]): boolean => {
    if (rest.length === 0) return true;
    if (!set) return false;
    return set.selections.some((node) => {
      if (!isIncluded(node, info.variableValues)) return false;
      switch (node.kind) {
        case Kind.FIELD:
          return node.name.value === rest[0] && selects(node.selectionSet, rest.slice(1));
        case Kind.INLINE_FRAGMENT:
          return selects(node.selectionSet, rest);
        case Kind.FRAGMENT_SPREAD: {
          // Validation has ruled out unknown and cyclic fragments.
          const fragment = info.fragments[node.name.value];
          return fragment !== undefined && selects(fragment.selectionSet, rest);
        }
      }
    });
  };
  return info.fieldNodes.some((field) => selects(field.selectionSet, path));
}

function isIncluded(node: SelectionNode, variables: GraphQLResolveInfo['variableValues']): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}
