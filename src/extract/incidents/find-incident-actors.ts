/**
 * Internal: who did it and to whom, for one trigger: "اشتباكات بين X و Y" (the two sides); "من قبل X"، "شنتها
 * طائرات X"، "لقوات X" (perpetrator markers); "غارات للتحالف"، "قصف قوات النظام" (the actor right after the
 * trigger); the subject before a verb or a possessed noun (قوات التحالف استهدفت، التنظيم كثف هجماته); "طيران X"
 * for air strikes; else the actor heading the trigger's clause (ارتكبت قوات X ... مجزرة). Targets follow على،
 * ضد or a target noun (مواقع، تجمعات). Sources (media, anonymous) and partitives ("عناصر من X") never act.
 */
import type { EventContext, PlacedMention } from '../claims/build-event-context.ts';
import {
  getMentionStartingAt,
  hasLamBefore,
  isActorMention,
  isClauseBoundary,
} from '../claims/cue-helpers.ts';
import { findPhrases, matchPhraseAt } from '../claims/phrase-matcher.ts';
import { findDemonymActor } from './find-demonym-actor.ts';
import type { IncidentTrigger } from './find-incident-triggers.ts';
import { getIncidentMarkers } from './incident-markers.ts';

/** Perpetrators and targets of one trigger (entity ids). */
export interface IncidentActors {
  perpetrators: string[];
  targets: string[];
}

const AFTER_WINDOW = 8;
const BETWEEN_WINDOW = 4;
const CLAUSE_WINDOW = 40;
const MARKER_GAP = 3; // words allowed between a trigger and its perpetrator marker
const OF = '\u0645\u0646'; // من

const isAgent = (m: PlacedMention): boolean =>
  isActorMention(m) && m.type !== 'media' && m.type !== 'anonymous_source';
const hasKeyIn = (ctx: EventContext, k: number, set: Set<string> | Map<string, unknown>): boolean =>
  ctx.tokens[k]?.keys.some((key) => set.has(key)) ?? false;

// True when the mention at k is governed by a target word or a partitive من ("عناصر من ميليشيا “قسد”").
function isTargetSlot(ctx: EventContext, k: number): boolean {
  const tr = ctx.lexicon.triggers;
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const prev = ctx.tokens[j];
    if (prev === undefined) return false;
    if (prev.text === OF || prev.keys.some((key) => tr.targetMarkers.has(key))) return true;
    if (prev.kind === 'punct' && prev.text === '"') continue;
    if (!prev.keys.some((key) => tr.agentHeads.has(key))) return false;
  }
  return false;
}

// The agent named right after `from`, past adjectives and agent heads only (جوي، طيران، قوات). After a
// perpetrator marker ("نفذه عناصر X") the slot is the agent's whatever head precedes it.
function agentRightAfter(
  ctx: EventContext,
  from: number,
  limit: number,
  afterMarker = false,
): PlacedMention | null {
  const tr = ctx.lexicon.triggers;
  for (let k = from; k < limit; k++) {
    const m = getMentionStartingAt(ctx, k);
    if (m !== null) return isAgent(m) && (afterMarker || !isTargetSlot(ctx, k)) ? m : null;
    const t = ctx.tokens[k];
    if (t?.text === '\u0644' || t?.text === '"') continue; // the lam of "لـ X" written apart, quote marks
    if (t === undefined || t.kind !== 'word') return null;
    const skippable =
      hasKeyIn(ctx, k, tr.adjectives) ||
      hasKeyIn(ctx, k, tr.agentHeads) ||
      matchPhraseAt(tr.airAgents, ctx.tokens, k) !== null;
    if (!skippable) return null;
  }
  return null;
}

function clauseStart(ctx: EventContext, t: IncidentTrigger): number {
  const floor = Math.max(t.sentence.tokStart, t.start - CLAUSE_WINDOW);
  for (let k = t.start - 1; k >= floor; k--) {
    const tok = ctx.tokens[k];
    if (
      tok === undefined ||
      tok.text === ':' ||
      isClauseBoundary(ctx, k) ||
      ctx.lexicon.speech.complementizers.has(tok.text)
    )
      return k + 1;
  }
  return floor;
}

const REPORTER = 2; // inFrame value of a source that only reports (see ClaimsResult.inFrame)

function subjectBefore(ctx: EventContext, t: IncidentTrigger, inFrame: Uint8Array): PlacedMention | null {
  for (let k = clauseStart(ctx, t); k < t.start; k++) {
    const m = getMentionStartingAt(ctx, k);
    if (m !== null && isAgent(m) && !isTargetSlot(ctx, k) && !hasLamBefore(ctx, m) && inFrame[k] !== REPORTER)
      return m;
  }
  return null;
}

function findSides(ctx: EventContext, t: IncidentTrigger): IncidentActors | null {
  const tr = ctx.lexicon.triggers;
  for (let k = t.end; k < Math.min(t.sentence.tokEnd, t.end + BETWEEN_WINDOW); k++) {
    if (!hasKeyIn(ctx, k, tr.betweenMarkers)) continue;
    const agents: PlacedMention[] = [];
    for (let j = k + 1; j < Math.min(t.sentence.tokEnd, k + 12) && agents.length < 2; j++) {
      const m = getMentionStartingAt(ctx, j);
      if (m !== null && isAgent(m)) agents.push(m);
    }
    const [a, b] = agents;
    if (a === undefined) continue;
    // Sides of a clash, truce or talks have no direction: both act.
    if (b !== undefined && tr.symmetricTypes.has(t.type))
      return { perpetrators: [a.entityId, b.entityId], targets: [] };
    return { perpetrators: [a.entityId], targets: b === undefined ? [] : [b.entityId] };
  }
  return null;
}

