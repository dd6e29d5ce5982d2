/**
 * Internal (benchmarks): a small, seeded generator of seed-like Arabic news articles: a section line, a title,
 * a byline or a correspondent, paragraphs of attributed reports with actors, places, figures and dates, quotes,
 * clitics and spelling variants, and trailing web boilerplate. Same seed, same corpus.
 *
 * Usage as a script: node --import tsx bench/generate-articles.ts [count] [seed] [outDir]  (default 1000 1 bench/corpus)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LexiconSources } from '../src/extract/lexicon/lexicon-types.ts';
import { readLexiconSources } from '../src/load/read-lexicon.ts';

/** One generated article. */
export interface GeneratedArticle {
  file: string;
  text: string;
}

/** Given a seed, returns a deterministic pseudo-random generator of numbers in [0, 1) (mulberry32). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERBS = ['قال', 'أفاد', 'أكد', 'أوضح', 'ذكر', 'أشار', 'أعلن', 'نقل', 'نفى', 'كشف'];
const EVENTS = [
  'قصفت {A} بلدة {P} بالمدفعية الثقيلة',
  'شنت طائرات {A} غارات جوية على قرية {P}',
  'اندلعت اشتباكات عنيفة بين {A} و{B} في محيط {P}',
  'أرسل {A} تعزيزات عسكرية إلى {P}',
  'استهدف {A} تجمعات لـ {B} في ريف {P}',
  'نزحت عشرات العائلات من {P} باتجاه مخيم {Q}',
];
const FIGURES = [
  'ما لا يقل عن {N} مدنيين',
  'أكثر من {N} عنصراً',
  'نحو {N} شخصاً بين قتيل وجريح',
  'عشرات المدنيين',
  '{N} أطفال',
];
const SOURCES = ['مصادر محلية', 'ناشطون', 'مصادر طبية', 'شهود عيان', 'مصادر ميدانية', 'مسؤولون أمريكيون'];
const ROLES = ['مراسل وكالة', 'الناشط', 'القيادي', 'المتحدث باسم'];
const NAMES = [
  'محمد الأحمد',
  'خالد العلي',
  'سامر الحسين',
  'أبو عمر الشامي',
  'عمار الديري',
  'ياسر الخطيب',
  'حسن العبدالله',
];
const DATES = ['يوم أمس الجمعة', 'اليوم الإثنين', 'فجر اليوم', 'في 3 كانون الأول 2018', 'مساء الثلاثاء'];
const TAILS = [
  ['مقالات ذات صلة', 'زر الذهاب إلى الأعلى'],
  ['الوسوم', 'التعليقات', 'تابعنا على'],
  ['عذراً التعليقات مغلقة'],
  ['أقسام', 'من سوريا', 'أخبار متعلقة'],
  ['اقرأ أيضاً', 'قصف جديد على ريف إدلب', 'شارك'],
];
const CLITICS = ['', '', '', 'و', 'ب', 'ل'];

/** Given a count, a seed and the lexicon data (for names), returns that many articles of about 4 000 characters. */
export function generateArticles(
  count: number,
  seed: number,
  sources: Pick<LexiconSources, 'actors' | 'locations'>,
): GeneratedArticle[] {
  const random = createRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const arabic = (name: string): boolean => /^[\u0600-\u06ff\s]+$/.test(name);
  const actors = sources.actors
    .filter((a) => a.kind !== 'person' && a.kind !== 'media')
    .map((a) => [a.name, ...(a.aliases ?? [])].filter(arabic))
    .filter((names) => names.length > 0);
  const media = sources.actors
    .filter((a) => a.kind === 'media')
    .map((a) => a.name)
    .filter(arabic);
  const places = sources.locations.map((l) => l.name).filter(arabic);
  const actor = (): string => pick(actors.length > 0 ? pick(actors) : ['قوات النظام']);
  const place = (): string => (places.length > 0 ? pick(places) : 'حلب');
  const outlet = (): string => (media.length > 0 ? pick(media) : 'عنب بلدي');
  const fill = (template: string): string =>
    template
      .replace('{A}', pick(CLITICS) + actor())
      .replace('{B}', actor())
      .replace('{P}', place())
      .replace('{Q}', place())
      .replace('{N}', String(1 + Math.floor(random() * 120)));
  const articles: GeneratedArticle[] = [];
  for (let n = 0; n < count; n++) {
    const lines: string[] = [];
    if (random() < 0.5) lines.push(pick(['أخبار سوريا', 'الشأن السوري', 'تقارير']), '');
    if (random() < 0.3) lines.push(`${pick(NAMES)} – ${place()} – ${outlet()}:`);
    else lines.push(`${fill(pick(EVENTS))} ${pick(DATES)}`, '');
    while (lines.join('\n').length < 3600) {
      const paragraph: string[] = [];
      for (let s = 0; s < 2 + Math.floor(random() * 2); s++) {
        const who =
          random() < 0.5 ? pick(SOURCES) : `${pick(ROLES)} “${outlet()}” في ${place()} “${pick(NAMES)}”`;
        paragraph.push(
          `${pick(VERBS)} ${who} إن ${fill(pick(EVENTS))} ${pick(DATES)}، ما أسفر عن مقتل ${fill(pick(FIGURES))}.`,
        );
      }
      if (random() < 0.3) paragraph.push(`وأضاف أن “${actor()} يتحمل المسؤولية عن ${fill(pick(FIGURES))}”.`);
      lines.push(paragraph.join(' '), '');
    }
    lines.push(...pick(TAILS));
    articles.push({ file: `${String(n).padStart(5, '0')}.txt`, text: lines.join('\n') });
  }
  return articles;
}

const isMain =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const count = Number(process.argv[2] ?? 1000);
  const seed = Number(process.argv[3] ?? 1);
  const out = process.argv[4] ?? 'bench/corpus';
  const articles = generateArticles(count, seed, await readLexiconSources());
  mkdirSync(out, { recursive: true });
  for (const a of articles) writeFileSync(path.join(out, a.file), a.text);
  process.stdout.write(`wrote ${articles.length} articles to ${out}\n`);
}
