/**
 * Internal: a definite head noun alone ("التنظيم", "المرصد", "المخيم", "الميليشيا", "المصادر", "المسؤولون")
 * refers to the entity the article names with that head, either inside the name ("تنظيم الدولة", "مخيم الباغوز")
 * or as a descriptor just before it ("ميليشيا قسد", "تنظيم داعش"). The nearest such entity before it wins,
 * else the first one after it, else the domain's default referent ("النظام" -> the Syrian government).
 */
import { listCliticStems } from '../lexicon/list-clitic-stems.ts';
import { addCandidate, offsetAfterPrefix, wordAt, type Candidate, type EntityScan } from './entity-scan.ts';
import { phraseAt } from './find-persons.ts';
import { hasArticle, toHeadKey } from './word-shapes.ts';

const ALEF = '\u0627';

interface Antecedent {
  candidate: Candidate;
  at: number;
}

/** Given a scan, adds a candidate for every free definite head noun that refers back (or forward) to an entity. */
export function resolveAnaphora(scan: EntityScan): void {
  const byHead = collectAntecedents(scan);
  const defaults = scan.lexicon.defaultReferents;
  if (byHead.size === 0 && defaults.size === 0) return;
  for (let i = 0; i < scan.tokens.length; i++) {
    const token = scan.tokens[i];
    if (token === undefined || !token.isWord || scan.owner[i] !== -1) continue;
    // A definite head that introduces a name is a title, not a reference: "الناشط “...”", "الناشط الحقوقي أبو محمد".
    if (phraseAt(scan.lexicon.roles, scan, i) > 0 && isFollowedByPerson(scan, i)) continue;
    for (const { stem, prefix } of listCliticStems(token.text)) {
      if (!hasArticle(stem)) continue;
      const key = toHeadKey(stem);
      const list = byHead.get(key);
      const antecedent = list === undefined ? undefined : nearest(list, i);
      const fallback = antecedent === undefined ? scan.lexicon.byId.get(defaults.get(key) ?? '') : undefined;
      if (antecedent === undefined && fallback === undefined) continue;
      addCandidate(scan, {
        entityId: antecedent?.candidate.entityId ?? fallback?.id ?? '',
        type: antecedent?.candidate.type ?? fallback?.type ?? 'state',
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

function isFollowedByPerson(scan: EntityScan, index: number): boolean {
  for (let k = index + 1; k <= index + 3 && k < scan.tokens.length; k++) {
    const owner = scan.owner[k] ?? -1;
    if (owner !== -1) return scan.candidates[owner]?.type === 'person';
    const token = scan.tokens[k];
    if (token === undefined || token.newlineBefore || (token.isWord && !hasArticle(token.text))) return false;
  }
  return false;
}

function collectAntecedents(scan: EntityScan): Map<string, Antecedent[]> {
  const heads = new Set([...scan.lexicon.anaphoricHeads].map(toHeadKey));
  const byHead = new Map<string, Antecedent[]>();
  const add = (written: string, candidate: Candidate): void => {
    // "مصدراً محلياً": the accusative's alef is no part of the head.
    const word =
      written.endsWith(ALEF) && heads.has(toHeadKey(written.slice(0, -1))) ? written.slice(0, -1) : written;
    const key = toHeadKey(word);
    if (!heads.has(key)) return;
    const list = byHead.get(key) ?? [];
    list.push({ candidate, at: candidate.first });
    byHead.set(key, list);
  };
  for (const candidate of scan.candidates) {
    if (
      candidate.dead ||
      candidate.type === 'person' ||
      (candidate.type === 'location' && candidate.origin === 'context')
    )
      continue;
    const firstWord = firstWordOf(scan, candidate);
    if (firstWord !== '') add(firstWord, candidate);
    // The descriptor may stand before an opening quote: تنظيم “الدولة الإسلامية”.
    let k = candidate.first - 1;
    while (k >= 0 && scan.tokens[k]?.text === '"' && !scan.tokens[k + 1]?.newlineBefore) k--;
    const before = wordAt(scan, k);
    if (before !== '' && scan.owner[k] === -1 && !scan.tokens[k + 1]?.newlineBefore) {
      const stems = listCliticStems(before);
      for (const { stem } of stems)
        if (scan.lexicon.descriptors.has(stem) || heads.has(toHeadKey(stem))) add(stem, candidate);
    }
  }
  for (const list of byHead.values()) list.sort((x, y) => x.at - y.at);
  return byHead;
}

/** The first word of a mention as written, without the clitics the mention starts after ("وتنظيم" -> "تنظيم"). */
function firstWordOf(scan: EntityScan, candidate: Candidate): string {
  for (let k = candidate.first; k < candidate.end; k++) {
    const token = scan.tokens[k];
    if (token === undefined || token.origEnd <= candidate.start) continue;
    for (const { stem, prefix } of listCliticStems(token.text)) {
      if (offsetAfterPrefix(scan, k, prefix) === candidate.start) return stem;
    }
    return token.text;
  }
  return '';
}

/** The antecedent nearest before `at`, else the first after it (lists are in text order: binary search). */
function nearest(list: readonly Antecedent[], at: number): Antecedent | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid]?.at ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return list[lo - 1] ?? list.find((item, k) => k >= lo && item.at > at);
}
