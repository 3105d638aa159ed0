import { describe, expect, it } from 'vitest';
import { DEFAULT_CANDIDATE_OPTIONS, findCandidates } from '../../../src/lib/concepts/candidates';
import { tokenize } from '../../../src/lib/concepts/tokenize';
import { extractConcepts } from '../../../src/lib/concepts/index';
import { findMentions } from '../../../src/lib/content/mentions';
import { findAbbreviations } from '../../../src/lib/concepts/abbreviations';
import { identity } from '../../../src/lib/concepts/normalise';

const keys = (text: string) => [...findCandidates(tokenize(text), DEFAULT_CANDIDATE_OPTIONS).keys()];

describe('a Greek letter in TeX math glued to a word (review 9 M5)', () => {
  it('belongs to the word', () => {
    const k = keys('Assuming a flat $\\Lambda$CDM model, the base-$\\Lambda$CDM cosmology fits; A$\\beta$ plaques and TNF-$\\alpha$ levels rose.');
    expect(k).toContain('ΛCDM model');
    expect(k).not.toContain('CDM model');
    expect(k.some((x) => x.startsWith('aβ plaque'))).toBe(true);
    expect(k.some((x) => x.startsWith('TNF α'))).toBe(true);
  });

  it('stays out of phrases where the math stands apart', () => {
    const k = keys('The Rényi $\\alpha$ divergence and a $3\\sigma$ tension at $x$-axis values.');
    expect(k.some((x) => /α|σ|alpha|sigma/.test(x))).toBe(false);
  });

  it('names a concept spelled out in its id and linked where the abstract writes it as TeX', () => {
    const abstract = 'We present cosmological constraints assuming the $\\Lambda$CDM model from the matter power spectrum.';
    const index = extractConcepts(
      [
        { id: 'kids', title: 'Cosmic shear constraints', abstract },
        { id: 'planck', title: 'Cosmological parameters', abstract: 'The $\\Lambda$CDM model fits the matter power spectrum of the CMB.' },
      ],
      { perPaper: 6 },
    );
    const lcdm = index.concepts.find((c) => c.label.startsWith('ΛCDM'));
    expect(lcdm?.id.startsWith('lambda-cdm')).toBe(true);
    const [mention] = findMentions(abstract, [{ id: lcdm!.id, forms: [lcdm!.label] }]);
    expect(abstract.slice(mention!.start, mention!.end)).toBe(`$\\Lambda$CDM${lcdm!.label.slice('ΛCDM'.length)}`);
  });
});

