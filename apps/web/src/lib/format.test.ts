import { describe, expect, it } from 'vitest';
import {
  dateInputToIso,
  formatDate,
  formatDateTime,
  groupSecret,
  linkifySameOrigin,
  minutesToWait,
  tokenFromHash,
} from './format';

describe('groupSecret', () => {
  it('groups a secret in fours for reading', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP');
    expect(groupSecret('ABCDEFGHIJ')).toBe('ABCD EFGH IJ');
    expect(groupSecret('AB CD EF', 2)).toBe('AB CD EF');
    expect(groupSecret('')).toBe('');
  });
});

describe('formatDate and formatDateTime', () => {
  it('formats in the given language and zone', () => {
    expect(formatDate('2025-03-03T10:00:00Z', 'en-GB', 'UTC')).toBe('3 Mar 2025');
    expect(formatDateTime('2025-03-03T14:05:00Z', 'en-GB', 'UTC')).toBe('3 Mar 2025, 14:05');
  });

  it('returns nothing for missing or broken values', () => {
    expect(formatDate(null, 'en')).toBe('');
    expect(formatDate('not a date', 'en')).toBe('');
    expect(formatDateTime(undefined, 'en')).toBe('');
  });
});

describe('dateInputToIso', () => {
  it('turns a day into its start, or the start of the next day', () => {
    const start = dateInputToIso('2025-03-03');
    const end = dateInputToIso('2025-03-03', true);
    expect(start).toBeDefined();
    expect(end).toBeDefined();
    expect(Date.parse(end ?? '') - Date.parse(start ?? '')).toBeGreaterThanOrEqual(23 * 3600_000);
    expect(new Date(start ?? '').getDate()).toBe(3);
  });

  it('rejects anything that is not YYYY-MM-DD', () => {
    expect(dateInputToIso('')).toBeUndefined();
    expect(dateInputToIso('03/03/2025')).toBeUndefined();
  });
});

describe('linkifySameOrigin', () => {
  const origin = 'http://localhost:3000';

  it('links URLs on this origin and leaves others as text', () => {
    const parts = linkifySameOrigin(
      `Hello,\nopen ${origin}/accept-invitation#token=abc123. Or https://evil.example/x`,
      origin,
    );
    expect(parts).toEqual([
      { kind: 'text', text: 'Hello,\nopen ' },
      {
        kind: 'link',
        text: `${origin}/accept-invitation#token=abc123`,
        href: '/accept-invitation#token=abc123',
      },
      { kind: 'text', text: '. Or https://evil.example/x' },
    ]);
  });

  it('returns plain text untouched', () => {
    expect(linkifySameOrigin('no links', origin)).toEqual([{ kind: 'text', text: 'no links' }]);
    expect(linkifySameOrigin('', origin)).toEqual([]);
  });
});

describe('tokenFromHash', () => {
  it('reads the token from the fragment', () => {
    expect(tokenFromHash('#token=abc_DEF-123')).toBe('abc_DEF-123');
    expect(tokenFromHash('token=xyz')).toBe('xyz');
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#other=1')).toBeNull();
  });
});

describe('minutesToWait', () => {
  it('rounds up to whole minutes, at least one', () => {
    expect(minutesToWait(0)).toBe(1);
    expect(minutesToWait(59)).toBe(1);
    expect(minutesToWait(61)).toBe(2);
    expect(minutesToWait(900)).toBe(15);
  });
});
