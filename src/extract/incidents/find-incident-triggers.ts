/**
 * Internal: finds the words of a sentence that name an incident (غارات، قصف مدفعي، اشتباكات، هدنة ...), with
 * their type. Generic strike words (قصف، استهداف) take their type from the weapon words near them; adjectives
 * coordinated after a strike ("القصف الجوي والمدفعي") add one trigger each; a strike counted in thousands is a
 * statistic, not an incident.
 */
import type { IncidentType } from '../types.ts';
import type { EventContext, PlacedSentence } from '../claims/build-event-context.ts';
import type { TriggerDef, TriggerRole } from '../claims/event-lexicon.ts';
import { findPhrases, matchPhraseAt } from '../claims/phrase-matcher.ts';
import { getIncidentMarkers } from './incident-markers.ts';

/** One trigger found in a sentence. */
export interface IncidentTrigger {
  type: IncidentType;
  role: TriggerRole;
  /** True when the type was guessed from a generic strike word. */
  generic: boolean;
  /** True when the trigger is a verb (its subject may precede it). */
  isVerb: boolean;
  /** True for a word that only characterizes an attack the article reports (عدوان، غاز السارين): it joins one, alone it makes none. */
  echo?: boolean;
  /** True for an attack word that names no weapon (الهجوم، التفجير). */
  vague?: boolean;
  start: number;
  end: number;
  sentence: PlacedSentence;
}

const WAW = '\u0648';

function hasNear(ctx: EventContext, def: TriggerDef, start: number, end: number, s: PlacedSentence): boolean {
  if (def.requiresNear.length === 0) return true;
  const from = def.direction === 'after' ? end : Math.max(s.tokStart, start - def.window);
  const to = def.direction === 'before' ? start : Math.min(s.tokEnd, end + def.window);
  for (let k = from; k < to; k++)
    if (ctx.tokens[k]?.keys.some((key) => def.requiresNear.includes(key))) return true;
  return false;
}

function isAllowed(
  ctx: EventContext,
  def: TriggerDef,
  start: number,
  end: number,
  s: PlacedSentence,
): boolean {
  const prev = ctx.tokens[start - 1];
  if (prev !== undefined && start > s.tokStart && prev.keys.some((k) => def.notPrecededBy.includes(k)))
    return false;
  const text = ctx.tokens[start]?.text ?? '';
  if (def.noProclitic.some((p) => text.startsWith(p) || text.startsWith(WAW + p))) return false;
  return hasNear(ctx, def, start, end, s);
}

function isAggregate(ctx: EventContext, start: number): boolean {
  const prev = ctx.tokens[start - 1];
  return prev?.kind === 'number' && (prev.value ?? 0) >= ctx.lexicon.triggers.aggregateMinimum;
}

function typeFromAgents(
  ctx: EventContext,
  start: number,
  end: number,
  s: PlacedSentence,
  fallback: IncidentType,
): IncidentType {
  const tr = ctx.lexicon.triggers;
  const from = Math.max(s.tokStart, start - tr.genericWindow);
  const to = Math.min(s.tokEnd, end + tr.genericWindow);
  if (findPhrases(tr.airAgents, ctx.tokens, from, to).length > 0) return 'airstrike';
  if (findPhrases(tr.artilleryAgents, ctx.tokens, from, to).length > 0) return 'shelling';
  return fallback;
}

function isVerbAt(ctx: EventContext, i: number): boolean {
  return ctx.tokens[i]?.keys.some((k) => ctx.lexicon.triggers.verbs.has(k)) ?? false;
}

// "القصف الجوي والمدفعي": each adjective coordinated after the first trigger names another incident type.
function coordinatedAdjectives(
  ctx: EventContext,
  end: number,
  s: PlacedSentence,
  first: IncidentTrigger,
): IncidentTrigger[] {
  const out: IncidentTrigger[] = [];
  for (let k = end; k < s.tokEnd; k++) {
    const t = ctx.tokens[k];
    if (t === undefined || t.kind !== 'word') break;
    const type = t.keys.map((key) => ctx.lexicon.triggers.adjectives.get(key)).find((v) => v !== undefined);
    if (type === undefined) break;
    if (t.text.startsWith(WAW) && type !== first.type)
      out.push({ ...first, type, generic: false, start: k, end: k + 1 });
  }
  return out;
}

/** Given a context and a sentence, returns its incident triggers in order. */
export function findIncidentTriggers(ctx: EventContext, s: PlacedSentence): IncidentTrigger[] {
  const out: IncidentTrigger[] = [];
  const tr = ctx.lexicon.triggers;
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    if (ctx.mentionAt[i] !== -1 || isAggregate(ctx, i)) continue;
    const main = matchPhraseAt(tr.main, ctx.tokens, i);
    const def = main?.value.find((d) => isAllowed(ctx, d, i, main.end, s));
    const echo = matchPhraseAt(getIncidentMarkers().attackEchoes, ctx.tokens, i);
    if (echo !== null && (main === null || def === undefined || echo.end >= main.end)) {
      out.push({
        type: 'attack',
        role: 'main',
        generic: true,
        echo: true,
        isVerb: false,
        start: i,
        end: echo.end,
        sentence: s,
      });
      i = echo.end - 1;
      continue;
    }
    const vague = matchPhraseAt(getIncidentMarkers().vagueAttacks, ctx.tokens, i);
    if (
      vague !== null &&
      (main === null || def === undefined || (def.type === 'attack' && vague.end >= main.end))
    ) {
      // "الهجوم"، "العدوان"، "هجوم بغازات سامة": an attack that names no weapon, typed by the strike it joins.
      out.push({
        type: 'attack',
        role: 'main',
        generic: true,
        vague: true,
        isVerb: isVerbAt(ctx, i),
        start: i,
        end: vague.end,
        sentence: s,
      });
      i = vague.end - 1;
      continue;
    }
    if (main !== null && def !== undefined) {
      const trigger: IncidentTrigger = {
        type: def.type,
        role: def.role,
        generic: false,
        isVerb: isVerbAt(ctx, i),
        start: i,
        end: main.end,
        sentence: s,
      };
      out.push(trigger, ...coordinatedAdjectives(ctx, main.end, s, trigger));
      i = main.end - 1;
      continue;
    }
    const generic = matchPhraseAt(tr.generic, ctx.tokens, i);
    if (generic !== null) {
      const type = typeFromAgents(ctx, i, generic.end, s, generic.value);
      const trigger: IncidentTrigger = {
        type,
        role: 'main',
        generic: type === generic.value,
        isVerb: isVerbAt(ctx, i),
        start: i,
        end: generic.end,
        sentence: s,
      };
      out.push(trigger, ...coordinatedAdjectives(ctx, generic.end, s, trigger));
      i = generic.end - 1;
    }
  }
  return out;
}