function findTargets(ctx: EventContext, t: IncidentTrigger, exclude: readonly string[]): string[] {
  for (let k = t.end; k < Math.min(t.sentence.tokEnd, t.end + AFTER_WINDOW * 2); k++) {
    const m = getMentionStartingAt(ctx, k);
    if (
      m !== null &&
      isAgent(m) &&
      !exclude.includes(m.entityId) &&
      (isTargetSlot(ctx, k) || hasLamBefore(ctx, m))
    )
      return [m.entityId];
    if (ctx.tokens[k]?.text === '.') break;
  }
  return [];
}

// "قصف تركي"، "الضربة الجوية الأمريكية"، "المقاتلات التركية": a state's nisba right after the trigger (past one
// adjective) or after an aircraft word of its sentence.
function findAdjectivalActor(ctx: EventContext, t: IncidentTrigger): string | null {
  const tr = ctx.lexicon.triggers;
  const skip =
    hasKeyIn(ctx, t.end, tr.adjectives) || matchPhraseAt(tr.airAgents, ctx.tokens, t.end) !== null ? 1 : 0;
  const after = findDemonymActor(ctx, t.end + skip, t.end + skip + 1);
  if (after !== null || t.type !== 'airstrike') return after;
  for (const air of findPhrases(tr.airAgents, ctx.tokens, t.sentence.tokStart, t.sentence.tokEnd)) {
    const id = findDemonymActor(ctx, air.end, air.end + 1);
    if (id !== null) return id;
  }
  return null;
}

// A trigger noun governed by a preposition or a noun ("بعد يومين من غارة"، "تعرضت لقصف"، "لبحث الهجوم") is not
// the deed of the clause's subject; a claim of responsibility ("مسؤوليته عن الهجوم") is.
function isGoverned(ctx: EventContext, t: IncidentTrigger): boolean {
  const marks = getIncidentMarkers();
  const word = ctx.tokens[t.start]?.text ?? '';
  if (/^[\u0648\u0641]?\u0644/.test(word)) return true; // لقصف، وللهجوم
  const prev = ctx.tokens[t.start - 1];
  if (prev === undefined || prev.kind !== 'word' || ctx.mentionAt[t.start - 1] !== -1) return false;
  if (hasKeyIn(ctx, t.start - 1, marks.governingNouns)) return true;
  return (
    hasKeyIn(ctx, t.start - 1, marks.governingPrepositions) &&
    !hasKeyIn(ctx, t.start - 2, marks.responsibilityNouns)
  );
}

// "أعلن X مسؤوليته عن الهجوم"، "حمّل X النظام المسؤولية عن الهجوم": the actor nearest before the responsibility.
function findResponsible(ctx: EventContext, t: IncidentTrigger, inFrame: Uint8Array): string | null {
  const marks = getIncidentMarkers();
  if (
    !hasKeyIn(ctx, t.start - 2, marks.responsibilityNouns) ||
    ctx.tokens[t.start - 1]?.text !== '\u0639\u0646'
  )
    return null; // عن
  for (let k = t.start - 3; k >= clauseStart(ctx, t); k--) {
    const m = ctx.mentions[ctx.mentionAt[k] ?? -1];
    if (m !== undefined && isAgent(m) && inFrame[m.tokStart] !== REPORTER) return m.entityId;
  }
  return null;
}

/** Given a context, a trigger and the attribution mask (reporting sources never act), returns its perpetrators and targets. */
export function findIncidentActors(
  ctx: EventContext,
  t: IncidentTrigger,
  inFrame: Uint8Array,
): IncidentActors {
  const tr = ctx.lexicon.triggers;
  if (tr.noPerpetratorTypes.has(t.type)) return { perpetrators: [], targets: [] };
  const sides = findSides(ctx, t);
  if (sides !== null) return sides;
  const responsible = findResponsible(ctx, t, inFrame);
  if (responsible !== null)
    return { perpetrators: [responsible], targets: findTargets(ctx, t, [responsible]) };
  const limit = Math.min(t.sentence.tokEnd, t.end + AFTER_WINDOW);
  let perpetrator: PlacedMention | null = null;
  for (const marker of findPhrases(tr.perpetratorMarkers, ctx.tokens, t.end, limit)) {
    if (ctx.tokens.slice(t.end, marker.start).filter((x) => x.kind === 'word').length > MARKER_GAP) break;
    perpetrator = agentRightAfter(ctx, marker.end, limit + 4, true);
    if (perpetrator !== null) break;
  }
  const agentBefore = ctx.tokens[t.start]?.keys.some((k) => tr.verbs.has(k)) ?? false;
  if (perpetrator === null && agentBefore) perpetrator = subjectBefore(ctx, t, inFrame);
  if (perpetrator === null) perpetrator = agentRightAfter(ctx, t.end, limit);
  if (perpetrator === null && t.type === 'airstrike') {
    for (const air of findPhrases(tr.airAgents, ctx.tokens, t.sentence.tokStart, t.sentence.tokEnd)) {
      perpetrator = agentRightAfter(ctx, air.end, air.end + 2);
      if (perpetrator !== null) break;
    }
  }
  let adjectival = perpetrator === null ? findAdjectivalActor(ctx, t) : null;
  if (perpetrator === null && adjectival === null && !agentBefore && !isGoverned(ctx, t))
    perpetrator = subjectBefore(ctx, t, inFrame);
  if (perpetrator !== null) adjectival = null;
  const perpetrators =
    perpetrator === null ? (adjectival === null ? [] : [adjectival]) : [perpetrator.entityId];
  return { perpetrators, targets: findTargets(ctx, t, perpetrators) };
}
