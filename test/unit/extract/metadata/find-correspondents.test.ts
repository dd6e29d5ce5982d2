import { describe, expect, it } from 'vitest';
import { runArticle } from '../helpers/run-entities.ts';

const HEAD = 'حريق في الحقول\n\nسهل الغاب - خاص\n\n';

/** Given a text, returns the persons that are correspondents, with their mention texts. */
function correspondents(text: string): { name: string; mentions: string[] }[] {
  return runArticle(text)
    .entities.filter((e) => e.type === 'person' && e.id.startsWith('person-') && e.name.includes('مراسل'))
    .map((e) => ({ name: e.name, mentions: e.mentions.map((m) => m.text) }));
}

describe('correspondents of an outlet', () => {
  it('makes one person per outlet of "مراسل X" and "مراسلة X", its mention spanning noun and outlet', () => {
    const found = correspondents(
      `${HEAD}وقال مراسل سهل الغاب إن النيران امتدت. وأضافت مراسلة سهل الغاب أن الأهالي نزحوا.`,
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.mentions).toEqual(['مراسل سهل الغاب', 'مراسلة سهل الغاب']);
  });

  it('ties "مراسلنا" and "مراسل الحملة" to the article\'s outlet', () => {
    const found = correspondents(
      `${HEAD}وقال مراسل الحملة إن النيران امتدت.\n\nوأضاف مراسلنا أن الأهالي نزحوا.`,
    );
    expect(found).toMatchObject([{ mentions: ['مراسل الحملة', 'مراسلنا'] }]);
  });

  it('ties "مراسل الوكالة" to the agency the text introduced with that head noun', () => {
    const article = runArticle(
      `${HEAD}ونقلت وكالة رويترز عن شهود أن النيران امتدت. وقال مراسل الوكالة إن الأهالي نزحوا.`,
    );
    const reuters = article.entities.find((e) => e.name.includes('مراسل') && e.type === 'person');
    expect(reuters?.name).toContain('رويترز');
  });

  it('keeps a named correspondent a person of his own, and makes none without an outlet', () => {
    const named = runArticle(`${HEAD}وقال مراسل سهل الغاب في المنطقة “باسل الحمود” إن النيران امتدت.`);
    expect(named.entities.find((e) => e.name === 'باسل الحمود')).toMatchObject({ type: 'person' });
    expect(named.entities.some((e) => e.type === 'person' && e.name.startsWith('مراسل'))).toBe(false);
    expect(
      correspondents('حريق في الحقول\n\nوقال مراسلنا إن النيران امتدت في السهل كله هذا الصباح.'),
    ).toEqual([]);
  });

  it("gives the correspondent's claim the outlet as its relay", () => {
    const article = runArticle(`${HEAD}وقال مراسل سهل الغاب إن النيران أتت على عشرات الدونمات.`);
    const claim = article.claims.find((c) => c.text.includes('عشرات الدونمات'));
    expect(claim?.via).toEqual([article.outlet]);
  });
});
