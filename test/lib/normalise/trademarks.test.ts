import { describe, expect, it } from 'vitest';
import { trademarkMarks } from '../../../src/lib/normalise/trademarks';
import { cleanText } from '../../../src/lib/normalise/text';

describe('trademarkMarks', () => {
  it.each([
    ['The main point of the design for LIPCA is to replace the heavy metal layers of THUNDER TM by lightweight layers.', 'The main point of the design for LIPCA is to replace the heavy metal layers of THUNDER™ by lightweight layers.'],
    ['performance tests of both LIPCA and THUNDER TM have been conducted', 'performance tests of both LIPCA and THUNDER™ have been conducted'],
    ['After selling the WINGS TM system, she has taken her experiences', 'After selling the WINGS™ system, she has taken her experiences'],
    ['Silicon debug of a PowerPC TM microprocessor using model checking', 'Silicon debug of a PowerPC™ microprocessor using model checking'],
    ['to optimize the stability of the Rocket TM powered wheelchair', 'to optimize the stability of the Rocket™ powered wheelchair'],
    ['the actuator (THUNDER [TM]) bends', 'the actuator (THUNDER™) bends'],
  ])('%j: a TM that closes a name is the mark', (input, expected) => {
    expect(trademarkMarks(input)).toBe(expected);
  });

  it.each([
    'Both the TE and TM modes propagate, and the TE TM coupling is weak.',
    'A Turing machine (TM) halts. The TM accepts the word.',
    'Using TM, the agent learns faster.',
    'The protocol is given in. Thus TM is used.',
    'the ATM network and HTML pages',
  ])('%j: leaves other TMs alone', (input) => {
    expect(trademarkMarks(input)).toBe(input);
  });

  it('is part of cleanText, and cleaning twice changes nothing', () => {
    const once = cleanText('the WINGS TM system and BI-RADS/sup TM/ findings');
    expect(once).toBe('the WINGS™ system and BI-RADS™ findings');
    expect(cleanText(once)).toBe(once);
  });
});
