/**
 * siunitx's quantities as the text its commands print: `\SI{3.5}{\kilo\gram}` is "3.5 kg", `\si{\metre\per\second}`
 * "m s⁻¹" (its default, powers rather than a slash), `\num{1e5}` "1 × 10⁵", `\SIrange{1}{5}{\metre}` "1 m to 5 m".
 * Physics and engineering abstracts written in LaTeX use them, and any reader that keeps an unknown command as
 * written ("\SI64px") makes the quantity unreadable. siunitx 3's names (`\qty`, `\unit`) are read as the old ones.
 */
import { unicodeScript } from './super-subscripts';

const PREFIXES: Record<string, string> = {
  quecto: 'q', ronto: 'r', yocto: 'y', zepto: 'z', atto: 'a', femto: 'f', pico: 'p', nano: 'n', micro: 'µ', milli: 'm',
  centi: 'c', deci: 'd', deca: 'da', deka: 'da', hecto: 'h', kilo: 'k', mega: 'M', giga: 'G', tera: 'T', peta: 'P',
  exa: 'E', zetta: 'Z', yotta: 'Y', ronna: 'R', quetta: 'Q', kibi: 'Ki', mebi: 'Mi', gibi: 'Gi', tebi: 'Ti',
};

const UNITS: Record<string, string> = {
  metre: 'm', meter: 'm', gram: 'g', kilogram: 'kg', second: 's', ampere: 'A', kelvin: 'K', mole: 'mol', candela: 'cd',
  hertz: 'Hz', newton: 'N', pascal: 'Pa', joule: 'J', watt: 'W', coulomb: 'C', volt: 'V', farad: 'F', ohm: 'Ω',
  siemens: 'S', weber: 'Wb', tesla: 'T', henry: 'H', degreeCelsius: '°C', celsius: '°C', lumen: 'lm', lux: 'lx',
  becquerel: 'Bq', gray: 'Gy', sievert: 'Sv', katal: 'kat', radian: 'rad', steradian: 'sr', litre: 'L', liter: 'L',
  tonne: 't', minute: 'min', hour: 'h', day: 'd', hectare: 'ha', electronvolt: 'eV', dalton: 'Da', atomicmassunit: 'u',
  astronomicalunit: 'au', angstrom: 'Å', bar: 'bar', barn: 'b', bel: 'B', decibel: 'dB', neper: 'Np', bit: 'bit',
  byte: 'B', percent: '%', degree: '°', arcminute: '′', arcsecond: '″', parsec: 'pc', lightyear: 'ly', molar: 'M',
  mmHg: 'mmHg', knot: 'kn', nauticalmile: 'M', gauss: 'G', erg: 'erg', calorie: 'cal', torr: 'Torr', psi: 'psi',
};

/** siunitx's abbreviated units (`\us`, `\GHz`), read inside a unit argument only: `\pm` or `\mm` elsewhere is TeX's. */
const ABBREVIATIONS: Record<string, string> = {
  fs: 'fs', ps: 'ps', ns: 'ns', us: 'µs', ms: 'ms', s: 's', pm: 'pm', nm: 'nm', um: 'µm', mm: 'mm', cm: 'cm', dm: 'dm',
  m: 'm', km: 'km', mg: 'mg', ug: 'µg', kg: 'kg', g: 'g', pA: 'pA', nA: 'nA', uA: 'µA', mA: 'mA', kA: 'kA',
  mV: 'mV', uV: 'µV', kV: 'kV', V: 'V', mW: 'mW', uW: 'µW', kW: 'kW', MW: 'MW', GW: 'GW', W: 'W', Hz: 'Hz',
  mHz: 'mHz', kHz: 'kHz', MHz: 'MHz', GHz: 'GHz', THz: 'THz', mL: 'mL', ml: 'mL', uL: 'µL', ul: 'µL', kJ: 'kJ',
  MJ: 'MJ', J: 'J', eV: 'eV', meV: 'meV', keV: 'keV', MeV: 'MeV', GeV: 'GeV', TeV: 'TeV', kPa: 'kPa', MPa: 'MPa',
  GPa: 'GPa', Pa: 'Pa', mmol: 'mmol', umol: 'µmol', nmol: 'nmol', pmol: 'pmol', mol: 'mol', kK: 'kK', K: 'K',
};

