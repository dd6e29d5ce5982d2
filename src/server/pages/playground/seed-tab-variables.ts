/**
 * Internal (browser): GraphiQL 3 opens its default tabs with their queries but an empty variables editor; this
 * invisible component, rendered inside GraphiQL, fills it from the active tab once the editor exists.
 */
import { useEditorContext } from '@graphiql/react';
import { useEffect } from 'react';

/** Given nothing (it reads GraphiQL's editor context), returns no markup; seeds the variables editor once. */
export function SeedTabVariables(): null {
  const { variableEditor, tabs, activeTabIndex } = useEditorContext({ nonNull: true });
  useEffect(() => {
    const wanted = tabs[activeTabIndex]?.variables;
    if (variableEditor && !variableEditor.getValue() && wanted) variableEditor.setValue(wanted);
    // Only when the editor appears: later edits, even emptying it, are the user's.
  }, [variableEditor]);
  return null;
}
