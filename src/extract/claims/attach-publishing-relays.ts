/**
 * Internal: the medium through which a source spoke, named after the source's words: "في بيان نشرته X",
 * "في تصريح لوكالة X", "في مقابلة مع X". That medium relays the cue that precedes it in the sentence.
 */
import type { AttributionCue } from './attribution-cue.ts';
import type { EventContext, PlacedMention, PlacedSentence } from './build-event-context.ts';
import { isToldTo, listActorMentions } from './cue-helpers.ts';
import { lookUpSpeechVerb, lookUpWithObjectPronoun } from './find-verbal-cues.ts';

const WITH = '\u0645\u0639'; // مع
const STATEMENT_TAIL = 3; // words between the statement noun and the medium (بثه التلفزيون الرسمي)

// The medium after a statement noun at k: published by it (نشرته X), told to it (لوكالة X) or met (مع X).
function findMedium(ctx: EventContext, k: number, end: number): PlacedMention | null {
  for (let j = k + 1; j < Math.min(end, k + 1 + STATEMENT_TAIL); j++) {
    const t = ctx.tokens[j];
    if (t === undefined || t.kind === 'punct') return null;
    const medium = listActorMentions(ctx, j + 1, Math.min(end, j + 3)).find((m) => m.type === 'media');
    const published = lookUpWithObjectPronoun(ctx, t.text) !== undefined || lookUpSpeechVerb(ctx, j) !== null;
    if (medium !== undefined && (published || t.text === WITH)) return medium;
    const told = listActorMentions(ctx, j, j + 1).find((m) => m.type === 'media' && isToldTo(ctx, m));
    if (told !== undefined) return told;
  }
  return null;
}

/** Given a sentence and its arranged cues, adds to each cue the media its source spoke through. */
export function attachPublishingRelays(
  ctx: EventContext,
  s: PlacedSentence,
  cues: readonly AttributionCue[],
): void {
  const live = cues.filter((c) => !c.absorbed && c.sources.length > 0);
  for (let k = s.tokStart; k < s.tokEnd; k++) {
    if (!ctx.tokens[k]?.keys.some((key) => ctx.lexicon.speech.statementNouns.has(key))) continue;
    const medium = findMedium(ctx, k, s.tokEnd);
    if (medium === null) continue;
    const owner = [...live].reverse().find((c) => c.frame.start < k);
    if (
      owner === undefined ||
      owner.sources.includes(medium.entityId) ||
      owner.relays.includes(medium.entityId)
    )
      continue;
    owner.relays = [...owner.relays, medium.entityId];
  }
}
