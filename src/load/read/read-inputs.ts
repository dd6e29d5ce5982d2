/**
 * Public API: reads article files and folders for the loader: .txt (UTF-8, UTF-16 with BOM, Windows-1256),
 * .html (Readability), .jsonl (one article per line), with metadata from `NAME.meta.json` sidecars or a folder
 * `index.json`. Every problem is a value naming the file (and line); good files are read regardless.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleInput, ArticleMeta } from '../../extract/types.ts';
import { parseArticleMeta } from './article-meta-schema.ts';
import { decodeText } from './decode-text.ts';
import { extractHtmlArticle } from './extract-html-article.ts';
import type { InputProblem } from './input-problem.ts';

/** An article ready for extraction, with the stable key that identifies it across loads. */
export interface LoadInput extends ArticleInput {
  /** Stable identity: metadata `id`, else `url`, else the path relative to the folder given (`#line` for JSONL). */
  key: string;
  encoding: string;
}

export interface ReadInputsResult {
  inputs: LoadInput[];
  problems: InputProblem[];
}

export interface ReadInputsOptions {
  /** Files larger than this are refused with TOO_LARGE. Default: 10 000 000. */
  maxFileBytes?: number;
}

const ARTICLE_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.jsonl']);
const isMetadataFile = (name: string): boolean => name === 'index.json' || name.endsWith('.meta.json');

/** Given files and folders, returns the articles read from them and every problem met, in sorted path order. */
export async function readInputs(paths: readonly string[], options: ReadInputsOptions = {}): Promise<ReadInputsResult> {
  const result: ReadInputsResult = { inputs: [], problems: [] };
  const maxBytes = options.maxFileBytes ?? 10_000_000;
  for (const given of paths) {
    const info = await stat(given).catch((e: NodeJS.ErrnoException) => e);
    if (info instanceof Error) {
      result.problems.push({ code: 'UNREADABLE', file: given, message: info.code === 'ENOENT' ? 'no such file or folder' : info.message });
      continue;
    }
    const root = info.isDirectory() ? given : path.dirname(given);
    const files = info.isDirectory() ? await listFiles(given) : [given];
    const indexes = new Map<string, Map<string, ArticleMeta & { id?: string | null }>>();
    for (const file of files) {
      const name = path.basename(file);
      if (isMetadataFile(name) && info.isDirectory()) continue;
      const rel = path.relative(root, file).split(path.sep).join('/');
      const ext = path.extname(name).toLowerCase();
      if (!ARTICLE_EXTENSIONS.has(ext)) {
        result.problems.push({ code: 'UNKNOWN_EXTENSION', file: rel, message: `skipped: ${ext || 'no extension'} is not .txt, .html or .jsonl` });
        continue;
      }
      const dir = path.dirname(file);
      if (!indexes.has(dir)) indexes.set(dir, await readFolderIndex(dir, root, result.problems));
      const meta = { ...indexes.get(dir)?.get(name), ...(await readSidecar(file, rel, result.problems)) };
      await readArticleFile(file, rel, ext, meta, maxBytes, result);
    }
  }
  return result;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

async function readArticleFile(file: string, rel: string, ext: string, meta: ArticleMeta & { id?: string | null }, maxBytes: number, result: ReadInputsResult): Promise<void> {
  const size = (await stat(file)).size;
  if (size > maxBytes) {
    result.problems.push({ code: 'TOO_LARGE', file: rel, message: `${size} bytes is over the limit of ${maxBytes} (KG_MAX_FILE_BYTES)` });
    return;
  }
  const decoded = decodeText(await readFile(file));
  if (!decoded.ok) {
    result.problems.push({ code: decoded.code, file: rel, message: decoded.message });
    return;
  }
  if (decoded.text.trim() === '') {
    result.problems.push({ code: 'EMPTY_FILE', file: rel, message: size === 0 ? 'the file is empty' : 'the file holds only white space' });
    return;
  }
  if (ext === '.jsonl') return readJsonLines(decoded.text, rel, decoded.encoding, result);
  if (ext === '.html' || ext === '.htm') {
    const page = extractHtmlArticle(decoded.text, meta.url ?? undefined);
    if (!page) {
      result.problems.push({ code: 'NO_ARTICLE_TEXT', file: rel, message: 'no article body found in the page' });
      return;
    }
    const merged = { ...page.meta, ...dropNullish(meta) };
    result.inputs.push({ file: rel, text: page.text, meta: merged, key: keyOf(merged, rel), encoding: decoded.encoding });
    return;
  }
  result.inputs.push({ file: rel, text: decoded.text, meta, key: keyOf(meta, rel), encoding: decoded.encoding });
}

function readJsonLines(text: string, rel: string, encoding: string, result: ReadInputsResult): void {
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      result.problems.push({ code: 'BAD_JSONL_LINE', file: rel, line, message: `not JSON: ${(error as Error).message}` });
      return;
    }
    const record = value as { text?: unknown } | null;
    if (!record || typeof record !== 'object' || typeof record.text !== 'string' || record.text.trim() === '') {
      result.problems.push({ code: 'BAD_JSONL_LINE', file: rel, line, message: 'needs an object with a non-empty "text" string' });
      return;
    }
    const meta = parseArticleMeta(record);
    if (!meta.ok) result.problems.push({ code: 'BAD_METADATA', file: rel, line, message: `${meta.problems.join('; ')} (loaded without metadata)` });
    const good = meta.ok ? meta.meta : {};
    result.inputs.push({ file: `${rel}#${line}`, text: record.text, meta: good, key: keyOf(good, `${rel}#${line}`), encoding });
  });
}

