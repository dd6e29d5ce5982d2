/**
 * Public API: a claim's chain of custody in order: source -> each relay by hop -> outlet -> article. The loader
 * may or may not repeat the outlet as the last relay (docs/graph-model.md says the last relay is the outlet);
 * either way the outlet appears once, as OUTLET.
 */
import type { ActorRow } from '../../db/node.repository.ts';
import type { EvidenceRow } from '../../db/relation.repository.ts';
import { ChainStepRole } from '../types/chain-step-role.type.ts';

/** One step of a chain (the value of a ChainStep). */
export interface ChainStepValue {
  position: number;
  role: ChainStepRole;
  hop: number | null;
  actor: ActorRow | null;
  article: EvidenceRow['article'];
}

/** Given a claim's evidence row, returns its chain steps, numbered from 1. */
export function buildClaimChain(evidence: EvidenceRow): ChainStepValue[] {
  const steps: Omit<ChainStepValue, 'position'>[] = [];
  if (evidence.source) steps.push({ role: ChainStepRole.SOURCE, hop: null, actor: evidence.source, article: null });
  const relays = [...evidence.relays].sort((a, b) => a.hop - b.hop);
  for (const relay of relays) {
    if (evidence.outlet && relay.node.id === evidence.outlet.id) continue;
    if (evidence.source && relay.node.id === evidence.source.id) continue;
    steps.push({ role: ChainStepRole.RELAY, hop: relay.hop, actor: relay.node, article: null });
  }
  if (evidence.outlet) steps.push({ role: ChainStepRole.OUTLET, hop: null, actor: evidence.outlet, article: null });
  if (evidence.article) steps.push({ role: ChainStepRole.ARTICLE, hop: null, actor: null, article: evidence.article });
  return steps.map((step, index) => ({ ...step, position: index + 1 }));
}
