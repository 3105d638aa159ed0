import { describe, expect, it } from 'vitest';
import { beheaded, cutsLongForm, longFormSet, tailOf, truncated } from '../../../src/lib/concepts/cut-phrases';
import { keptCandidate, keptWords } from '../../support/kept-words';

const idOf = (phrase: string) => phrase.toLowerCase();

describe('cut phrases', () => {
  it('a phrase that the next word always makes a whole phrase of the corpus is cut short', () => {
    const words = keptWords('Using Deep Reinforcement Learning to Play Chess');
    const whole = new Set(['deep reinforcement learning']);
    expect(truncated(keptCandidate('deep reinforcement', [[1, 2]]), words, whole, idOf)).toBe(true);
    expect(truncated(keptCandidate('deep reinforcement', [[1, 2]]), words, new Set(), idOf)).toBe(false);
    // A word for the text's own matter cuts nothing.
    const methods = keptWords('Actor-critic methods');
    expect(truncated(keptCandidate('actor-critic', [[0, 1]]), methods, new Set(['actor-critic methods']), idOf)).toBe(false);
  });

  it('a tail met only inside a phrase whose word before it makes a whole compound is beheaded', () => {
    const words = keptWords('mission critical real time applications');
    const c = keptCandidate('time application', [], [[3, 2]]);
    expect(beheaded(c, words, new Set(['real time']), new Set(), idOf)).toBe(true);
    expect(beheaded(c, words, new Set(), new Set(), idOf)).toBe(false);
    expect(beheaded(c, words, new Set(), new Set(['real time']), idOf)).toBe(true);
  });

  it("a phrase that every time closes a long form the corpus abbreviates is that long form's tail", () => {
    const longForms = longFormSet(new Set(['reinforcement learning from human feedback']));
    expect([...longForms.endings].sort()).toEqual(['feedback', 'from human feedback', 'human feedback', 'learning from human feedback', 'reinforcement learning from human feedback']);
    const words = keptWords('We use reinforcement learning from human feedback .', 'Human feedback is costly .');
    expect(tailOf(keptCandidate('human feedback', [[5, 2]]), words, longForms, idOf)).toBe('reinforcement learning from human feedback');
    expect(tailOf(keptCandidate('human feedback', [[5, 2], [8, 2]]), words, longForms, idOf)).toBeUndefined();
  });

  it("a phrase that opens inside the paper's own long form and runs past it cuts it", () => {
    const words = keptWords('Chimeric Antigen Receptor T Cells kill tumours .');
    const own = longFormSet(new Set(['chimeric antigen receptor']));
    expect(cutsLongForm(keptCandidate('antigen receptor t cells', [[1, 4]]), words, own, idOf)).toBe(true);
    expect(cutsLongForm(keptCandidate('t cells', [[3, 2]]), words, own, idOf)).toBe(false);
  });
});
