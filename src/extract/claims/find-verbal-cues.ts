/**
 * Internal: finds the speech verbs of a sentence (قال، أفادت، نفى، أعلنوا، يذكر ...) and, for each, its
 * subject (after the verb, before it in "وكان X قد نفى", or implied), the relays it names ("نقلت X عن Y",
 * "مصادر لـ X", "مراسل وكالة X ... Y"), and the range of what is said.
 */
import type { EntityType, Stance } from '../types.ts';
import type { AttributionCue } from './attribution-cue.ts';
import type { EventContext, PlacedMention, PlacedSentence } from './build-event-context.ts';
import type { SpeechVerb } from './event-lexicon.ts';
import { stripConjunction } from './list-word-keys.ts';
import { matchPhraseAt } from './phrase-matcher.ts';
import { resolveRoleAnaphor } from './resolve-role-anaphor.ts';
import {
  findClauseEnd,
  getMentionStartingAt,
  isActorMention,
  isClauseBoundary,
  isToldTo,
  listActorMentions,
  listCoordinated,
} from './cue-helpers.ts';

const SUBJECT_WINDOW = 20; // tokens after the verb searched for the complementizer
const SVO_WINDOW = 24; // tokens before the verb searched for a preceding subject
const SUBJECT_GAP = 3; // words allowed between a verb and its subject (مراسل وكالة، يوم أمس)
const SUBJECT_TAIL = 7; // words allowed between the subject and the complementizer (خلال تقرير نشره عبر معرفاته)
const RELAY_MARKER = '\u0639\u0646'; // عن
const NON_SPEAKER_TYPES: readonly EntityType[] = ['location'];

/** Given a token, returns the speech verb it is (through a glued و/ف), or null. */
export function lookUpSpeechVerb(ctx: EventContext, i: number): SpeechVerb | null {
  const t = ctx.tokens[i];
  if (t === undefined || t.kind !== 'word' || ctx.mentionAt[i] !== -1) return null;
  const direct = ctx.lexicon.speech.verbs.get(t.text);
  const { stem, hadConjunction } = stripConjunction(t.text);
  const verb =
    direct ??
    (hadConjunction ? ctx.lexicon.speech.verbs.get(stem) : undefined) ??
    (ctx.lexicon.speech.backReferences.has(ctx.tokens[i - 1]?.text ?? '')
      ? lookUpWithObjectPronoun(ctx, t.text)
      : undefined) ??
    null;
  if (verb === null) return null;
  if (verb.requiresConjunction && direct !== undefined && !hadConjunction) return null;
  if (verb.requiresNear.length > 0) {
    const near = ctx.tokens
      .slice(i + 1, i + 8)
      .some((n) => n.keys.some((k) => verb.requiresNear.includes(k)));
    if (!near) return null;
  }
  return verb;
}

// Object pronouns glued to a perfect verb after a relative ("ما نقلته X"، "الذي أكدها"): ه ها هم هما (normalized).
const OBJECT_PRONOUNS = ['\u0647\u0645\u0627', '\u0647\u0645', '\u0647\u0627', '\u0647'];

/** Given a word, returns the perfect speech verb it is with an object pronoun glued (نشرته، نقلتها), if any. */
export function lookUpWithObjectPronoun(ctx: EventContext, word: string): SpeechVerb | undefined {
  for (const p of OBJECT_PRONOUNS) {
    if (!word.endsWith(p) || word.length - p.length < 3) continue;
    const verb = ctx.lexicon.speech.verbs.get(word.slice(0, -p.length));
    if (verb !== undefined && !verb.imperfect) return verb;
  }
  return undefined;
}

interface Subject {
  speakers: PlacedMention[];
  relays: string[];
}

// Chooses the speaker among the actors of a subject region: a person if one is named ("مراسل وكالة X ... Y"),
// else the first actor; media glued to ل ("مصادر لحرية برس") and media named before a person are relays.
function chooseSubject(ctx: EventContext, actors: PlacedMention[], limit: number): Subject | null {
  const candidates = actors.filter((m) => !(m.type === 'media' && isToldTo(ctx, m)));
  const lamRelays = actors.filter((m) => m.type === 'media' && isToldTo(ctx, m)).map((m) => m.entityId);
  const person = candidates.find((m) => m.type === 'person');
  const head = person ?? candidates[0];
  if (head === undefined) return null;
  const before =
    person === undefined ? [] : candidates.filter((m) => m.tokStart < person.tokStart && m.type === 'media');
  const relays = [...lamRelays, ...before.reverse().map((m) => m.entityId)];
  return { speakers: listCoordinated(ctx, head, limit), relays };
}

