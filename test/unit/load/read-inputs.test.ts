import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatInputProblem } from '../../../src/load/read/input-problem.ts';
import { readInputs } from '../../../src/load/read/read-inputs.ts';

const ARTICLE = 'قصفت طائرات حربية بلدة في ريف حلب الشمالي صباح اليوم، وقال ناشطون إن ثلاثة مدنيين قتلوا.';

describe('readInputs: every bad input gets one clear message and the good ones are still read', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kg-read-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const put = (name: string, data: string | Buffer): void => writeFileSync(path.join(dir, name), data);

  it('reads UTF-8, UTF-8 with BOM, UTF-16 LE and BE with BOM, and Windows-1256 to the same text', async () => {
    put('a.txt', ARTICLE);
    put('b.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)]));
    put('c.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]));
    put('d.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ARTICLE, 'utf16le').swap16()]));
    put('e.txt', iconv.encode(ARTICLE, 'windows-1256'));
    const { inputs, problems } = await readInputs([dir]);
    expect(problems).toEqual([]);
    expect(inputs.map((i) => [i.file, i.encoding])).toEqual([
      ['a.txt', 'utf-8'],
      ['b.txt', 'utf-8'],
      ['c.txt', 'utf-16le'],
      ['d.txt', 'utf-16be'],
      ['e.txt', 'windows-1256'],
    ]);
    for (const input of inputs) expect(input.text).toBe(ARTICLE);
  });

  it('refuses empty, blank, binary, undecodable and too large files by name, and skips unknown extensions', async () => {
    put('good.txt', ARTICLE);
    put('empty.txt', '');
    put('blank.txt', ' \n\t\n');
    put('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    put(
      'latin.txt',
      Buffer.from([
        0x63, 0x61, 0x66, 0xe9, 0x20, 0xe0, 0x20, 0x6c, 0x61, 0x20, 0x63, 0x72, 0xe8, 0x6d, 0x65, 0xff, 0xfe,
        0x80, 0x81,
      ]),
    );
    put('huge.txt', 'ا'.repeat(3000));
    put('notes.docx', 'x');
    const { inputs, problems } = await readInputs([dir], { maxFileBytes: 4096 });
    expect(inputs.map((i) => i.file)).toEqual(['good.txt']);
    const byFile = Object.fromEntries(problems.map((p) => [p.file, p.code]));
    expect(byFile).toEqual({
      'empty.txt': 'EMPTY_FILE',
      'blank.txt': 'EMPTY_FILE',
      'binary.txt': 'BINARY_FILE',
      'latin.txt': 'UNDECODABLE',
      'huge.txt': 'TOO_LARGE',
      'notes.docx': 'UNKNOWN_EXTENSION',
    });
    expect(problems.find((p) => p.file === 'huge.txt')?.message).toMatch(
      /6000 bytes is over the limit of 4096/,
    );
  });

  it('reads JSONL line by line, naming the line of each bad one', async () => {
    put(
      'feed.jsonl',
      [
        JSON.stringify({ text: ARTICLE, url: 'https://example.org/a/1', publishedAt: '2019-02-11' }),
        '{"text": "broken',
        '',
        JSON.stringify({ title: 'no text' }),
        JSON.stringify({ text: ARTICLE, publishedAt: '11/02/2019' }),
      ].join('\n'),
    );
    const { inputs, problems } = await readInputs([dir]);
    expect(inputs.map((i) => i.file)).toEqual(['feed.jsonl#1', 'feed.jsonl#5']);
    expect(inputs[0]).toMatchObject({ key: 'https://example.org/a/1', meta: { publishedAt: '2019-02-11' } });
    expect(inputs[1]?.meta).toEqual({});
    expect(problems.map(formatInputProblem)).toEqual([
      expect.stringMatching(/^feed\.jsonl:2: BAD_JSONL_LINE: not JSON/),
      expect.stringMatching(/^feed\.jsonl:4: BAD_JSONL_LINE: needs an object with a non-empty "text"/),
      expect.stringMatching(/^feed\.jsonl:5: BAD_METADATA: publishedAt must be an ISO date/),
    ]);
  });

  it('takes metadata from sidecars and index.json, reports a bad date, and still loads the article', async () => {
    put('a.txt', ARTICLE);
    put(
      'a.meta.json',
      JSON.stringify({ outlet: 'enab-baladi', publishedAt: '2020-03-05', url: 'https://example.org/x' }),
    );
    put('b.txt', ARTICLE);
    put('index.json', JSON.stringify({ 'b.txt': { publishedAt: '2020-13-45' } }, null, 2));
    const { inputs, problems } = await readInputs([dir]);
    expect(inputs.map((i) => [i.file, i.key, i.meta])).toEqual([
      [
        'a.txt',
        'https://example.org/x',
        { outlet: 'enab-baladi', publishedAt: '2020-03-05', url: 'https://example.org/x' },
      ],
      ['b.txt', 'b.txt', {}],
    ]);
    expect(problems).toMatchObject([{ code: 'BAD_METADATA', file: 'index.json', line: 2 }]);
    expect(problems[0]?.message).toMatch(/b\.txt: publishedAt is not a real date/);
  });

  it('refuses a day that is not on the calendar (2019-02-30) in index.json, sidecars and JSONL', async () => {
    put('a.txt', ARTICLE);
    put('index.json', JSON.stringify({ 'a.txt': { publishedAt: '2019-02-30' } }, null, 2));
    put('b.txt', ARTICLE);
    put('b.meta.json', JSON.stringify({ publishedAt: '2019-04-31' }));
    put('c.jsonl', JSON.stringify({ text: ARTICLE, publishedAt: '2021-02-29' }));
    put('d.txt', ARTICLE);
    put('d.meta.json', JSON.stringify({ publishedAt: '2020-02-29' }));
    const { inputs, problems } = await readInputs([dir]);
    expect(inputs.map((i) => i.meta?.publishedAt ?? null)).toEqual([null, null, null, '2020-02-29']);
    expect(problems.map(formatInputProblem)).toEqual([
      'index.json:2: BAD_METADATA: entry for a.txt: publishedAt is not a real date (article loaded without it)',
      'b.meta.json: BAD_METADATA: publishedAt is not a real date (article loaded without it)',
      'c.jsonl:1: BAD_METADATA: publishedAt is not a real date (loaded without metadata)',
    ]);
  });

  it('reads a sidecar named a.txt.meta.json, and reports a malformed one', async () => {
    put('a.txt', ARTICLE);
    put('a.txt.meta.json', JSON.stringify({ outlet: 'enab-baladi', publishedAt: '2020-03-05' }));
    put('b.txt', ARTICLE);
    put('b.txt.meta.json', '{"outlet": ');
    const { inputs, problems } = await readInputs([dir]);
    expect(inputs.map((i) => [i.file, i.meta])).toEqual([
      ['a.txt', { outlet: 'enab-baladi', publishedAt: '2020-03-05' }],
      ['b.txt', {}],
    ]);
    expect(problems).toMatchObject([{ code: 'BAD_METADATA', file: 'b.txt.meta.json' }]);
    expect(problems[0]?.message).toMatch(/^not JSON: .*\(article loaded without it\)$/);
  });

  it('reports a second sidecar of the same article, sidecars of no article and index.json entries for missing files', async () => {
    put('a.txt', ARTICLE);
    put('a.txt.meta.json', JSON.stringify({ outlet: 'enab-baladi' }));
    put('a.meta.json', JSON.stringify({ outlet: 'sana' }));
    put('gone.meta.json', JSON.stringify({ outlet: 'sana' }));
    put(
      'index.json',
      JSON.stringify({ 'a.txt': { publishedAt: '2020-03-05' }, 'missing.txt': { outlet: 'sana' } }, null, 2),
    );
    const { inputs, problems } = await readInputs([dir]);
    expect(inputs.map((i) => [i.file, i.meta])).toEqual([
      ['a.txt', { outlet: 'enab-baladi', publishedAt: '2020-03-05' }],
    ]);
    expect(problems.map(formatInputProblem)).toEqual([
      'a.meta.json: BAD_METADATA: ignored: a.txt.meta.json is the sidecar of the same article and is used',
      expect.stringMatching(/^gone\.meta\.json: ORPHAN_METADATA: no article file gone or gone\.txt/),
      'index.json:5: ORPHAN_METADATA: entry for missing.txt: no such article file in this folder; nothing read from it',
    ]);
  });

  it('takes the article body of an HTML page with Readability, not its navigation', async () => {
    const paragraphs = Array.from({ length: 4 }, () => `<p>${ARTICLE}</p>`).join('');
    put(
      'page.html',
      `<!doctype html><html lang="ar"><head><title>عنوان</title>
      <meta property="og:site_name" content="عنب بلدي"><meta property="article:published_time" content="2021-06-01T10:00:00Z"></head>
      <body><nav><a href="/">الرئيسية</a> <a href="/x">اقتصاد</a></nav><article><h1>غارات على ريف حلب</h1>${paragraphs}</article>
      <footer>جميع الحقوق محفوظة</footer></body></html>`,
    );
    const { inputs, problems } = await readInputs([dir]);
    expect(problems).toEqual([]);
    expect(inputs[0]?.text).toContain(ARTICLE);
    expect(inputs[0]?.text).not.toContain('جميع الحقوق محفوظة');
    expect(inputs[0]?.meta).toMatchObject({ outlet: 'عنب بلدي', publishedAt: '2021-06-01', language: 'ar' });
  });

  it('reports a path that does not exist', async () => {
    const { problems } = await readInputs([path.join(dir, 'missing')]);
    expect(problems).toMatchObject([{ code: 'UNREADABLE', message: 'no such file or folder' }]);
  });
});
