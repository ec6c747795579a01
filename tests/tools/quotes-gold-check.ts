/**
 * Checks the quotation gold against its documents and prints its counts:
 * every item well-formed and found in the text (`occurrence` times at least), splits as the
 * README says, and every quotation mark of every document accounted for (a pair's mark, a
 * mark inside an annotated span, or listed in the document's `unpaired`).
 *
 *   npx tsx tests/tools/quotes-gold-check.ts [gold.jsonl]
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadSaudiNewsNet } from './saudinewsnet';
import {
  FIXTURE_DIR, GOLD_MARKS, QUOTE_GOLD, SPEAKER_KINDS, locateQuoteItem, quoteGoldTexts, readQuoteGold,
  type QuoteGoldDoc, type QuoteGoldItem,
} from './quotes-gold-read';

const MARK = new RegExp(`[${GOLD_MARKS.join('')}]`, 'g');
const isMark = (s: unknown) => typeof s === 'string' && (GOLD_MARKS as readonly string[]).includes(s);

function checkItem(item: QuoteGoldItem, where: string): string[] {
  const errors: string[] = [];
  const known = new Set(['quote', 'occurrence', 'open', 'close', 'isQuotation', 'speaker', 'speakerKind', 'endsInParagraph', 'note']);
  for (const key of Object.keys(item)) if (!known.has(key)) errors.push(`${where}: unknown field ${key}`);
  if (typeof item.quote !== 'string' || item.quote.trim() === '') errors.push(`${where}: quote must be a non-empty string`);
  if (!Number.isInteger(item.occurrence) || item.occurrence < 1) errors.push(`${where}: occurrence must be an integer ≥ 1`);
  if (!isMark(item.open)) errors.push(`${where}: open must be one of ${GOLD_MARKS.join(' ')}`);
  if (item.close !== null && !isMark(item.close)) errors.push(`${where}: close must be a mark or null`);
  if (typeof item.isQuotation !== 'boolean') errors.push(`${where}: isQuotation must be a boolean`);
  if (item.speaker !== null && (typeof item.speaker !== 'string' || item.speaker.trim() !== item.speaker || !item.speaker))
    errors.push(`${where}: speaker must be null or a trimmed non-empty string`);
  if (item.isQuotation) {
    if (!(SPEAKER_KINDS as readonly string[]).includes(item.speakerKind ?? '')) errors.push(`${where}: a quotation needs a speakerKind`);
    if ((item.speaker === null) !== (item.speakerKind === 'unknown')) errors.push(`${where}: speakerKind is 'unknown' exactly when speaker is null`);
  } else if (item.speaker !== null || item.speakerKind !== null) errors.push(`${where}: a non-quotation has speaker and speakerKind null`);
  if (item.close === null && !item.isQuotation) errors.push(`${where}: only quotations may be left unclosed`);
  if (item.endsInParagraph !== undefined && (item.endsInParagraph !== true || item.close !== null))
    errors.push(`${where}: endsInParagraph is true or absent, and only with close: null`);
  if (item.note !== undefined && typeof item.note !== 'string') errors.push(`${where}: note must be a string`);
  return errors;
}

/** All problems of a gold set, given each document's text. */
export function checkQuoteGold(gold: QuoteGoldDoc[], texts: Map<string, string>): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  gold.forEach((d, index) => {
    const where = `line ${index + 1} (${d.doc})`;
    if (seen.has(d.doc)) errors.push(`${where}: document listed twice`);
    seen.add(d.doc);
    const expected = index % 3 === 2 ? 'test' : 'dev';
    if (d.split !== expected) errors.push(`${where}: split should be ${expected} (every third document is test)`);
    const isFixture = d.doc.startsWith('fixture:');
    if (isFixture !== Array.isArray(d.paragraphs)) errors.push(`${where}: paragraphs is required for fixtures and only for them`);
    if (!Array.isArray(d.items)) { errors.push(`${where}: items must be an array`); return; }
    const text = texts.get(d.doc) ?? '';
    const covered = new Set<number>();
    const keys = new Set<string>();
    d.items.forEach((item, k) => {
      const at = `${where} item ${k + 1} ${item.open}${String(item.quote).slice(0, 30)}…`;
      const problems = checkItem(item, at);
      errors.push(...problems);
      if (problems.length) return;
      const key = `${item.open}${item.quote}${item.close ?? ''}#${item.occurrence}`;
      if (keys.has(key)) errors.push(`${at}: annotated twice`);
      keys.add(key);
      const span = locateQuoteItem(text, item);
      if (!span) { errors.push(`${at}: not found ${item.occurrence} time(s) in the document`); return; }
      const last = item.close === null ? span.end - 1 : span.end;
      for (let i = span.start - 1; i <= last; i++) covered.add(i);
    });
    for (const u of d.unpaired ?? []) {
      if (text[u.at] !== u.mark) errors.push(`${where}: unpaired mark ${u.mark} not at offset ${u.at}`);
      covered.add(u.at);
    }
    for (const m of text.matchAll(MARK)) {
      if (!covered.has(m.index)) errors.push(`${where}: mark ${m[0]} at ${m.index} (…${text.slice(Math.max(0, m.index - 25), m.index + 25)}…) is not annotated`);
    }
  });
  return errors;
}

