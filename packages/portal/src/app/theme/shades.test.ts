import { describe, expect, it } from 'vitest';
import { contrastRatio, generateShades, parseHex, readableTextOn } from './shades';

describe('generateShades', () => {
  it('returns ten shades, light to dark, with the brand colour at index 6', () => {
    const shades = generateShades('#8a4b2a');
    expect(shades).toHaveLength(10);
    expect(shades[6]).toBe('#8a4b2a');
    const lum = shades.map((s) => parseHex(s)!.reduce((a, b) => a + b, 0));
    for (let i = 1; i < lum.length; i++) expect(lum[i]!).toBeLessThanOrEqual(lum[i - 1]!);
  });

  it('accepts short hex and falls back on garbage', () => {
    expect(generateShades('#fc0')[6]).toBe('#ffcc00');
    expect(generateShades('nope')).toHaveLength(10);
  });
});

describe('contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 0);
    expect(readableTextOn('#ffcc00')).toBe('#000000');
    expect(readableTextOn('#1f3a5f')).toBe('#ffffff');
  });
});