function isContinuationLead(ctx: EventContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (t?.text === '"') return false;
  if (t === undefined || t.kind !== 'word') return true;
  const lex = ctx.lexicon;
  // "وأضاف البيان": a statement as subject is the previous speaker going on.
  return t.keys.some(
    (key) =>
      lex.speech.continuationLeads.has(key) ||
      lex.speech.statementNouns.has(key) ||
      lex.speech.framing.has(key) ||
      lex.dates.starters.has(key),
  );
}

function countWords(ctx: EventContext, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (ctx.tokens[k]?.kind !== 'punct') n++;
  return n;
}

function isComplementizer(ctx: EventContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && (t.text === ':' || ctx.lexicon.speech.complementizers.has(t.text));
}

function decideStance(ctx: EventContext, verb: SpeechVerb, regionEnd: number, sentEnd: number): Stance {
  if (verb.stance !== 'assert') return verb.stance;
  const lex = ctx.lexicon.speech;
  if (verb.ownAction) {
    for (let k = regionEnd; k < Math.min(regionEnd + 3, sentEnd); k++) {
      if (ctx.tokens[k]?.keys.some((key) => lex.ownActionNouns.has(key))) return 'announce';
    }
  }
  return 'assert';
}

/** Given a verb cue's subject region, returns true when it speaks officially (في بيان، خلال تقرير، رسميا). */
function isOfficial(ctx: EventContext, from: number, to: number, speakers: PlacedMention[]): boolean {
  if (speakers.length === 0 || speakers.some((s) => s.type === 'media' || s.type === 'anonymous_source'))
    return false;
  for (let k = from; k < to; k++) {
    if (ctx.tokens[k]?.keys.some((key) => ctx.lexicon.speech.officialContext.has(key))) return true;
  }
  return false;
}

// The start of the clause holding token v: after the last complementizer or clause boundary before it.
function findClauseStart(ctx: EventContext, v: number, sentStart: number): number {
  for (let k = v - 1; k >= Math.max(sentStart, v - SVO_WINDOW); k--) {
    if (isComplementizer(ctx, k) || isClauseBoundary(ctx, k)) return k + 1;
    if (ctx.tokens[k]?.text === '.') return k + 1;
  }
  return Math.max(sentStart, v - SVO_WINDOW);
}

function findBackReferenceStart(ctx: EventContext, v: number, sentStart: number): number | null {
  const prev = ctx.tokens[v - 1];
  if (prev === undefined || v - 1 < sentStart || !ctx.lexicon.speech.backReferences.has(prev.text))
    return null;
  let k = v - 1;
  while (
    k - 1 >= sentStart &&
    (ctx.lexicon.speech.backReferenceLeads.has(ctx.tokens[k - 1]?.text ?? '') ||
      ctx.tokens[k - 1]?.text === ',')
  )
    k--;
  return k > sentStart ? k : null;
}

