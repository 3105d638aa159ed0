import { describe, expect, it } from 'vitest';
import { searchableQuery } from '../../../src/lib/search/query-symbols';
import { searchFold } from '../../../src/lib/search/search-fold';
import { stemmer } from 'stemmer';
import { asRead } from '../../../src/lib/search/excerpt';
import { safeCitationKey } from '../../../src/lib/cite/citation-key';

/** The word Pagefind indexes for a word of text: lowercased, without what is not a letter, digit or `_` (its `[^\w]`). */
const indexed = (text: string) => searchFold(text).toLowerCase().replace(/[^\p{L}\p{N}_]/gu, '');
/** The word Pagefind searches for a query word: the same, after this site's query normalising. */
const searched = (query: string) => searchableQuery(query).toLowerCase().replace(/[^\p{L}\p{N}_]/gu, '');

describe('searchFold', () => {
  it('makes Greek written in TeX, in Unicode and spelled out one word, on both sides (review 9 M1)', () => {
    // `$\Lambda$CDM` is indexed as the TeX of its formula followed by the text after it.
    for (const page of ['ΛCDM', '\\LambdaCDM', 'LambdaCDM']) {
      for (const query of ['ΛCDM', '$\\Lambda$CDM', 'LambdaCDM', 'lambdacdm']) expect(searched(query), `${query} → ${page}`).toBe(indexed(page));
    }
    for (const page of ['TNF-α', 'TNF-\\alpha', 'TNF-alpha']) {
      for (const query of ['TNF-α', 'TNF-$\\alpha$', 'TNF-alpha']) expect(searched(query), `${query} → ${page}`).toBe(indexed(page));
    }
    expect(searched('μg/mL')).toBe(indexed('\\mug/mL'));
    expect(searched('µg/mL')).toBe(indexed('μg/mL'));
    expect(indexed('IκBα')).toBe('ikappabalpha');
    expect(indexed('σ₈')).toBe(searched('\\sigma_8'));
  });

  it('keeps Greek after a hyphen one word with the letters after it (review 12 N6: "ΛCDM" missed "base-ΛCDM")', () => {
    // Pagefind indexes a hyphenated word's parts, each split again where a lowercase letter meets a capital
    // (checked against pagefind 1.x: "base-lambdaCDM" was found by "cdm" and "lambda", not by "lambdacdm").
    const indexedParts = (text: string) =>
      searchFold(text).split(/[\s-]+/).flatMap((part) => part.split(/(?<=\p{Ll})(?=\p{Lu})/u)).map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}_]/gu, ''));
    for (const page of ['The base-ΛCDM model', 'The base-\\LambdaCDM model', 'flat-ΛCDM']) {
      for (const query of ['ΛCDM', '$\\Lambda$CDM', 'LambdaCDM']) expect(indexedParts(page), `${query} → ${page}`).toContain(searched(query));
    }
    expect(indexedParts('NF-κB')).toContain(searched('κB'));
    // Without a hyphen the word is as before: Pagefind indexes it whole as well as its parts.
    expect(searchFold('ΛCDM')).toBe('LambdaCDM');
  });

  it('writes spaced initials as one word, as "H.M." is (review 13 M6: "H.M." found 156 of 187 papers)', () => {
    // The patient's initials as the paper writes them and as a reader types them are the one index word `hm`.
    for (const page of ['In the patient H. M., a resection', 'In the patient H.M., a resection']) {
      for (const query of ['H.M.', 'H. M.', 'HM']) expect(indexed(page).includes(searched(query)), `${query} → ${page}`).toBe(true);
    }
    expect(searchFold('J. R. R. Tolkien and U. S. data')).toBe('J.R.R. Tolkien and U.S. data');
    // One initial before a word, and abbreviated words, stay as they are.
    expect(searchFold('E. coli in J. Mach. Learn. Res.')).toBe('E. coli in J. Mach. Learn. Res.');
  });

  it('makes a subscript, `_` and a caret part of the word, so `$H_0$` is found as H0 (review 9 M1)', () => {
    for (const page of ['H_0', 'H₀', 'H0']) for (const query of ['H0', 'H_0', '$H_0$', 'H₀']) expect(searched(query)).toBe(indexed(page));
    expect(indexed('x_i')).toBe('xi');
    expect(searched('2^53')).toBe(indexed('2⁵³'));
    expect(searched('2⁵³')).toBe(indexed('2^{53}'));
  });

  it('keeps a superscript readable as one in the text the excerpts show', () => {
    expect(searchFold('of dimension 2⁵³ (about 10¹⁶)')).toBe('of dimension 2^53 (about 10^16)');
    expect(searchFold('H₀ = 73')).toBe('H0 = 73');
  });

  it('spells the Latin letters NFKD keeps as they are the way citation keys do (review 9 M3)', () => {
    expect(searched('Lukasz Kaiser')).toBe(indexed('Łukasz Kaiser'));
    expect(searched('Gross')).toBe(indexed('Groß'));
    expect(searched('Ovrebo')).toBe(indexed('Øvrebø'));
    expect(searched('Haultfoeuille')).toBe(indexed("D'Haultfœuille").slice(1));
    // One table: what a key spells a letter as, search spells it as too.
    for (const name of ['Łukasz', 'Groß', 'Øvrebø', 'Haultfœuille', 'Đorđević', 'Þórður', 'Ægir']) {
      expect(searchFold(name).normalize('NFKD').replace(/\p{M}/gu, '')).toBe(safeCitationKey(name));
    }
  });

  it('leaves accents that decompose to Pagefind, and Greek prose as Greek', () => {
    expect(searchFold('Türeci, Şahin, Massagué')).toBe('Türeci, Şahin, Massagué');
    expect(searchFold('Η μηχανική μάθηση, β')).toBe('Η μηχανική μάθηση, β');
  });

  it('makes a dash between two words a hyphen, which Pagefind splits at (review 11 H1: "Vinogradov" missed "Bombieri–Vinogradov")', () => {
    expect(searchFold('the Bombieri–Vinogradov theorem and Taniyama—Shimura, pages 4–7')).toBe('the Bombieri-Vinogradov theorem and Taniyama-Shimura, pages 4-7');
    // A dash with spaces round it, or at a word's edge, is punctuation Pagefind already splits at.
    expect(searchFold('results – and more —')).toBe('results – and more —');
    expect(searchFold('$-1$ and −1')).toBe('$-1$ and −1');
  });

  it('makes a root sign and ± one word with their letter, as a formula\'s TeX is (review 15 M4: "√s" searched every word starting with s)', () => {
    expect(searched('√s')).toBe('sqrts');
    expect(indexed('\\sqrt{s}')).toBe('sqrts');
    expect(indexed('√s')).toBe('sqrts');
    expect(searched('W±')).toBe('wpm');
    expect(searched('W^\\pm')).toBe('wpm');
    expect(indexed('W^\\pm')).toBe('wpm');
    expect(indexed('W±')).toBe('wpm');
    // ± between numbers is the word "pm", as `$\pm$` between them is.
    expect(searchFold('0.4 ± 0.1')).toBe('0.4 \\pm 0.1');
  });

  it('spells ℓ and ≫ as their TeX, the words a formula is indexed as (review 16 M4: "ℓ1" missed `$\\ell_1$`, "p >> n" found 106 papers)', () => {
    for (const query of ['ℓ1', '\\ell_1', 'ell1']) expect(searched(query), query).toBe('ell1');
    expect(indexed('\\ell_1')).toBe('ell1');
    expect(indexed('ℓ1')).toBe('ell1');
    const words = (text: string) => searchFold(text).split(/\s+/).map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}_]/gu, '')).filter(Boolean);
    for (const query of ['p >> n', 'p ≫ n', 'p≫n', '$p \\gg n$']) expect(words(searchableQuery(query)), query).toEqual(['p', 'gg', 'n']);
    expect(words('p≫n problem')).toEqual(['p', 'gg', 'n', 'problem']);
    // Excerpts show the symbols again.
    expect(asRead(searchFold('the ℓ1 penalty, p≫n'))).toBe('the ℓ1 penalty, p ≫ n');
  });

  it('makes the degree sign a word of its own with its unit, spaced or not (review 16 M4: "°C" searched every c, "1.1°C" found 93 papers)', () => {
    const words = (text: string) => searchFold(text).split(/\s+/).map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}_]/gu, '')).filter(Boolean);
    for (const page of ['warmer by 1.1°C', 'warmer by 1.1 °C']) expect(words(page), page).toEqual(['warmer', 'by', '11', 'degreec']);
    expect(words(searchableQuery('°C'))).toEqual(['degreec']);
    expect(words(searchableQuery('1.1°C'))).toEqual(['11', 'degreec']);
    expect(asRead(searchFold('about 15°C (±0.05°C)'))).toBe('about 15 °C (±0.05 °C)');
  });

  it('keeps the S of an acronym of capitals from the stemmer, on both sides (review 16 M4: "ECS" and "IFS" found nothing)', () => {
    // Pagefind's index holds stems, and the stemmer reads "ECS" as the plural of "ec", the stem of "economic".
    expect(stemmer(indexed('sensitivity (ECS) of'.split(' ')[1]!))).not.toBe(stemmer('ec'));
    for (const [page, query] of [['(ECS)', 'ECS'], ['System (IFS)', 'IFS'], ['CERES.', 'CERES']] as const) {
      const word = indexed(page.split(' ').pop()!);
      expect(stemmer(searched(query))).toBe(stemmer(word));
      expect(stemmer(word)).toBe(word);
    }
    // Folding twice adds nothing, and the excerpts read as the page does.
    expect(searchFold(searchFold('the IFS and ECS'))).toBe(searchFold('the IFS and ECS'));
    expect(asRead(searchFold('climate sensitivity (ECS), IFS-based'))).toBe('climate sensitivity (ECS), IFS-based');
    // A lowercase "s" is a plural, and stays the stemmer's to read.
    expect(indexed('LFPs')).toBe('lfps');
    expect(indexed('ECSs')).toBe('ecss');
  });

  it('keeps hostile text inert: only letters change', () => {
    expect(searchFold('<script>alert("α")</script>')).toBe('<script>alert("alpha")</script>');
  });
});

