/**
 * Public API: compiles the JSON word lists of seeds/lexicon (speech-verbs, incident-triggers, number-words,
 * figure-cues, victim-groups, date-words) into an EventLexicon. The JSON shapes are documented in
 * seeds/lexicon/EVENTS.md.
 */
import { normalizeForMatch } from '../normalize/normalize-arabic.ts';
import { conjugateVerb, inflectParticiple } from './conjugate-verb.ts';
import type { FigureKind, IncidentType, Qualifier, Stance } from '../types.ts';
import type { EventLexicon, SpeechVerb, TriggerDef, VictimKind } from './event-lexicon.ts';
import { toWrittenEntryKey } from './list-word-keys.ts';
import { createPhraseMatcher } from './phrase-matcher.ts';

/** The raw JSON files, as imported. */
export interface EventLexiconSources {
  speechVerbs: {
    verbs: { lemma: string; class: string; forms?: string[]; perfect?: string; imperfect?: string; participle?: string; relay?: boolean; ownAction?: boolean;
      requiresConjunction?: boolean; requiresNear?: string[] }[];
    impersonal: string[]; complementizers: string[]; prepositions: string[]; backReferences: string[];
    nominalAnnounce: string[]; officialContext: string[]; ownActionNouns: string[]; framing: string[];
    clauseConnectors: string[]; backReferenceLeads: string[]; relayHeads: string[]; continuationLeads: string[];
    statementNouns: string[]; informationNouns: string[]; roleAnaphora: Record<string, string[]>;
    accusationMarkers: string[]; ownSideMarkers: string[];
  };
  incidentTriggers: {
    triggers: { type: string; role: string; phrases: string[]; requiresNear?: string[]; window?: number;
      direction?: string; notPrecededBy?: string[]; noProclitic?: string[] }[];
    generic: { window: number; phrases: Record<string, string>; airAgents: string[]; artilleryAgents: string[] };
    adjectives: Record<string, string>;
    aggregateMinimum: number;
    perpetratorMarkers: string[]; causeMarkers: string[]; targetMarkers: string[]; agentHeads: string[];
    verbs: string[]; betweenMarkers: string[]; symmetricTypes: string[]; noPerpetratorTypes: string[];
    locationHeads: Record<string, string>; destinationMarkers: string[];
  };
  numberWords: {
    units: Record<string, number>; ten: Record<string, number>; tens: Record<string, number>;
    hundreds: Record<string, number>; thousands: Record<string, number>; vague: Record<string, number>;
    qualifiersBefore: Record<string, string>; qualifiersAfter: Record<string, string>; dualWords: string[];
  };
  figureCues: { cues: Record<string, string[]>; casualties: string[]; fillersBefore: string[];
    subgroupMarkers: string[]; numberLeftBlockers: string[]; countFollowers: string[];
    singlePersons?: string[]; kinNouns?: string[]; otherOne?: string[]; tollHeads?: Record<string, string | null>;
    singleDeaths?: string[] };
  victimGroups: { groups: Record<string, string[]> };
  dateWords: {
    months: Record<string, number>; weekdays: Record<string, number>; today: string[]; yesterday: string[];
    dayBeforeYesterday: string[]; lastNight: string[]; dayParts: string[]; past: string[]; current: string[];
    monthWord: string[]; periods: Record<string, number>; periodLead: string[]; dayMonthLinks: string[];
    ordinalDays?: Record<string, number>;
  };
}

const key = (raw: string): string => toWrittenEntryKey(raw.trim(), normalizeForMatch(raw));
const keySet = (list: readonly string[]): Set<string> => new Set(list.map(key));
const exactSet = (list: readonly string[]): Set<string> => new Set(list.map(normalizeForMatch));
// Stored under the entry key and under the written form, so that "آلاف" (الاف) is not read as ال + "اف".
const keyMap = <V>(record: Record<string, V>): Map<string, V> =>
  new Map(Object.entries(record).flatMap(([k, v]) => [[key(k), v], [normalizeForMatch(k), v]] as const));
const flags = (list: readonly string[]) => createPhraseMatcher(list.map((p) => [p, true as const] as const));

const STANCES: readonly Stance[] = ['assert', 'deny', 'accuse', 'announce'];
const IMPERFECT_PREFIXES = ['\u064a', '\u062a'] as const; // YEH, TEH

