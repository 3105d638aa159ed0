import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as contextModule from '../../../src/lib/site/concept-context';
import { conceptPageView } from '../../../src/lib/site/concept-page';
import { atlas, concept, paper } from '../../support/paper-view-data';

// The real finder, with its calls counted: a build makes each concept's view twice (its cache key, then its page).
vi.mock('../../../src/lib/site/concept-context', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/lib/site/concept-context')>();
  return { ...real, conceptContext: vi.fn((...args: Parameters<typeof real.conceptContext>) => real.conceptContext(...args)) };
});
const conceptContext = vi.mocked(contextModule.conceptContext);

describe('conceptPageView: a concept in context', () => {
  const withAbstract = (id: string, abstract: string) => paper(id, id, { concepts: ['hydrogel'], abstract });
  const papers = [withAbstract('folding', 'We print films that fold.'), withAbstract('networks', 'A hydrogel is a network of polymer chains that holds water.')];
  const hydrogel = concept('hydrogel', 'Hydrogel', ['folding', 'networks']);
  const unnamed = concept('film', 'Film', ['networks']);

  beforeEach(() => {
    conceptContext.mockClear();
  });

  it('is looked for once per concept and collection, however many times its view is made', () => {
    const data = atlas(papers, [hydrogel, unnamed]);
    const first = conceptPageView(data, hydrogel, '/');
    expect(conceptPageView(data, hydrogel, '/')).toEqual(first);
    expect(first.context).toMatchObject({ paper: 'networks', name: 'hydrogel' });
    // One that no abstract names is not looked for again either.
    expect(conceptPageView(data, unnamed, '/').context).toBeUndefined();
    expect(conceptPageView(data, unnamed, '/').context).toBeUndefined();
    expect(conceptContext).toHaveBeenCalledTimes(2);
  });

  it('is looked for again in another collection, where the abstracts may differ', () => {
    const data = atlas(papers, [hydrogel]);
    expect(conceptPageView(data, hydrogel, '/').context?.paper).toBe('networks');
    const edited = [withAbstract('folding', 'A hydrogel is a gel whose liquid is water.'), papers[1]!];
    expect(conceptPageView(atlas(edited, [hydrogel]), hydrogel, '/').context?.paper).toBe('folding');
    expect(conceptContext).toHaveBeenCalledTimes(2);
  });
});
