import { describe, expect, it } from 'vitest';
import { unwrapStyleCommands } from '../../../src/lib/normalise/tex-style';
import { plainMathText } from '../../../src/lib/normalise/math-text';

describe('plain TeX font switches', () => {
  it('are dropped where math is read as text, their group kept (review 13 M1: `$T_{\\rm c}$` read "T_{\\rm c}" in a title)', () => {
    expect(unwrapStyleCommands(String.raw`T_{\rm c} + {\bf x}_{\it ij} + \rm CO_2`)).toBe('T_{c} + {x}_{ij} + CO_2');
    expect(plainMathText(String.raw`at $T_{\rm c}$ and $\mathrm{CO_2}$ by $g_{\mathrm{K}}$`)).toBe('at T_c and CO₂ by g_K');
  });

  it('leave longer commands that start with a switch\'s name alone', () => {
    expect(unwrapStyleCommands(String.raw`\item \itshape \rmfamily \bfseries \iota \sim`)).toBe(String.raw`\item \itshape \rmfamily \bfseries \iota \sim`);
  });
});