describe('a Greek letter and its spelled name are one concept (review 9 M5: IL-1β, TNF-α)', () => {
  it('reads a lone Greek letter as the word of its name in identities', () => {
    expect(identity('interleukin-1β')).toBe(identity('interleukin-1 beta'));
    expect(identity('TNF-α')).toBe(identity('TNF-alpha'));
    expect(identity('tumour necrosis factor-α')).toBe(identity('tumour necrosis factor alpha'));
    expect(identity('NF-κB')).toBe(identity('NF-kappa B'));
    // A word of Greek keeps its letters.
    expect(identity('λόγος')).toBe('λόγος');
  });

  it('reads the micro sign, variant and accented forms as the letter they are', () => {
    expect(identity('µ-opioid receptor')).toBe(identity('μ-opioid receptor'));
    expect(identity('µ-opioid receptor')).toBe(identity('mu-opioid receptor'));
    expect(identity('ϵ-greedy policy')).toBe(identity('ε-greedy policy'));
    expect(identity('ϕ-divergence')).toBe(identity('φ-divergence'));
    expect(identity('ϑ-method')).toBe(identity('theta-method'));
  });

  it('reads "interleukin-1 beta (IL-1β)" as a definition', () => {
    expect(findAbbreviations('Serum interleukin-1 beta (IL-1β) and tumour necrosis factor alpha (TNF-α) rose.')).toEqual([
      { short: 'IL-1β', long: 'interleukin-1 beta' },
      { short: 'TNF-α', long: 'tumour necrosis factor alpha' },
    ]);
  });

  it('merges three papers that write one cytokine three ways', () => {
    const index = extractConcepts(
      [
        {
          id: 'greek1',
          title: 'IL-1β and TNF-α drive NF-κB activation in synovial fibroblasts',
          abstract:
            'Interleukin-1β (IL-1β) and tumour necrosis factor-α (TNF-α) are the principal pro-inflammatory cytokines in rheumatoid arthritis (RA). We treated human synovial fibroblasts with IL-1β or TNF-α and measured nuclear translocation of NF-κB p65.',
        },
        {
          id: 'greek2',
          title: 'Interleukin-1 beta and tumour necrosis factor alpha in osteoarthritis cartilage',
          abstract:
            'Cartilage explants from 24 patients with knee osteoarthritis (OA) were exposed to interleukin-1 beta (IL-1b) and tumour necrosis factor alpha (TNF-a). Both cytokines increased MMP-13 expression and proteoglycan loss.',
        },
        {
          id: 'infliximab',
          title: 'A Short-Term Study of Chimeric Monoclonal Antibody cA2 to Tumor Necrosis Factor $\\alpha$ for Crohn\'s Disease',
          abstract:
            'Tumor necrosis factor $\\alpha$ (TNF-$\\alpha$) is a proinflammatory cytokine implicated in the pathogenesis of Crohn\'s disease. We evaluated cA2, a chimeric monoclonal antibody to TNF-$\\alpha$, in patients with Crohn\'s disease.',
        },
      ],
      { perPaper: 8 },
    );
    const tnf = index.concepts.find((c) => c.papers.includes('greek1') && /necrosis factor/i.test(c.label));
    expect(tnf?.papers.slice().sort()).toEqual(['greek1', 'greek2', 'infliximab']);
    const il1 = index.concepts.find((c) => /interleukin/i.test(c.label));
    expect(il1?.papers.slice().sort()).toEqual(['greek1', 'greek2']);
  });
});

describe('a Greek letter\'s name glued to its symbol is the letter (review 10: IL-1beta, NF-kappaB)', () => {
  it('reads the glued name as the letter in identities, and leaves words that only hold a name', () => {
    expect(identity('IL-1beta')).toBe(identity('IL-1β'));
    expect(identity('NF-kappaB')).toBe(identity('NF-κB'));
    expect(identity('TGFbeta signalling')).toBe(identity('TGF-β signalling'));
    expect(identity('HIF-1alpha')).toBe(identity('HIF-1α'));
    expect(identity('Abeta plaques')).toBe(identity('Aβ plaques'));
    expect(identity('LambdaCDM')).toBe(identity('ΛCDM'));
    expect(identity('PI3Kgamma')).toBe(identity('PI3Kγ'));
    for (const word of ['AlphaGo', 'alphabet', 'Betamethasone', 'piRNA', 'RhoA', 'PhiX174', 'Gammaproteobacteria', 'Beta', 'Meta', 'Zeta', 'Feta']) {
      expect(identity(word)).not.toMatch(/\s/);
    }
  });

  it('gives papers that write a cytokine glued and as the letter one concept', () => {
    const index = extractConcepts(
      [
        {
          id: 'unicode',
          title: 'IL-1β activates NF-κB in synovial fibroblasts',
          abstract: 'Synovial fibroblasts treated with IL-1β showed nuclear translocation of NF-κB within minutes; when NF-κB was blocked, MMP-13 expression fell.',
        },
        {
          id: 'ascii',
          title: 'IL-1beta induces NF-kappaB activation in chondrocytes',
          abstract: 'Human chondrocytes exposed to IL-1beta activated NF-kappaB; blocking NF-kappaB reduced MMP-13 expression and cartilage loss.',
        },
      ],
      { perPaper: 8 },
    );
    const both = index.concepts.filter((c) => c.papers.length === 2).map((c) => c.label);
    expect(both).toEqual(expect.arrayContaining([expect.stringMatching(/^IL-1(β|beta)$/), expect.stringMatching(/^NF-(κB|kappaB)$/)]));
  });
});
