import { describe, expect, it } from 'vitest';
import { splitAuthors } from '../../../src/lib/ingest/author-list';

const names = (value: string) => splitAuthors(value).map((a) => a.text);

describe('a text of author names', () => {
  it('reads "A, B and C", with or without the comma before "and", as a list of names in the order they are said', () => {
    expect(names('Daniel Spielman, Nikhil Srivastava and Joshua Batson')).toEqual(['Daniel Spielman', 'Nikhil Srivastava', 'Joshua Batson']);
    expect(names('Ian J. Goodfellow, Jean Pouget-Abadie, Mehdi Mirza, and Bing Xu')).toEqual(['Ian J. Goodfellow', 'Jean Pouget-Abadie', 'Mehdi Mirza', 'Bing Xu']);
    expect(names('Spielman, Srivastava and Batson')).toEqual(['Spielman', 'Srivastava', 'Batson']);
    expect(names('Ada Lovelace, Alan Turing and Grace Hopper, Joan Clarke')).toEqual(['Ada Lovelace', 'Alan Turing', 'Grace Hopper', 'Joan Clarke']);
  });

  it('pairs initials with the family name before them, as APA writes names', () => {
    expect(splitAuthors('Candès, E. J., Romberg, J., Tao, T.')).toEqual([
      { text: 'Candès, E. J.', inverted: true },
      { text: 'Romberg, J.', inverted: true },
      { text: 'Tao, T.', inverted: true },
    ]);
    expect(names('Candès, E.J., Romberg, J., & Tao, T.')).toEqual(['Candès, E.J.', 'Romberg, J.', 'Tao, T.']);
    expect(names('Lions, J.-L. and Magenes, E.')).toEqual(['Lions, J.-L.', 'Magenes, E.']);
    // A capital without a full stop is a name of its own.
    expect(names('A, B, C')).toEqual(['A', 'B', 'C']);
  });

  it('keeps BibTeX order, names separated by ";", and suffixes', () => {
    expect(splitAuthors('Smith, John and Doe, Jane')).toEqual([
      { text: 'Smith, John', inverted: true },
      { text: 'Doe, Jane', inverted: true },
    ]);
    expect(names('García Márquez, Gabriel and Doe, Jane')).toEqual(['García Márquez, Gabriel', 'Doe, Jane']);
    expect(names('Smith, Jr., John and van der Berg, Jan')).toEqual(['Smith, Jr., John', 'van der Berg, Jan']);
    expect(names('Lovelace, Ada; Turing, Alan')).toEqual(['Lovelace, Ada', 'Turing, Alan']);
    // Beside whole names, a "Family, Given" is one too.
    expect(names('Smith, John and Jane Doe')).toEqual(['Smith, John', 'Jane Doe']);
    expect(names('Jane Doe, Ada Lovelace and Smith, John')).toEqual(['Jane Doe', 'Ada Lovelace', 'Smith, John']);
    expect(names('John Smith, Jr., Jane Doe, Ada Lovelace')).toEqual(['John Smith, Jr.', 'Jane Doe', 'Ada Lovelace']);
    expect(names('John Smith, Jr. and Jane Doe')).toEqual(['John Smith, Jr.', 'Jane Doe']);
  });

  it('leaves one comma alone as written, where nothing tells one name from two', () => {
    expect(splitAuthors('Lovelace, Ada')).toEqual([{ text: 'Lovelace, Ada', inverted: false }]);
    expect(splitAuthors('Candès, E. J.')).toEqual([{ text: 'Candès, E. J.', inverted: true }]);
    expect(splitAuthors('John Smith, Jr.')).toEqual([{ text: 'John Smith, Jr.', inverted: true }]);
  });

  it('reads the names before "and others" by their own shapes, and a one-word name among BibTeX-order ones as a name', () => {
    expect(splitAuthors('Smith, John and Doe, Jane and others')).toEqual([
      { text: 'Smith, John', inverted: true },
      { text: 'Doe, Jane', inverted: true },
      { text: 'others', inverted: false },
    ]);
    expect(splitAuthors('Smith, John and others')).toEqual([{ text: 'Smith, John', inverted: true }, { text: 'others', inverted: false }]);
    expect(names('Ada Lovelace, Alan Turing and others')).toEqual(['Ada Lovelace', 'Alan Turing', 'others']);
    expect(names('Smith, John and Doe, Jane and Plato')).toEqual(['Smith, John', 'Doe, Jane', 'Plato']);
    expect(names('Spielman, Srivastava and Batson')).toEqual(['Spielman', 'Srivastava', 'Batson']);
  });

  it('reads a suffix after the given name as part of a BibTeX-order name', () => {
    expect(names('Doe, Jane and Smith, John, Jr.')).toEqual(['Doe, Jane', 'Smith, John, Jr.']);
    expect(names('King, Martin Luther, Jr. and Doe, Jane')).toEqual(['King, Martin Luther, Jr.', 'Doe, Jane']);
  });
});