/** Units written against their number, as siunitx sets them: "10%", "30°", "5′". */
const CLOSE_UNITS = new Set(['%', '°', '′', '″']);

/** A power as superscript characters where each has one ("⁻²"), else TeX's caret. */
function superscript(power: string): string {
  const text = power.trim();
  return unicodeScript('sup', text) ?? `^${text}`;
}

/** A unit as set so far, its power apart, so that a later power multiplies it (`\per\metre\squared` is m⁻²). */
interface UnitPart {
  symbol: string;
  power?: string;
}

const unitPartText = ({ symbol, power }: UnitPart) => (power === undefined ? symbol : symbol + superscript(power));

/** `\cmd` or a braced group, from `at`; undefined at anything else. */
function readToken(text: string, at: number): { token: string; end: number } | undefined {
  if (text[at] === '\\') {
    const m = /^\\([A-Za-z]+)/.exec(text.slice(at));
    return m ? { token: m[0], end: at + m[0].length } : undefined;
  }
  if (text[at] === '{') {
    const group = bracedAt(text, at);
    return group && { token: `{${group.inner}}`, end: group.end };
  }
  return undefined;
}

/** A unit argument as it prints: macros (`\kilo\metre\per\hour`) or literal text (`px`, `m.s^{-1}`, `kg/m^3`). */
export function unitText(units: string): string {
  const source = units.trim();
  if (!source.includes('\\')) return literalUnit(source);
  const out: UnitPart[] = [];
  let prefix = '';
  let before = 1; // \square, \cubic
  let negate = false; // \per
  let i = 0;
  while (i < source.length) {
    if (/\s|~|\./.test(source[i]!)) {
      i++;
      continue;
    }
    const read = readToken(source, i);
    if (read === undefined) {
      // An escaped symbol: `\%` is the percent sign, `\,` and the like a space between units.
      if (source[i] === '\\') {
        const symbol = source[i + 1];
        if (symbol === '%') out.push({ symbol: prefix + '%' });
        prefix = '';
        i += 2;
        continue;
      }
      // Literal letters among macros (`\kilo g`); a brace alone is passed over.
      const m = /^[^\\\s{}~.]+/.exec(source.slice(i));
      if (m === null) {
        i++;
        continue;
      }
      out.push({ symbol: prefix + literalUnit(m[0]) });
      prefix = '';
      i += m[0].length;
      continue;
    }
    i = read.end;
    const name = read.token.startsWith('\\') ? read.token.slice(1) : undefined;
    if (name === undefined) continue;
    if (PREFIXES[name] !== undefined) prefix += PREFIXES[name];
    else if (name === 'per') negate = true;
    else if (name === 'square') before = 2;
    else if (name === 'cubic') before = 3;
    else if (name === 'squared' || name === 'cubed' || name === 'tothe' || name === 'raiseto') {
      let power = name === 'squared' ? '2' : name === 'cubed' ? '3' : '';
      if (power === '') {
        const arg = bracedAt(source, skipSpace(source, i));
        if (arg) {
          power = arg.inner;
          i = arg.end;
        }
      }
      if (out.length > 0) out[out.length - 1] = withPower(out[out.length - 1]!, power);
    } else {
      let unit: UnitPart = { symbol: prefix + (UNITS[name] ?? ABBREVIATIONS[name] ?? name) };
      prefix = '';
      let power = before > 1 ? String(before) : '';
      before = 1;
      if (negate) {
        power = power === '' ? '-1' : `-${power}`;
        negate = false;
      }
      if (power !== '') unit = withPower(unit, power);
      out.push(unit);
    }
  }
  return out.map(unitPartText).join(' ');
}

/** A power on a unit that may carry one already (`\per\metre\squared`: m⁻¹ squared is m⁻²). */
function withPower(unit: UnitPart, power: string): UnitPart {
  if (unit.power === undefined) return { ...unit, power };
  const product = Number(unit.power) * Number(power);
  return Number.isFinite(product) ? { ...unit, power: String(product) } : { symbol: unitPartText(unit), power };
}