async function readSidecar(file: string, rel: string, problems: InputProblem[]): Promise<ArticleMeta & { id?: string | null }> {
  const sidecar = file.replace(/\.[^.]+$/, '.meta.json');
  let raw: string;
  try {
    raw = await readFile(sidecar, 'utf8');
  } catch {
    return {};
  }
  const sidecarRel = rel.replace(/\.[^.]+$/, '.meta.json');
  try {
    const parsed = parseArticleMeta(JSON.parse(raw.replace(/^\uFEFF/, '')));
    if (parsed.ok) return dropNullish(parsed.meta);
    problems.push({ code: 'BAD_METADATA', file: sidecarRel, message: `${parsed.problems.join('; ')} (article loaded without it)` });
  } catch (error) {
    problems.push({ code: 'BAD_METADATA', file: sidecarRel, message: `not JSON: ${(error as Error).message}` });
  }
  return {};
}

async function readFolderIndex(dir: string, root: string, problems: InputProblem[]): Promise<Map<string, ArticleMeta & { id?: string | null }>> {
  const map = new Map<string, ArticleMeta & { id?: string | null }>();
  const file = path.join(dir, 'index.json');
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    return map;
  }
  const rel = path.relative(root, file).split(path.sep).join('/');
  let value: unknown;
  try {
    value = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (error) {
    problems.push({ code: 'BAD_METADATA', file: rel, message: `not JSON: ${(error as Error).message}` });
    return map;
  }
  // Either { "a.txt": {...} } or [ { "file": "a.txt", ... } ].
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((v) => [String((v as { file?: unknown })?.file ?? ''), v])
    : Object.entries((value ?? {}) as Record<string, unknown>);
  for (const [name, entry] of entries) {
    const parsed = parseArticleMeta(entry);
    const lineNo = lineOf(raw, name);
    if (parsed.ok) map.set(name, dropNullish(parsed.meta));
    else problems.push({ code: 'BAD_METADATA', file: rel, line: lineNo, message: `entry for ${name || '(no file name)'}: ${parsed.problems.join('; ')} (article loaded without it)` });
  }
  return map;
}

function lineOf(text: string, needle: string): number | undefined {
  const at = needle ? text.indexOf(`"${needle}"`) : -1;
  return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}

function keyOf(meta: ArticleMeta & { id?: string | null }, rel: string): string {
  return meta.id ?? meta.url ?? rel;
}

function dropNullish<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as T;
}
