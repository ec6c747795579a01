import { describe, expect, it } from 'vitest';
import { countryKeyOf, findCountries, isCountryOrDemonymWord, isKnownPlaceName } from '@/utils/nlp/countries';
import { tokenize } from '@/utils/nlp/tokenize';
import { foldTokens } from '@/utils/nlp/people-word-table';

/** The mentions as [surface, ISO, 'C' | 'D'], after checking the offset invariant. */
function found(text: string): Array<[string, string, 'C' | 'D']> {
  const ms = findCountries(text);
  for (const m of ms) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.type).toBe('country');
    expect(m.confidence).toBeGreaterThan(0);
    expect(m.confidence).toBeLessThanOrEqual(1);
  }
  return ms.map((m) => [m.text, m.entity, m.demonym ? 'D' : 'C']);
}

describe('findCountries: names and their variants', () => {
  it.each([
    ['زار روسيا أمس', [['روسيا', 'RU', 'C']]],
    ['في أمريكا', [['أمريكا', 'US', 'C']]],
    ['في أميركا', [['أميركا', 'US', 'C']]],
    ['الولايات المتحدة', [['الولايات المتحدة', 'US', 'C']]],
    ['الولايات المتحدة الأمريكية', [['الولايات المتحدة الأمريكية', 'US', 'C']]],
    ['الولايات المتحدة الأميركية', [['الولايات المتحدة الأميركية', 'US', 'C']]],
    ['كوريا الشمالية', [['كوريا الشمالية', 'KP', 'C']]],
    ['كوريا الديمقراطية', [['كوريا الديمقراطية', 'KP', 'C']]],
    ['كوريا الجنوبية', [['كوريا الجنوبية', 'KR', 'C']]],
    ['جمهورية كوريا', [['جمهورية كوريا', 'KR', 'C']]],
    ['الإمارات', [['الإمارات', 'AE', 'C']]],
    ['الإمارات العربية المتحدة', [['الإمارات العربية المتحدة', 'AE', 'C']]],
    ['المملكة العربية السعودية', [['المملكة العربية السعودية', 'SA', 'C']]],
    ['بريطانيا والمملكة المتحدة', [['بريطانيا', 'GB', 'C'], ['المملكة المتحدة', 'GB', 'C']]],
    ['روسيا الاتحادية', [['روسيا الاتحادية', 'RU', 'C']]],
    ['جمهورية الصين الشعبية', [['جمهورية الصين الشعبية', 'CN', 'C']]],
    ['جمهورية إيران الإسلامية', [['جمهورية إيران الإسلامية', 'IR', 'C']]],
    ['سوريا وسورية', [['سوريا', 'SY', 'C'], ['سورية', 'SY', 'C']]],
    ['جمهورية مصر العربية', [['جمهورية مصر العربية', 'EG', 'C']]],
    ['فلسطين ودولة فلسطين والأراضي الفلسطينية', [['فلسطين', 'PS', 'C'], ['دولة فلسطين', 'PS', 'C'], ['الأراضي الفلسطينية', 'PS', 'C']]],
    ['إسرائيل', [['إسرائيل', 'IL', 'C']]],
    ['كوسوفو', [['كوسوفو', 'XK', 'C']]],
    ['تايوان', [['تايوان', 'TW', 'C']]],
    ['الصحراء الغربية', [['الصحراء الغربية', 'EH', 'C']]],
    ['ميانمار وبورما', [['ميانمار', 'MM', 'C'], ['بورما', 'MM', 'C']]],
    ['كوت ديفوار وساحل العاج', [['كوت ديفوار', 'CI', 'C'], ['ساحل العاج', 'CI', 'C']]],
    ['التشيك وجمهورية التشيك وتشيكيا', [['التشيك', 'CZ', 'C'], ['جمهورية التشيك', 'CZ', 'C'], ['تشيكيا', 'CZ', 'C']]],
    ['هولندا والفاتيكان', [['هولندا', 'NL', 'C'], ['الفاتيكان', 'VA', 'C']]],
    ['الكويت وجيبوتي وسنغافورة وموناكو', [['الكويت', 'KW', 'C'], ['جيبوتي', 'DJ', 'C'], ['سنغافورة', 'SG', 'C'], ['موناكو', 'MC', 'C']]],
    ['تونس والجزائر والسودان', [['تونس', 'TN', 'C'], ['الجزائر', 'DZ', 'C'], ['السودان', 'SD', 'C']]],
    ['مصرَ', [['مصرَ', 'EG', 'C']]],
  ] as const)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('findCountries: longest match and clitics', () => {
  it.each([
    // The longest name wins and is one mention.
    ['الولايات المتحدة الأمريكية والصين', [['الولايات المتحدة الأمريكية', 'US', 'C'], ['الصين', 'CN', 'C']]],
    ['وجمهورية مصر العربية', [['جمهورية مصر العربية', 'EG', 'C']]],
    ['روسيا البيضاء', [['روسيا البيضاء', 'BY', 'C']]],
    ['غينيا الاستوائية وغينيا', [['غينيا الاستوائية', 'GQ', 'C'], ['غينيا', 'GN', 'C']]],
    // Clitics stay outside the surface.
    ['وروسيا ولروسيا وبروسيا', [['روسيا', 'RU', 'C'], ['روسيا', 'RU', 'C'], ['روسيا', 'RU', 'C']]],
    ['فالصين وبريطانيا والسعودية', [['الصين', 'CN', 'C'], ['بريطانيا', 'GB', 'C'], ['السعودية', 'SA', 'C']]],
    ['وبمصر', [['مصر', 'EG', 'C']]],
    // ل + ال written لل: the surface starts at the article's ل (the gold convention).
    ['للولايات المتحدة', [['لولايات المتحدة', 'US', 'C']]],
    ['وللعراق', [['لعراق', 'IQ', 'C']]],
    ['للأمريكيين', [['لأمريكيين', 'US', 'D']]],
    // A name that starts with و، ب or ل keeps it: the whole word is tried first.
    ['لبنان وليبيا', [['لبنان', 'LB', 'C'], ['ليبيا', 'LY', 'C']]],
    ['ولبنان وللبنان', [['لبنان', 'LB', 'C'], ['لبنان', 'LB', 'C']]],
    // Tashkeel and tatweel stay inside the surface.
    ['وَرُوسْيَا', [['رُوسْيَا', 'RU', 'C']]],
    ['ليبيــا', [['ليبيــا', 'LY', 'C']]],
    // So do invisible marks between two letters (a zero-width space, a direction mark): the reader sees one word.
    ['سري\u200bلانكا وال\u200eسعودية و\u200fالأردن ومو\u2060ريتانيا', [['سري\u200bلانكا', 'LK', 'C'], ['ال\u200eسعودية', 'SA', 'C'], ['الأردن', 'JO', 'C'], ['مو\u2060ريتانيا', 'MR', 'C']]],
  ] as const)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('never crosses a line break or a punctuation mark inside a name', () => {
    expect(found('الولايات\nالمتحدة')).toEqual([]);
    expect(found('كوريا، الشمالية')).toEqual([['كوريا', 'KR', 'C']]);
  });

  it('accepts the tokens of the caller', () => {
    const text = 'قال إن روسيا والصين';
    expect(findCountries(text, tokenize(text))).toEqual(findCountries(text));
  });

  it('accepts the folded tokens of the caller (foldTokens) and finds the same', () => {
    const text = 'وصل إلى الولايات المتحدة الأمريكية وروسيا';
    const tokens = tokenize(text);
    expect(findCountries(text, tokens, foldTokens(tokens))).toEqual(findCountries(text));
  });
});

describe('findCountries: not countries', () => {
  it.each([
    // The و of ووهان and واشنطن belongs to the name; بيروت keeps its ب.
    'ووهان', 'واشنطن', 'بيروت',
    // Capitals and cities.
    'القاهرة ودمشق وكييف وخاركيف وموسكو وبكين وطهران',
    // Regions and continents.
    'الشرق الأوسط وأوروبا والخليج وإفريقيا',
    'أمريكا اللاتينية وأمريكا الجنوبية',
    'دول المغرب العربي',
    'بحر الصين الجنوبي',
    'نهر الأردن',
    'الضفة الغربية لنهر الأردن',
    'وادي الأردن',
    'ولاية جورجيا',
    // العربي/العربية، الإسلامية، الأوروبي، الخليجي are not one country.
    'الجامعة العربية والدول الإسلامية والاتحاد الأوروبي والمجلس الخليجي',
    'بني إسرائيل',
    // Not a clitic plus a country: المالي is financial, البنين are sons.
    'الدعم المالي للبنين',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('findCountries: demonyms', () => {
  it.each([
    ['الرئيس الروسي', [['الروسي', 'RU', 'D']]],
    ['الخارجية الروسية', [['الروسية', 'RU', 'D']]],
    ['الروس والأتراك', [['الروس', 'RU', 'D'], ['الأتراك', 'TR', 'D']]],
    ['الجنود الأمريكيين والأميركية', [['الأمريكيين', 'US', 'D'], ['الأميركية', 'US', 'D']]],
    ['الأمريكان', [['الأمريكان', 'US', 'D']]],
    ['الكوري والكوريين', [['الكوري', 'KR', 'D'], ['الكوريين', 'KR', 'D']]],
    ['الزعيم الكوري الشمالي', [['الكوري الشمالي', 'KP', 'D']]],
    ['المصري والمصريين والمصريات', [['المصري', 'EG', 'D'], ['المصريين', 'EG', 'D'], ['المصريات', 'EG', 'D']]],
    ['السعوديون', [['السعوديون', 'SA', 'D']]],
    ['الجيش الإسرائيلي والفلسطينيين', [['الإسرائيلي', 'IL', 'D'], ['الفلسطينيين', 'PS', 'D']]],
    ['مواطن سعودي وسائحة فرنسية', [['سعودي', 'SA', 'D'], ['فرنسية', 'FR', 'D']]],
    ['والروسي وبالروسي', [['الروسي', 'RU', 'D'], ['الروسي', 'RU', 'D']]],
    // A demonym inside a phrase is still the country's.
    ['الدولار الأمريكي', [['الأمريكي', 'US', 'D']]],
    ['وزارة الخارجية المصرية', [['المصرية', 'EG', 'D']]],
  ] as const)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('marks demonyms with demonym: true and countries without it', () => {
    const [d, c] = findCountries('الروسي روسيا');
    expect(d?.demonym).toBe(true);
    expect(c?.demonym).toBeUndefined();
  });

  it('gives the canonical short name', () => {
    const names = findCountries('الولايات المتحدة الأمريكية والروس وجمهورية التشيك').map((m) => m.name);
    expect(names).toEqual(['الولايات المتحدة', 'روسيا', 'التشيك']);
  });
});

describe('word helpers', () => {
  it.each([
    ['روسيا', 'RU'], ['وروسيا', 'RU'], ['الامريكيين', 'US'], ['الاميركية', 'US'], ['لبنان', 'LB'], ['المصري', 'EG'],
    ['القاهرة', undefined], ['واشنطن', undefined], ['العربية', undefined], ['الاوروبي', undefined], ['المالي', undefined],
  ])('countryKeyOf(%s) → %s', (word, iso) => {
    expect(countryKeyOf(word)).toBe(iso);
    expect(isCountryOrDemonymWord(word)).toBe(iso !== undefined);
  });

  it.each([
    ['القاهرة', true], ['دمشق', true], ['كييف', true], ['واشنطن', true], ['موسكو', true], ['بكين', true], ['طهران', true],
    ['خاركيف', true], ['ووهان', true], ['بيروت', true], ['الكويت', true],
    ['مصر', false], ['روسيا', false], ['الرئيس', false],
  ])('isKnownPlaceName(%s) → %s', (word, expected) => {
    expect(isKnownPlaceName(word)).toBe(expected);
  });
});
