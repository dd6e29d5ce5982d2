/**
 * Internal (browser): an actor's name for the page's HTML: the Arabic name isolated right-to-left, the English
 * name beside it.
 */
import { createNode } from '../shared/create-node.ts';

/** Given an Arabic name and an English name, returns a span with both (Arabic as <bdi dir="rtl" lang="ar">). */
export function renderActorName(
  name: string | null | undefined,
  nameEn: string | null | undefined,
): HTMLSpanElement {
  return createNode(
    'span',
    { class: 'actor-name' },
    name ? createNode('bdi', { dir: 'rtl', lang: 'ar', class: 'name-ar' }, name) : null,
    nameEn && nameEn !== name ? createNode('span', { lang: 'en', class: 'name-en' }, nameEn) : null,
  );
}
