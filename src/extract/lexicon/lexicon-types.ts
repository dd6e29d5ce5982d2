/**
 * Public API: the shapes of the lexicon data files (`seeds/lexicon/*.json`) and of the compiled lexicon that every
 * extraction of an article reuses. The data is read by code outside `src/extract` and handed to `compileLexicon`.
 */
import type { EntityType } from '../types.ts';
import type { PhraseNode } from './phrase-trie.ts';

/** The kinds of `actors.json` entries (each is also the entity type it maps to). */
export type ActorKind = 'armed_group' | 'state' | 'organization' | 'media' | 'person';

/** The kinds of `locations.json` entries. */
export type LocationKind =
  | 'country'
  | 'governorate'
  | 'district'
  | 'subdistrict'
  | 'city'
  | 'town'
  | 'village'
  | 'neighbourhood'
  | 'camp'
  | 'landmark'
  | 'crossing'
  | 'region';

/** One entry of `seeds/lexicon/actors.json`. */
export interface ActorEntry {
  id: string;
  kind: ActorKind;
  name: string;
  nameEn?: string | null;
  aliases?: string[];
  affiliations?: { target: string; role: string }[];
}

/** One entry of `seeds/lexicon/locations.json`. */
export interface LocationEntry {
  id: string;
  kind: LocationKind;
  name: string;
  nameEn?: string | null;
  aliases?: string[];
  partOf?: string | null;
  lat?: number | null;
  lon?: number | null;
}

/** One entry of `seeds/lexicon/anonymous-sources.json`: an unnamed source such as "مصادر محلية". */
export interface AnonymousSourceEntry {
  id: string;
  name: string;
  nameEn?: string | null;
  aliases?: string[];
}

/** A head noun that introduces a name: "وكالة" + name is a media outlet, "قرية" + name a village. */
export interface HeadNounEntry {
  /** The head noun forms (singular, dual, plural), as written. */
  words: string[];
  type: EntityType;
  /**
   * True when the head is part of the name ("مخيم الباغوز", "جيش الثوار"), false when not ("قرية الجرذي",
   * "وكالة سانا"). Default: true for armed groups and organisations, false otherwise.
   */
  includeHead?: boolean;
  /** True when the name must be quoted (or known) because the head is also a common word ("حركة", "موقع"). */
  quotedOnly?: boolean;
  /** True when an unquoted name must start with the definite article (weak heads such as "منطقة", "حي"). */
  definiteOnly?: boolean;
}

/** A head noun of a body that speaks for a parent ("وزارة الدفاع الروسية", "المكتب الإعلامي لقسد"). */
export interface BodyHeadEntry {
  /** The head noun forms, as written without the article. */
  words: string[];
  /** The body's type when its parent is unknown (a known parent's kind decides otherwise). */
  type: EntityType;
  /** True for ministries: their short form is a domain word and a nationality ("الدفاع الروسية"). */
  ministry?: boolean;
  /** True for a verbal noun that glued to ب means "led by" ("بقيادة"), never a body. */
  verbal?: boolean;
}

/** A nationality adjective that turns a military noun into a mention of a state ("المدفعية الفرنسية"). */
export interface DemonymEntry {
  /** Masculine singular forms without the article ("فرنسي", "أمريكي", "أميركي"). */
  forms: string[];
  /** Actor id of the state in `actors.json`. */
  actor: string;
}