/** Counts per split: documents, quotations, non-quotations, speaker kinds and special cases. */
export function quoteGoldCounts(gold: QuoteGoldDoc[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const d of gold) {
    for (const split of [d.split, 'all']) {
      const c = (out[split] ??= {});
      const bump = (k: string, n = 1) => { c[k] = (c[k] ?? 0) + n; };
      bump('documents');
      bump(d.doc.startsWith('fixture:') ? 'fixture documents' : 'saudinewsnet documents');
      for (const item of d.items) {
        if (!item.isQuotation) { bump('non-quotations'); continue; }
        bump('quotations');
        bump(`speaker ${item.speakerKind}`);
        if (item.close === null) bump('unclosed quotations');
      }
      bump('unpaired marks', d.unpaired?.length ?? 0);
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = resolve(process.argv[2] ?? QUOTE_GOLD);
  const gold = readQuoteGold(path);
  const missing = gold.filter((d) => d.doc.startsWith('fixture:') && !existsSync(resolve(FIXTURE_DIR, `${d.doc.slice(8)}.html`)));
  for (const d of missing) process.stderr.write(`${d.doc}: fixture file missing\n`);
  const texts = quoteGoldTexts(gold.filter((d) => !missing.includes(d)), loadSaudiNewsNet());
  const errors = missing.length ? ['missing fixtures'] : checkQuoteGold(gold, texts);
  for (const e of errors) process.stderr.write(`${e}\n`);
  const counts = quoteGoldCounts(gold);
  for (const split of ['dev', 'test', 'all']) {
    const c = counts[split] ?? {};
    const order = ['documents', 'saudinewsnet documents', 'fixture documents', 'quotations', 'non-quotations',
      ...SPEAKER_KINDS.map((k) => `speaker ${k}`), 'unclosed quotations', 'unpaired marks'];
    process.stdout.write(`${split.padEnd(4)} ${order.map((k) => `${k}: ${c[k] ?? 0}`).join(', ')}\n`);
  }
  // Speakers are copied from their article, so one that is not in it is usually a typo
  // (or a case ending changed on purpose: متحدثاً → متحدث); reported, not failed.
  for (const d of gold) for (const item of d.items) {
    if (item.speaker && !(texts.get(d.doc) ?? '').includes(item.speaker)) process.stdout.write(`note: ${d.doc}: speaker "${item.speaker}" is not spelled so in the text\n`);
  }
  process.stdout.write(errors.length ? `${errors.length} problem(s)\n` : 'gold OK\n');
  process.exit(errors.length ? 1 : 0);
}
