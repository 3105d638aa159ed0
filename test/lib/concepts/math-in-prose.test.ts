import { describe, expect, it } from 'vitest';
import { maskNonProse } from '../../../src/lib/concepts/non-prose';
import { analyse } from '../../../src/lib/concepts/rank';
import { background } from '../../../src/lib/concepts/background';

const surfaces = (title: string, abstract: string) => analyse({ id: 'x', title, abstract }, background()).ranked.map((r) => r.surface.toLowerCase());

describe('TeX math inside prose (review 17 H3)', () => {
  it('reads a one-letter variable glued to a hyphen and a word as its letter: p-adic, ℓ-adic, p-divisible', () => {
    expect(maskNonProse('known $p$-adic cohomology theories and a category of $\\ell$-adic sheaves')).toBe('known p-adic cohomology theories and a category of ℓ-adic sheaves');
    const k = surfaces('Integral $p$-adic Hodge theory', 'We study moduli of $p$-divisible groups and $\\ell$-adic sheaves on the stack.');
    expect(k).toContain('integral p-adic hodge theory');
    expect(k).toContain('p-divisible groups');
    expect(k).toContain('ℓ-adic sheaves');
    for (const cut of ['adic hodge theory', 'divisible groups', 'adic sheaves']) expect(k).not.toContain(cut);
  });

  it('keeps a longer formula before a hyphen, and a letter not glued to a word, as math', () => {
    expect(maskNonProse('the $(\\varphi,\\Gamma)$-modules of $x$ and $y$')).not.toMatch(/varphi|Gamma|\bx\b|\by\b/);
  });

  it('masks display math whole, so the prose between two formulas stays prose and no TeX name is a word', () => {
    const abstract =
      'Define the function $$ H_t(x) := \\int_0^\\infty e^{tu^2} \\Phi(u) \\cos(xu)\\ du$$ where $\\Phi$ is the decaying function ' +
      '$$ \\Phi(u) := \\sum_{n=1}^\\infty \\exp(-\\pi n^2 e^{4u}).$$ Newman showed that there is a constant $\\Lambda$ such that the zeroes are real. ' +
      'The Riemann hypothesis is equivalent to the assertion $\\Lambda \\leq 0$. Also \\[ x^2 + y^2 \\] and \\( z \\) hold.';
    const masked = maskNonProse(abstract);
    expect(masked).toContain('The Riemann hypothesis is equivalent');
    expect(masked).not.toMatch(/Phi|Lambda|infty|\$/);
    const k = surfaces('Zeroes of an entire function', abstract);
    expect(k).toContain('riemann hypothesis');
    for (const tex of ['phi', 'lambda', 'pi']) expect(k).not.toContain(tex);
  });
});

describe('differentials written inline (probe 56: "Dη" was a paper\'s first tag, from "∫0∞u¯dη")', () => {
  it('are pieces of a formula, not words', () => {
    const abstract =
      'The boundary layer flux is F=∫0∞v¯dξ, and the drag follows from ∫τ(x)dx. Here dθ denotes the tilt of the rotating disk, ' +
      'and the boundary layer thickness grows with the Reynolds number.';
    const k = surfaces('Boundary layers on a rotating disk', abstract);
    expect(k.some((s) => /(?:^|\s)[d∂](?:ξ|θ|x)(?:$|\s)/u.test(s))).toBe(false);
    expect(k).toContain('reynolds number');
    expect(maskNonProse('the dx/dt term and the odd data')).toBe('the dx/dt term and the odd data');
  });
});
