import { describe, expect, it } from 'vitest';
import {
  listSpellingVariants,
  listWordForms,
} from '../../../../src/extract/lexicon/list-spelling-variants.ts';
import { toWord } from '../../../../src/extract/lexicon/phrase-words.ts';
import { mentionsById } from '../helpers/run-entities.ts';

const pairs = [
  [toWord('كورد'), toWord('كرد')],
  [toWord('ديموقراط'), toWord('ديمقراط')],
] as const;

describe('listSpellingVariants', () => {
  it('swaps either spelling of a pair inside a word, both ways', () => {
    expect(listWordForms(toWord('الكوردي'), pairs)).toEqual([toWord('الكوردي'), toWord('الكردي')]);
    expect(listWordForms(toWord('كردستان'), pairs)).toEqual([toWord('كردستان'), toWord('كوردستان')]);
    expect(listWordForms(toWord('الفرات'), pairs)).toEqual([toWord('الفرات')]);
  });

  it('combines the variants of several words of a name', () => {
    const words = ['الاتحاد', 'الديمقراطي', 'الكردي'].map(toWord);
    expect(listSpellingVariants(words, pairs)).toHaveLength(4);
  });
});

describe('spelling variants in matching', () => {
  it('matches a lexicon name written with the other spelling', () => {
    expect(mentionsById('وتقدمت قوات سورية الديموقراطية نحو القرية.')).toMatchObject({
      sdf: ['قوات سورية الديموقراطية'],
    });
  });

  it('reads a country named by direction words as that country', () => {
    expect(mentionsById('وتشهد مناطق شمال شرقي سوريا توتراً.')).toMatchObject({ syria: ['سوريا'] });
  });
});
