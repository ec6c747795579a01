/**
 * `npm run -s ner:tag -- FILE`: tags a CoNLL file (first column the token, a blank line between
 * sentences, other columns ignored) with exactly the shipped model and prints `token<TAB>TAG`
 * for every token, a blank line between sentences, in the same order. Consecutive sentences
 * are tagged as documents of DOC_WINDOW sentences, so that the document pass can link the
 * repeats of a name as it does on a page. People are the people finder's (what the extension
 * highlights as people, ner-shipped-tags.ts); places, organisations and other names the tagger's.
 */
import { loadNerModel } from '../../utils/nlp/ner';
import { formatTagged, readConll } from './conll';
import { DOC_WINDOW } from './ner-setup';
import { shippedTags } from './ner-shipped-tags';

function main(): void {
  const file = process.argv[2];
  if (!file) throw new Error('usage: npm run -s ner:tag -- FILE.conll');
  const sentences = readConll(file);
  const tagger = loadNerModel();
  process.stdout.write(formatTagged(sentences, (doc) => shippedTags(tagger, doc), DOC_WINDOW));
}

try {
  main();
} catch (e) {
  process.stderr.write(`ner:tag: ${(e as Error).message}\n`);
  process.exit(1);
}
