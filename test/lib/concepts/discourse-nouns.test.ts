import { describe, expect, it } from 'vitest';
import { extractConceptIndex } from '../../../src/lib/concepts/extract';

describe('nouns that name the text itself', () => {
  it('are no concept: a critique, a commentary or an essay is the paper, not its topic (review 13 M5: Prospect Theory was tagged "Critique")', () => {
    const { index } = extractConceptIndex(
      [
        { id: 'prospect', title: 'Prospect Theory: An Analysis of Decision under Risk', abstract: 'This paper presents a critique of expected utility theory as a descriptive model of decision making under risk.' },
        { id: 'spandrels', title: 'The Spandrels of San Marco', abstract: 'We offer a critique of the adaptationist programme in evolutionary biology, in this essay on constraints.' },
        { id: 'ortega', title: 'The Revolt of the Masses', abstract: 'This essay on mass society is a commentary on the crisis of European culture.' },
        { id: 'review', title: 'A commentary on peer review', abstract: 'In this commentary we discuss peer review and its critiques.' },
      ],
      { perPaper: 8 },
    );
    const ids = index.concepts.map((c) => c.id);
    for (const noun of ['critique', 'essay', 'commentary']) expect(ids).not.toContain(noun);
    expect(ids).toContain('peer-review');
  });
});

describe('shell nouns', () => {
  it('are no concept where papers write them only before what they stand for: "the impetus for", "the pace of" (review 43: Impetus, Pace on the Inspec test split)', () => {
    const { index } = extractConceptIndex(
      [
        { id: 'architects', title: 'Information architects in libraries', abstract: 'The impetus for the emergence of information architects is the pace of change in web design. Information architects design library web sites.' },
        { id: 'pc', title: 'Replacement cycles of office computers', abstract: 'The impetus for replacing office computers is the pace of model change. Office computers are replaced every three years.' },
        { id: 'sites', title: 'Library web sites', abstract: 'We review library web sites and the information architects who design them.' },
      ],
      { perPaper: 8 },
    );
    const ids = index.concepts.map((c) => c.id);
    for (const noun of ['impetus', 'pace']) expect(ids).not.toContain(noun);
    expect(ids).toContain('information-architect');
  });
});