function literalUnit(text: string): string {
  return text
    .replace(/\^\{([^{}]*)\}|\^(-?\d+)/g, (_m, braced?: string, bare?: string) => superscript(braced ?? bare ?? ''))
    .replace(/[.~]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A number as siunitx prints it: an exponent as a power of ten ("1.2e-3" → "1.2 × 10⁻³"), `+-` as ±. */
export function numberText(value: string): string {
  return value
    .trim()
    .replace(/\s*\+-\s*/g, ' ± ')
    .replace(/^([+-]?[\d.,]*\d)\s*[eEdD]\s*([+-]?\d+)$/, (_m, mantissa: string, exponent: string) => {
      const power = `10${superscript(exponent.replace(/^\+/, ''))}`;
      return mantissa === '1' ? power : `${mantissa} × ${power}`;
    })
    .replace(/^[eE]\s*([+-]?\d+)$/, (_m, exponent: string) => `10${superscript(exponent.replace(/^\+/, ''))}`);
}

function quantityText(number: string, units: string): string {
  const unit = unitText(units);
  const value = numberText(number);
  if (unit === '') return value;
  return CLOSE_UNITS.has(unit) ? `${value}${unit}` : `${value} ${unit}`;
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at]!)) at++;
  return at;
}

/** An argument this long is no quantity's: a `{` left open is not looked for to the end of the text each time. */
const MAX_ARGUMENT = 400;

function bracedAt(text: string, at: number): { inner: string; end: number } | undefined {
  if (text[at] !== '{') return undefined;
  let depth = 0;
  const end = Math.min(text.length, at + MAX_ARGUMENT);
  for (let i = at; i < end; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return { inner: text.slice(at + 1, i), end: i + 1 };
  }
  return undefined;
}

/** How many braced arguments each command takes, and how they print. */
const COMMANDS: Record<string, { args: number; print: (a: string[]) => string }> = {
  SI: { args: 2, print: ([n, u]) => quantityText(n!, u!) },
  qty: { args: 2, print: ([n, u]) => quantityText(n!, u!) },
  si: { args: 1, print: ([u]) => unitText(u!) },
  unit: { args: 1, print: ([u]) => unitText(u!) },
  num: { args: 1, print: ([n]) => numberText(n!) },
  ang: { args: 1, print: ([a]) => `${numberText(a!.split(';')[0]!)}°` },
  SIrange: { args: 3, print: ([a, b, u]) => `${quantityText(a!, u!)} to ${quantityText(b!, u!)}` },
  qtyrange: { args: 3, print: ([a, b, u]) => `${quantityText(a!, u!)} to ${quantityText(b!, u!)}` },
  numrange: { args: 2, print: ([a, b]) => `${numberText(a!)} to ${numberText(b!)}` },
  SIlist: { args: 2, print: ([l, u]) => listText(l!.split(';').map((n) => quantityText(n, u!))) },
  qtylist: { args: 2, print: ([l, u]) => listText(l!.split(';').map((n) => quantityText(n, u!))) },
  numlist: { args: 1, print: ([l]) => listText(l!.split(';').map(numberText)) },
};

function listText(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const COMMAND = new RegExp(`\\\\(${Object.keys(COMMANDS).sort((a, b) => b.length - a.length).join('|')})(?![A-Za-z])`, 'g');

/** The text with each siunitx command whose arguments are all there replaced by what it prints. */
export function siunitxText(text: string): string {
  if (!text.includes('\\')) return text;
  let out = '';
  let from = 0;
  for (const m of text.matchAll(COMMAND)) {
    if (m.index < from) continue;
    const command = COMMANDS[m[1]!]!;
    let at = skipSpace(text, m.index + m[0].length);
    // Options (`\SI[per-mode=symbol]{…}{…}`) change only the typesetting; but the units package's
    // `\unit[5]{mm}` gives its value there.
    let value: string | undefined;
    if (text[at] === '[') {
      const close = text.indexOf(']', at);
      if (close === -1) continue;
      const option = text.slice(at + 1, close).trim();
      if (m[1] === 'unit' && /^[+-]?[\d.,]+(?:\s*[eE][+-]?\d+)?$/.test(option)) value = option;
      at = skipSpace(text, close + 1);
    }
    const args: string[] = [];
    for (let k = 0; k < command.args; k++) {
      const arg = bracedAt(text, at);
      if (arg === undefined) break;
      args.push(arg.inner);
      at = k + 1 < command.args ? skipSpace(text, arg.end) : arg.end;
    }
    if (args.length < command.args) continue;
    out += text.slice(from, m.index) + (value === undefined ? command.print(args) : quantityText(value, args[0]!));
    from = at;
  }
  return out + text.slice(from);
}
