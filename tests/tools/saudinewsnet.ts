/**
 * Reads the SaudiNewsNet sample straight from ../shared (never copied into the repository and
 * never shipped: its licence is CC BY-NC-SA, research only).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';

export interface NewsArticle { id: number; source: string; url: string; title: string; content: string }

export const SAUDINEWSNET_ZIP = resolve(import.meta.dirname, '../../../shared/data/saudinewsnet/2015-07-21.zip');

/** All articles of the sample, numbered by their position in the file (a stable id). */
export function loadSaudiNewsNet(zipPath = SAUDINEWSNET_ZIP): NewsArticle[] {
  const files = unzipSync(readFileSync(zipPath));
  const json = Object.entries(files).find(([name]) => name.endsWith('.json'));
  if (!json) throw new Error(`${zipPath}: no JSON file inside`);
  const rows = JSON.parse(strFromU8(json[1])) as Array<Omit<NewsArticle, 'id'>>;
  return rows.map((r, id) => ({ id, source: r.source, url: r.url, title: r.title, content: r.content }));
}