/** Given a context and a sentence, returns its verbal attribution cues in order. */
export function findVerbalCues(ctx: EventContext, s: PlacedSentence): AttributionCue[] {
  const cues: AttributionCue[] = [];
  const { tokStart: sentStart, tokEnd: sentEnd } = s;
  for (let v = sentStart; v < sentEnd; v++) {
    const verb = lookUpSpeechVerb(ctx, v);
    if (verb === null) continue;
    if (verb.participle) {
      if (isAdverbialParticiple(ctx, v)) cues.push(makeParticipleCue(ctx, verb, v, sentEnd));
      continue;
    }
    if (matchPhraseAt(ctx.lexicon.speech.impersonal, ctx.tokens, v) !== null && verb.imperfect) {
      cues.push(
        makeCue(verb.stance, { start: v, end: v + 1 }, { start: v + 1, end: sentEnd }, [], [], {
          impersonal: true,
        }),
      );
      continue;
    }
    // Forward: the subject region runs from the verb to the complementizer (أن، إن، :) or the relay marker.
    let comp = -1;
    let relaySource: PlacedMention[] | null = null;
    let regionEnd = v + 1;
    for (let j = v + 1; j < Math.min(sentEnd, v + SUBJECT_WINDOW); j++) {
      // "ذكرت X نقلاً عن Y أن": the preposition ends in the relay marker; read it as that marker.
      const relayPrep = matchPhraseAt(ctx.lexicon.speech.prepositions, ctx.tokens, j);
      if (relayPrep !== null && ctx.tokens[relayPrep.end - 1]?.text === RELAY_MARKER) j = relayPrep.end - 1;
      const t = ctx.tokens[j];
      if (t === undefined || t.text === '.' || isClauseBoundary(ctx, j) || lookUpSpeechVerb(ctx, j) !== null)
        break;
      if (isComplementizer(ctx, j)) {
        comp = j;
        break;
      }
      if (t.text === RELAY_MARKER || stripConjunction(t.text).stem === RELAY_MARKER) {
        const after = getMentionStartingAt(ctx, j + 1);
        if (after !== null && isActorMention(after)) {
          relaySource = listCoordinated(ctx, after, sentEnd);
          j = (relaySource[relaySource.length - 1]?.tokEnd ?? j + 1) - 1;
          regionEnd = j + 1;
          continue;
        }
        comp = j;
        break;
      }
      regionEnd = j + 1;
    }
    let regionLimit = comp >= 0 ? comp : Math.min(sentEnd, v + SUBJECT_WINDOW);
    let actors = listActorMentions(ctx, v + 1, regionLimit).filter((m) => !relaySource?.includes(m));
    // The subject follows the verb closely (قال مراسل وكالة X، أعلنت ميليشيا X); an actor further on is an object.
    const firstActor = actors[0];
    // Between the subject and the complementizer only a few words fit (في بيان، يوم أمس); more belong to an object.
    const lastActor = actors[actors.length - 1];
    if (comp >= 0 && lastActor !== undefined && countWords(ctx, lastActor.tokEnd, comp) > SUBJECT_TAIL) {
      comp = -1;
      regionEnd = v + 1;
      actors = actors.filter((m) => m.tokStart <= v + SUBJECT_WINDOW);
    }
    if (firstActor === undefined || countWords(ctx, v + 1, firstActor.tokStart) > SUBJECT_GAP) {
      actors = [];
      // No subject after the verb: a complementizer far from it belongs to its object ("نفى استهداف ... عن");
      // a near أن/إن follows a subject we cannot name ("قال قائد ميداني إن").
      const gap = comp >= 0 ? countWords(ctx, v + 1, comp) : 0;
      if (
        comp >= 0 &&
        (gap > SUBJECT_TAIL ||
          (gap > SUBJECT_GAP && stripConjunction(ctx.tokens[comp]?.text ?? '').stem === RELAY_MARKER))
      ) {
        comp = -1;
        regionEnd = v + 1;
      }
    }
    if (comp < 0) {
      regionLimit = Math.min(sentEnd, v + SUBJECT_WINDOW);
      // No complementizer: the subject phrase ends at its last actor, a person named after a medium included.
      const head = actors[0];
      const person = actors.find(
        (m) => m.type === 'person' && countWords(ctx, v + 1, m.tokStart) <= SUBJECT_WINDOW / 2,
      );
      actors =
        head === undefined
          ? []
          : actors.filter((m) => m === head || m === person || m.tokStart < (person?.tokStart ?? -1));
      const last = person ?? head;
      regionEnd =
        last === undefined ? v + 1 : Math.max(...listCoordinated(ctx, last, sentEnd).map((m) => m.tokEnd));
      if (relaySource !== null) regionEnd = Math.max(regionEnd, ...relaySource.map((m) => m.tokEnd));
    }
    let subject = chooseSubject(ctx, actors, regionLimit);
    let frameStart = v;
    // "وأوضح المراسل"، "وأشار المتحدث": a role noun names again the speaker introduced with that role.
    const anaphor = subject === null ? resolveRoleAnaphor(ctx, v + 1) : null;
    if (anaphor !== null) {
      subject = { speakers: [anaphor], relays: [] };
      if (comp < 0) regionEnd = v + 2;
    }
    if (subject === null) {
      const clauseStart = findClauseStart(ctx, v, sentStart);
      const before = listActorMentions(ctx, clauseStart, v).filter(
        (m) => !NON_SPEAKER_TYPES.includes(m.type),
      );
      const head = before[0];
      if (head !== undefined) {
        subject = { speakers: listCoordinated(ctx, head, v), relays: [] };
        frameStart = clauseStart;
      }
    }
    const backStart = findBackReferenceStart(ctx, v, sentStart);
    const contentStart = comp >= 0 ? comp : regionEnd;
    let scope = { start: contentStart, end: comp >= 0 ? sentEnd : findClauseEnd(ctx, contentStart, sentEnd) };
    let backward = false;
    const onlyPunct = ctx.tokens.slice(scope.start, scope.end).every((t) => t.kind === 'punct');
    if (backStart !== null) {
      scope = { start: sentStart, end: backStart };
      frameStart = backStart;
      backward = true;
    } else if (onlyPunct && v > sentStart + 2) {
      scope = { start: sentStart, end: frameStart };
      backward = true;
    }
    const speakers = subject?.speakers ?? [];
    let relays = subject?.relays ?? [];
    let sources = speakers.map((m) => m.entityId);
    if (relaySource !== null) {
      relays = [...speakers.map((m) => m.entityId), ...relays];
      sources = relaySource.map((m) => m.entityId);
    }
    let stance = decideStance(ctx, verb, contentStart, sentEnd);
    if (stance === 'assert' && isOfficial(ctx, v + 1, regionLimit, speakers)) stance = 'announce';
    const frame = {
      start: frameStart,
      end: Math.max(v + 1, backward ? (comp >= 0 ? comp : regionEnd) : contentStart),
    };
    // A noun after the verb that names no known entity is a speaker we cannot name ("قال قائد ميداني إن").
    const quotedName = ctx.tokens[v + 1]?.text === '"';
    const unknown =
      sources.length === 0 &&
      relays.length === 0 &&
      !isContinuationLead(ctx, v + 1) &&
      (comp > v + 1 || quotedName);
    const implied = sources.length === 0 && !unknown;
    const cue = makeCue(stance, frame, scope, sources, relays, {
      continuation: implied && !verb.imperfect,
      impersonal: implied && verb.imperfect,
      backward,
      kind: backStart !== null ? 'backref' : 'verbal',
    });
    cue.unknownSpeaker = unknown;
    if (stance === 'accuse') {
      const accused = listActorMentions(ctx, scope.start, Math.min(scope.end, scope.start + 4)).find(
        (m) => !sources.includes(m.entityId),
      );
      if (accused !== undefined) cue.accused = accused.entityId;
    }
    cues.push(cue);
    v = Math.max(v, frame.end - 1);
  }
  return cues;
}

