/**
 * Internal: an attribution cue found in a sentence (a speech verb with its subject, a preposition such as بحسب
 * with its source, a noun such as إعلان or "أنباء عن"), with the token ranges it covers.
 */
import type { Stance } from '../types.ts';

/** A `[start, end)` token range. */
export interface TokenRange {
  start: number;
  end: number;
}

/** One attribution cue of a sentence. */
export interface AttributionCue {
  kind: 'verbal' | 'prep' | 'nominal' | 'backref' | 'participle';
  /** Entity ids of the source (several for coordinated subjects); empty when the subject is implied. */
  sources: string[];
  /** No subject: the source is the previous speaker (وأضاف). */
  continuation: boolean;
  /** No subject and an impersonal form (يذكر أن): the outlet speaks. */
  impersonal: boolean;
  /** Relays named in the cue itself, nearest the source first ("نقلت X عن Y": X). */
  relays: string[];
  stance: Stance;
  /** Tokens of the cue itself (verb and subject, preposition and source). */
  frame: TokenRange;
  /** Tokens of what the source says. */
  scope: TokenRange;
  /** True when the scope precedes the cue (بحسب X at the end, الأمر الذي ينفيه X). */
  backward: boolean;
  /** Index of the enclosing cue whose source relays this one, or -1. */
  parent: number;
  /** Dropped: the cue is part of what another source says (an إعلان inside a quote). */
  absorbed: boolean;
  /** A speaker is named by a noun that is no known entity ("قال قائد ميداني"): the source is unknown (null). */
  unknownSpeaker?: boolean;
  /** For an accusation, the accused named right after the cue ("اتهم X Y بقصف": Y), if any. */
  accused?: string;
}
