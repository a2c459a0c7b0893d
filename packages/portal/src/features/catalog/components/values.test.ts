import { describe, expect, it } from 'vitest';
import { fileType, isPositiveAmount } from './values';

describe('isPositiveAmount', () => {
  it('reads decimal strings without floats', () => {
    expect(isPositiveAmount('0.00')).toBe(false);
    expect(isPositiveAmount('0.01')).toBe(true);
    expect(isPositiveAmount('-3.00')).toBe(false);
    expect(isPositiveAmount('120')).toBe(true);
    expect(isPositiveAmount('')).toBe(false);
    expect(isPositiveAmount(null)).toBe(false);
  });
});

describe('fileType', () => {
  it('reads the extension, ignoring the query string', () => {
    expect(fileType('/media/datasheets/NB-EM-001.pdf?locale=fr-CA')).toBe('PDF');
    expect(fileType('https://cdn.example/a/b.docx#page=2')).toBe('DOCX');
    expect(fileType('/media/video/stream')).toBeNull();
  });
});
