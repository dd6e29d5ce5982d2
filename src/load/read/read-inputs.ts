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
export async function readInputs(
  paths: readonly string[],
  options: ReadInputsOptions = {},
): Promise<ReadInputsResult> {
  const result: ReadInputsResult = { inputs: [], problems: [] };
  const maxBytes = options.maxFileBytes ?? 10_000_000;
  for (const given of paths) {
    const info = await stat(given).catch((e: NodeJS.ErrnoException) => e);
    if (info instanceof Error) {
      result.problems.push({
        code: 'UNREADABLE',
        file: given,
        message: info.code === 'ENOENT' ? 'no such file or folder' : info.message,
      });
      continue;
    }
    const root = info.isDirectory() ? given : path.dirname(given);
    const files = info.isDirectory() ? await listFiles(given) : [given];
    const indexes = new Map<string, Map<string, ArticleMeta & { id?: string | null }>>();
    const usedSidecars = new Set<string>();
    const articleFiles = new Set<string>();
    for (const file of files) {
      const name = path.basename(file);
      if (isMetadataFile(name) && info.isDirectory()) continue;
      const rel = relativeTo(root, file);
      const ext = path.extname(name).toLowerCase();
      if (!ARTICLE_EXTENSIONS.has(ext)) {
        result.problems.push({
          code: 'UNKNOWN_EXTENSION',
          file: rel,
          message: `skipped: ${ext || 'no extension'} is not .txt, .html or .jsonl`,
        });
        continue;
      }
      articleFiles.add(file);
      const dir = path.dirname(file);
      if (!indexes.has(dir)) indexes.set(dir, await readFolderIndex(dir, root, result.problems));
      const sidecar = await readSidecar(file, root, result.problems);
      for (const used of sidecar.paths) usedSidecars.add(used);
      const meta = { ...indexes.get(dir)?.get(name), ...sidecar.meta };
      await readArticleFile(file, rel, ext, meta, maxBytes, result);
    }
    if (info.isDirectory())
      await reportOrphanMetadata(files, articleFiles, usedSidecars, indexes, root, result.problems);
  }
  return result;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

async function readArticleFile(
  file: string,
  rel: string,
  ext: string,
  meta: ArticleMeta & { id?: string | null },
  maxBytes: number,
  result: ReadInputsResult,
): Promise<void> {
  const size = (await stat(file)).size;
  if (size > maxBytes) {
    result.problems.push({
      code: 'TOO_LARGE',
      file: rel,
      message: `${size} bytes is over the limit of ${maxBytes} (KG_MAX_FILE_BYTES)`,
    });
    return;
  }
  const decoded = decodeText(await readFile(file));
  if (!decoded.ok) {
    result.problems.push({ code: decoded.code, file: rel, message: decoded.message });
    return;
  }
  if (decoded.text.trim() === '') {
    result.problems.push({
      code: 'EMPTY_FILE',
      file: rel,
      message: size === 0 ? 'the file is empty' : 'the file holds only white space',
    });
    return;
  }
  if (ext === '.jsonl') return readJsonLines(decoded.text, rel, decoded.encoding, result);
  if (ext === '.html' || ext === '.htm') {
    const page = extractHtmlArticle(decoded.text, meta.url ?? undefined);
    if (!page) {
      result.problems.push({
        code: 'NO_ARTICLE_TEXT',
        file: rel,
        message: 'no article body found in the page',
      });
      return;
    }
    const merged = { ...page.meta, ...dropNullish(meta) };
    result.inputs.push({
      file: rel,
      text: page.text,
      meta: merged,
      key: keyOf(merged, rel),
      encoding: decoded.encoding,
    });
    return;
  }
  result.inputs.push({
    file: rel,
    text: decoded.text,
    meta,
    key: keyOf(meta, rel),
    encoding: decoded.encoding,
  });
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
      result.problems.push({
        code: 'BAD_JSONL_LINE',
        file: rel,
        line,
        message: `not JSON: ${(error as Error).message}`,
      });
      return;
    }
    const record = value as { text?: unknown } | null;
    if (
      !record ||
      typeof record !== 'object' ||
      typeof record.text !== 'string' ||
      record.text.trim() === ''
    ) {
      result.problems.push({
        code: 'BAD_JSONL_LINE',
        file: rel,
        line,
        message: 'needs an object with a non-empty "text" string',
      });
      return;
    }
    const meta = parseArticleMeta(record);
    if (!meta.ok)
      result.problems.push({
        code: 'BAD_METADATA',
        file: rel,
        line,
        message: `${meta.problems.join('; ')} (loaded without metadata)`,
      });
    const good = meta.ok ? meta.meta : {};
    result.inputs.push({
      file: `${rel}#${line}`,
      text: record.text,
      meta: good,
      key: keyOf(good, `${rel}#${line}`),
      encoding,
    });
  });
}

