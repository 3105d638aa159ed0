import { describe, expect, it } from 'vitest';
import { extractConcepts } from '../../../src/lib/concepts/index';
import { identity } from '../../../src/lib/concepts/normalise';
import { tokenizeDocument } from '../../../src/lib/concepts/tokenize';

describe("an eponym's term written with and without 's is one concept (review 10 M3)", () => {
  it('reads both spellings as one identity', () => {
    expect(identity("Hodgkin's lymphoma")).toBe(identity('Hodgkin lymphoma'));
    expect(identity('Alzheimer’s disease')).toBe(identity('Alzheimer disease'));
  });

  it('keeps the term when the text writes both forms', () => {
    const index = extractConcepts(
      [
        {
          id: 'ansell',
          title: 'Hodgkin Lymphoma: Diagnosis and Treatment',
          abstract:
            "Hodgkin's lymphoma is a B-cell malignancy characterised by Reed-Sternberg cells that express CD30 and CD15 within an inflammatory background. About 8500 new cases of Hodgkin lymphoma are diagnosed each year in the United States. Combination chemotherapy with doxorubicin, bleomycin, vinblastine and dacarbazine (ABVD) cures more than 80% of patients.",
        },
        {
          id: 'younes',
          title: "Results of a Pivotal Phase II Study of Brentuximab Vedotin for Patients with Relapsed or Refractory Hodgkin's Lymphoma",
          abstract:
            "Brentuximab vedotin (SGN-35) is an antibody-drug conjugate that delivers monomethyl auristatin E into CD30-expressing cells. In this phase II study, 102 patients with relapsed or refractory Hodgkin's lymphoma after autologous stem cell transplantation received 1.8 mg/kg every 3 weeks. Brentuximab vedotin is active in heavily pretreated Hodgkin's lymphoma.",
        },
      ],
      { perPaper: 6 },
    );
    const hodgkin = index.concepts.filter((c) => /^hodgkin.?s? lymphoma$/i.test(c.label));
    expect(hodgkin).toHaveLength(1);
    expect(hodgkin[0]!.papers.slice().sort()).toEqual(['ansell', 'younes']);
    // The other spelling is an alias, so a search for either finds both papers.
    expect([hodgkin[0]!.label, ...hodgkin[0]!.aliases].map((f) => f.toLowerCase()).sort()).toEqual(['hodgkin lymphoma', "hodgkin's lymphoma"]);
    // The papers write the possessive four times, the bare form twice (once in a title): the label is theirs.
    expect(hodgkin[0]!.label).toBe("Hodgkin's lymphoma");
    // A title in title case joins the possessive as the abstract does: no "Refractory Hodgkin" cut from its noun.
    expect(index.concepts.map((c) => c.label)).not.toContain('Refractory Hodgkin');
    expect(index.byPaper.younes!.map((c) => c.id)).toContain(hodgkin[0]!.id);
  });

  it("joins a title's possessive where the paper's abstract joins the same name", () => {
    const title = (t: string, abstract: string) => {
      const { words, titleWords } = tokenizeDocument(t, abstract);
      return words.slice(0, titleWords).map((w) => w.text);
    };
    expect(title("Brentuximab Vedotin for Relapsed or Refractory Hodgkin's Lymphoma", "Patients with refractory Hodgkin's lymphoma were treated.")).toContain("Hodgkin's");
    // The abstract never joins it: an owner, not an eponym.
    expect(title("New York's Economy After the Crisis", "New York's economy grew after the crisis.")).not.toContain("York's");
    expect(title("A Practitioner's Guide to Multi-turn Agentic Reinforcement Learning", 'We survey agents.')).not.toContain("Practitioner's");
  });
});
