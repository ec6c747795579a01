import { describe, expect, it, vi } from 'vitest';
import { findNamedSpans, loadNerModel, sentenceRanges, tagTokens } from '@/utils/nlp/ner';
import { cliticLength } from '@/utils/nlp/ner/spans';
import { documentPass, spreadOrganisations, type WordReader } from '@/utils/nlp/ner/doc-pass';
import { FormMasks } from '@/utils/nlp/ner/doc-pass-read';
import { DEFAULT_FEATURES } from '@/utils/nlp/ner/features';
import { wordInfo } from '@/utils/nlp/ner/word-info';
import { LEX, buildLexicon, lexiconSteps } from '@/utils/nlp/ner/lexicon';
import { NER_LEXICON } from '@/assets/model/ner-lexicon';
import { unspellWord } from '@/utils/nlp/ner/word-spelling';
import { runSteps } from '@/utils/steps';
import { tokenize } from '@/utils/nlp/tokenize';

const words = (s: string) => tokenize(s).map((t) => t.text);
const tagOf = (sentence: string, word: string) => {
  const w = words(sentence);
  return tagTokens(w)[w.indexOf(word)];
};

describe('the shipped tagger on clear sentences', () => {
  it.each([
    ['وقال الرئيس الفرنسي إيمانويل ماكرون إن بلاده ستواصل دعمها', 'ماكرون'],
    ['وقال الرئيس الفرنسي إيمانويل ماكرون إن بلاده ستواصل دعمها', 'إيمانويل'],
    ['التقى وزير الخارجية الأمريكي أنتوني بلينكن نظيره السعودي أمس', 'بلينكن'],
    ['أكد الرئيس التركي رجب طيب أردوغان أن أنقرة لن تتراجع', 'أردوغان'],
    ['وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش في بيان', 'غوتيريش'],
  ])('%s → %s is a person', (sentence, word) => {
    expect(tagOf(sentence, word)).toMatch(/^[BI]-PERS$/);
  });

  it.each([
    ['وصل الوفد إلى باريس صباح اليوم', 'باريس', /^[BI]-LOC$/],
    ['وقال الرئيس الفرنسي إيمانويل ماكرون إن بلاده ستواصل دعمها', 'الرئيس', /^O$/],
    ['وقال الرئيس الفرنسي إيمانويل ماكرون إن بلاده ستواصل دعمها', 'وقال', /^O$/],
    ['ارتفعت أسعار النفط في الأسواق العالمية اليوم', 'النفط', /^O$/],
  ])('%s → %s is tagged %s', (sentence, word, tag) => {
    expect(tagOf(sentence, word)).toMatch(tag);
  });

  it('returns one valid BIO tag per word, deterministic across calls', () => {
    const w = words('قال وزير الخارجية المصري سامح شكري إن القاهرة ترحب بالمبادرة');
    const tags = tagTokens(w);
    expect(tags).toHaveLength(w.length);
    for (const t of tags) expect(t).toMatch(/^(O|[BI]-(PERS|LOC|ORG|MISC))$/);
    tags.forEach((t, i) => { if (t.startsWith('I-')) expect(tags[i - 1]!.slice(2)).toBe(t.slice(2)); });
    expect(loadNerModel().tagTokens(w)).toEqual(tags);
  });
});

