import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.ts';
import type { Db } from '../../../src/db/create-driver.ts';
import { createIngestFunction } from '../../../src/server/create-ingest-function.ts';

// A Db that fails the test if touched: the checks below must refuse the input before any database work.
const untouchable = new Proxy(
  {},
  {
    get: (_t, key) => {
      throw new Error(`the database was used (${String(key)})`);
    },
  },
) as Db;
const ingest = createIngestFunction(untouchable, loadConfig({}));
const ARTICLE = 'قصفت طائرات حربية بلدة في ريف حلب الشمالي صباح اليوم، وقال ناشطون إن ثلاثة مدنيين قتلوا.';

describe('createIngestFunction: the checks ingestArticle shares with kg load', () => {
  it('refuses a publication date that is not on the calendar with BAD_USER_INPUT', async () => {
    await expect(ingest({ text: ARTICLE, publishedAt: '2019-02-30' })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'input.publishedAt' },
      message: '`input.publishedAt` is not a real date: 2019-02-30.',
    });
  });

  it('refuses a text that is not Arabic with BAD_USER_INPUT', async () => {
    await expect(
      ingest({ text: 'Twenty people were killed in Aleppo on Monday, activists said.' }),
    ).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'input.text' },
      message: expect.stringContaining('NOT_ARABIC'),
    });
  });
});
