import { describe, expect, it } from 'vitest';
import { loadNerModel, type NerTagger, type TaggedWords } from '@/utils/nlp/ner';
import { shippedTags } from '../tools/ner-shipped-tags';

const tags = (...sentences: string[]) => shippedTags(loadNerModel(), sentences.map((s) => s.split(' '))).map((t) => t.tags.join(' '));

describe('shippedTags (what ner:tag prints)', () => {
  it('tags the people finder\'s names as PERS, whole words, clitics included', () => {
    expect(tags('وقال الرئيس الفرنسي إيمانويل ماكرون إن فرنسا لن تتراجع')).toEqual(['O O O B-PERS I-PERS O B-LOC O O']);
    expect(tags('وأضاف وماكرون أن')).toEqual(['O B-PERS O']);
  });

  it('keeps the tagger\'s places and organisations, and one tag per word, sentence by sentence', () => {
    const out = shippedTags(loadNerModel(), [['التقى', 'أنتوني', 'بلينكن', 'في', 'باريس'], ['وقال', 'بلينكن', '.']]);
    expect(out.map((t) => t.tags)).toEqual([['O', 'B-PERS', 'I-PERS', 'O', 'B-LOC'], ['O', 'B-PERS', 'O']]);
    expect(out.map((t) => t.confidence.length)).toEqual([5, 3]);
  });

  it('drops a name the tagger read as a person when the finder shows it is not one', () => {
    expect(tags('وتهدف شركة ديمورا إلى بيعها')).toEqual(['O O O O O']);
    expect(tags('على استاد " نيكوس غوماس " في أثينا')).toEqual(['O O O O O O O B-LOC']);
  });

  it('splits two people joined by و that the tagger read as one name', () => {
    expect(tags('وقال كاسياس وراموس إن')).toEqual(['O B-PERS B-PERS O']);
  });

  it('tags as LOC a country the tagger left untagged, not a demonym, not one inside another name', () => {
    expect(tags('تقع إسواتيني في الجنوب')).toEqual(['O B-LOC O O']);
    expect(tags('وقع بنك مصر اتفاقا')).toEqual(['O B-ORG I-ORG O']);
    expect(tags('وقال الروسي إن')).toEqual(['O O O']);
  });

  it('keeps a country where the tagger read its name as a person, as the extension does', () => {
    // A tagger that calls every word of كوت ديفوار a person, as a dev-split model did.
    const shipped = loadNerModel();
    const asPerson = (sentences: readonly (readonly string[])[]): TaggedWords[] => shipped.tagDocument(sentences).map((t, s) => ({
      confidence: t.confidence.fill(0.9),
      tags: sentences[s]!.map((w, i) => (w === 'كوت' ? 'B-PERS' : w === 'ديفوار' && sentences[s]![i - 1] === 'كوت' ? 'I-PERS' : t.tags[i]!)),
    }));
    const tagger: NerTagger = { ...shipped, tagDocument: asPerson, *tagDocumentSteps(sentences) { return asPerson(sentences); } };
    expect(shippedTags(tagger, [['مهاجمي', 'بطل', 'كوت', 'ديفوار', 'في', 'المباراة']]).map((t) => t.tags.join(' '))).toEqual(['O O B-LOC I-LOC O O']);
  });

  it('prints valid BIO: no I- tag after O', () => {
    for (const s of tags('وكانت الأمم المتحدة قد دعت الأمين العام أنطونيو غوتيريش إلى التدخل')) expect(s).not.toMatch(/(^|\s)O I-/);
  });
});
