/**
 * Public API: the article inside an HTML page, found by Mozilla's Readability (the Firefox Reader View
 * library) on a jsdom document, plus the metadata the page's head declares.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { ArticleMeta } from '../../extract/types.ts';

export interface HtmlArticle {
  text: string;
  meta: ArticleMeta;
}

/** Given page HTML (and its URL when known), returns the article text with paragraph breaks and head metadata, or null. */
export function extractHtmlArticle(html: string, url?: string): HtmlArticle | null {
  // A silent virtual console: pages' CSS and script errors are not ours to report.
  const dom = new JSDOM(html, { url: url ?? 'https://localhost/', virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const metaContent = (selector: string): string | null => doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
  const published = metaContent('meta[property="article:published_time"]') ?? metaContent('meta[name="date"]') ?? doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const siteName = metaContent('meta[property="og:site_name"]');
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? url ?? null;
  const parsed = new Readability(doc, { charThreshold: 100 }).parse();
  dom.window.close();
  if (!parsed?.content) return null;
  const body = new JSDOM(parsed.content, { virtualConsole: new VirtualConsole() }).window.document.body;
  const blocks = [...body.querySelectorAll('p, h1, h2, h3, h4, li, blockquote')]
    .map((el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '')
    .filter(Boolean);
  const text = (blocks.length > 0 ? blocks.join('\n\n') : (parsed.textContent ?? '').trim());
  if (!text) return null;
  const title = parsed.title?.trim() || null;
  return {
    text: title && !text.startsWith(title) ? `${title}\n\n${text}` : text,
    meta: {
      title,
      outlet: siteName ?? parsed.siteName ?? null,
      url: canonical,
      publishedAt: published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null,
      language: doc.documentElement.getAttribute('lang')?.slice(0, 2) ?? null,
    },
  };
}
