import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../../src/extract/claims/extract-events.ts';
import { buildEventInput, type EntitySpec } from './helpers/build-event-input.ts';

// Texts written for these tests; the parties are invented.
const ENTITIES: EntitySpec[] = [
  ['شبكة الخبر', 'khabar', 'media'],
  ['لواء الفتح', 'fath', 'armed_group'],
  ['جبهة الساحل', 'sahel', 'armed_group'],
  ['وزارة الداخلية', 'interior-ministry', 'state'],
  ['المرصد', 'monitor', 'organization'],
  ['مصادر محلية', 'local-sources', 'anonymous_source'],
];

const stanceOf = (text: string) =>
  extractEvents(buildEventInput(text, ENTITIES, { outletId: 'khabar' })).claims[0]?.stance;

describe('stance from what a claim says', () => {
  it('reads blame for wrongdoing as an accusation, whoever reports it', () => {
    expect(stanceOf('وقال لواء الفتح إن جبهة الساحل ارتكبت مجزرة بحق المدنيين في السوق.')).toBe('accuse');
    expect(stanceOf('وأكدت مصادر محلية أن مقاتلي جبهة الساحل يستخدمون الأهالي دروعاً بشرية.')).toBe('accuse');
    expect(stanceOf('وأضاف لواء الفتح أن الهجوم استمر ساعتين، متهماً جبهة الساحل بخرق الهدنة.')).toBe(
      'accuse',
    );
  });

  it('reads a party speaking of its own forces or decision as an announcement', () => {
    expect(stanceOf('وقالت وزارة الداخلية إن دورياتها انتشرت في الأحياء الشرقية منذ الفجر.')).toBe(
      'announce',
    );
    expect(stanceOf('وقال لواء الفتح إن مقاتليه صدوا هجوما على التلة الغربية.')).toBe('announce');
    expect(stanceOf('وأكد لواء الفتح أنه لن ينسحب من مواقعه قبل إطلاق الأسرى.')).toBe('announce');
  });

  it('leaves reports by monitors, unnamed sources and outlets as assertions', () => {
    expect(stanceOf('وقال المرصد إن قوات الطرفين تبادلت القصف طوال الليل.')).toBe('assert');
    expect(stanceOf('وأفادت مصادر محلية بأن عناصره انسحبوا من الحاجز.')).toBe('assert');
  });

  it('keeps a denial a denial even when it blames someone', () => {
    expect(stanceOf('ونفت وزارة الداخلية وقوع أي مجزرة في البلدة.')).toBe('deny');
  });
});
