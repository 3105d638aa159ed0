import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/lib/ingest/index';
import { looksLikeWos, parseWos } from '../../../src/lib/ingest/wos';
import { ingestFixture } from './fixture';

const where = (problems: { line: number; severity: string; dropped?: boolean }[]) => problems.map((p) => `${p.line}:${p.severity}${p.dropped ? ':dropped' : ''}`);

describe('Web of Science plain text (savedrecs.txt)', () => {
  const { format, records, problems } = ingestFixture('savedrecs.txt');

  it('reads each record from PT to ER, a BOM and the FN/VR/EF lines passed over', () => {
    expect(format).toBe('wos');
    expect(records.map((r) => r.source.line)).toEqual([3, 46]);
    expect(where(problems)).toEqual(['66:warning:dropped']);
  });

  it('joins wrapped text, takes one person a line in AF, DE as keywords (not Keywords Plus), and the locators', () => {
    expect(records[0]).toMatchObject({
      title: 'Life cycle assessment of CO2 capture with metal-organic frameworks: the solvents dominate',
      authors: ['Yu Zhang', 'Maria Garcia-Lopez', 'Chidi N. Okafor'],
      year: 2021,
      doi: '10.1016/j.jclepro.2020.125768',
      pmid: '33333333',
      entryType: 'article',
      keywords: ['Carbon capture', 'Life cycle assessment', 'Metal-organic frameworks'],
      bibliographic: { volume: '290', articleNumber: '125768', month: 3 },
    });
    expect(records[0]!.abstract).toMatch(/^Metal-organic frameworks are promising .* post-combustion CO2 capture\. We assess .* footprint\.$/);
    // The publisher in capitals is not kept for an article.
    expect(records[0]!.bibliographic?.publisher).toBeUndefined();
  });

  it("shows the journal's capitals in its case by way of its ISO abbreviation", () => {
    expect(records[0]!.venue).toBe('Journal of Cleaner Production');
    expect(records[1]!.venue).toBe('IEEE Transactions on Geoscience and Remote Sensing');
  });

  it('cites an article given at a meeting first as the article, with BP–EP as pages and no month for JAN-FEB', () => {
    expect(records[1]).toMatchObject({ entryType: 'article', bibliographic: { volume: '58', number: '1', pages: '123-135' } });
    expect(records[1]!.bibliographic?.month).toBeUndefined();
  });
});

describe('Web of Science: what the probe and review 55 found', () => {
  const one = (lines: string) => parseWos('savedrecs.txt', `FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\n${lines}\nER\nEF\n`).records[0]!;

  it("gives a structured abstract's capital headings their colons, where two or more open sentences", () => {
    expect(one('TI T\nAB BACKGROUND Many patients relapse. METHODS We randomly assigned 120 adults. RESULTS Of the 120, 80 improved.').abstract).toBe(
      'BACKGROUND: Many patients relapse. METHODS: We randomly assigned 120 adults. RESULTS: Of the 120, 80 improved.',
    );
    expect(one('TI T\nAB We review BACKGROUND Noise in detectors.').abstract).toBe('We review BACKGROUND Noise in detectors.');
  });

  it("takes an early-access article's year and month from EA, and marks a retracted publication", () => {
    expect(one('TI T\nAB A.\nDT Review; Early Access\nEA MAR 2024')).toMatchObject({ year: 2024, bibliographic: { month: 3 } });
    expect(one('TI T\nAB A.\nDT Article; Retracted Publication\nPY 2020').retractedAs).toBe('its document type (DT)');
  });

  it("reads AU's initials and old capitals as names, passes over [Anonymous], keeps a two-word family name's parts", () => {
    const r = one('TI T\nAB A.\nAU ROSE, G\n   Okafor, CN\n   [Anonymous]');
    expect(r.authors).toEqual(['G. Rose', 'C. N. Okafor']);
    expect(one('TI T\nAB A.\nAF Garcia Lopez, Maria').nameParts).toEqual([expect.objectContaining({ family: 'Garcia Lopez', given: 'Maria' })]);
  });

  it("cites a book under its publisher in its case, not its own title; a proceedings paper's venue from CT where SO is capitals only", () => {
    const book = parseWos('s.txt', 'PT B\nAU Greenhalgh, T\nTI How to read a paper\nSO HOW TO READ A PAPER\nDT Book\nPU WILEY-BLACKWELL\nAB A.\nER\n').records[0]!;
    expect(book).toMatchObject({ entryType: 'book', bibliographic: { publisher: 'Wiley-Blackwell' } });
    expect(book.venue).toBeUndefined();
    const paper = parseWos('s.txt', 'PT C\nTI T\nSO PROCEEDINGS OF THE 2021 IEEE INTERNATIONAL CONFERENCE ON ROBOTICS AND AUTOMATION\nCT IEEE International Conference on Robotics and Automation (ICRA)\nDT Proceedings Paper\nAB A.\nER\n').records[0]!;
    expect(paper).toMatchObject({ entryType: 'inproceedings', venue: 'IEEE International Conference on Robotics and Automation (ICRA)' });
  });

  it("marks no text with LA, as WoS gives titles and abstracts in English", () => {
    expect(one('TI T\nAB A.\nLA Spanish').language).toBeUndefined();
  });
});

