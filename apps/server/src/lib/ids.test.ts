import { describe, expect, it } from 'vitest';
import { secretToken, uuidv7 } from './ids';

describe('ids', () => {
  it('are RFC 9562 version 7 UUIDs carrying the time', () => {
    const id = uuidv7(Date.UTC(2026, 0, 5));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBeGreaterThanOrEqual(
      Date.UTC(2026, 0, 5),
    );
  });

  it('sort in the order they were made, even within one millisecond', () => {
    const fixed = Date.now() + 10_000;
    const ids = Array.from({ length: 5000 }, () => uuidv7(fixed));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('make secret tokens of 256 bits', () => {
    expect(Buffer.from(secretToken(), 'base64url')).toHaveLength(32);
    expect(secretToken()).not.toBe(secretToken());
  });
});
