import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../src/extract/extract-article.ts';
import { compileLexicon } from '../../../../src/extract/lexicon/compile-lexicon.ts';
import type { EntityPatterns, Lexicon } from '../../../../src/extract/lexicon/lexicon-types.ts';
import type { ExtractedEntity } from '../../../../src/extract/types.ts';
import { createTestSources, TEST_ACTORS, TEST_LOCATIONS } from '../helpers/test-lexicon.ts';

const base = createTestSources();
const lexicon: Lexicon = compileLexicon({
  ...base,
  actors: [
    ...TEST_ACTORS,
    { id: 'lebanese-government', kind: 'state', name: 'الحكومة اللبنانية', aliases: ['السلطات اللبنانية'] },
  ],
  locations: [
    ...TEST_LOCATIONS,
    { id: 'lebanon', kind: 'country', name: 'لبنان', partOf: null },
    { id: 'beirut', kind: 'city', name: 'بيروت', partOf: 'lebanon' },
  ],
  patterns: {
    ...base.patterns,
    placeStates: { lebanon: 'lebanese-government', beirut: 'lebanese-government' },
  } as EntityPatterns,
});
const entitiesOf = (text: string): ExtractedEntity[] =>
  extractArticle({ file: 't.txt', text }, lexicon).entities;
const find = (entities: ExtractedEntity[], mention: string): ExtractedEntity | undefined =>
  entities.find((e) => e.mentions.some((m) => m.text === mention));

describe('countries and capitals as states or places', () => {
  it('reads a country that acts as its state, together with its government', () => {
    const entities = entitiesOf('وأغلق لبنان حدوده أمام النازحين، وقالت السلطات اللبنانية إن القرار مؤقت.');
    const state = find(entities, 'لبنان');
    expect(state).toMatchObject({ id: 'lebanese-government', type: 'state' });
    expect(state?.mentions.map((m) => m.text)).toEqual(['لبنان', 'السلطات اللبنانية']);
  });

  it('keeps a country that is only a destination or a setting as a place', () => {
    const entities = entitiesOf('ونقل الجرحى إلى لبنان عبر المعبر، فيما يعيش آلاف اللاجئين في سوريا ولبنان.');
    expect(find(entities, 'لبنان')).toMatchObject({ id: 'lebanon', type: 'location' });
  });

  it("reads a state's capital in a dateline or after في as a place apart from the state", () => {
    const entities = entitiesOf(
      'أنقرة - خاص\nوفي أنقرة، اجتمع الوفدان. واتهمت أنقرة الوحدات الكردية بخرق الاتفاق.',
    );
    const place = entities.find((e) => e.type === 'location' && e.name === 'أنقرة');
    expect(place?.mentions).toHaveLength(2);
    expect(entities.find((e) => e.id === 'turkish-government')?.mentions.map((m) => m.text)).toEqual([
      'أنقرة',
    ]);
  });

  it('reads a capital named as an actor as its state', () => {
    const entities = entitiesOf('وأكدت بيروت أنها لن تسمح بعبور المسلحين.');
    expect(find(entities, 'بيروت')).toMatchObject({ id: 'lebanese-government', type: 'state' });
  });
});

describe('countrysides', () => {
  it('reads the place of an unknown "ريف X الشرقي" without the direction adjective', () => {
    const entities = entitiesOf('وقصفت المدفعية قرى في ريف نوى الغربي صباح اليوم.');
    expect(entities.find((e) => e.type === 'location')?.mentions.map((m) => m.text)).toEqual(['نوى']);
  });
});
