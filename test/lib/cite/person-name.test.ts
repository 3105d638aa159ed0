import { describe, expect, it } from 'vitest';
import { isNameSuffix, mapNameParts, partsOf, personName, readName } from '../../../src/lib/cite/person-name';

describe('readName', () => {
  it('reads a name as BibTeX does: the last word, or the words after the last lower-case one, is the family name', () => {
    expect(readName('José Núñez')).toEqual({ given: 'José', family: 'Núñez' });
    expect(readName('Ludwig van Beethoven')).toEqual({ given: 'Ludwig', particle: 'van', family: 'Beethoven' });
    expect(readName('Charles de la Vallée Poussin')).toEqual({ given: 'Charles', particle: 'de la', family: 'Vallée Poussin' });
    expect(readName('Aristotle')).toEqual({ family: 'Aristotle' });
    expect(readName('van der Berg, Jan')).toEqual({ given: 'Jan', particle: 'van der', family: 'Berg' });
    expect(readName('Smith, Jr., John')).toEqual({ given: 'John', family: 'Smith', suffix: 'Jr.' });
  });

  it('takes a trailing Jr., Sr. or numeral for a suffix, which BibTeX would take for the family name', () => {
    expect(readName('John Smith Jr.')).toEqual({ given: 'John', family: 'Smith', suffix: 'Jr.' });
    expect(readName('John Smith, Jr.')).toEqual({ given: 'John', family: 'Smith', suffix: 'Jr.' });
    expect(readName('Henry Ford III')).toEqual({ given: 'Henry', family: 'Ford', suffix: 'III' });
    // Initials and given names that look like numerals are not suffixes.
    expect(readName('Nguyen, V.')).toEqual({ given: 'V.', family: 'Nguyen' });
    expect(readName('Li, Xi')).toEqual({ given: 'Xi', family: 'Li' });
    expect(isNameSuffix('Jr')).toBe(true);
    expect(isNameSuffix('Xi')).toBe(false);
  });
});

describe('personName', () => {
  it('shows given, particle, family and suffix, and keeps the parts only where the name shown misleads', () => {
    expect(personName({ given: 'John', family: 'Smith', suffix: 'Jr.' })).toEqual({ name: 'John Smith Jr.' });
    expect(personName({ given: 'Jan', particle: 'van der', family: 'Berg' })).toEqual({ name: 'Jan van der Berg' });
    expect(personName({ given: 'Gabriel', family: 'García Márquez' })).toEqual({
      name: 'Gabriel García Márquez',
      parts: { name: 'Gabriel García Márquez', given: 'Gabriel', family: 'García Márquez' },
    });
    expect(personName({ given: 'Jane', family: 'Doe', suffix: 'Esq.' })?.parts).toEqual({ name: 'Jane Doe Esq.', given: 'Jane', family: 'Doe', suffix: 'Esq.' });
    expect(personName({ given: '  ', family: null })).toBeUndefined();
  });

  it('shows a name in Chinese, Japanese or Korean script family name first, with no space, as citeproc-js does, its parts kept', () => {
    expect(personName({ given: '小明', family: '王' })).toEqual({ name: '王小明', parts: { name: '王小明', given: '小明', family: '王' } });
    expect(personName({ given: 'ひろし', family: '佐々木' })?.name).toBe('佐々木ひろし');
    expect(personName({ given: '철수', family: '김' })?.name).toBe('김철수');
    // Latin letters, in either part, keep the order given.
    expect(personName({ given: 'Xiaoming', family: 'Wang' })).toEqual({ name: 'Xiaoming Wang' });
    expect(personName({ given: '小明', family: 'Wang' })?.name).toBe('小明 Wang');
  });
});

describe('partsOf', () => {
  it("prefers the input's parts to reading the name", () => {
    const kept = [{ name: 'Gabriel García Márquez', given: 'Gabriel', family: 'García Márquez' }];
    expect(partsOf('Gabriel García Márquez', kept)).toEqual({ given: 'Gabriel', family: 'García Márquez' });
    expect(partsOf('Gabriel García Márquez', undefined)).toEqual({ given: 'Gabriel García', family: 'Márquez' });
  });

  it('maps every part, dropping the optional ones left empty', () => {
    expect(mapNameParts({ name: 'A  B', given: ' ', family: 'B' }, (t) => t.replace(/\s+/g, ' ').trim())).toEqual({ name: 'A B', family: 'B' });
  });
});
