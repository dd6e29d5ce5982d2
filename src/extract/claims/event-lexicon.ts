/**
 * Public API: the compiled word lists the claims, figures, dates and incidents steps read. Build one with
 * compileEventLexicon (from the JSON files in seeds/lexicon) or take getDefaultEventLexicon().
 */
import type { FigureKind, IncidentType, Qualifier, Stance } from '../types.ts';
import type { PhraseMatcher } from './phrase-matcher.ts';

/** What a speech verb says about the claim it introduces. */
export interface SpeechVerb {
  lemma: string;
  stance: Stance;
  /** نقل: "نقل X عن Y" makes Y the source and X a relay. */
  relay: boolean;
  /** أكد + a noun of one's own action (تنفيذ، شن) announces it. */
  ownAction: boolean;
  /** True for imperfect and passive forms, which without a subject are impersonal (يذكر أن). */
  imperfect: boolean;
  /** An active participle (مشيراً، مؤكدةً): never takes a subject; it goes on with the speaker before it. */
  participle: boolean;
  /** Continuation verbs (وتابع) count only with a conjunction glued. */
  requiresConjunction: boolean;
  /** Keys of words one of which must be near (حمّل ... المسؤولية). */
  requiresNear: string[];
}

export type TriggerRole = 'main' | 'result';

/** One incident trigger phrase. */
export interface TriggerDef {
  type: IncidentType;
  role: TriggerRole;
  requiresNear: string[];
  window: number;
  direction: 'before' | 'after' | 'both';
  notPrecededBy: string[];
  noProclitic: string[];
}

export type VictimKind = 'civilians' | 'children' | 'women' | 'fighters';

/** The compiled lexicon of the events stage. */
export interface EventLexicon {
  speech: {
    /** Normalized verb form (without و/ف) -> verb. */
    verbs: Map<string, SpeechVerb>;
    impersonal: PhraseMatcher<true>;
    complementizers: Set<string>;
    prepositions: PhraseMatcher<true>;
    backReferences: Set<string>;
    nominalAnnounce: Set<string>;
    officialContext: Set<string>;
    ownActionNouns: Set<string>;
    framing: Set<string>;
    /** Words that open a new clause after a comma (فيما، بينما، حيث). */
    clauseConnectors: PhraseMatcher<true>;
    /** Words before a back-reference (الأمر الذي ينفيه). */
    backReferenceLeads: Set<string>;
    /** Head nouns after ل that make the next medium a relay ("لمراسل سانا"، "لصحيفة الوطن"). */
    relayHeads: Set<string>;
    /** First words after a verb that leave its subject implied (وأضاف في تصريح ...), unlike an unknown noun. */
    continuationLeads: Set<string>;
    /** Nouns of what a source issues (بيان، تصريح، مقابلة): "في بيان نشرته X" makes X a relay; "وأضاف البيان" goes on. */
    statementNouns: Set<string>;
    /** A definite role noun (المراسل، المتحدث، المصدر) and the role keys of the earlier actor it names again. */
    roleAnaphora: Map<string, readonly string[]>;
    /** Words that blame a party for wrongdoing (مجزرة، دروعاً بشرية، متهماً): an assertion holding one accuses. */
    accusationMarkers: PhraseMatcher<true>;
    /** A party's own forces or decision (مقاتليها، قواتنا، لن): a party asserting one announces. */
    ownSideMarkers: PhraseMatcher<true>;
    /** Nouns of information a relay obtained ("وفق معلومات حصل عليها مراسل X من Y"). */
    informationNouns: Set<string>;
  };
  triggers: {
    main: PhraseMatcher<TriggerDef[]>;
    generic: PhraseMatcher<IncidentType>;
    genericWindow: number;
    airAgents: PhraseMatcher<true>;
    artilleryAgents: PhraseMatcher<true>;
    adjectives: Map<string, IncidentType>;
    aggregateMinimum: number;
    perpetratorMarkers: PhraseMatcher<true>;
    causeMarkers: Set<string>;
    targetMarkers: Set<string>;
    agentHeads: Set<string>;
    /** Trigger forms that are verbs, whose subject may precede them (قوات التحالف استهدفت). */
    verbs: Set<string>;
    /** "اشتباكات بين X و Y": X and Y are the sides. */
    betweenMarkers: Set<string>;
    /** Types whose two sides are interchangeable (clash, truce, negotiation). */
    symmetricTypes: Set<IncidentType>;
    /** Types that have no perpetrator (displacement). */
    noPerpetratorTypes: Set<IncidentType>;
    /** Head nouns that tell what kind of place follows (قرية -> village), for places the lexicon does not know. */
    locationHeads: Map<string, string>;
    /** Words before where people flee to (نحو، باتجاه): not the place of a displacement. */
    destinationMarkers: Set<string>;
  };
  numbers: {
    units: Map<string, number>;
    ten: Map<string, number>;
    tens: Map<string, number>;
    hundreds: Map<string, number>;
    thousands: Map<string, number>;
    vague: PhraseMatcher<number>;
    qualifiersBefore: PhraseMatcher<Qualifier>;
    qualifiersAfter: PhraseMatcher<Qualifier>;
    /** Dual nouns counted as two (مدنيان، طفلين). */
    duals: PhraseMatcher<true>;
    /** Keys of every word a count can start with (a fast first check). */
    starters: Set<string>;
  };
  figures: {
    cues: Map<string, Exclude<FigureKind, 'casualties'>>;
    casualties: PhraseMatcher<true>;
    fillersBefore: Set<string>;
    subgroupMarkers: Set<string>;
    numberLeftBlockers: Set<string>;
    /** Words that may follow a count of people; any other noun means the count counts something else. */
    countFollowers: Set<string>;
    /** Singular nouns of one person (جندي، ممرض): "مقتل جندي وآخر" counts them. */
    singlePersons: Set<string>;
    /** Kinship nouns (normalized, no clitics) that count one person with a possessive suffix (وطفلها، وزوجته). */
    kinNouns: Set<string>;
    /** Words that count one more person in a list (وآخر، وأخرى). */
    otherOne: Set<string>;
    /** Nouns of a toll (حصيلة، عدد) whose number may come far after them, with the kind they count alone. */
    tollHeads: Map<string, Exclude<FigureKind, 'casualties'> | null>;
    /** Singular phrases of one death without a count (توفي متأثرا بجراحه، لقي مصرعه). */
    singleDeaths: PhraseMatcher<true>;
  };
  victims: Map<string, VictimKind>;
  dates: {
    months: PhraseMatcher<number>;
    weekdays: Map<string, number>;
    today: PhraseMatcher<true>;
    yesterday: PhraseMatcher<true>;
    dayBeforeYesterday: PhraseMatcher<true>;
    lastNight: PhraseMatcher<true>;
    dayParts: Set<string>;
    past: Set<string>;
    current: Set<string>;
    monthWord: Set<string>;
    periods: Map<string, number>;
    periodLead: Set<string>;
    /** Words between a day and its month ("27 من تموز"). */
    dayMonthLinks: Set<string>;
    /** Ordinal day words before a month ("السادس من حزيران"). */
    ordinalDays: PhraseMatcher<number>;
    /** Keys of every word a date expression can start with (a fast first check). */
    starters: Set<string>;
  };
}
