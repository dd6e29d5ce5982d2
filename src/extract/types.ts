/**
 * Public API of the extract stage: the plain data that flows between its steps and out of `kg extract --json`
 * (the contract in ../shared/DESIGN.md). Every offset is a JavaScript string index (UTF-16 code unit) into the
 * article text as read (after decoding, before any normalization).
 */
import type { Diagnostic } from './diagnostics.ts';

/** Given nothing, names the entity types of the extraction contract. */
export type EntityType =
  'armed_group' | 'state' | 'organization' | 'media' | 'person' | 'location' | 'anonymous_source';

export const ENTITY_TYPES: readonly EntityType[] = [
  'armed_group',
  'state',
  'organization',
  'media',
  'person',
  'location',
  'anonymous_source',
];

/** A half-open `[start, end)` range of UTF-16 offsets into the original text. */
export interface Span {
  start: number;
  end: number;
}

/** One occurrence of an entity: `text === original.slice(start, end)`. */
export interface Mention extends Span {
  text: string;
}

/** An entity of one article with all its mentions, sorted by `start`. */
export interface ExtractedEntity {
  /** Lexicon id (a slug such as `isis`) or a deterministic id for entities found outside the lexicon. */
  id: string;
  type: EntityType;
  /** Arabic canonical name (the lexicon's, or the longest name seen in the article). */
  name: string;
  nameEn: string | null;
  mentions: Mention[];
  /** Where this entity came from: the lexicon, or a pattern (role + name, head noun + name, ...). */
  origin?: 'lexicon' | 'pattern' | 'context';
  /** For a body found in the text (a ministry, a directorate): the actor it is `part_of`, when known. */
  affiliations?: { target: string; role: 'part_of' }[];
}

/** An entity mention placed in the text, as the claims stage consumes it. Sorted by `start`. */
export interface EntityMention extends Mention {
  entityId: string;
  type: EntityType;
}

/** A sentence of the cleaned text. */
export interface Sentence extends Span {
  index: number;
  /** Index of the paragraph (a run of text between blank lines or line breaks) holding it. */
  paragraph: number;
  /** True for the article's headline, which is never a claim. */
  isTitle: boolean;
  /** True for a sub-heading: a short line without final punctuation followed by more text (never a claim either). */
  isHeading?: boolean;
}

/** The segmentation of one article: what is content, its title, paragraphs and sentences. */
export interface Segmentation {
  title: Sentence | null;
  paragraphs: Span[];
  sentences: Sentence[];
  /** Offset where trailing web boilerplate begins (`text.length` when there is none). */
  contentEnd: number;
  /** Spans inside the content that were dropped as boilerplate (share lines, URLs, tags...). */
  dropped: Span[];
}

export type Stance = 'assert' | 'deny' | 'accuse' | 'announce';

export type Qualifier = 'at_least' | 'more_than' | 'about' | 'at_most';

/** Victim groups a figure can be about; free-form `fighters:<entity id>` is also allowed. */
export type VictimGroup = 'civilians' | 'children' | 'women' | 'fighters' | 'casualties' | string;

/**
 * One figure: a number, or a vague count kept as written ("عشرات", "المئات", "عدد من"), as in the gold format.
 * The numeric lower bound of a vague count is in `Figures.lowerBounds`.
 */
export type FigureValue = number | string;

/** The kinds of figure a claim can give. */
export type FigureKind = 'killed' | 'injured' | 'casualties' | 'captured' | 'displaced';

/** The figures one claim gives. `null` means the claim does not say. */
export interface Figures {
  killed: FigureValue | null;
  injured: FigureValue | null;
  /** "بين قتيل وجريح": killed or injured, not split. */
  casualties?: FigureValue | null;
  captured?: FigureValue | null;
  displaced?: FigureValue | null;
  victims: VictimGroup | null;
  qualifier: Qualifier | null;
  /** True when a figure is a vague count (عشرات، المئات), kept as written; see `lowerBounds`. */
  vague?: boolean;
  /** Numeric lower bound of every figure given (a vague count's conventional minimum, else the number). */
  lowerBounds?: Partial<Record<FigureKind, number>>;
  /** Sub-counts of the victims ("بينهم ثمانية أطفال"). */
  children?: FigureValue | null;
  women?: FigureValue | null;
}

export interface ExtractedClaim {
  id: string;
  /** The whole sentence, `original.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** Entity id of the original source: the outlet itself when unattributed, null when unknown. */
  sourceId: string | null;
  /** Relays, nearest the source first, ending with the article's outlet when known. */
  via: string[];
  stance: Stance;
  figures: Figures | null;
  incidentId: string | null;
}

export type IncidentType =
  | 'airstrike'
  | 'shelling'
  | 'clash'
  | 'attack'
  | 'killing'
  | 'truce'
  | 'negotiation'
  | 'reinforcement'
  | 'displacement'
  | 'capture'
  | 'report';

export type DatePrecision = 'day' | 'week' | 'month' | 'year' | 'unknown';
export type LocationPrecision = 'place' | 'district' | 'governorate' | 'country' | 'unknown';

export interface ExtractedIncident {
  id: string;
  type: IncidentType;
  locationId: string | null;
  locationPrecision?: LocationPrecision;
  perpetratorIds: string[];
  targetIds: string[];
  /** ISO date when the text fixes it (resolved against the publication date), else null. */
  date: string | null;
  /** The date as written ("يوم أمس الجمعة"), or null. */
  dateText: string | null;
  datePrecision?: DatePrecision;
  summary?: string;
  evidence: Mention[];
}

/** Metadata given with an article (sidecar `.meta.json`, folder `index.json`, JSONL fields, HTML head). */
export interface ArticleMeta {
  title?: string | null;
  /** An outlet name or lexicon id. */
  outlet?: string | null;
  url?: string | null;
  /** ISO date `YYYY-MM-DD`. */
  publishedAt?: string | null;
  language?: string | null;
}

/** One article handed to the extract stage. */
export interface ArticleInput {
  /** File name (or `name:line` for JSONL), used for ids of last resort and in diagnostics. */
  file: string;
  text: string;
  meta?: ArticleMeta;
}

/** What the extract stage produced for one article: the contract of `kg extract --json`. */
export interface ExtractedArticle {
  file: string;
  id: string;
  title: string | null;
  /** Entity id of the publishing outlet, or null. */
  outlet: string | null;
  publishedAt: string | null;
  entities: ExtractedEntity[];
  claims: ExtractedClaim[];
  incidents: ExtractedIncident[];
  diagnostics: Diagnostic[];
}