describe('Web of Science: damaged files and detection', () => {
  it('says where each problem is and reads the rest', () => {
    const text = [
      'FN Clarivate Analytics Web of Science',
      'VR 1.0',
      'Exported on 2024-01-01',
      'PT J',
      'AF Okafor, Chidi',
      'TI Sleep spindles and memory',
      'PY 20xx',
      'DI not a doi',
      'AB Spindle density predicts overnight retention in older adults.',
      'this line lost its tag',
      'PT J',
      'TI Read though never closed',
      'AB An abstract.',
      'EF',
    ].join('\n');
    const { records, problems } = parseWos('savedrecs.txt', text, { currentYear: 2026 });
    expect(records.map((r) => [r.title, r.year, r.doi])).toEqual([
      ['Sleep spindles and memory', undefined, undefined],
      ['Read though never closed', undefined, undefined],
    ]);
    // The PY and DI lines' problems at their lines (7, 8); the record's own (not closed) at its first (4).
    expect(where(problems)).toEqual(['3:error', '4:warning', '7:warning', '8:warning', '10:error', '11:warning']);
    expect(problems[0]!.reason).toMatch(/^expected "PT " to open a Web of Science record, found "Exported on 2024-01-01"/);
    expect(problems[1]!.reason).toMatch(/^Web of Science record opened here is not closed/);
    expect(problems[2]!.reason).toMatch(/^Web of Science record "Sleep spindles and memory": "PY 20xx" is not a year; expected one such as "PY 2021"/);
    expect(problems[3]!.reason).toMatch(/^Web of Science record "Sleep spindles and memory": DI "not a doi" is not a DOI; left out/);
    expect(problems[4]!.reason).toMatch(/^expected a Web of Science field .* found "this line lost its tag"/);
  });

  it("says a year too late at the line of the field it was read from, an early-access article's EA", () => {
    const text = ['FN Clarivate Analytics Web of Science', 'VR 1.0', 'PT J', 'TI Early', 'AB A.', 'EA MAR 2109', 'UT WOS:001', 'ER', 'EF'].join('\n');
    const { records, problems } = parseWos('savedrecs.txt', text, { currentYear: 2026 });
    expect(records[0]!.year).toBeUndefined();
    expect(problems.map((p) => [p.line, p.reason])).toEqual([[6, expect.stringMatching(/^Web of Science record WOS:001: "EA MAR 2109" is later than next year \(2027\)/)]]);
  });

  it('knows the format by its FN and VR lines, in a .txt (savedrecs.txt) or a .ciw', () => {
    expect(looksLikeWos('FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\n')).toBe(true);
    expect(looksLikeWos('FN notes\nsomething else\n')).toBe(false);
    expect(detectFormat('savedrecs.txt', 'FN Thomson Reuters Web of Science\nVR 1.0\n')).toBe('wos');
    expect(detectFormat('savedrecs.ciw', 'FN Clarivate Analytics Web of Science\nVR 1.0\n')).toBe('wos');
  });
});