/** `seeds/lexicon/entity-patterns.json`: the closed word classes the entity rules use. */
export interface EntityPatterns {
  /** Role words that introduce a person: "مراسل", "القيادي", "المتحدث باسم". */
  roles: string[];
  /** Words after which comes a nickname of the person just named: "الملقب", "المكنى", "يسمي نفسه". */
  nicknameMarkers: string[];
  /** Words right before a new person's name that are no role: "يدعى", "تدعى", "اسمه". */
  nameIntroducers?: string[];
  /** Verbs (any conjugation, without conjunctions) after which a speaker's name may stand: "قال", "أضافت". */
  speakerVerbs?: string[];
  /** Head nouns of organisations, outlets, armed groups and places. */
  heads: HeadNounEntry[];
  /**
   * Descriptors put before a known name that do not belong to it ("قوات", "طيران", "وكالة"): an alias made of a
   * descriptor and another name of the same entity matches, but its mention starts after the descriptor.
   */
  descriptors: string[];
  /** Definite nouns that refer back to the entity last named with them as head: "التنظيم", "المرصد". */
  anaphoricHeads: string[];
  /**
   * What a definite head noun means in this domain when the article names nothing with it: "النظام" -> the Syrian
   * government. Keys are written without the article; values are actor ids.
   */
  defaultReferents?: Record<string, string>;
  /** Nouns for groups of fighters that, with a definite adjective, name an armed group ("الميليشيات الإيرانية"). */
  groupNouns: string[];
  /** Military nouns that, with a nationality adjective, name a state ("الطيران الروسي"). */
  militaryNouns: string[];
  demonyms: DemonymEntry[];
  /** Head nouns of bodies that speak for a parent state, administration or group. */
  bodyHeads?: BodyHeadEntry[];
  /** Ministry domains that name the ministry alone with a nationality ("الخارجية الروسية") or after it ("الخارجية"). */
  ministryDomains?: string[];
  /** Adjectives of a body's name beyond nisba adjectives ("العامة", "العليا"). */
  bodyAdjectives?: string[];
  /** A country's or capital's location id -> its state actor's id: the place named as an actor is that state. */
  placeStates?: Record<string, string>;
  /** Pairs of interchangeable spellings inside words ("كورد"/"كرد", "ديموقراط"/"ديمقراط"), as written. */
  spellingVariants?: string[][];
  /** Heads of unnamed sources that take adjectives: "مصادر" + "محلية", "ناشطون" + "محليون". */
  anonymousHeads: string[];
  /** Heads of unnamed sources only when linked to an actor: "مواقع" + "مقربة من" + actor. */
  anonymousLinkHeads: string[];
  /** Words linking an unnamed source to an actor: "مقربة من", "موالية ل". */
  anonymousLinks: string[];
  /**
   * Words an outlet's name may end with or drop ("ستيب الإخبارية" = "ستيب نيوز"): an outlet found by pattern is
   * identified by its name without them.
   */
  mediaSuffixes?: string[];
  /** Adjectives that belong to an organisation's name ("العسكري", "الحر", "الإسلامية"). */
  nameAdjectives: string[];
  /** Adjectives that make an organisation armed ("العسكري", "المسلحة"). */
  militaryAdjectives: string[];
  /** Adjectives that belong to a place name ("الشرقي", "فوقاني", "الكبير"). */
  placeAdjectives: string[];
  /** First words of place names that always take a second word ("دير", "تل", "عين"). */
  placeNamePrefixes: string[];
  /**
   * Direction words ("شرق", "شمالي"): a lexicon place named by a direction (or a place head such as "محافظة")
   * plus another known place ("شرق الفرات", "ريف دير الزور الشرقي") is mentioned as that other place.
   */
  directionWords: string[];
  /** Common given names: an unquoted name after a role starts more safely with one of them. */
  givenNames: string[];
  /** Words that never belong to a name: particles, prepositions, pronouns, frequent verbs. */
  stopWords: string[];
}

/** `seeds/lexicon/boilerplate.json`: markers of web page furniture around an article's body. */
export interface BoilerplateMarkers {
  /** A line starting with one of these begins trailing boilerplate ("مقالات ذات صلة", "الوسوم"). */
  trailing: string[];
  /** A line holding one of these is dropped wherever it is ("اقرأ أيضا", "شارك"). */
  inline: string[];
  /** Section names that may head a page ("الشأن السوري", "أخبار سوريا"). */
  sections: string[];
  /** Words that make a short line read as prose rather than a tag list (prepositions, particles). */
  proseWords: string[];
  /** A line holding one of these anywhere is a notice to the reader ("خيارات الاشتراك", "جميع الحقوق محفوظة"). */
  notices?: string[];
  /** A line opening with one of these, often in brackets, credits the staff ("تغطية صحفية", "إعداد", "تحرير"). */
  credits?: string[];
}

