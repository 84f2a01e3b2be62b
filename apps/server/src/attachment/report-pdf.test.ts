import { describe, expect, it } from 'vitest';
import { winAnsi } from './report-pdf';

describe('text for the standard PDF fonts', () => {
  it('keeps Windows-1252 text and rewrites what the fonts lack', () => {
    expect(winAnsi('Café – “secure” … SEM = SD × √(1 − r) ≥ 0')).toBe(
      'Café - "secure" ... SEM = SD × sqrt(1 - r) >= 0',
    );
    expect(winAnsi('emoji 🙂 and ≠')).toBe('emoji ?? and ?');
  });
});
