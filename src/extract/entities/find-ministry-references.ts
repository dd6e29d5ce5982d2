/**
 * Internal: a ministry named by its domain alone ("الخارجية", "الدفاع") after or before its full name in the same
 * article is a mention of that ministry ("أكدت وزارة الخارجية والمغتربين ... وقالت الخارجية").
 */
import { listCliticStems } from '../lexicon/list-clitic-stems.ts';
import { addCandidate, offsetAfterPrefix, wordAt, type EntityScan } from './entity-scan.ts';
import { hasArticle, withoutArticle } from './word-shapes.ts';

/** A ministry named in the article: where, its domain ("خارجيه") and its entity. */
export interface MinistryMention {
  at: number;
  domain: string;
  entityId: string;
}

/** Given a scan and the ministries it names, adds a candidate for each free bare domain word that refers to one. */
export function findMinistryReferences(scan: EntityScan, ministries: readonly MinistryMention[]): void {
  if (ministries.length === 0) return;
  const { lexicon, tokens } = scan;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined || !token.isWord || scan.owner[i] !== -1) continue;
    // "الدفاع الجوي", "الخارجية الأمريكية": a definite word after it makes another name.
    const next = tokens[i + 1];
    if (next !== undefined && next.isWord && !next.newlineBefore && hasArticle(next.text)) continue;
    // "وزير الخارجية" is a person's title; "وزارة الدفاع" left unread (a place of work) no reference.
    const before = listCliticStems(wordAt(scan, i - 1));
    if (before.some(({ stem }) => lexicon.roles.next.has(stem) || lexicon.bodyHeads.has(stem))) continue;
    for (const { stem, prefix } of listCliticStems(token.text)) {
      if (!lexicon.ministryDomains.has(stem)) continue;
      const domain = withoutArticle(stem);
      const referent = nearest(ministries, domain, i);
      if (referent === undefined) break;
      addCandidate(scan, {
        entityId: referent.entityId,
        type:
          lexicon.byId.get(referent.entityId)?.type ?? scan.created.get(referent.entityId)?.type ?? 'state',
        first: i,
        end: i + 1,
        start: offsetAfterPrefix(scan, i, prefix),
        stop: token.origEnd,
        origin: 'context',
      });
      break;
    }
  }
}

function nearest(list: readonly MinistryMention[], domain: string, at: number): MinistryMention | undefined {
  let before: MinistryMention | undefined;
  let after: MinistryMention | undefined;
  for (const m of list) {
    if (m.domain !== domain) continue;
    if (m.at < at) before = m;
    else after ??= m;
  }
  return before ?? after;
}
