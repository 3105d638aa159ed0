import { describe, expect, it } from 'vitest';
import { readJournalRef } from '../../../src/lib/ingest/journal-ref';

describe('readJournalRef: an article reference read into journal, volume, issue and pages', () => {
  it.each([
    ['Phys. Rev. Lett. 116, 061102 (2016)', 2016, 'Phys. Rev. Lett.', { volume: '116', pages: '061102' }],
    ['Phys. Rev. D 94, 084002 (2016)', 2016, 'Phys. Rev. D', { volume: '94', pages: '084002' }],
    ['Astron. Astrophys. 641, A6 (2020)', 2020, 'Astron. Astrophys.', { volume: '641', pages: 'A6' }],
    ['Nature 529, 484–489 (2016)', 2016, 'Nature', { volume: '529', pages: '484–489' }],
    // MathSciNet's series number apart from the journal's name (review 17 L2).
    ['Ann. of Math. (2) 167 (2008), 481-547', 2008, 'Ann. of Math.', { volume: '167', pages: '481-547', series: '2' }],
    ['Ann. of Math. (2) 167 (2008), no. 2, 481 - 547', 2008, 'Ann. of Math.', { volume: '167', number: '2', pages: '481-547', series: '2' }],
    // TeX accents in the name, as typed into arXiv's form, and an issue with a letter (review 17 M4).
    [String.raw`Publ. Math. Inst. Hautes \'Etudes Sci. 116 (2012), 245-313`, 2012, String.raw`Publ. Math. Inst. Hautes \'Etudes Sci.`, { volume: '116', pages: '245-313' }],
    [String.raw`Publ. Math. Inst. Hautes {\'E}tudes Sci. 116 (2012), 245-313`, 2012, String.raw`Publ. Math. Inst. Hautes {\'E}tudes Sci.`, { volume: '116', pages: '245-313' }],
    ['Ann. Probab. 32 (2004), no. 1B, 939-995', 2004, 'Ann. Probab.', { volume: '32', number: '1B', pages: '939-995' }],
    ['Nucl. Phys. B360 (1991) 145-179', 1991, 'Nucl. Phys.', { volume: 'B360', pages: '145-179' }],
    ['Astrophys.J. 826 (2016) 56', 2016, 'Astrophys. J.', { volume: '826', pages: '56' }],
    ['J. Mach. Learn. Res. 21(140):1-67, 2020', 2020, 'J. Mach. Learn. Res.', { volume: '21', number: '140', pages: '1-67' }],
    // Science's e-article numbers (review 14 L6).
    ['Science 363, eaat9077 (2019)', 2019, 'Science', { volume: '363', pages: 'eaat9077' }],
  ])('%s', (ref, year, journal, bibliographic) => {
    expect(readJournalRef(ref, year - 1)).toEqual({ entryType: 'article', year, journal, bibliographic });
  });

  it.each([
    // A volume that is a year, a meeting's proceedings, free text, no year, and a year the reference was not
    // read in (before the preprint): kept whole, with no parts.
    ['JHEP 2019, 45 (2019)', 2019],
    ['JHEP 1504:123,2015', 2015],
    ['Proc. ICML 2019, pp. 1-9', 2019],
    ['Accepted for publication in MNRAS (2021)', 2021],
    ['Phys. Rev. Lett. 101, 1 (1998)', 2018],
    ['Nature 529, 484-489', 2016],
  ])('keeps %s whole', (ref, preprintYear) => {
    const read = readJournalRef(ref, preprintYear);
    expect(read.journal).toBeUndefined();
    expect(read.bibliographic).toBeUndefined();
  });

  it('reads the proceedings of an academy or a society, and journals named so, as journals (review 14 N1: PNAS was @inproceedings)', () => {
    expect(readJournalRef('Proc. Natl. Acad. Sci. USA 114 (2017) 9326-9331', 2016)).toEqual({
      entryType: 'article',
      year: 2017,
      journal: 'Proc. Natl. Acad. Sci. USA',
      bibliographic: { volume: '114', pages: '9326-9331' },
    });
    expect(readJournalRef('Proc. R. Soc. B 285, 20180123 (2018)', 2017).entryType).toBe('article');
    expect(readJournalRef('Proc. IEEE 104, 1-20 (2016)', 2015)).toMatchObject({ entryType: 'article', journal: 'Proc. IEEE' });
    expect(readJournalRef('Proc. ACM Program. Lang. 2, 66 (2018)', 2018)).toMatchObject({ entryType: 'article', journal: 'Proc. ACM Program. Lang.' });
    // A meeting's proceedings stay a conference paper.
    expect(readJournalRef('Proc. ICML 2019, pp. 1-9', 2019).entryType).toBe('inproceedings');
    expect(readJournalRef('Proc. SPIE 9904, 99040A (2016)', 2016).entryType).toBe('inproceedings');
  });

  it("reads SPIRES's compact shape, as INSPIRE's older records give it, with the name's abbreviations spaced", () => {
    expect(readJournalRef('Phys.Rev.D76:064013,2007', 2007)).toEqual({ entryType: 'article', year: 2007, journal: 'Phys. Rev. D', bibliographic: { volume: '76', pages: '064013' } });
    expect(readJournalRef('Adv.Theor.Math.Phys.2:231-252,1998', 1997)).toEqual({ entryType: 'article', year: 1998, journal: 'Adv. Theor. Math. Phys.', bibliographic: { volume: '2', pages: '231-252' } });
    // JHEP's volumes are its year and month: four digits before a colon are no conference's year (the reference
    // stays whole, below, as INSPIRE cites the month alone as the volume).
    expect(readJournalRef('JHEP 1002:029,2010', 2009)).toEqual({ entryType: 'article', year: 2010 });
    expect(readJournalRef('CVPR 2022', 2021).entryType).toBe('inproceedings');
    // A conference's year before pages in the same compact shape is still its year.
    expect(readJournalRef('ICML 2019:1-9,2019', 2019).entryType).toBe('inproceedings');
    expect(readJournalRef('CVPR 2022: 1-10, 2022', 2021).entryType).toBe('inproceedings');
    expect(readJournalRef('JCAP 0901:019,2009', 2008).entryType).toBe('article');
  });
});
