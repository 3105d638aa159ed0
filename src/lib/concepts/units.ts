/**
 * Units of measurement, as symbols ("mg", "km/s/Mpc", "μg·mL⁻¹") and as words ("kilogram", "hours"). A
 * measurement says how much of something there is, never what a paper is about: "mm Hg" named the link
 * between a blood-pressure trial and a sepsis trial, "Mpc" between two papers on gravitational waves.
 * The table is the SI's units and prefixes (BIPM, "The International System of Units", 9th edition)
 * with the units that science writes beside them (astronomy, chemistry, medicine, computing, imperial
 * measures), not words of any corpus.
 */

/** SI prefix symbols; "u" and "µ" (the micro sign) are how plain text writes μ. */
const PREFIX_SYMBOLS = ['Y', 'Z', 'E', 'P', 'T', 'G', 'M', 'k', 'h', 'da', 'd', 'c', 'm', 'μ', 'µ', 'u', 'n', 'p', 'f', 'a'];

/**
 * Symbols that take a prefix: "mg", "kPa", "GeV", "Mpc", "μM" (micromolar), "kDa", "Gyr", and the
 * ampere-hour and watt-hour a battery's charge and energy are given in ("mAh/g", "kWh"). (Not the henry:
 * "pH" is acidity.)
 */
const PREFIXED_SYMBOLS = 'm g s L l mol K A V W J N Pa Hz eV T C F S Ω Wb Gy Sv Bq Da pc M bp b B bit bps Ci yr lm lx cd rad sr cal bar Torr Ah Wh'.split(' ');

/** Symbols written without a prefix: "min", "h", "ppm", "mmHg", "au" (astronomical unit), "dB". */
const PLAIN_SYMBOLS = 'min h hr hrs d wk yr y ly au atm mmHg psi rpm ppm ppb ppt dB dBm dBi IU Å ft in mi lb lbs oz gal mph sec arcsec arcmin mas deg °C °F ℃ K'.split(' ');

/**
 * A symbol in capitals only ("GW", "MW", "ML", "AU") is far more often an abbreviation (gravitational
 * waves, the Milky Way, machine learning) than a unit; a unit's symbol has a lowercase letter or a sign.
 */
const CAPITALS_ONLY = /^\p{Lu}{2,}$/u;

/**
 * A one-letter unit takes only the prefixes science writes on it ("kg", "mA", "nM", "cm", "dL"): the large
 * ones written as capitals would make chemical elements ("Mg", "Pb", "Tl", "Yb") and the rare ones
 * words or names ("cA", "hT"). Longer symbols take them all ("MeV", "MPa", "GHz", "Mpc", "Gyr").
 */
const ONE_LETTER_PREFIXES = ['k', 'm', 'μ', 'µ', 'u', 'n', 'p', 'f'];
const LENGTH_VOLUME_MASS = new Set(['m', 'L', 'l', 'g']);

function prefixesOf(unit: string): string[] {
  if (unit.length > 1) return PREFIX_SYMBOLS;
  return LENGTH_VOLUME_MASS.has(unit) ? [...ONE_LETTER_PREFIXES, 'c', 'd'] : ONE_LETTER_PREFIXES;
}

const SYMBOLS: ReadonlySet<string> = new Set(
  [...PLAIN_SYMBOLS, ...PREFIXED_SYMBOLS, ...PREFIXED_SYMBOLS.flatMap((u) => prefixesOf(u).map((p) => p + u))].filter((s) => !CAPITALS_ONLY.test(s)),
);

const PREFIX_NAMES = 'yotta zetta exa peta tera giga mega kilo hecto deca deka deci centi milli micro nano pico femto atto'.split(' ');

/** Unit names that take a prefix ("milligram", "kilopascal", "nanosecond"). */
const PREFIXED_NAMES = 'metre meter gram second litre liter mole molar volt watt joule newton pascal hertz ohm tesla gauss coulomb farad henry siemens weber becquerel gray sievert lumen lux candela radian katal calorie electronvolt dalton parsec byte bit ampere-hour watt-hour'.split(' ');

/**
 * Unit names met alone ("48 hours", "per kilogram"). "second" is not one (the ordinal, "a second
 * approach"), nor are words that also name a topic ("atmosphere", "knot", "foot", "yard", "degree").
 */
const PLAIN_NAMES = 'metre meter gram kilogram litre liter mole kelvin ampere volt watt joule newton pascal hertz ohm tesla gauss coulomb farad henry siemens weber becquerel gray sievert lumen lux candela radian steradian katal calorie kilocalorie electronvolt ampere-hour watt-hour kilowatt-hour dalton parsec angstrom ångström micron torr tonne ton hectare acre byte decibel minute hour day week month year percent inch mile pound ounce gallon pint arcsecond arcminute'.split(' ');