/** Everything `compileLexicon` reads. Every list may be empty. */
export interface LexiconSources {
  actors: ActorEntry[];
  locations: LocationEntry[];
  anonymous: AnonymousSourceEntry[];
  patterns: EntityPatterns;
  boilerplate: BoilerplateMarkers;
  /** Month names -> month number (1-12), for reading a publication date ("كانون الأول", "ديسمبر"). */
  months?: Readonly<Record<string, number>>;
}

/** One entity the lexicon knows, as the matchers report it. */
export interface LexiconEntity {
  id: string;
  type: EntityType;
  /** The lexicon's kind (actor kind, location kind, or `anonymous_source`). */
  kind: string;
  name: string;
  nameEn: string | null;
  /** For locations: the id of the enclosing place; for actors: the actor it is `part_of`; else null. */
  partOf: string | null;
}

/** A body head noun compiled for look-up. */
export interface CompiledBodyHead {
  word: string;
  type: EntityType;
  ministry: boolean;
  verbal: boolean;
}

/** What a name in the trie stands for. */
export interface NameValue {
  /** Index into `Lexicon.entities`. */
  entity: number;
  /** Rank used when two entries share a name: lower wins. */
  rank: number;
  /** Leading descriptor words matched but left out of the mention ("قوات" in "قوات التحالف"). */
  trim: number;
}

/** A head noun compiled for look-up. */
export interface CompiledHead {
  word: string;
  type: EntityType;
  includeHead: boolean;
  quotedOnly: boolean;
  definiteOnly: boolean;
  /** True for dual and plural forms, which may be followed by several coordinated names. */
  plural: boolean;
}

/** The compiled lexicon: built once by `compileLexicon`, shared read-only by every extraction. */
export interface Lexicon {
  entities: LexiconEntity[];
  byId: ReadonlyMap<string, LexiconEntity>;
  /** Every name and alias (with spacing variants) as normalized word sequences. */
  names: PhraseNode<NameValue>;
  roles: PhraseNode<true>;
  nicknameMarkers: PhraseNode<true>;
  nameIntroducers: PhraseNode<true>;
  speakerVerbs: ReadonlySet<string>;
  anonymousLinks: PhraseNode<true>;
  heads: ReadonlyMap<string, CompiledHead>;
  descriptors: ReadonlySet<string>;
  anaphoricHeads: ReadonlySet<string>;
  /** Normalized head (no article) -> actor id, for a definite head with no antecedent in the article. */
  defaultReferents: ReadonlyMap<string, string>;
  groupNouns: ReadonlySet<string>;
  militaryNouns: ReadonlySet<string>;
  /** Normalized demonym forms without the article ("فرنسي", "فرنسيه") -> actor id. */
  demonyms: ReadonlyMap<string, string>;
  anonymousHeads: ReadonlySet<string>;
  /** Normalized body head nouns (no article) -> their compiled entry. */
  bodyHeads: ReadonlyMap<string, CompiledBodyHead>;
  /** Normalized ministry domain words with the article ("الدفاع", "الخارجيه"). */
  ministryDomains: ReadonlySet<string>;
  /** Country or capital location id -> state actor id. */
  placeStates: ReadonlyMap<string, string>;
  /** Normalized adjectives of bodies' names beyond nisba adjectives. */
  bodyAdjectives: ReadonlySet<string>;
  /** Normalized direction words ("شرق", "جنوب"). */
  directionWords: ReadonlySet<string>;
  anonymousLinkHeads: ReadonlySet<string>;
  mediaSuffixes: ReadonlySet<string>;
  nameAdjectives: ReadonlySet<string>;
  militaryAdjectives: ReadonlySet<string>;
  placeAdjectives: ReadonlySet<string>;
  placeNamePrefixes: ReadonlySet<string>;
  givenNames: ReadonlySet<string>;
  stopWords: ReadonlySet<string>;
  /** Stop words written with a final ى ("على", "إلى"): a word spelled with ي instead is no stop word ("علي"). */
  alefMaqsuraStopWords: ReadonlySet<string>;
  boilerplate: {
    trailing: string[];
    inline: string[];
    sections: string[];
    proseWords: ReadonlySet<string>;
    notices: string[];
    credits: string[];
  };
  /** Normalized month names (words joined by one space) -> month number. */
  months: PhraseNode<number>;
  /** Problems found while compiling (unknown demonym targets, empty names), for the caller to report. */
  warnings: string[];
}
