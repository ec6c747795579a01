/** Writes the starting point of an article gold file: every paragraph, marked N, no mentions. */
import { readFileSync } from 'node:fs';
import { dumpParagraphs } from './dump-paragraphs';

const file = process.argv[2];
if (!file) { process.stderr.write('usage: gold-skeleton FILE.html\n'); process.exit(2); }
process.stdout.write(`# gold for ${file.replace(/^.*fixtures\//, '')}: columns i, B|N, text (see tests/tools/gold.ts)\n`);
for (const p of dumpParagraphs(readFileSync(file, 'utf8'))) process.stdout.write(`${p.i}\tN\t${p.text.replace(/\t/g, ' ')}\n`);