describe('findNamedSpans', () => {
  const text = 'وقال الرئيس الفرنسي إيمانويل ماكرون للصحفيين في باريس إن فرنسا ستدعم أوكرانيا.\nوأضاف وماكرون لا يزال متفائلا، كما التقى ببلينكن.';

  it('keeps the offset invariant on every span', () => {
    const spans = findNamedSpans(text);
    expect(spans.length).toBeGreaterThan(2);
    for (const s of spans) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('finds the person and leaves attached clitics out of the span', () => {
    const spans = findNamedSpans(text).filter((s) => s.type === 'PERS').map((s) => s.text);
    expect(spans).toContain('إيمانويل ماكرون');
    expect(spans).toContain('ماكرون');
    expect(spans.some((s) => s.startsWith('و'))).toBe(false);
  });

  it('strips a clitic only with evidence, and keeps names that start with و/ب/ل', () => {
    expect(cliticLength('وبلينكن', new Set(['بلينكن']), () => 0)).toBe(1);
    expect(cliticLength('ببلينكن', new Set(['بلينكن']), () => 0)).toBe(1);
    expect(cliticLength('ببلينكن', new Set(), () => 0)).toBe(0);
    expect(cliticLength('وليد', new Set(), (w) => (w === 'وليد' ? LEX.GIVEN : 0))).toBe(0);
    expect(cliticLength('لبنان', new Set(), (w) => (w === 'لبنان' ? LEX.COUNTRY : 0))).toBe(0);
    expect(cliticLength('وَماكرون', new Set(['ماكرون']), () => 0)).toBe(2);
    // دانيال ويلينغام on the page: the و of ويلينغام alone is the name's own letter.
    expect(cliticLength('ويلينغام', new Set(), () => 0)).toBe(1);
    expect(cliticLength('ويلينغام', new Set(), () => 0, new Set(['ويلينغام']))).toBe(0);
  });

  it('spreads a surname through the document, never the second half of عبد الله or صلاح الدين', () => {
    const sentences = [['قال', 'محمد', 'عبد', 'الله'], ['وأكد', 'صلاح', 'الدين', 'أنتوني', 'بلينكن'], ['إن', 'شاء', 'الله', 'فالدين', 'يسر', 'وأضاف', 'بلينكن']];
    const tagged = [
      { tags: ['O', 'B-PERS', 'I-PERS', 'I-PERS'], confidence: Float32Array.of(1, 0.95, 0.95, 0.95) },
      { tags: ['O', 'B-PERS', 'I-PERS', 'B-PERS', 'I-PERS'], confidence: Float32Array.of(1, 0.95, 0.95, 0.95, 0.95) },
      { tags: ['O', 'O', 'O', 'O', 'O', 'O', 'O'], confidence: new Float32Array(7).fill(1) },
    ];
    expect(documentPass(sentences, tagged, buildLexicon({}))[2]!.tags).toEqual(['O', 'O', 'O', 'O', 'O', 'O', 'B-PERS']);
  });

  it('spreads a confident organisation to its later mentions, through a clitic, never over a name or an adjective', () => {
    const sentences = [['قال', 'البنك', 'التجاري'], ['وأعلن', 'للبنك', 'التجاري', 'أمس', 'العربي'], ['البنك', 'المركزي', 'و', 'البنك', 'التجاري', 'سلتيك'], ['فاز', 'العربي', 'على', 'سلتيك']];
    const tagged = [
      { tags: ['O', 'B-ORG', 'I-ORG'], confidence: Float32Array.of(1, 0.6, 0.6) },
      { tags: ['O', 'O', 'O', 'O', 'O'], confidence: new Float32Array(5).fill(1) },
      { tags: ['O', 'O', 'O', 'O', 'B-PERS', 'O'], confidence: new Float32Array(6).fill(1) },
      { tags: ['O', 'B-ORG', 'O', 'B-ORG'], confidence: Float32Array.of(1, 0.9, 1, 0.9) },
    ];
    const out = spreadOrganisations(sentences, tagged, buildLexicon({}));
    // العربي, tagged an organisation alone, is an ال…ي adjective: it spreads nowhere.
    expect(out[1]!.tags).toEqual(['O', 'B-ORG', 'I-ORG', 'O', 'O']);
    // البنك alone was never an organisation; البنك before a tagged name would cut it in two.
    expect(out[2]!.tags).toEqual(['O', 'O', 'O', 'O', 'B-PERS', 'B-ORG']);
    // Unsure chunks do not spread.
    const untagged = { tags: ['O', 'O', 'O', 'O'], confidence: new Float32Array(4).fill(1) };
    expect(spreadOrganisations(sentences, [{ ...tagged[0]!, confidence: Float32Array.of(1, 0.3, 0.3) }, ...tagged.slice(1, 3), untagged], buildLexicon({}))[1]!.tags).toEqual(['O', 'O', 'O', 'O', 'O']);
  });

  it('reads the same with the word records\' id masks as analyse() does, skipping words by mask', () => {
    const sentences = [['قال', 'محمد', 'عبد', 'الله'], ['وأكد', 'صلاح', 'الدين', 'أنتوني', 'بلينكن'], ['إن', 'شاء', 'الله', 'فالدين', 'يسر', 'وأضاف', 'بلينكن'], ['وأعلن', 'للبنك', 'التجاري', 'أمس'], ['قال', 'البنك', 'التجاري']];
    const tagged = [
      { tags: ['O', 'B-PERS', 'I-PERS', 'I-PERS'], confidence: Float32Array.of(1, 0.95, 0.95, 0.95) },
      { tags: ['O', 'B-PERS', 'I-PERS', 'B-PERS', 'I-PERS'], confidence: Float32Array.of(1, 0.95, 0.95, 0.95, 0.95) },
      { tags: ['O', 'O', 'O', 'O', 'O', 'O', 'O'], confidence: new Float32Array(7).fill(1) },
      { tags: ['O', 'O', 'O', 'O'], confidence: new Float32Array(4).fill(1) },
      { tags: ['O', 'B-ORG', 'I-ORG'], confidence: Float32Array.of(1, 0.6, 0.6) },
    ];
    const lexicon = buildLexicon({});
    // The reader the tagger builds over its word records (tagger.ts RecordReader), masks included.
    const infos = sentences.map((s) => s.map((w) => wordInfo(w, lexicon, DEFAULT_FEATURES)));
    const masks = vi.fn((_w: string, si: number, i: number) => infos[si]![i]!.idMask);
    const forms = vi.fn((_w: string, si: number, i: number) => infos[si]![i]!.forms);
    const records: WordReader = { folded: (_w, si, i) => infos[si]![i]!.folded, forms, idMask: masks };
    const out = documentPass(sentences, tagged, lexicon, records);
    expect(out.map((t) => t.tags)).toEqual(documentPass(sentences, tagged, lexicon).map((t) => t.tags));
    expect(out[2]!.tags).toEqual(['O', 'O', 'O', 'O', 'O', 'O', 'B-PERS']);
    expect(out[3]!.tags).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    expect(masks).toHaveBeenCalled();
    // The masks rule out most words: only three are read in full.
    expect(forms.mock.calls.map((c) => [c[1], c[2]])).toEqual([[2, 6], [4, 1], [3, 1]]);
  });

  it('rules a word out by either id mask, and never a word that has one of the forms', () => {
    const lexicon = buildLexicon({});
    const words = ['ماكرون', 'وماكرون', 'لماكرون', 'بلينكن', 'قال', 'الرئيس'];
    const infos = words.map((w) => wordInfo(w, lexicon, DEFAULT_FEATURES));
    const reader: WordReader = { folded: (_w, _si, i) => infos[i]!.folded, forms: (_w, _si, i) => infos[i]!.forms, idMask: (_w, _si, i) => infos[i]!.idMask, idMask2: (_w, _si, i) => infos[i]!.idMask2 };
    const masks = new FormMasks(reader, ['ماكرون']);
    expect(words.slice(0, 3).map((w, i) => masks.rulesOut(w, 0, i))).toEqual([false, false, false]);
    // A word whose first mask lets it through is still ruled out by the second, and the other way round.
    const all = () => -1;
    expect(new FormMasks({ ...reader, idMask: all, idMask2: () => 0 }, ['ماكرون']).rulesOut('قال', 0, 4)).toBe(true);
    expect(new FormMasks({ ...reader, idMask: () => 0, idMask2: all }, ['ماكرون']).rulesOut('قال', 0, 4)).toBe(true);
    expect(new FormMasks({ ...reader, idMask: all, idMask2: all }, ['ماكرون']).rulesOut('قال', 0, 4)).toBe(false);
    // Without forms (or without masks), nothing is ruled out.
    expect(new FormMasks(reader, null).rulesOut('قال', 0, 4)).toBe(false);
    expect(new FormMasks({ folded: reader.folded, forms: reader.forms }, ['ماكرون']).rulesOut('قال', 0, 4)).toBe(false);
  });

  it('splits sentences at end marks and line breaks', () => {
    const t = 'قال ماكرون. ثم غادر\nباريس';
    expect(sentenceRanges(t, tokenize(t))).toEqual([[0, 3], [3, 5], [5, 6]]);
  });

  it('ends a sentence at each end mark, and at no other punctuation', () => {
    for (const mark of ['.', '!', '?', '؟', '...', '…', '؛']) {
      const t = `قال ماكرون ${mark} ثم غادر`;
      expect(sentenceRanges(t, tokenize(t)), mark).toEqual([[0, 3], [3, 5]]);
    }
    for (const mark of ['،', ':', '-', '..']) {
      const t = `قال ماكرون ${mark} ثم غادر`;
      expect(sentenceRanges(t, tokenize(t)), mark).toEqual([[0, tokenize(t).length]]);
    }
  });
});

describe('decoding biases shipped in the transitions', () => {
  it('keeps a multi-word MISC title whole (I-MISC bias); without the bias it is lost', async () => {
    const { NER_WEIGHTS } = await import('@/assets/model/ner-weights');
    const { NER_CLUSTERS } = await import('@/assets/model/ner-clusters');
    const { base64ToBytes, decodeModel } = await import('@/utils/nlp/ner/codec');
    const { createNerTagger } = await import('@/utils/nlp/ner/tagger');
    const { wordTableSteps } = await import('@/utils/nlp/ner/word-table');
    const { countryHook } = await import('@/utils/nlp/ner/places');
    const { tagBias } = await import('../tools/ner-perceptron');
    const model = decodeModel(base64ToBytes(NER_WEIGHTS));
    const lexicon = runSteps(lexiconSteps(NER_LEXICON, countryHook(), runSteps(wordTableSteps(NER_CLUSTERS))));
    const w = words('فاز الكاتب نجيب محفوظ بجائزة نوبل للآداب عن رواية أولاد حارتنا');
    const title = w.indexOf('أولاد');
    expect(createNerTagger(model, lexicon).tagTokens(w).slice(title)).toEqual(['B-MISC', 'I-MISC']);
    expect(tagTokens(w).slice(title)).toEqual(['B-MISC', 'I-MISC']);
    const unbiased = createNerTagger({ ...model, transitions: tagBias(model.transitions, model.tags, 'I-MISC:-16') }, lexicon);
    expect(unbiased.tagTokens(w).slice(title)).toEqual(['O', 'O']);
  });
});

describe('run-time scoring', () => {
  it('sums cached word rows to exactly the scores of every key looked up one by one', async () => {
    const { NER_WEIGHTS } = await import('@/assets/model/ner-weights');
    const { base64ToBytes, decodeModel } = await import('@/utils/nlp/ner/codec');
    const { createTagger } = await import('@/utils/nlp/ner/model');
    const { createFeatureExtractor } = await import('@/utils/nlp/ner/features');
    const model = createTagger(decodeModel(base64ToBytes(NER_WEIGHTS)));
    const extractor = createFeatureExtractor({ classOf: (w) => loadNerModel().classOf(w) });
    const w = words('وقال وزير الخارجية الأمريكي أنتوني بلينكن إن واشنطن وبلينكن يدعمان الحوار');
    const full = model.emissions(extractor.extract(w));
    const cached = model.emissions(extractor.extractContextNow(w));
    expect(Array.from(cached)).toEqual(Array.from(full));
    expect(full.some((v) => v !== 0)).toBe(true);
  });
});

describe('confidences', () => {
  it('gives a sentence with a name the probabilities of its tags, and one without a name zeros', () => {
    // (pathMarginals against the full forward-backward: ner-decode.test.ts)
    const tagger = loadNerModel();
    const named = words('وقال الرئيس الفرنسي إيمانويل ماكرون إن الحوار مستمر');
    const { tags, confidence } = tagger.tagSentence(named);
    expect(tags).toContain('B-PERS');
    expect(confidence.every((p) => p > 0 && p <= 1)).toBe(true);
    const plain = tagger.tagSentence(words('وارتفعت الأسعار في الأسواق هذا الأسبوع'));
    expect(plain.tags.every((t) => t === 'O')).toBe(true);
    expect(Array.from(plain.confidence)).toEqual(new Array(plain.tags.length).fill(0));
  });
});

describe('the sliced loader', () => {
  it('loads in many steps the same tagger as the one-shot loader, and caches it', async () => {
    // A fresh copy of the module: the tagger of the tests above is already cached in the other.
    vi.resetModules();
    const { createShippedTagger, loadNerModel, loadNerModelSteps } = await import('@/utils/nlp/ner');
    const steps = loadNerModelSteps();
    let count = 0;
    let r = steps.next();
    while (!r.done) { count++; r = steps.next(); }
    expect(count).toBeGreaterThan(10);
    const sliced = r.value;
    expect(sliced).toBe(loadNerModel());
    const again = loadNerModelSteps().next();
    expect(again.done && again.value).toBe(sliced);
    const oneShot = createShippedTagger();
    const w = words('وقال وزير الخارجية الأمريكي أنتوني بلينكن إن واشنطن وموسكو تبحثان مع غوتيريش في جنيف');
    expect(sliced.tagSentence(w).tags).toEqual(oneShot.tagSentence(w).tags);
    expect(Array.from(sliced.tagSentence(w).confidence)).toEqual(Array.from(oneShot.tagSentence(w).confidence));
    for (const f of ['ماكرون', 'الرئيس', 'قال', 'روسيا', 'محمد', 'شركة']) expect(sliced.classOf(f)).toBe(oneShot.classOf(f));
  });

  it('reads the shipped lexicon text into a table that classifies every word as the word map does', () => {
    const entries = new Map<string, number>();
    for (const line of NER_LEXICON.split('\n')) {
      const [bits, list] = line.split('\t');
      for (const w of list!.split(' ').map(unspellWord)) entries.set(w, (entries.get(w) ?? 0) | Number(bits));
    }
    const hashed = runSteps(lexiconSteps(NER_LEXICON));
    const mapped = buildLexicon(entries);
    expect(entries.size).toBeGreaterThan(10_000);
    const differing = [...entries.keys(), 'الرئيس', 'قال', 'كلمةلاتوجد', 'xyz', ''].filter((w) => hashed.classOf(w) !== mapped.classOf(w));
    expect(differing).toEqual([]);
  });
});