// A participle speaks only as a clause of its own after a comma, before what is said or whom it names
// ("، مشيراً إلى أن"، "، متهماً موسكو ب"); elsewhere it is an adjective ("هدنة غير معلنة").
function isAdverbialParticiple(ctx: EventContext, v: number): boolean {
  const prev = ctx.tokens[v - 1]?.text;
  if (prev !== ',' && prev !== '\u0648') return false;
  const next = v + 1;
  return isComplementizer(ctx, next) || getMentionStartingAt(ctx, next) !== null || ctx.lexicon.speech.backReferences.has(ctx.tokens[next]?.text ?? '') || ctx.tokens[next]?.text === '\u0625\u064a\u0627\u0647\u0627' || ctx.tokens[next]?.text === '\u0625\u064a\u0627\u0647';
}

// "، مشيراً إلى أن ..."، "مؤكدةً أن ...": what follows, to the end of its clause, is the same speaker's.
function makeParticipleCue(ctx: EventContext, verb: SpeechVerb, v: number, sentEnd: number): AttributionCue {
  let start = v + 1;
  while (start < Math.min(sentEnd, v + 3) && isComplementizer(ctx, start)) start++;
  const scope = { start, end: findClauseEnd(ctx, start, sentEnd) };
  return makeCue(verb.stance, { start: v, end: start }, scope, [], [], { continuation: true, kind: 'participle' });
}

function makeCue(
  stance: Stance,
  frame: AttributionCue['frame'],
  scope: AttributionCue['scope'],
  sources: string[],
  relays: string[],
  opts: Partial<Pick<AttributionCue, 'continuation' | 'impersonal' | 'backward' | 'kind'>>,
): AttributionCue {
  return {
    kind: opts.kind ?? 'verbal',
    sources,
    continuation: opts.continuation ?? false,
    impersonal: opts.impersonal ?? false,
    relays,
    stance,
    frame,
    scope,
    backward: opts.backward ?? false,
    parent: -1,
    absorbed: false,
  };
}
