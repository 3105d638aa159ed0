import { describe, expect, it } from 'vitest';
import { DEFAULT_CANDIDATE_OPTIONS, findCandidates } from '../../../src/lib/concepts/candidates';
import { tokenize } from '../../../src/lib/concepts/tokenize';
import { extractConcepts } from '../../../src/lib/concepts/index';

const keys = (text: string) => [...findCandidates(tokenize(text), DEFAULT_CANDIDATE_OPTIONS).keys()];

describe('eponymous terms with a possessive (review 9 H3)', () => {
  it('keep the name and its noun as one phrase', () => {
    const k = keys(
      "Alzheimer's disease is common. Background: Parkinson's disease and Hodgkin's lymphoma were compared with " +
        "Student's t-test, Bayes' theorem and Moore's law, in patients with moderate-to-severe Crohn’s disease.",
    );
    for (const term of ["alzheimer's disease", "parkinson's disease", "hodgkin's lymphoma", "student's t test", "bayes' theorem", "moore's law", 'crohn’s disease']) expect(k).toContain(term);
    for (const part of ['alzheimer', 'parkinson', 'crohn', 'disease', 'law']) expect(k).not.toContain(part);
  });

  it("leave a possessive that says whose a thing is apart", () => {
    const k = keys("The model's output is checked. Teacher's feedback improved. Library Journal's review is short. New York's economy grew. Google released it, and Google's search engine is fast.");
    expect(k).toEqual(expect.arrayContaining(['output', 'feedback', 'library journal', 'search engine']));
    expect(k.some((x) => x.includes("'"))).toBe(false);
  });

  it('leave a title in title case alone unless its sentences join the name too', () => {
    expect(keys("A Practitioner's Guide to Multi-turn Agentic Reinforcement Learning. We survey agents.")).not.toContain("practitioner's guide");
    const k = keys("A Study of Antibody cA2 for Crohn's Disease. We treat patients with Crohn's disease.");
    expect(k).toContain("crohn's disease");
    expect(k).not.toContain('crohn');
  });

  it("make one concept labelled with the apostrophe, its id without it", () => {
    const index = extractConcepts(
      [
        { id: 'ca2', title: "Antibody cA2 to tumor necrosis factor for Crohn's Disease", abstract: "We evaluated cA2 in patients with moderate-to-severe Crohn's disease resistant to treatment." },
        { id: 'gwas', title: 'Genome-wide association study of seven common diseases', abstract: "We found 9 association signals in Crohn's disease and a signal in the autophagy gene ATG16L1." },
      ],
      { perPaper: 6 },
    );
    const crohn = index.concepts.find((c) => c.label === "Crohn's disease");
    expect(crohn?.id).toBe('crohns-disease');
    expect(crohn?.df).toBe(2);
    expect(index.concepts.some((c) => /^(crohn|disease)$/i.test(c.label))).toBe(false);
  });
});
