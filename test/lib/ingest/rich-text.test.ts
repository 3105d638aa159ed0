import { describe, expect, it } from 'vitest';
import { plainFromRichText } from '../../../src/lib/ingest/rich-text';
import { parseJsonDocument } from '../../../src/lib/ingest/json';
import { sectionLabels } from '../../../src/lib/content/abstract-sections';

describe('plainFromRichText', () => {
  it('reads CSL rich-text tags as the text they mark', () => {
    expect(plainFromRichText('Percolation on <i>Random</i> Graphs with <span class="nocase">pH</span> Tails')).toBe('Percolation on Random Graphs with pH Tails');
    expect(plainFromRichText('<b>Bold</b> and <span style="font-variant:small-caps;">Caps</span>')).toBe('Bold and Caps');
  });

  it('leaves out what a script or style element holds, which no reader sees (a pasted page\'s `alert(\'x\')`)', () => {
    expect(plainFromRichText("<jats:p>Dieback follows drought. <script>alert('x')</script>We survey marshes.</jats:p><style>*{display:none}</style><a href=\"javascript:alert(3)\">click</a>")).toBe(
      'Dieback follows drought. We survey marshes. click',
    );
    // Without markup the words stay as written, "<script>" in plain text included; an unclosed one among
    // markup is text too, not the start of a script that swallows the rest of the abstract.
    expect(plainFromRichText('A parser that reads <script> tags')).toBe('A parser that reads <script> tags');
    expect(plainFromRichText('We measure how often a <script> tag injected into <i>comment forms</i> runs, across 500 sites.')).toBe(
      'We measure how often a <script> tag injected into comment forms runs, across 500 sites.',
    );
    expect(plainFromRichText('<p>Pages that set <style> in the body render late; we move it.</p>')).toBe('Pages that set <style> in the body render late; we move it.');
  });

  it('drops a JATS abstract heading and keeps paragraphs apart', () => {
    expect(plainFromRichText('<jats:title>Abstract</jats:title><jats:p>We study percolation.</jats:p><jats:p>It appears.</jats:p>')).toBe('We study percolation. It appears.');
    expect(plainFromRichText('<p>First paragraph.</p>\n<p>Second.</p>')).toBe('First paragraph. Second.');
  });

  it('keeps a JATS section heading as the section\'s label, as a structured abstract written as text has it', () => {
    expect(plainFromRichText('<jats:p>Intro.</jats:p><jats:sec><jats:title>Methods</jats:title><jats:p>We ran it.</jats:p></jats:sec>')).toBe('Intro. Methods: We ran it.');
    const jats =
      '\n  <jats:title>Abstract</jats:title>\n  <jats:sec>\n    <jats:title>Background</jats:title>\n    <jats:p>Malaria remains a burden.</jats:p>\n  </jats:sec>' +
      '<jats:sec><jats:title>Methods.</jats:title><jats:p>We surveyed 12 districts.</jats:p></jats:sec><jats:sec><jats:title>RESULTS AND CONCLUSIONS</jats:title><jats:p>Cases fell.</jats:p></jats:sec>';
    const plain = plainFromRichText(jats);
    expect(plain).toBe('Background: Malaria remains a burden. Methods: We surveyed 12 districts. RESULTS AND CONCLUSIONS: Cases fell.');
    // Labelled as the same abstract from BibTeX is, where the page sets each section apart.
    expect(sectionLabels(plain).map((l) => plain.slice(l.start, l.end))).toEqual(['Background:', 'Methods:', 'RESULTS AND CONCLUSIONS:']);
  });

  it('keeps the TeX of a JATS formula given in more than one form, without the document Springer wraps it in, inline where JATS says so', () => {
    expect(plainFromRichText('<jats:p>When <jats:inline-formula><jats:alternatives><jats:tex-math>$$x^2 &lt; y$$</jats:tex-math><mml:math><mml:msup><mml:mi>x</mml:mi><mml:mn>2</mml:mn></mml:msup><mml:mo>&lt;</mml:mo><mml:mi>y</mml:mi></mml:math></jats:alternatives></jats:inline-formula> holds.</jats:p>')).toBe(
      'When $x^2 < y$ holds.',
    );
    const springer = '\\documentclass[12pt]{minimal}\n\\usepackage{amsmath}\n\\setlength{\\oddsidemargin}{-69pt}\n\\begin{document}$$\\alpha$$\\end{document}';
    expect(plainFromRichText(`<jats:p>Rate <jats:inline-formula><jats:alternatives><jats:tex-math>${springer}</jats:tex-math><mml:math><mml:mi>α</mml:mi></mml:math></jats:alternatives></jats:inline-formula> fell.</jats:p>`)).toBe('Rate $\\alpha$ fell.');
    expect(plainFromRichText('<jats:p>So</jats:p><jats:disp-formula><jats:tex-math>E = mc^2</jats:tex-math></jats:disp-formula>')).toBe('So $$E = mc^2$$');
    expect(plainFromRichText('<jats:p>Rate <jats:inline-formula><jats:tex-math>\\beta_1</jats:tex-math></jats:inline-formula> fell.</jats:p>')).toBe('Rate $\\beta_1$ fell.');
    // Without TeX, the first form.
    expect(plainFromRichText('<jats:p>A <jats:alternatives><mml:math><mml:mi>x</mml:mi></mml:math><jats:inline-graphic/></jats:alternatives> b.</jats:p>')).toBe('A x b.');
  });

  it('turns sub- and superscripts into Unicode where it can, inline math where it cannot', () => {
    expect(plainFromRichText('H<sub>2</sub>O at 10<sup>-3</sup> M')).toBe('H₂O at 10⁻³ M');
    expect(plainFromRichText('the <i>L</i><sub>pq</sub> norm')).toBe('the L$_{\\mathrm{pq}}$ norm');
  });

  it('reads JATS sub- and superscripts as their HTML twins (review 13 M2: Crossref\'s `O<jats:sub>2</jats:sub>` was "O2")', () => {
    const jats = '<jats:p>Li[Ni<jats:sub>x</jats:sub>Mn<jats:sub>2/3</jats:sub>]O<jats:sub>2</jats:sub> and Al<jats:sub>x</jats:sub>CoCrFeNi reach 200 MPa·m<jats:sup>1/2</jats:sup> at 10<jats:sup>-3</jats:sup> s<jats:sup>−1</jats:sup>, in <jats:italic>situ</jats:italic>.</jats:p>';
    const html = '<p>Li[Ni<sub>x</sub>Mn<sub>2/3</sub>]O<sub>2</sub> and Al<sub>x</sub>CoCrFeNi reach 200 MPa·m<sup>1/2</sup> at 10<sup>-3</sup> s<sup>−1</sup>, in <i>situ</i>.</p>';
    expect(plainFromRichText(jats)).toBe(plainFromRichText(html));
    expect(plainFromRichText(jats)).toContain('O₂ and AlₓCoCrFeNi');
    expect(plainFromRichText('<jats:p>First line<jats:break/>second line</jats:p>')).toBe('First line second line');
  });

  it('decodes entities once, and what they stand for stays text', () => {
    expect(plainFromRichText('<jats:p>p &lt; 0.05 for AT&amp;T&#39;s &lt;script&gt; data</jats:p>')).toBe("p < 0.05 for AT&T's <script> data");
    expect(plainFromRichText('<i>x</i> &amp;amp;')).toBe('x &amp;');
  });

  it('leaves text without such markup as it was, but for its character references', () => {
    for (const text of ['We compare <script> tags & a < b', '<unknown>markup</unknown>', 'x<y and y>z', 'R&D at AT&T; &c.']) {
      expect(plainFromRichText(text)).toBe(text);
    }
    expect(plainFromRichText('AT&amp;T stays &amp;amp; once')).toBe('AT&T stays &amp; once');
  });

  it('decodes an abstract whose only markup is escaped (review 11 H2: "&lt;" made a concept "Lt")', () => {
    expect(plainFromRichText('A payload such as &lt;img src=x onerror=alert(1)&gt; or &lt;script&gt;alert(1)&lt;/script&gt; runs.')).toBe(
      'A payload such as <img src=x onerror=alert(1)> or <script>alert(1)</script> runs.',
    );
    // A raw "<" beside the references is kept, never read as a tag.
    expect(plainFromRichText('x &lt; y and <script> stays')).toBe('x < y and <script> stays');
  });

  it('reads markup escaped once more than it should be (review 12 N1: "&lt;p&gt;" shown on the TESS page)', () => {
    expect(plainFromRichText('&lt;p&gt;TESS finds planets with R &lt; 2 and H&lt;sub&gt;2&lt;/sub&gt;O.&lt;/p&gt;&lt;p&gt;It &lt;i&gt;surveys&lt;/i&gt; the sky.&lt;/p&gt;')).toBe(
      'TESS finds planets with R < 2 and H₂O. It surveys the sky.',
    );
    // Escaped text that means the characters stays so.
    expect(plainFromRichText('A payload &lt;script&gt;alert(1)&lt;/script&gt; runs.')).toBe('A payload <script>alert(1)</script> runs.');
  });

  it('reads code, links and lists of publishers\' HTML as their text', () => {
    expect(plainFromRichText('Branches such as <code>if (x &lt; array1_size)</code> leak via <code>clflush</code>.')).toBe(
      'Branches such as if (x < array1_size) leak via clflush.',
    );
    expect(plainFromRichText('See <a href="https://example.org">the site</a>.<ul><li>One</li><li>Two</li></ul>')).toBe('See the site. One Two');
  });
});

describe('rich text in the readers', () => {
  it('reads a Crossref-style CSL item as text, and its slug-making title without tags', () => {
    const csl = JSON.stringify([
      { type: 'article-journal', id: 'x', title: 'Percolation on <i>Random</i> Graphs', abstract: '<jats:title>Abstract</jats:title><jats:p>We study H<sub>2</sub>.</jats:p>', 'container-title': 'Phys. <i>Rev.</i> E', DOI: '10.1000/x1' },
    ]);
    const { records, problems } = parseJsonDocument('crossref.json', csl);
    expect(problems).toEqual([]);
    expect(records[0]).toMatchObject({ title: 'Percolation on Random Graphs', abstract: 'We study H₂.', venue: 'Phys. Rev. E' });
  });

  it('reads JATS in a plain JSON abstract, and leaves other angle brackets in JSON as typed', () => {
    const json = JSON.stringify([
      { title: 'A', abstract: '<jats:p>Crossref text.</jats:p>' },
      { title: 'B', abstract: 'We escape <i> and <script> in templates.' },
    ]);
    const { records } = parseJsonDocument('plain.json', json);
    expect(records.map((r) => r.abstract)).toEqual(['Crossref text.', 'We escape <i> and <script> in templates.']);
  });
});
