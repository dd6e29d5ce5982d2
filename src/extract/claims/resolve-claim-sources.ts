/**
 * Internal: the article-level pass over claim drafts. An implied source (وأضاف، وأوضح) is the previous speaker;
 * a source named again keeps the relays it had ("وأكد ترامب" after "نقلت بلومبرغ أن ترامب قال"); the outlet
 * ends every chain when known; claims of one source in one sentence become one (deny > accuse > announce > assert).
 */
import type { Stance } from '../types.ts';
import type { ClaimDraft } from './build-sentence-claims.ts';

const MEMORY = 4; // sentences a speaker is remembered for
const STANCE_RANK: Record<Stance, number> = { assert: 0, announce: 1, accuse: 2, deny: 3 };

interface Spoken {
  sourceId: string;
  relays: string[];
  stance: Stance;
  sentence: number;
}

/** A claim draft with its final source and relay chain. */
export interface ResolvedDraft extends ClaimDraft {
  via: string[];
  /** True when the source was implied and no earlier speaker was found: the outlet was assumed. */
  guessed: boolean;
}

// A correspondent is relayed by the outlet the correspondent works for, right after it in the chain.
function withCorrespondentOutlets(
  sourceId: string | null,
  relays: readonly string[],
  correspondents: ReadonlyMap<string, string>,
): string[] {
  const out: string[] = [];
  const outletOf = (id: string | null) => (id === null ? undefined : correspondents.get(id));
  const first = outletOf(sourceId);
  if (first !== undefined && relays[0] !== first) out.push(first);
  relays.forEach((id, k) => {
    out.push(id);
    const next = outletOf(id);
    if (next !== undefined && relays[k + 1] !== next) out.push(next);
  });
  return out;
}

// An unnamed speaker (sourceId null, not the outlet's own claim) is still relayed by the outlet.
function finishChain(
  relays: readonly string[],
  sourceId: string | null,
  outletId: string | null,
  byOutlet: boolean,
  correspondents: ReadonlyMap<string, string>,
): string[] {
  const chain: string[] = [];
  for (const id of withCorrespondentOutlets(sourceId, relays, correspondents)) {
    if (id !== sourceId && id !== outletId && !chain.includes(id)) chain.push(id);
  }
  if (outletId !== null && sourceId !== outletId && !byOutlet) chain.push(outletId);
  return chain;
}

function mergeSameSource(drafts: ResolvedDraft[]): ResolvedDraft[] {
  const out: ResolvedDraft[] = [];
  for (const d of drafts) {
    const same = out.find((o) => o.sentence === d.sentence && o.sourceId === d.sourceId);
    if (same === undefined) {
      out.push(d);
      continue;
    }
    if (STANCE_RANK[d.stance] > STANCE_RANK[same.stance]) same.stance = d.stance;
    same.content = [...same.content, ...d.content].sort((a, b) => a.start - b.start);
  }
  return out;
}

/** Given the drafts of an article in order, its outlet and its correspondents' outlets, returns them with sources and chains resolved. */
export function resolveClaimSources(
  drafts: readonly ClaimDraft[],
  outletId: string | null,
  correspondents: ReadonlyMap<string, string> = new Map(),
): ResolvedDraft[] {
  const memory: Spoken[] = [];
  const resolved: ResolvedDraft[] = [];
  let sentenceNo = -1;
  let lastSentence: unknown = null;
  for (const d of drafts) {
    if (d.sentence !== lastSentence) {
      sentenceNo++;
      lastSentence = d.sentence;
    }
    while (memory.length > 0 && sentenceNo - (memory[0]?.sentence ?? sentenceNo) > MEMORY) memory.shift();
    const recent = memory;
    let { sourceId, relays, stance } = d;
    let guessed = false;
    if (d.byOutlet) sourceId = outletId;
    else if (d.implied) {
      const last = recent[recent.length - 1];
      sourceId = last?.sourceId ?? outletId;
      guessed = last === undefined;
      relays = last?.relays ?? [];
      if (last !== undefined && stance === 'assert' && last.stance === 'announce') stance = 'announce';
    } else if (relays.length === 0) {
      const same = [...recent].reverse().find((m) => m.sourceId === sourceId);
      if (same !== undefined) relays = same.relays;
    }
    // The outlet's own correspondent speaking ("قال مراسل X") is a speaker too; the outlet's narration is not.
    if (!d.byOutlet && sourceId !== null) {
      memory.push({ sourceId, relays, stance, sentence: sentenceNo });
    }
    resolved.push({
      ...d,
      sourceId,
      relays,
      stance,
      guessed,
      via: finishChain(relays, sourceId, outletId, d.byOutlet, correspondents),
    });
  }
  return mergeSameSource(resolved);
}
