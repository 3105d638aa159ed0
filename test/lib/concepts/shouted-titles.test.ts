import { describe, expect, it } from 'vitest';
import { extractConceptIndex } from '../../../src/lib/concepts/extract';
import { maskNonProse } from '../../../src/lib/concepts/non-prose';
import { unshoutedTitle } from '../../../src/lib/concepts/shouted-titles';

describe('titles in capitals and structured-abstract labels (review 12 N2)', () => {
  it('reads a title in capitals in lowercase, but for the acronyms its abstract writes', () => {
    expect(unshoutedTitle('SETTING NEW STANDARDS WITH HARPS', 'HARPS is a spectrograph.')).toBe('setting new standards with HARPS');
    expect(unshoutedTitle('KEPLER PLANET-DETECTION MISSION: INTRODUCTION', 'The Kepler mission.')).toBe('kepler planet-detection mission: introduction');
    // A title with any lowercase letter, or of one word, is as written.
    expect(unshoutedTitle('HARPS: Setting New Standards', 'x')).toBe('HARPS: Setting New Standards');
    expect(unshoutedTitle('SEXTRACTOR', 'x')).toBe('SEXTRACTOR');
  });

  it('reads a section label in capitals as no words of the text', () => {
    expect(maskNonProse('BACKGROUND: We study X. MATERIALS AND METHODS: We ran Y.')).not.toMatch(/BACKGROUND|METHODS/);
    // Capitals inside a sentence are words, and so is one label-like acronym alone.
    expect(maskNonProse('We use the HARPS: a spectrograph.')).toContain('HARPS');
    expect(maskNonProse('TESS: we present a survey. It finds planets.')).toContain('TESS');
  });

  it('gives no shouted keyword and no concept "CONCLUSIONS"', () => {
    const { index } = extractConceptIndex(
      [
        { id: 'kepler', title: 'KEPLER PLANET-DETECTION MISSION: INTRODUCTION AND FIRST RESULTS', abstract: 'BACKGROUND: The Kepler mission searches for transiting planets with a photometer. METHODS: We monitor stars with spectrograph follow-up. CONCLUSIONS: Kepler detects small planets.' },
        { id: 'tess', title: 'Transiting Exoplanet Survey Satellite', abstract: 'TESS searches for transiting planets around bright stars. CONCLUSIONS: it finds small planets.' },
      ],
      { perPaper: 8 },
    );
    const labels = index.concepts.map((c) => c.label);
    expect(labels.filter((l) => /^[\p{Lu}\s-]{6,}$/u.test(l) && l.includes(' '))).toEqual([]);
    expect(labels.map((l) => l.toLowerCase())).not.toContain('conclusions');
  });
});