/** Units named after people: only lowercase is the unit ("Newton", "Pascal", "Tesla" name a man, a language, a firm). */
const EPONYMS = new Set('kelvin ampere volt watt joule newton pascal hertz ohm tesla gauss coulomb farad henry siemens weber becquerel gray sievert dalton angstrom ångström'.split(' '));

const NAMES: ReadonlySet<string> = new Set([...PLAIN_NAMES, ...PREFIXED_NAMES.flatMap((u) => PREFIX_NAMES.map((p) => p + u))]);

/** "s⁻¹", "m^-2", "m^{-1}", "m-3": a power of a unit. */
const POWER = /(?:\^\{?[-−‐–]?\d\}?|[-−‐–]\d|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/u;
/** "cm2", "m3": a bare digit is a power only after a lowercase symbol ("H0" is the Hubble constant, "H2" hydrogen). */
const BARE_POWER = /(?<=\p{Ll})\d$/u;
/** Joiners of a compound unit: "km/s/Mpc", "μg·mL⁻¹", "N⋅m". */
const COMPOUND_JOINER = /[/·⋅•∙]/u;
const LOWER = /\p{Ll}/u;
const PLURAL_S = /(?<=\p{Ll}{3})s$/u;

/** A unit name, singular or plural, as written ("hours", "Milligrams"; "Newton" is no unit). */
function unitName(text: string): boolean {
  const lower = text.toLowerCase();
  for (const form of [lower, lower.replace(PLURAL_S, ''), lower === 'feet' ? 'foot' : lower]) {
    if (!NAMES.has(form)) continue;
    return text === lower || !EPONYMS.has(form);
  }
  return false;
}

function unitSymbol(part: string): boolean {
  return SYMBOLS.has(part) || SYMBOLS.has(part.replace(POWER, '')) || SYMBOLS.has(part.replace(BARE_POWER, ''));
}

/**
 * One written word that is a unit: a unit's name, a symbol ("mg", "Mpc"), or a compound of symbols
 * ("ng/mL", "km/s/Mpc", "m·s⁻²").
 */
export function isUnitText(text: string): boolean {
  if (unitName(text)) return true;
  if (unitSymbol(text)) return true;
  // ("A/B testing", "S/N": letters in capitals only are names, not units.)
  if (!COMPOUND_JOINER.test(text) || !LOWER.test(text)) return false;
  const parts = text.split(COMPOUND_JOINER);
  return parts.every((p) => p !== '' && (unitSymbol(p) || unitName(p)));
}

const GLUED_NUMBER = /^\p{N}+(?:[.,]\p{N}+)?(?=\p{L})/u;
/**
 * "5mC", "6mA", "5fC": a base of DNA or RNA (A, C, G, T, U) after a modification's letters and its position is
 * a modified base (5-methylcytosine), written as a milliampere or femtocoulomb would be.
 */
const MODIFIED_BASE = /^\p{Ll}{1,2}[ACGTU]$/u;

/**
 * "1MHz", "5kV", "10nm", "2.4GHz": a number and a unit's symbol of two letters or more written as one word, a
 * quantity. One letter alone is left a word: "16S" (rRNA), "13C", "4K", "3D" are names, not amounts.
 */
export function isGluedQuantity(text: string): boolean {
  const number = GLUED_NUMBER.exec(text);
  if (!number) return false;
  const unit = text.slice(number[0].length);
  return unit.length >= 2 && !MODIFIED_BASE.test(unit) && isUnitText(unit);
}

/** Lengths that a column of liquid measures pressure in ("mm Hg", "cm H2O"). */
const COLUMN_LENGTH = new Set(['mm', 'cm', 'in', 'inches', 'millimetres', 'millimeters', 'centimetres', 'centimeters']);
const COLUMN_LIQUID = /^(?:Hg|H2O|H₂O)$/u;

/**
 * Is the word at `at` a unit? "Hg" is one after the length it is measured in ("130 mm Hg"); alone it is
 * mercury. "mu" is one before a symbol it prefixes ("0.8- mu m CMOS", "5 mu s"): text put into ASCII writes
 * μ as its name, and "mu m" is "μm"; before any other word it is the letter ("the mean mu and sigma").
 */
export function unitAt(words: readonly { text: string; sentence: number }[], at: number): boolean {
  const w = words[at];
  if (!w) return false;
  if (w.text === 'mu') {
    const next = words[at + 1];
    return next !== undefined && next.sentence === w.sentence && SYMBOLS.has(`μ${next.text}`);
  }
  if (COLUMN_LIQUID.test(w.text)) {
    const prev = words[at - 1];
    return prev !== undefined && prev.sentence === w.sentence && COLUMN_LENGTH.has(prev.text);
  }
  return isUnitText(w.text);
}
