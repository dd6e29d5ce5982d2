/**
 * Internal: the readable form of one extracted article for `kg extract` without `--json`.
 */
import type { Lexicon } from '../extract/lexicon/lexicon-types.ts';
import type { ExtractedArticle } from '../extract/types.ts';

/** Given an extracted article and the lexicon, returns a few lines that say what was found in it. */
export function formatArticleSummary(article: ExtractedArticle, lexicon: Lexicon): string {
  const outlet =
    article.outlet === null ? '-' : `${lexicon.byId.get(article.outlet)?.nameEn ?? article.outlet}`;
  const lines = [
    `== ${article.file}  (${article.id})`,
    `   title: ${article.title ?? '-'}`,
    `   outlet: ${outlet}   published: ${article.publishedAt ?? '-'}`,
    `   entities: ${article.entities.length}   claims: ${article.claims.length}   incidents: ${article.incidents.length}`,
  ];
  for (const entity of article.entities) {
    const forms = [...new Set(entity.mentions.map((m) => m.text))].join(' | ');
    lines.push(`     ${entity.type.padEnd(16)} ${entity.id.padEnd(26)} x${entity.mentions.length}  ${forms}`);
  }
  for (const d of article.diagnostics) {
    if (d.severity !== 'info') lines.push(`   ${d.severity} ${d.code}: ${d.message}`);
  }
  return lines.join('\n');
}
