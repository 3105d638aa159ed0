import { describe, expect, it } from 'vitest';
import { parseBibtex } from '../../../src/lib/ingest/bibtex';
import { holdsHtml, htmlText } from '../../../src/lib/ingest/bibtex-html';

// As IEEE Xplore's "Export citation" writes it: character references and untyped JATS tags in the values.
const IEEE = `@INPROCEEDINGS{9000001,
  author={Garc&#x00ED;a, Luis and M&#x00FC;ller, Eva},
  booktitle={2020 IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)},
  title={Robust Depth Estimation &#x0026; Segmentation in Low-Light Scenes},
  year={2020},
  pages={100-110},
  abstract={It improves the mIoU by 3.2&#x0025; and runs at 30&#x00A0;fps with &lt;8 GB; the error is &#x2264;0.1 m. The <italic>in situ</italic> tests use the x<sub>2</sub> norm at cost <inline-formula> <tex-math notation="LaTeX">$\\mathcal {O}(n^{2})$</tex-math></inline-formula>.},
  keywords={Estimation;Lighting;Depth &#x0026; segmentation},
  doi={10.1109/CVPR42600.2020.00011},
  month={June},}
`;

describe('HTML in a BibTeX export', () => {
  it('reads character references and the export\'s tags as the text they stand for', () => {
    const [r] = parseBibtex('ieee.bib', IEEE).records;
    expect(r!.title).toBe('Robust Depth Estimation & Segmentation in Low-Light Scenes');
    expect(r!.authors).toEqual(['Luis García', 'Eva Müller']);
    expect(r!.abstract).toBe('It improves the mIoU by 3.2% and runs at 30 fps with <8 GB; the error is ≤0.1 m. The in situ tests use the x₂ norm at cost $\\mathcal {O}(n^{2})$.');
    expect(r!.italics).toEqual({ abstract: ['in situ'] });
  });

  it('reads a formula whose TeX the export wrote without dollars as math, inline or set apart', () => {
    expect(htmlText('at cost <inline-formula><tex-math notation="LaTeX">\\mathcal{O}(n)</tex-math></inline-formula> per step')).toBe('at cost $\\mathcal{O}(n)$ per step');
    expect(htmlText('the loss <disp-formula><tex-math notation="LaTeX">L = \\sum_i x_i</tex-math></disp-formula> is small')).toBe('the loss $$L = \\sum_i x_i$$ is small');
    expect(htmlText('<inline-formula><tex-math notation="LaTeX">$\\alpha$</tex-math></inline-formula>-stable')).toBe('$\\alpha$-stable');
  });

  it('keeps the TeX of a formula the export wrote without dollars whole through the BibTeX parser (review finding 3)', () => {
    const bib = (abstract: string) => `@ARTICLE{9000002,\n  title={Sorting},\n  abstract={${abstract}},\n  year={2021},}\n`;
    const cases: Array<[string, string]> = [
      ['<inline-formula><tex-math notation="LaTeX">\\mathcal{O}(\\log n)</tex-math></inline-formula>', '$\\mathcal{O}(\\log n)$'],
      ['<inline-formula><tex-math notation="LaTeX">\\{0,1\\}^{n}</tex-math></inline-formula>', '$\\{0,1\\}^{n}$'],
      ['<inline-formula><tex-math notation="LaTeX">5\\%</tex-math></inline-formula>', '$5\\%$'],
      ['<inline-formula><tex-math notation="LaTeX">x \\in \\mathbb{R}^{d}</tex-math></inline-formula>', '$x \\in \\mathbb{R}^{d}$'],
    ];
    for (const [formula, math] of cases) {
      const { records, problems } = parseBibtex('ieee.bib', bib(`It runs in ${formula} time.`));
      expect(problems).toEqual([]);
      expect(records[0]!.abstract).toBe(`It runs in ${math} time.`);
    }
    // A formula over two lines: one line of math, and the entry's lines still counted.
    const two = parseBibtex('ieee.bib', `${bib('A <inline-formula><tex-math notation="LaTeX">a +\nb</tex-math></inline-formula> sum.')}@article{x,\n  title = {T},\n  abstract = {A},\n}\n`);
    expect(two.records[0]!.abstract).toBe('A $a + b$ sum.');
    expect(two.records[1]!.source.line).toBe(6);
  });

  it('splits keywords only at separators, not at the semicolon ending a character reference', () => {
    expect(parseBibtex('ieee.bib', IEEE).records[0]!.keywords).toEqual(['Estimation', 'Lighting', 'Depth & segmentation']);
  });

  it('leaves a value without references or paired tags as written: a < in prose or math is a character', () => {
    expect(holdsHtml('the <div> element and $a<b$')).toBe(false);
    expect(htmlText('the <div> element and $a<b$')).toBe('the <div> element and $a<b$');
    expect(htmlText('R&D at AT&T')).toBe('R&D at AT&T');
  });

  it('keeps a < that opens no tag of the export as text where the value does hold HTML', () => {
    expect(htmlText('x<sub>2</sub> when $a<b$ and <script>alert(1)</script>')).toBe('x₂ when $a<b$ and <script>alert(1)</script>');
    expect(htmlText('<b>Bold</b> &amp; <i>brave</i>')).toBe('<b>Bold</b> & <i>brave</i>');
  });
});
