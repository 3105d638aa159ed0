import { describe, expect, it } from 'vitest';
import { extractConcepts } from '../../../src/lib/concepts/index';

describe('a phrase written only after a bare "at" is a condition, no topic (review 13 M5: "Room temperature")', () => {
  const docs = [
    {
      id: 'alloy',
      title: 'A fracture-resistant high-entropy alloy for cryogenic applications',
      abstract: 'The CrMnFeCoNi alloy has a fracture toughness above 200 MPa m^1/2 at room temperature, and its tensile strength rises as the temperature falls to 77 K.',
    },
    {
      id: 'garnet',
      title: 'A lithium superionic conductor',
      abstract: 'Li10GeP2S12 has an extremely high lithium ionic conductivity of 12 mS/cm at room temperature, the highest of any solid electrolyte.',
    },
    {
      id: 'cathode',
      title: 'A new cathode material for batteries of high energy density',
      abstract: 'Lithium is extracted from the layered rock-salt structure at room temperature, and the open-circuit voltage of the cell is measured.',
    },
  ];

  it('gives no concept where every paper writes it so', () => {
    const index = extractConcepts(docs, { perPaper: 8 });
    expect(index.concepts.map((c) => c.label.toLowerCase())).not.toContain('room temperature');
  });

  it('stays a concept of the papers that write it otherwise', () => {
    const index = extractConcepts(
      [
        ...docs,
        { id: 'ionic-liquids', title: 'Room temperature ionic liquids', abstract: 'Salts that melt below the room temperature are solvents for catalysis.' },
        { id: 'superconductors', title: 'Towards a room temperature superconductor', abstract: 'A superconductor at the room temperature would change power grids; hydrides under pressure come close.' },
      ],
      { perPaper: 8 },
    );
    const room = index.concepts.find((c) => c.label.toLowerCase() === 'room temperature');
    expect(room?.papers.slice().sort()).toEqual(['ionic-liquids', 'superconductors']);
  });
});
