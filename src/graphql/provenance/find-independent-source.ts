/**
 * Public API: which independent source a claim counts for. Claims are grouped by the first *named* element of
 * their chain (the source if named, else the nearest named relay, else the outlet), so "activists via AFP" in
 * two outlets counts once, as AFP (docs/graph-model.md).
 */
import type { ActorRow } from '../../db/node.repository.ts';
import type { EvidenceRow } from '../../db/relation.repository.ts';
import { describeActor } from './describe-actor.ts';

/** The independent source of a claim: a grouping key and the actor it names (null when the chain is empty). */
export interface IndependentSourceRef {
  key: string;
  actor: ActorRow | null;
  /** How reasons name it: the actor's name, or the article whose unnamed sources it stands for. */
  label: string;
}

const isNamed = (actor: ActorRow | null | undefined): actor is ActorRow => !!actor && actor.kind !== 'ANONYMOUS_SOURCE';

/** Given a claim's evidence row, returns the independent source it counts for. */
export function findIndependentSource(evidence: EvidenceRow): IndependentSourceRef {
  const chain = [evidence.source, ...[...evidence.relays].sort((a, b) => a.hop - b.hop).map((r) => r.node), evidence.outlet];
  const named = chain.find(isNamed);
  if (named) return { key: `actor:${named.id}`, actor: named, label: describeActor(named) };
  // Only anonymous elements and no outlet: the article is the narrowest thing we can vouch for.
  const anonymous = chain.find((a): a is ActorRow => !!a);
  const article = evidence.article;
  return article
    ? { key: `article:${article.id}`, actor: anonymous ?? null, label: `the unnamed sources of article ${article.file ?? article.id}` }
    : { key: `claim:${evidence.claim.id}`, actor: anonymous ?? null, label: describeActor(anonymous) };
}
