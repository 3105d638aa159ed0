import { describe, expect, it } from 'vitest';
import type { RawRecord } from '../../../src/lib/model/paper';
import { normaliseRecords } from '../../../src/lib/normalise/index';
import { titleCaseShouted } from '../../../src/lib/normalise/shouted-title';

const abstract = 'We describe HARPS, a fibre-fed echelle spectrograph read out by a CCD, and the Kepler mission.';

describe('titleCaseShouted (review 12 N2: "KEPLER PLANET-DETECTION MISSION" stayed in capitals on its page)', () => {
  it('writes a title in capitals in title case, keeping the acronyms its abstract writes and Roman numerals', () => {
    expect(titleCaseShouted('KEPLER PLANET-DETECTION MISSION: INTRODUCTION AND FIRST RESULTS', abstract)).toBe(
      'Kepler Planet-Detection Mission: Introduction and First Results',
    );
    expect(titleCaseShouted('SETTING NEW STANDARDS WITH HARPS', abstract)).toBe('Setting New Standards with HARPS');
    // Prepositions of any length stay lowercase inside (review 14 L8: "…of Maize Under Progressive Soil Drying").
    expect(titleCaseShouted('STOMATAL CONDUCTANCE OF MAIZE UNDER PROGRESSIVE SOIL DRYING', abstract)).toBe('Stomatal Conductance of Maize under Progressive Soil Drying');
    expect(titleCaseShouted('PLANCK 2018 RESULTS. VI. A STUDY OF THE CCD', abstract)).toBe('Planck 2018 Results. VI. A Study of the CCD');
  });

  it('leaves a title with lowercase letters, one word, or maths as written', () => {
    expect(titleCaseShouted('Setting new standards with HARPS', abstract)).toBe('Setting new standards with HARPS');
    expect(titleCaseShouted('NASA', abstract)).toBe('NASA');
    expect(titleCaseShouted('LI$_X$COO$_2$ CATHODES', abstract)).toBe('LI$_X$COO$_2$ CATHODES');
    // Scripts without case have no lowercase letters either (a property test found "𐕰 𠀀" lowercased).
    expect(titleCaseShouted('深層学習 強化学習', abstract)).toBe('深層学習 強化学習');
    expect(titleCaseShouted('𐕰 𠀀', abstract)).toBe('𐕰 𠀀');
  });

  it('is what normalising gives the paper, its page, search and Cite box', () => {
    const record: RawRecord = { title: 'SETTING NEW STANDARDS WITH HARPS', abstract, source: { file: 'a.bib', line: 1 } };
    expect(normaliseRecords([record]).papers[0]!.title).toBe('Setting New Standards with HARPS');
  });
});