describe('British and American spellings (review 10 M1: "color naming" found nothing, "colour naming" the Stroop paper)', () => {
  it('spells a listed British word the American way, in its case, with its endings', () => {
    expect(searchFold('Studies of interference in serial verbal reactions: colour naming')).toBe('Studies of interference in serial verbal reactions: color naming');
    expect(searchFold('Behavioural economics; Haemoglobin, oesophageal and paediatric tumours')).toBe('Behavioral economics; Hemoglobin, esophageal and pediatric tumors');
    expect(searchFold('randomised, organisation, analysed, catalysing')).toBe('randomized, organization, analyzed, catalyzing');
    expect(searchFold('the centre of a fibre, 3 litres, the catalogue; modelling, labelled, ageing, grey')).toBe('the center of a fiber, 3 liters, the catalog; modeling, labeled, aging, gray');
    expect(searchFold('HAEMOGLOBIN')).toBe('HEMOGLOBIN');
  });

  it('leaves words that only look British as they are', () => {
    const words = 'four hour our flour precise concise organism organisms criticism synthesis hypothesis analyses metre-long symmetry geometric centred sulfur color';
    expect(searchFold(words)).toBe(words.replace('metre-long', 'meter-long'));
    expect(searchFold('Mühlhaus Schön Türeci')).toBe('Mühlhaus Schön Türeci');
  });
});
