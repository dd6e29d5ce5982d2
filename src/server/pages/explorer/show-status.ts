/**
 * Internal (browser): one status line per panel, for progress, results and errors from the API.
 */

/** Given a status element, a message and its tone, shows the message (data-tone lets CSS and tests tell). */
export function showStatus(
  element: HTMLElement,
  message: string,
  tone: 'busy' | 'ok' | 'error' = 'ok',
): void {
  element.textContent = message;
  element.dataset['tone'] = tone;
}

/** Given GraphQL errors, returns one line naming each (with its code) for the status line. */
export function describeErrors(errors: { message: string; extensions?: { code?: string } }[]): string {
  return errors
    .map((e) => (e.extensions?.code ? `${e.message} (${e.extensions.code})` : e.message))
    .join('; ');
}
