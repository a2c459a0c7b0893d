import { describe, expect, it } from 'vitest';
import { percentText } from './invoice-labels';

describe('percentText', () => {
  it('drops trailing zeros and uses the locale’s decimal mark', () => {
    expect(percentText('2.00', 'en-US')).toBe('2');
    expect(percentText('2.50', 'en-US')).toBe('2.5');
    expect(percentText('10.00', 'en-US')).toBe('10');
    expect(percentText('1.25', 'fr-CA')).toBe('1,25');
    expect(percentText('10', 'en-US')).toBe('10');
  });
});
