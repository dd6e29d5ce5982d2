/**
 * Test helper: runs the events stage on a short Arabic text with a small fixed set of entities and places
 * (kinds and parents given), as the incidents tests need.
 */
import { extractEvents } from '../../../../../src/extract/claims/extract-events.ts';
import { buildEventInput, type EntitySpec } from '../../claims/helpers/build-event-input.ts';

export const ENTITIES: EntitySpec[] = [
  ['وكالة الأنباء', 'agency', 'media'],
  ['المرصد', 'sohr', 'organization'],
  ['التحالف الدولي', 'coalition', 'organization'],
  ['التحالف', 'coalition', 'organization'],
  ['الطيران الروسي', 'russia', 'state'],
  ['الطائرات الروسية', 'russia', 'state'],
  ['روسيا', 'russia', 'state'],
  ['موسكو', 'russia', 'state'],
  ['الولايات المتحدة', 'usa', 'state'],
  ['واشنطن', 'usa', 'state'],
  ['القوات الأمريكية', 'usa', 'state'],
  ['تركيا', 'turkey', 'state'],
  ['الجيش التركي', 'turkey', 'state'],
  ['قوات النظام', 'regime', 'state'],
  ['الجيش السوري', 'regime', 'state'],
  ['النظام', 'regime', 'state'],
  ['هيئة التحرير', 'hts', 'armed_group'],
  ['فصائل المعارضة', 'rebels', 'armed_group'],
  ['الفصائل', 'rebels', 'armed_group'],
  ['تنظيم الدولة', 'isis', 'armed_group'],
  ['التنظيم', 'isis', 'armed_group'],
  ['قسد', 'sdf', 'armed_group'],
  ['مصادر محلية', 'locals', 'anonymous_source'],
  ['كفرنبل', 'kafranbel', 'location'],
  ['حاس', 'has', 'location'],
  ['معرة النعمان', 'maarat', 'location'],
  ['محافظة إدلب', 'idlib-gov', 'location'],
  ['إدلب', 'idlib-gov', 'location'],
  ['حلب', 'aleppo', 'location'],
  ['الشيخ مقصود', 'sheikh-maqsoud', 'location'],
  ['تل رفعت', 'tal-rifaat', 'location'],
  ['مستشفى الرحمة', 'rahma-hospital', 'location'],
];

const KINDS = new Map([
  ['kafranbel', 'town'],
  ['has', 'village'],
  ['maarat', 'city'],
  ['idlib-gov', 'governorate'],
  ['aleppo', 'city'],
  ['sheikh-maqsoud', 'neighbourhood'],
  ['tal-rifaat', 'town'],
  ['rahma-hospital', 'landmark'],
]);
const PARENTS = new Map<string, string | null>([
  ['kafranbel', 'idlib-gov'],
  ['has', 'idlib-gov'],
  ['maarat', 'idlib-gov'],
  ['idlib-gov', null],
  ['aleppo', null],
  ['sheikh-maqsoud', 'aleppo'],
  ['tal-rifaat', null],
  ['rahma-hospital', 'maarat'],
]);

/** Given a text (lines are paragraphs, the first line a headline when `title`), returns the events stage's output. */
export function runIncidents(text: string, options: { publishedAt?: string | null; title?: boolean } = {}) {
  return extractEvents(
    buildEventInput(text, ENTITIES, {
      outletId: 'agency',
      publishedAt: options.publishedAt === undefined ? '2020-03-11' : options.publishedAt,
      title: options.title ?? false,
      locationKinds: KINDS,
      locationParents: PARENTS,
    }),
  );
}

/** Given a text, returns the types of its incidents in order. */
export function listIncidentTypes(
  text: string,
  options: { publishedAt?: string | null; title?: boolean } = {},
): string[] {
  return runIncidents(text, options).incidents.map((i) => i.type);
}