// A listed form is imperfect when it starts with ي, or with ت where the lemma does not (تابع، تبنى are perfect).
function isImperfectForm(raw: string, lemma: string): boolean {
  const form = normalizeForMatch(raw);
  const [yeh, teh] = IMPERFECT_PREFIXES;
  if (form.startsWith(yeh)) return true;
  if (!form.startsWith(teh)) return raw.includes('\u064f') || form === normalizeForMatch('قيل');
  return !normalizeForMatch(lemma).startsWith(teh) || form.startsWith(`${teh}${teh}`);
}

function compileVerbs(src: EventLexiconSources['speechVerbs']): Map<string, SpeechVerb> {
  const verbs = new Map<string, SpeechVerb>();
  for (const v of src.verbs) {
    if (!STANCES.includes(v.class as Stance)) throw new TypeError(`speech-verbs: unknown class "${v.class}" for ${v.lemma}`);
    const forms: [string, boolean, boolean][] = (v.forms ?? []).map((raw) => [raw, isImperfectForm(raw, v.lemma), false]);
    if (v.perfect !== undefined) {
      const perfect = new Set(conjugateVerb(v.perfect));
      for (const raw of conjugateVerb(v.perfect, v.imperfect)) forms.push([raw, !perfect.has(raw), false]);
    }
    // A participle (مشيراً، مؤكدة) has no subject of its own: like a perfect verb, it goes on with the speaker.
    if (v.participle !== undefined) for (const raw of inflectParticiple(v.participle)) forms.push([raw, false, true]);
    for (const [raw, imperfect, participle] of forms) {
      const form = normalizeForMatch(raw);
      if (verbs.has(form) && verbs.get(form)?.lemma !== v.lemma) continue;
      verbs.set(form, {
        lemma: v.lemma, stance: v.class as Stance, relay: v.relay === true, ownAction: v.ownAction === true, imperfect, participle,
        requiresConjunction: v.requiresConjunction === true, requiresNear: (v.requiresNear ?? []).map(key),
      });
    }
  }
  return verbs;
}

function compileTriggers(src: EventLexiconSources['incidentTriggers']): EventLexicon['triggers'] {
  const entries: [string, TriggerDef][] = [];
  for (const t of src.triggers) {
    const def: TriggerDef = {
      type: t.type as IncidentType, role: t.role === 'result' ? 'result' : 'main',
      requiresNear: (t.requiresNear ?? []).map(key), window: t.window ?? 0,
      direction: t.direction === 'before' || t.direction === 'after' ? t.direction : 'both',
      notPrecededBy: (t.notPrecededBy ?? []).map(key), noProclitic: (t.noProclitic ?? []).map(normalizeForMatch),
    };
    for (const p of t.phrases) entries.push([p, def]);
  }
  // One phrase may carry several definitions (خروج: displacement only near civilians): keep them all.
  const grouped = new Map<string, TriggerDef[]>();
  for (const [p, def] of entries) grouped.set(p, [...(grouped.get(p) ?? []), def]);
  return {
    main: createPhraseMatcher(grouped),
    generic: createPhraseMatcher(Object.entries(src.generic.phrases).map(([p, t]) => [p, t as IncidentType] as const)),
    genericWindow: src.generic.window,
    airAgents: flags(src.generic.airAgents),
    artilleryAgents: flags(src.generic.artilleryAgents),
    adjectives: keyMap(src.adjectives) as Map<string, IncidentType>,
    aggregateMinimum: src.aggregateMinimum,
    perpetratorMarkers: flags(src.perpetratorMarkers),
    causeMarkers: keySet(src.causeMarkers),
    targetMarkers: keySet(src.targetMarkers),
    agentHeads: keySet(src.agentHeads),
    verbs: keySet(src.verbs),
    betweenMarkers: keySet(src.betweenMarkers),
    symmetricTypes: new Set(src.symmetricTypes as IncidentType[]),
    noPerpetratorTypes: new Set(src.noPerpetratorTypes as IncidentType[]),
    locationHeads: keyMap(src.locationHeads),
    destinationMarkers: keySet(src.destinationMarkers),
  };
}

function compileFigureCues(src: EventLexiconSources['figureCues']): EventLexicon['figures'] {
  const cues = new Map<string, Exclude<FigureKind, 'casualties'>>();
  for (const [kind, words] of Object.entries(src.cues)) {
    for (const w of words) cues.set(key(w), kind as Exclude<FigureKind, 'casualties'>);
  }
  return { cues, casualties: flags(src.casualties), fillersBefore: keySet(src.fillersBefore),
    subgroupMarkers: keySet(src.subgroupMarkers), numberLeftBlockers: keySet(src.numberLeftBlockers),
    countFollowers: keySet(src.countFollowers), singlePersons: keySet(src.singlePersons ?? []),
    kinNouns: exactSet(src.kinNouns ?? []), otherOne: keySet(src.otherOne ?? []), tollHeads: keyMap(src.tollHeads ?? {}) as Map<string, Exclude<FigureKind, 'casualties'> | null>,
    singleDeaths: flags(src.singleDeaths ?? []) };
}

