/**
 * Internal (benchmarks): the ways the corpus generator writes one thing differently: names with and without
 * hamza, with tatweel or shadda, "ديرالزور" glued; figures as digits, Arabic-Indic digits or number words, with
 * bounds; dates relative to the publication day or absolute with Levantine or Egyptian month names.
 */
import { BOUNDS, MONTHS_EGYPT, MONTHS_LEVANT, NUMBER_WORDS, VICTIMS, WEEKDAYS } from './corpus-phrases.ts';

/** A seeded source of choices. */
export interface Chooser {
  random: () => number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
  int(min: number, max: number): number;
}

/** Given a random function in [0, 1), returns a Chooser over it. */
export function createChooser(random: () => number): Chooser {
  return {
    random,
    pick: <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T,
    chance: (p) => random() < p,
    int: (min, max) => min + Math.floor(random() * (max - min + 1)),
  };
}

const TATWEEL = '\u0640';
const SHADDA = '\u0651';
const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

/** Given a name, returns it as a writer might spell it: sometimes without hamza, with tatweel, shadda or ي/ى. */
export function varySpelling(name: string, c: Chooser): string {
  let out = name;
  if (out.includes('دير الزور') && c.chance(0.5)) out = out.replace('دير الزور', 'ديرالزور');
  if (c.chance(0.15)) out = out.replace(/[أإآ]/g, 'ا');
  if (c.chance(0.08)) out = out.replace(/ي(?=\s|$)/, 'ى');
  if (c.chance(0.04)) out = insertInLongestWord(out, TATWEEL, 2);
  if (c.chance(0.04)) out = insertInLongestWord(out, SHADDA, 3);
  return out;
}

function insertInLongestWord(text: string, mark: string, at: number): string {
  const words = text.split(' ');
  let best = 0;
  words.forEach((w, i) => {
    if (w.length > (words[best]?.length ?? 0)) best = i;
  });
  const word = words[best] ?? '';
  if (word.length <= at + 1) return text;
  words[best] = word.slice(0, at) + mark + word.slice(at);
  return words.join(' ');
}

/** Given a number, returns it as digits, Arabic-Indic digits or (3 to 10) a number word. */
export function writeNumber(n: number, c: Chooser): string {
  const word = NUMBER_WORDS[n];
  if (word && c.chance(0.4)) return word;
  if (c.chance(0.2)) return String(n).replace(/\d/g, (d) => ARABIC_INDIC[Number(d)] ?? d);
  return String(n);
}

/** Given killed and injured figures and a victims index, returns the figures phrase of one report. */
export function writeFigures(killed: number, injured: number, victimIndex: number, c: Chooser): string {
  const [plural, singular] = VICTIMS[victimIndex % VICTIMS.length] ?? ['مدنيين', 'مدنياً'];
  if (killed >= 20 && c.chance(0.12)) return `عشرات ال${plural.startsWith('أ') ? 'أطفال' : plural}`;
  if (c.chance(0.1)) return `${writeNumber(killed + injured, c)} ${killed + injured <= 10 ? plural : singular} بين قتيل وجريح`;
  const bound = c.chance(0.3) ? `${c.pick(BOUNDS)} ` : '';
  const head = `${bound}${writeNumber(killed, c)} ${killed <= 10 ? plural : singular}`;
  return injured > 0 && c.chance(0.6) ? `${head} وإصابة ${writeNumber(injured, c)} آخرين` : head;
}

/** Given an ISO day, returns it shifted by some days. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Given the event day and the publication day, returns how the article dates the event. */
export function writeDate(eventDay: string, publishedAt: string, c: Chooser): string {
  const d = new Date(`${eventDay}T00:00:00Z`);
  const weekday = WEEKDAYS[d.getUTCDay()] ?? '';
  const lag = Math.round((Date.parse(publishedAt) - d.getTime()) / 86_400_000);
  const month = d.getUTCMonth();
  const absolute = (): string =>
    c.chance(0.5)
      ? `في ${d.getUTCDate()} ${MONTHS_LEVANT[month]} ${d.getUTCFullYear()}`
      : `في ${d.getUTCDate()} ${MONTHS_EGYPT[month]}/ ${MONTHS_LEVANT[month]}`;
  if (c.chance(0.25)) return absolute();
  if (lag === 0) return c.pick([`اليوم ${weekday}`, `صباح اليوم ${weekday}`, `فجر اليوم`, `اليوم`]);
  if (lag === 1) return c.pick([`يوم أمس ${weekday}`, `أمس ${weekday}`, `مساء أمس ${weekday}`, `يوم أمس`]);
  return c.chance(0.5) ? `يوم ${weekday} الماضي` : absolute();
}
