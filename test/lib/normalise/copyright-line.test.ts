import { describe, expect, it } from 'vitest';
import { withoutCopyrightLine } from '../../../src/lib/normalise/copyright-line';
import { normaliseRecords } from '../../../src/lib/normalise/index';

describe('withoutCopyrightLine', () => {
  it("takes the publisher's line off the end of an abstract, as Scopus and Crossref leave it", () => {
    expect(withoutCopyrightLine('We map soils. © 2022 Elsevier Ltd')).toBe('We map soils.');
    expect(withoutCopyrightLine('We map soils. © 2022 Elsevier Ltd. All rights reserved.')).toBe('We map soils.');
    expect(withoutCopyrightLine('We map soils. Copyright © 2020 John Wiley & Sons, Ltd.')).toBe('We map soils.');
    expect(withoutCopyrightLine('We map soils. (c) 2021 The Authors. Published by Elsevier B.V.')).toBe('We map soils.');
    expect(withoutCopyrightLine('We map soils. © The Author(s) 2021. Published by Oxford University Press.')).toBe('We map soils.');
  });

  it('keeps copyright as a word of the abstract, a line without a year or rights, and an abstract that is only the line', () => {
    expect(withoutCopyrightLine('We study copyright law in 2020 and its reform.')).toBe('We study copyright law in 2020 and its reform.');
    expect(withoutCopyrightLine('Copyright management in the digital age. We review it.')).toBe('Copyright management in the digital age. We review it.');
    expect(withoutCopyrightLine('We map soils. © Elsevier')).toBe('We map soils. © Elsevier');
    expect(withoutCopyrightLine('© 2022 Elsevier Ltd.')).toBe('© 2022 Elsevier Ltd.');
    // An enumeration's (c), and the authors' own sentences about copyright, licences or authors.
    expect(withoutCopyrightLine('We address three aims: (a) map X. (b) model Y. (c) evaluate on data from 2019 to 2021.')).toBe('We address three aims: (a) map X. (b) model Y. (c) evaluate on data from 2019 to 2021.');
    expect(withoutCopyrightLine('We study fair use. Copyright infringement cases filed between 2000 and 2020 are analysed.')).toBe('We study fair use. Copyright infringement cases filed between 2000 and 2020 are analysed.');
    expect(withoutCopyrightLine('We compare licences. Copyright licences such as CC BY are examined for authors.')).toBe('We compare licences. Copyright licences such as CC BY are examined for authors.');
  });

  it('is applied to every record before its text is hashed or read for concepts', () => {
    const { papers } = normaliseRecords([{ title: 'Soil maps', abstract: 'We map soils in Kenya. © 2022 Elsevier Ltd. All rights reserved.', source: { file: 'scopus.bib', line: 1 } }]);
    expect(papers[0]!.abstract).toBe('We map soils in Kenya.');
  });
});