function compileVictims(src: EventLexiconSources['victimGroups']): Map<string, VictimKind> {
  const victims = new Map<string, VictimKind>();
  for (const [kind, words] of Object.entries(src.groups)) for (const w of words) victims.set(key(w), kind as VictimKind);
  return victims;
}

// Keys of the first word of every entry, for a fast "can anything start here" check.
function firstWordKeys(...lists: readonly (readonly string[])[]): Set<string> {
  const out = new Set<string>();
  for (const list of lists) {
    for (const raw of list) {
      const first = normalizeForMatch(raw).split(' ')[0];
      if (first !== undefined && first !== '') {
        out.add(first);
        out.add(toWrittenEntryKey(raw.trim().split(/\s+/)[0] ?? '', first));
      }
    }
  }
  return out;
}

/** Given the raw JSON word lists, returns the compiled EventLexicon (throws TypeError on a malformed entry). */
export function compileEventLexicon(src: EventLexiconSources): EventLexicon {
  const sv = src.speechVerbs;
  const nw = src.numberWords;
  const dw = src.dateWords;
  return {
    speech: {
      verbs: compileVerbs(sv), impersonal: flags(sv.impersonal), complementizers: exactSet(sv.complementizers),
      prepositions: flags(sv.prepositions), backReferences: exactSet(sv.backReferences),
      nominalAnnounce: keySet(sv.nominalAnnounce), officialContext: keySet(sv.officialContext),
      ownActionNouns: keySet(sv.ownActionNouns), framing: keySet(sv.framing.flatMap((f) => f.split(' '))),
      clauseConnectors: flags(sv.clauseConnectors), backReferenceLeads: exactSet(sv.backReferenceLeads),
      relayHeads: keySet(sv.relayHeads), continuationLeads: keySet(sv.continuationLeads),
      statementNouns: keySet(sv.statementNouns), informationNouns: keySet(sv.informationNouns),
      accusationMarkers: flags(sv.accusationMarkers), ownSideMarkers: flags(sv.ownSideMarkers),
      roleAnaphora: new Map(Object.entries(sv.roleAnaphora).map(([role, stems]) => [key(role), stems.map(key)] as const)),
    },
    triggers: compileTriggers(src.incidentTriggers),
    numbers: {
      units: keyMap(nw.units), ten: keyMap(nw.ten), tens: keyMap(nw.tens), hundreds: keyMap(nw.hundreds),
      thousands: keyMap(nw.thousands), vague: createPhraseMatcher(Object.entries(nw.vague)),
      qualifiersBefore: createPhraseMatcher(Object.entries(nw.qualifiersBefore) as [string, Qualifier][]),
      qualifiersAfter: createPhraseMatcher(Object.entries(nw.qualifiersAfter) as [string, Qualifier][]),
      duals: flags(nw.dualWords),
      starters: firstWordKeys(...[nw.units, nw.ten, nw.tens, nw.hundreds, nw.thousands, nw.vague, nw.qualifiersBefore].map(Object.keys), nw.dualWords),
    },
    figures: compileFigureCues(src.figureCues),
    victims: compileVictims(src.victimGroups),
    dates: {
      months: createPhraseMatcher(Object.entries(dw.months)), weekdays: new Map(Object.entries(dw.weekdays).map(([k, v]) => [normalizeForMatch(k), v])),
      today: flags(dw.today), yesterday: flags(dw.yesterday), dayBeforeYesterday: flags(dw.dayBeforeYesterday),
      lastNight: flags(dw.lastNight), dayParts: keySet(dw.dayParts), past: keySet(dw.past), current: keySet(dw.current),
      monthWord: keySet(dw.monthWord), periods: keyMap(dw.periods), periodLead: keySet(dw.periodLead),
      dayMonthLinks: keySet(dw.dayMonthLinks), ordinalDays: createPhraseMatcher(Object.entries(dw.ordinalDays ?? {})),
      starters: firstWordKeys(Object.keys(dw.months), Object.keys(dw.weekdays), dw.today, dw.yesterday, dw.dayBeforeYesterday,
        dw.lastNight, dw.dayParts, dw.periodLead, Object.keys(dw.ordinalDays ?? {}), ['\u064a\u0648\u0645']), // يوم
    },
  };
}
