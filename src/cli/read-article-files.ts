/**
 * Internal: the small article reader of `kg extract`: .txt files as UTF-8 (BOM stripped) with an optional
 * `NAME.meta.json` sidecar, and .jsonl files with one `{text, title, url, publishedAt, outlet}` object per line.
 * Folders are read recursively in sorted order. Problems are returned as values, one per file or line.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleInput, ArticleMeta } from '../extract/types.ts';

/** The outcome of reading the paths: the articles, the skipped files, and the files or lines that failed. */
export interface ReadResult {
  articles: ArticleInput[];
  skipped: string[];
  failures: { file: string; message: string }[];
}

const SIDECAR = '.meta.json';
const META_FIELDS = ['title', 'outlet', 'url', 'publishedAt', 'language'] as const;

/** Given file and folder paths, returns the articles they hold, in order (folders sorted, recursively). */
export async function readArticleFiles(paths: readonly string[]): Promise<ReadResult> {
  const result: ReadResult = { articles: [], skipped: [], failures: [] };
  for (const given of paths) {
    let info;
    try {
      info = await stat(given);
    } catch (error) {
      result.failures.push({ file: given, message: (error as Error).message });
      continue;
    }
    if (info.isDirectory()) {
      for (const file of await listFiles(given)) await readOne(file, path.relative(given, file), result);
    } else {
      await readOne(given, path.basename(given), result);
    }
  }
  return result;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(full)));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}

async function readOne(file: string, name: string, result: ReadResult): Promise<void> {
  if (file.endsWith(SIDECAR)) return;
  const ext = path.extname(file).toLowerCase();
  try {
    if (ext === '.txt') {
      const text = stripBom(await readFile(file, 'utf8'));
      const meta = await readSidecar(file);
      result.articles.push(meta === undefined ? { file: name, text } : { file: name, text, meta });
    } else if (ext === '.jsonl') {
      readJsonLines(stripBom(await readFile(file, 'utf8')), name, result);
    } else {
      result.skipped.push(name);
    }
  } catch (error) {
    result.failures.push({ file: name, message: (error as Error).message });
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function readSidecar(file: string): Promise<ArticleMeta | undefined> {
  const sidecar = file.slice(0, -path.extname(file).length) + SIDECAR;
  let raw: string;
  try {
    raw = await readFile(sidecar, 'utf8');
  } catch {
    return undefined;
  }
  return pickMeta(JSON.parse(stripBom(raw)) as Record<string, unknown>);
}

function pickMeta(record: Record<string, unknown>): ArticleMeta {
  const meta: ArticleMeta = {};
  for (const field of META_FIELDS) {
    const value = record[field];
    if (typeof value === 'string') meta[field] = value;
  }
  return meta;
}

function readJsonLines(content: string, name: string, result: ReadResult): void {
  content.split(/\r?\n/).forEach((line, k) => {
    if (line.trim() === '') return;
    const file = `${name}:${k + 1}`;
    try {
      const record = JSON.parse(line) as Record<string, unknown>;
      if (typeof record.text !== 'string') throw new TypeError('the line has no "text" string');
      result.articles.push({ file, text: record.text, meta: pickMeta(record) });
    } catch (error) {
      result.failures.push({ file, message: (error as Error).message });
    }
  });
}
