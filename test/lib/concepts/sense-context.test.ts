import { describe, expect, it } from 'vitest';
import { SenseContext } from '../../../src/lib/concepts/sense-context';

const STOP = new Set(['a', 'the', 'of', 'in', 'we', 'is', 'and', 'for', 'on', 'with']);
const words = (text: string) => text.toLowerCase().split(/[^a-z0-9|]+/i).filter(Boolean);
const upper = (text: string) => text.split(/[^A-Za-z0-9|]+/).filter(Boolean).map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w.toLowerCase()));

// Twelve papers: a fluid-dynamics field that defines IBM as the immersed boundary method, a trade press
// that writes IBM for the company, and papers on other things; k = 2.
const papers = [
  'the immersed boundary method IBM couples a fluid grid with an elastic membrane for heart valve flow',
  'an elastic membrane in viscous fluid flow simulated with IBM on a staggered grid',
  'IBM on a staggered grid resolves the membrane force in viscous flow past a valve',
  'IBM ships autonomic computing servers for enterprise data centres',
  'IBM servers and middleware boost enterprise web services integration',
  'the internship program at IBM brings students to enterprise research labs',
  'genetic algorithms schedule jobs in a flow shop',
  'library catalogues move to web services',
  'quantum dots emit light at low temperature',
  'neural networks classify handwritten digits',
  'fuzzy control of a heating plant',
  'students rate web based course software',
].map(upper);

describe('SenseContext', () => {
  const context = new SenseContext(papers, STOP, 2);

  it('counts a paper near the definers, and one near those, as using the sense (review 18 H1: IBM)', () => {
    const using = context.sensePapers('IBM', 'immersed boundary method', [0]);
    expect([...using].sort()).toEqual([0, 1, 2]);
  });

  it('leaves the papers that use the letters for something else out, though they are near one another', () => {
    const using = context.sensePapers('IBM', 'immersed boundary method', [0]);
    for (const doc of [3, 4, 5]) expect(using.has(doc)).toBe(false);
    expect(context.near(4, [3], ['IBM'])).toBe(true);
  });

  it('does not count the short form or the long form\'s words as shared context', () => {
    const two = new SenseContext([upper('spark plasma sintering SPS densifies ceramic powders'), upper('SPS beams probe the quark gluon plasma'), upper('ceramic powders of alumina')], STOP, 5);
    expect(two.sensePapers('SPS', 'spark plasma sintering', [0]).has(1)).toBe(false);
    expect(two.similarityWithout(0, 1, [])).toBeGreaterThan(0);
    expect(two.similarityWithout(0, 1, ['SPS', 'spark', 'plasma', 'sintering'])).toBe(0);
  });

  it('counts the papers that write the long form out as using the sense', () => {
    const using = context.sensePapers('IBM', 'elastic membrane', []);
    expect(using.has(0)).toBe(true);
    expect(using.has(1)).toBe(true);
  });

  it('ignores function words, which a small library\'s idf does not discount', () => {
    const texts = [words('a region of interest roi in the image'), words('a fast roi for the firm'), words('neural networks classify digits')];
    expect(new SenseContext(texts, new Set(), 5).similarityWithout(0, 1, ['roi', 'region', 'of', 'interest'])).toBeGreaterThan(0);
    expect(new SenseContext(texts, STOP, 5).similarityWithout(0, 1, ['roi', 'region', 'of', 'interest'])).toBe(0);
  });

  it('finds the papers that write a short form or a long form of several words, function words included', () => {
    const texts = [
      'input output I O buffers of the disk controller',
      'I O buffers of a disk controller cache blocks',
      'a region of interest ROI in the scan',
      'ROI region of interest of the lesion',
    ].map((t) => t.split(' '));
    const small = new SenseContext(texts, STOP, 5);
    expect([...small.sensePapers('I O', 'input output', [])].sort()).toEqual([0, 1]);
    expect([...small.sensePapers('ROI', 'region of interest', [])].sort()).toEqual([2, 3]);
  });
});
