import { describe, expect, it } from 'vitest';
import { DEFAULT_CANDIDATE_OPTIONS, findCandidates } from '../../../src/lib/concepts/candidates';
import { tokenize } from '../../../src/lib/concepts/tokenize';

const keys = (text: string) => [...findCandidates(tokenize(text), DEFAULT_CANDIDATE_OPTIONS).keys()].map((k) => k.toLowerCase());

describe('a verb after its subject is no word of a phrase (review 16 M3)', () => {
  it('reads a bare word after "we" as the verb whatever its object opens with ("Benchmark YOLOv8 variants")', () => {
    const k = keys('We benchmark YOLOv8 variants against YOLOv5 on a Jetson Orin.');
    expect(k).toContain('yolov8 variant');
    expect(k.some((x) => x.includes('benchmark'))).toBe(false);
  });

  it('reads a bare verb after two subjects joined by "and" as their verb ("INT8 quantization reduce latency")', () => {
    const k = keys('Pruning and INT8 quantization reduce latency from 31 ms to 9.8 ms per frame.');
    expect(k).toContain('int8 quantization');
    expect(k.some((x) => x.includes('reduce'))).toBe(false);
  });

  it('reads an -s word before "a" as a verb even after a word taken for an adjective ("Elastic net encourages")', () => {
    const k = keys('In addition, the elastic net encourages a grouping effect, where correlated predictors enter together.');
    expect(k).toContain('grouping effect');
    expect(k.some((x) => x.includes('encourage'))).toBe(false);
  });

  it('keeps the nouns of compounds the repairs are for', () => {
    expect(keys('We study probabilistic algorithms for the task.')).toContain('probabilistic algorithm');
    expect(keys('Content and knowledge management systems are compared.')).toContain('knowledge management system');
    expect(keys('In theory and practice reuse strategies differ.').some((x) => x.includes('reuse strateg'))).toBe(true);
  });
});
