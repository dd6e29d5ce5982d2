/**
 * Internal: the body's references to its own outlet, weighed: "مراسل X" (2), a source telling X ("قال مصدر
 * لـ«X» إن", 2; "لوكالة X", with a head noun as outlets name others, 1), "في اتصال مع X" (2), "تواصلت X مع" (2),
 * "ونحن في X" (3). A name the text cites as a relay ("نقلت وكالة X", "بحسب X") is never the article's outlet.
 */
import type { Lexicon } from '../lexicon/lexicon-types.ts';
import { listCliticStems } from '../lexicon/list-clitic-stems.ts';
import type { Token } from '../normalize/tokenize-normalized.ts';
import type { Span } from '../types.ts';
import { getOutletCues } from './outlet-cue-lexicon.ts';
import { readCueName, readGluedName, type CueName } from './read-cue-name.ts';

/** What the body says of one name: its weight as the article's own outlet, and where it stands. */
export interface OutletCue {
  key: string;
  words: string[];
  weight: number;
  /** The text cites it as a relay somewhere. */
  relay: boolean;
  spans: Span[];
}

const LAM = '\u0644';
const MAA = '\u0645\u0639'; // مع
const FI = '\u0641\u064a'; // في
const MAA_RELATIVE = '\u0645\u0627'; // ما, as in "وفق ما نقلته"

/** Given the content tokens and the lexicon, returns the cues found, by key (the name without head or suffix). */
export function findOutletCues(tokens: readonly Token[], lexicon: Lexicon): Map<string, OutletCue> {
  const cues = getOutletCues();
  const found = new Map<string, OutletCue>();
  const add = (
    name: CueName | null,
    weight: number,
    relay: boolean,
    closer?: (next: number) => boolean,
  ): void => {
    if (name === null || (closer !== undefined && !closer(name.next))) return;
    const key = toOutletKey(name.words, lexicon);
    if (key === '') return;
    const cue = found.get(key) ?? { key, words: name.words, weight: 0, relay: false, spans: [] };
    cue.weight += relay ? 0 : weight;
    cue.relay ||= relay;
    const first = tokens[name.first];
    const last = tokens[name.end - 1];
    if (first !== undefined && last !== undefined)
      cue.spans.push({ start: first.origStart, end: last.origEnd });
    found.set(key, cue);
  };
  const read = (i: number): CueName | null => readCueName(tokens, i, lexicon, cues.toldClosers);
  const told = (at: number): boolean => {
    const next = tokens[at]?.text === ',' ? tokens[at + 1] : tokens[at];
    return next !== undefined && (next.text === ':' || cues.toldClosers.has(next.text));
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined || !token.isWord) continue;
    const stems = listCliticStems(token.text).map((s) => s.stem);
    const has = (set: ReadonlySet<string>): boolean => stems.some((s) => set.has(s));
    if (has(cues.correspondents) && !cues.outletAnaphors.has(tokens[i + 1]?.text ?? ''))
      add(read(i + 1), 2, false);
    else if (token.text === LAM) add(read(i + 1), 2, false, told);
    else if (token.text.startsWith(LAM) && lexicon.heads.get(token.text.slice(1))?.type === 'media')
      add(read(i), 1, false, told);
    else if (token.text.startsWith(LAM) && readGluedName(tokens, i, lexicon) !== null)
      add(readGluedName(tokens, i, lexicon), 2, false, told);
    else if (has(cues.contactNouns) && (tokens[i + 1]?.text === MAA || tokens[i + 1]?.text === LAM))
      add(read(i + 2), 2, false);
    else if (has(cues.contactVerbs)) add(read(i + 1), 2, false, (at) => tokens[at]?.text === MAA);
    else if (has(cues.selfPronouns) && tokens[i + 1]?.text === FI) add(read(i + 2), 3, false);
    else if (has(cues.relayWords)) add(read(tokens[i + 1]?.text === MAA_RELATIVE ? i + 2 : i + 1), 0, true);
  }
  return found;
}

/** Given an outlet's normalized words and the lexicon, returns its key: no media head noun, no media suffix. */
export function toOutletKey(words: readonly string[], lexicon: Lexicon): string {
  let from = 0;
  let to = words.length;
  if (to - from > 1 && lexicon.heads.get(words[0] ?? '')?.type === 'media') from++;
  while (to - from > 1 && lexicon.mediaSuffixes.has(words[to - 1] ?? '')) to--;
  return words.slice(from, to).join(' ');
}
