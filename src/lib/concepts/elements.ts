/**
 * The 118 chemical elements, symbol and English name (IUPAC), in order of atomic number. Chemistry writes a
 * symbol for its element inside formulas and compounds ("Li-ion", "Fe₀.₆₅Mn₀.₃₅PO₄"), and the concept stage
 * must know a symbol to read it so; general knowledge, not words of any corpus.
 */
const TABLE =
  'H hydrogen He helium Li lithium Be beryllium B boron C carbon N nitrogen O oxygen F fluorine Ne neon ' +
  'Na sodium Mg magnesium Al aluminium Si silicon P phosphorus S sulfur Cl chlorine Ar argon K potassium Ca calcium ' +
  'Sc scandium Ti titanium V vanadium Cr chromium Mn manganese Fe iron Co cobalt Ni nickel Cu copper Zn zinc ' +
  'Ga gallium Ge germanium As arsenic Se selenium Br bromine Kr krypton Rb rubidium Sr strontium Y yttrium Zr zirconium ' +
  'Nb niobium Mo molybdenum Tc technetium Ru ruthenium Rh rhodium Pd palladium Ag silver Cd cadmium In indium Sn tin ' +
  'Sb antimony Te tellurium I iodine Xe xenon Cs caesium Ba barium La lanthanum Ce cerium Pr praseodymium Nd neodymium ' +
  'Pm promethium Sm samarium Eu europium Gd gadolinium Tb terbium Dy dysprosium Ho holmium Er erbium Tm thulium ' +
  'Yb ytterbium Lu lutetium Hf hafnium Ta tantalum W tungsten Re rhenium Os osmium Ir iridium Pt platinum Au gold ' +
  'Hg mercury Tl thallium Pb lead Bi bismuth Po polonium At astatine Rn radon Fr francium Ra radium Ac actinium ' +
  'Th thorium Pa protactinium U uranium Np neptunium Pu plutonium Am americium Cm curium Bk berkelium Cf californium ' +
  'Es einsteinium Fm fermium Md mendelevium No nobelium Lr lawrencium Rf rutherfordium Db dubnium Sg seaborgium ' +
  'Bh bohrium Hs hassium Mt meitnerium Ds darmstadtium Rg roentgenium Cn copernicium Nh nihonium Fl flerovium ' +
  'Mc moscovium Lv livermorium Ts tennessine Og oganesson';

// Made on first use: the search worker reaches concepts/non-prose.ts, which needs none of this, and a bundler
// keeps a table built at module level.
let names: ReadonlyMap<string, string> | undefined;
let symbols: readonly string[] | undefined;

/** Symbol (as written, with its capital) → lowercase name: "Li" → "lithium". */
export function elementNames(): ReadonlyMap<string, string> {
  if (names !== undefined) return names;
  const pairs = TABLE.split(' ');
  return (names = new Map(Array.from({ length: pairs.length / 2 }, (_, k): [string, string] => [pairs[2 * k]!, pairs[2 * k + 1]!])));
}

/** Symbols longest first, so a pattern built from them reads "Sn" before "S". */
export function elementSymbols(): readonly string[] {
  return (symbols ??= [...elementNames().keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)));
}

/** The other spellings of element names that IUPAC accepts (American usage), and the table's spelling of each. */
const OTHER_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['aluminum', 'aluminium'],
  ['cesium', 'caesium'],
  ['sulphur', 'sulfur'],
]);
let nameSet: ReadonlySet<string> | undefined;

/** Whether a lowercase word is an element's name, in any spelling IUPAC accepts ("silicon", "aluminum", "aluminium"). */
export function isElementName(word: string): boolean {
  return (nameSet ??= new Set([...elementNames().values(), ...OTHER_SPELLINGS.keys()])).has(word);
}

/** The table's spelling of an element's name written another way ("aluminum" → "aluminium"), or undefined. */
export function elementSpelling(word: string): string | undefined {
  return OTHER_SPELLINGS.get(word);
}
