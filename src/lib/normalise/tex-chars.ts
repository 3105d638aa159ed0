/**
 * TeX math commands that stand for one Unicode character (`\alpha` α, `\leq` ≤, `\subset` ⊂), for text made
 * from a formula where no MathML fits: titles and graph labels (./math-text.ts) and search excerpts, which
 * show a formula as the index holds it, its TeX (../search/excerpt.ts). The search worker imports this.
 */
import { GREEK_LETTERS } from './greek';

/** Relations, operators, arrows and letter-like symbols; big operators, roots and delimiters stay TeX. */
const SYMBOLS =
  'le ≤ leq ≤ ge ≥ geq ≥ neq ≠ ne ≠ times × cdot · pm ± mp ∓ infty ∞ to → rightarrow → leftarrow ← leftrightarrow ↔ ' +
  'Rightarrow ⇒ Leftrightarrow ⇔ mapsto ↦ approx ≈ sim ∼ simeq ≃ cong ≅ equiv ≡ lesssim ≲ gtrsim ≳ ll ≪ gg ≫ ' +
  'propto ∝ in ∈ notin ∉ subset ⊂ supset ⊃ subseteq ⊆ supseteq ⊇ cup ∪ cap ∩ setminus ∖ emptyset ∅ forall ∀ ' +
  'exists ∃ circ ∘ otimes ⊗ oplus ⊕ partial ∂ nabla ∇ ell ℓ Re ℜ Im ℑ sharp ♯ degree ° ldots … cdots ⋯ varepsilon ε varphi φ';

export const TEX_CHARS: ReadonlyMap<string, string> = (() => {
  const map = new Map(GREEK_LETTERS);
  const parts = SYMBOLS.split(' ');
  for (let i = 0; i + 1 < parts.length; i += 2) map.set(parts[i]!, parts[i + 1]!);
  return map;
})();

/**
 * LaTeX's log-like functions (`\log`, `\sin`, `\max`: the fixed list in Lamport's manual), which TeX sets as their
 * names in upright letters. Plain text writes them as those names ("O(n log n)", not "O(n \log n)").
 */
export const TEX_OPERATOR_NAMES: ReadonlySet<string> = new Set(
  ('arccos arcsin arctan arg cos cosh cot coth csc deg det dim exp gcd hom inf ker lg lim liminf limsup ln log ' +
    'max min Pr sec sin sinh sup tan tanh').split(' '),
);
