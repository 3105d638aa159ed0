import { describe, expect, it } from 'vitest';
import { versionedNames } from '../../../src/lib/search/version-names';

describe('versionedNames (review 16 M4: "YOLO" missed the paper on "YOLOv8-Tiny")', () => {
  it('gives the name of a word written with a version, so that the name alone finds the paper', () => {
    expect(versionedNames('<p>We benchmark YOLOv8-Tiny and YOLOv8n on a Jetson; INT8 quantization halves latency.</p>')).toEqual(['YOLO', 'INT']);
    expect(versionedNames('ORB-SLAM2 for monocular, stereo and RGB-D cameras; ResNet50 and Llama2 baselines')).toEqual(['SLAM', 'ResNet', 'Llama']);
    expect(versionedNames('the BNT162b2 vaccine; CMIP6 models')).toEqual(['BNT', 'CMIP']);
  });

  it('leaves out names the page writes alone, formulas, codes and lowercase words', () => {
    expect(versionedNames('updates to YOLO! YOLOv3 is fast')).toEqual([]);
    expect(versionedNames('CO2, CH4, N2O and H2O; IFS Cy41r2; PM2.5; word2vec; COVID-19; 16x16 patches')).toEqual([]);
    // Markup and entities are not words of the page.
    expect(versionedNames('<span class="Foo2">x</span> &#x27;Abc1')).toEqual(['Abc']);
  });
});
