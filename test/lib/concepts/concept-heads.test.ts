import { describe, expect, it } from 'vitest';
import { foldHead, METHOD_HEAD_IDS, RESOURCE_NAME } from '../../../src/lib/concepts/concept-heads';
import { identity } from '../../../src/lib/concepts/normalise';

describe('concept heads', () => {
  it('fold a head into the one that says the same', () => {
    expect(foldHead(identity('reasoning abilities'))).toBe(identity('reasoning capabilities'));
    expect(foldHead(identity('tool usage'))).toBe(identity('tool use'));
    expect(foldHead(identity('ability'))).toBe(identity('ability'));
  });

  it("know a way of working's words and a resource's name", () => {
    expect(METHOD_HEAD_IDS.has(identity('methods'))).toBe(true);
    for (const name of ['QM9', 'ImageNet', 'MiniWoB', 'GSM8K']) expect(RESOURCE_NAME.test(name)).toBe(true);
    expect(RESOURCE_NAME.test('RL')).toBe(false);
  });
});
