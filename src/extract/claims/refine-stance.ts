/**
 * Internal: the stance of a claim from what it says, when its verb only reports (قال، أكد، أوضح): blaming an
 * identifiable party for wrongdoing (مجزرة، جرائم حرب، دروعاً بشرية، متهماً) is an accusation; a party speaking of
 * its own forces or its own decision (مقاتليها، قواتنا، لن نسمح) announces. Denials stay denials.
 */
import type { EntityType } from '../types.ts';
import type { EventContext } from './build-event-context.ts';
import { matchPhraseAt } from './phrase-matcher.ts';
import type { ResolvedDraft } from './resolve-claim-sources.ts';

// Only parties announce their own deeds; outlets, monitors quoting tolls and unnamed sources report them.
const PARTY_TYPES: ReadonlySet<EntityType> = new Set<EntityType>([
  'state',
  'armed_group',
  'organization',
  'person',
]);

function contentHas(
  ctx: EventContext,
  d: ResolvedDraft,
  matcher: EventContext['lexicon']['speech']['accusationMarkers'],
): boolean {
  for (const r of d.content) {
    for (let k = r.start; k < r.end; k++) if (matchPhraseAt(matcher, ctx.tokens, k) !== null) return true;
  }
  return false;
}

/** Given the context and the resolved drafts of an article, sharpens each reported (assert) stance in place. */
export function refineStance(ctx: EventContext, drafts: readonly ResolvedDraft[]): void {
  const { accusationMarkers, ownSideMarkers } = ctx.lexicon.speech;
  for (const d of drafts) {
    if (d.stance !== 'assert') continue;
    if (contentHas(ctx, d, accusationMarkers)) {
      d.stance = 'accuse';
      continue;
    }
    const type = d.sourceId === null ? undefined : ctx.entityTypes.get(d.sourceId);
    if (type !== undefined && PARTY_TYPES.has(type) && contentHas(ctx, d, ownSideMarkers))
      d.stance = 'announce';
  }
}
