import { describe, expect, it } from 'vitest';
import { DEFAULT_CANDIDATE_OPTIONS, findCandidates } from '../../../src/lib/concepts/candidates';
import { tokenize } from '../../../src/lib/concepts/tokenize';
import { isUnitText } from '../../../src/lib/concepts/units';

const keys = (text: string) => [...findCandidates(tokenize(text), DEFAULT_CANDIDATE_OPTIONS).keys()];

describe('units of measurement', () => {
  it('are never a candidate, alone or as the whole phrase (review 9 H2)', () => {
    // Sentences shaped like the review corpus's trials and cosmology abstracts.
    const k = keys(
      'We randomly assigned persons with a systolic blood pressure of 130 mm Hg or higher. Serum levels rose ' +
        'from 29.8 ng/mL to 41.8 ng/mL. Local measurements give 73 km/s/Mpc, and the source lies at a luminosity ' +
        'distance of $410^{+160}_{-180}$ Mpc; the CMB gives $H_0 = 67.4$ km s$^{-1}$ Mpc$^{-1}$. Culling within ' +
        '24 hours was sufficient. Doses were measured in milligrams.',
    );
    for (const unit of ['hg', 'mm hg', 'ng mL', 'km s mpc', 'mpc', 'km s', 'hour', 'milligram']) expect(k).not.toContain(unit);
    expect(k).toContain('systolic blood pressure');
    expect(k).toContain('luminosity distance');
  });

  it('reads "per kilogram of body weight" as a dose, not a topic', () => {
    const k = keys('Patients received 10 mg per kilogram of body weight, or 3 mg per kg body weight, every 2 weeks.');
    expect(k).not.toContain('kilogram');
    expect(k).not.toContain('body weight');
    expect(keys('Body weight and the kilogram prototype were recorded.')).toEqual(expect.arrayContaining(['body weight', 'kilogram prototype']));
  });

  it('leaves names that look like symbols alone', () => {
    const k = keys('We measure H0 with GW detection of Mg ions, Pb contamination, A/B testing and the Newton method.');
    for (const name of ['h0', 'GW detection', 'mg ion', 'pb contamination', 'a b testing', 'newton method']) expect(k).toContain(name);
    for (const text of ['H0', 'H2', 'pH', 'cA', 'GW', 'ML', 'AU', 'Mg', 'Pb', 'A/B', 'Newton', 'Pascal', 'second', 'atmosphere']) expect(isUnitText(text)).toBe(false);
    for (const text of ['mg', 'μg/mL', 'km/s/Mpc', 'GeV', 'm·s⁻²', 'fb-1', 'cm2', 'Hours', 'kilopascals', 'newtons']) expect(isUnitText(text)).toBe(true);
  });

  it("include the ampere-hour and watt-hour a battery's capacity and energy are given in (review 13 M5: \"mAh/g\" was a concept)", () => {
    const k = keys(
      'The specific capacity is 100 to 110 mAh/g at 30 °C. Reversible capacities of about 225 mAh/g are obtained, ' +
        'and the cell stores 250 Wh/kg, or 0.2 kWh per cell, with 160 mA h g⁻¹ at low current.',
    );
    for (const unit of ['mAh g', 'mah g', 'wh kg', 'kWh', 'kwh', 'mA h g']) expect(k).not.toContain(unit);
    expect(k).toContain('reversible capacity');
    for (const text of ['mAh/g', 'Wh/kg', 'kWh', 'mAh·g⁻¹', 'ampere-hours', 'milliampere-hours']) expect(isUnitText(text)).toBe(true);
  });
  it('reads "mu m" after a number as μm, as text put into ASCII writes it (review 43 finding 3: "Mu m CMOS technology")', () => {
    for (const text of ['The converter was fabricated in a 0.8- mu m CMOS technology.', 'The converter was fabricated in a 0.8- µm CMOS technology.', 'Pulses of 5 mu s were applied to the CMOS technology.']) {
      const k = keys(text);
      expect(k.filter((key) => /^(?:mu|µ|μ|m|s)(?: |$)/.test(key)), text).toEqual([]);
      expect(k, text).toContain('CMOS technology');
    }
    // Before another word, "mu" is the letter.
    expect(keys('The Gaussian mu and sigma are estimated.')).toContain('gaussian mu');
  });
});

describe('a number glued to a prefixed unit (probe 56: "1MHz" was a keyword)', () => {
  it('is a quantity, never a candidate', () => {
    const k = keys('The impedance was recorded at 1MHz and 2.4GHz, the bias set to 5kV, and the gate length is 10nm in the resonator design.');
    for (const quantity of ['1mhz', '2.4ghz', '5kv', '10nm']) expect(k.some((x) => x.toLowerCase().split(' ').includes(quantity))).toBe(false);
    expect(k).toContain('impedance');
    expect(k).toContain('resonator design');
  });

  it('leaves names of a number and one letter, and modified bases, alone', () => {
    const k = keys('Cameras for 4K video, 3D printing, 5G networks, 5mC methylation and 6mA sites were compared.');
    for (const name of ['4K video', '3D printing', '5G network', '5mC methylation', '6mA site']) expect(k.map((x) => x.toLowerCase())).toContain(name.toLowerCase());
  });
});
