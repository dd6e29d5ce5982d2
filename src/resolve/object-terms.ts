/**
 * Internal: distinctive objects an incident report can name (data table). Terms are in matching form
 * (normalizeForMatch: ة -> ه, ى -> ي, no hamza on alif) and match as whole words, with or without the clitics
 * و ف ب ل ك and the article ال in front. Two reports naming the same object (a hospital, a market, a water point)
 * are more likely one event; reports that each name only different objects less so.
 */

/** One kind of object and the words that name it. */
export interface ObjectTerm {
  id: string;
  terms: readonly string[];
}

export const OBJECT_TERMS: readonly ObjectTerm[] = [
  {
    id: 'medical',
    terms: [
      'مستشفي',
      'مستشفيات',
      'مشفي',
      'مشافي',
      'نقطه طبيه',
      'النقطه الطبيه',
      'مستوصف',
      'مركز صحي',
      'عياده',
    ],
  },
  { id: 'market', terms: ['سوق', 'اسواق', 'سوق شعبي'] },
  { id: 'convoy', terms: ['قافله', 'قوافل', 'رتل', 'ارتال'] },
  { id: 'patrol', terms: ['دوريه', 'دوريات'] },
  { id: 'water', terms: ['بئر', 'ابار', 'نقطه مياه', 'محطه مياه', 'خزان مياه', 'تعبئه المياه', 'صهريج'] },
  { id: 'restaurant', terms: ['مطعم', 'مطاعم', 'مقهي'] },
  { id: 'school', terms: ['مدرسه', 'مدارس'] },
  { id: 'mosque', terms: ['مسجد', 'جامع'] },
  { id: 'bakery', terms: ['فرن', 'افران', 'مخبز'] },
  { id: 'camp', terms: ['مخيم', 'مخيمات'] },
  { id: 'airbase', terms: ['مطار', 'قاعده جويه'] },
  { id: 'checkpoint', terms: ['حاجز', 'حواجز'] },
  { id: 'bridge', terms: ['جسر'] },
];