/**
 * The sidecar of `a.txt` is `a.txt.meta.json` or `a.meta.json`; when both exist the first is used and the other
 * reported, so that no metadata file is ever silently ignored.
 */
async function readSidecar(
  file: string,
  root: string,
  problems: InputProblem[],
): Promise<{ paths: string[]; meta: ArticleMeta & { id?: string | null } }> {
  const candidates = [`${file}.meta.json`, file.replace(/\.[^.]+$/, '.meta.json')];
  const found: { path: string; raw: string }[] = [];
  for (const candidate of candidates) {
    const raw = await readFile(candidate, 'utf8').catch(() => null);
    if (raw !== null) found.push({ path: candidate, raw });
  }
  const [chosen, ignored] = found;
  if (!chosen) return { paths: [], meta: {} };
  const paths = found.map((f) => f.path);
  const chosenRel = relativeTo(root, chosen.path);
  if (ignored) {
    problems.push({
      code: 'BAD_METADATA',
      file: relativeTo(root, ignored.path),
      message: `ignored: ${chosenRel} is the sidecar of the same article and is used`,
    });
  }
  try {
    const parsed = parseArticleMeta(JSON.parse(chosen.raw.replace(/^\uFEFF/, '')));
    if (parsed.ok) return { paths, meta: dropNullish(parsed.meta) };
    problems.push({
      code: 'BAD_METADATA',
      file: chosenRel,
      message: `${parsed.problems.join('; ')} (article loaded without it)`,
    });
  } catch (error) {
    problems.push({
      code: 'BAD_METADATA',
      file: chosenRel,
      message: `not JSON: ${(error as Error).message} (article loaded without it)`,
    });
  }
  return { paths, meta: {} };
}

/** Sidecars that belong to no article read, and index.json entries naming no article file of their folder. */
async function reportOrphanMetadata(
  files: readonly string[],
  articleFiles: ReadonlySet<string>,
  usedSidecars: ReadonlySet<string>,
  indexes: Map<string, ReadonlyMap<string, unknown>>,
  root: string,
  problems: InputProblem[],
): Promise<void> {
  for (const file of files) {
    if (!file.endsWith('.meta.json') || usedSidecars.has(file)) continue;
    const article = path.basename(file).slice(0, -'.meta.json'.length);
    problems.push({
      code: 'ORPHAN_METADATA',
      file: relativeTo(root, file),
      message: `no article file ${article} or ${article}.txt (.html, .jsonl) next to it; nothing read from it`,
    });
  }
  // A folder holding an index.json but no article file was never read above.
  for (const file of files) {
    if (path.basename(file) === 'index.json' && !indexes.has(path.dirname(file)))
      indexes.set(path.dirname(file), await readFolderIndex(path.dirname(file), root, problems));
  }
  for (const [dir, entries] of indexes) {
    const indexFile = path.join(dir, 'index.json');
    const missing = [...entries.keys()].filter((name) => !articleFiles.has(path.join(dir, name)));
    if (missing.length === 0) continue;
    const raw = await readFile(indexFile, 'utf8');
    for (const name of missing) {
      problems.push({
        code: 'ORPHAN_METADATA',
        file: relativeTo(root, indexFile),
        line: lineOf(raw, name),
        message: `entry for ${name}: no such article file in this folder; nothing read from it`,
      });
    }
  }
}

async function readFolderIndex(
  dir: string,
  root: string,
  problems: InputProblem[],
): Promise<Map<string, ArticleMeta & { id?: string | null }>> {
  const map = new Map<string, ArticleMeta & { id?: string | null }>();
  const file = path.join(dir, 'index.json');
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    return map;
  }
  const rel = relativeTo(root, file);
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
    else
      problems.push({
        code: 'BAD_METADATA',
        file: rel,
        line: lineNo,
        message: `entry for ${name || '(no file name)'}: ${parsed.problems.join('; ')} (article loaded without it)`,
      });
  }
  return map;
}

function lineOf(text: string, needle: string): number | undefined {
  const at = needle ? text.indexOf(`"${needle}"`) : -1;
  return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}

function relativeTo(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

function keyOf(meta: ArticleMeta & { id?: string | null }, rel: string): string {
  return meta.id ?? meta.url ?? rel;
}

function dropNullish<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as T;
}
