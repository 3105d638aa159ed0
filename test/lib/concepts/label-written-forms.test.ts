import { describe, expect, it } from 'vitest';
import { extractConceptIndex } from '../../../src/lib/concepts/extract';

describe('a form that writes one word as its short form is no label (review 18 M3: "MP point" for maximum power point)', () => {
  it('labels the concept with the words written out and keeps the half-abbreviated form as another name', () => {
    const docs = [
      {
        id: 'feedforward',
        title: 'Feedforward tracking for PV systems using a fuzzy controller',
        abstract:
          'A feedforward maximum power (MP) point tracking scheme is developed for photovoltaic arrays. The MP point of the array moves with insolation and temperature, and the fuzzy controller follows the MP point within a few cycles of the converter.',
      },
      {
        id: 'cell-temperature',
        title: 'Predicting solar cell temperature in concentrator modules',
        abstract:
          'Methods that predict the cell temperature at maximum power point (MPP) operation offer a realistic approach, since they include the electrical power drawn from the photovoltaic module.',
      },
    ];
    const concept = extractConceptIndex(docs, { perPaper: 8 }).index.concepts.find((c) => c.aliases.includes('MPP') || c.label === 'MPP');
    expect(concept?.label).toBe('Maximum power point');
    expect(concept?.id).toBe('maximum-power-point');
    expect(concept?.aliases).toContain('MP point');
  });
});

describe('a label with a function word hyphened on one side only (review 18 M3: "Return-on investment")', () => {
  const docs = (second: string) => [
    {
      id: 'measuring',
      title: 'Measuring return: revealing the payback',
      abstract:
        'The most critical part of the return-on-investment odyssey is to develop metrics that matter to the business and to measure systems against them, so that automation investments are judged by what they return.',
    },
    {
      id: 'mainstream',
      title: 'Moving into the mainstream of product lifecycle management',
      abstract: `Manufacturers begin to identify and implement targeted projects intended to deliver ${second} in a timely fashion. Vendors are also releasing second-generation product lifecycle management suites.`,
    },
  ];

  it('is the open noun phrase where the papers also write the words another way', () => {
    const concept = extractConceptIndex(docs('return-on investment'), { perPaper: 8 }).index.concepts.find((c) => c.id === 'return-on-investment');
    expect(concept?.label).toBe('Return on investment');
    expect(concept?.aliases).toContain('return-on-investment');
  });

  it('keeps a compound every paper writes the same way', () => {
    const concept = extractConceptIndex(docs('return-on-investment'), { perPaper: 8 }).index.concepts.find((c) => c.id === 'return-on-investment');
    expect(concept?.label).toBe('Return-on-investment');
  });
});

describe('a long form a paper defines is a name as written, whatever its own short forms stand for', () => {
  it('keeps "CADE ATP System Competition (CASC)" where the paper also spells out "automated theorem proving"', () => {
    const docs = [
      {
        id: 'casc',
        title: 'The development of CASC [automated theorem proving]',
        abstract:
          'It is only a small step from system evaluation to a communal system competition. The CADE ATP System Competition (CASC) has been run annually since 1996. This paper describes the evolution of CASC, paying particular attention to its design.',
      },
      {
        id: 'tptp',
        title: 'TPTP, CASC and the development of a semantically guided theorem prover',
        abstract: 'The prover has been tested with problems from the TPTP library and sharpened by participation in CASC each year, which shows the influence of CASC on theorem provers.',
      },
    ];
    const concept = extractConceptIndex(docs, { perPaper: 8 }).index.concepts.find((c) => c.aliases.includes('CASC'));
    expect(concept?.label).toBe('CADE ATP System Competition');
  });
});
