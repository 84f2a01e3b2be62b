import { describe, expect, it } from 'vitest';
import { parsePackText } from './pack-file';

describe('parsePackText', () => {
  it('accepts one JSON object', () => {
    expect(parsePackText('{"instrumentId":"ders-16","items":[]}')).toEqual({
      ok: true,
      content: { instrumentId: 'ders-16', items: [] },
    });
  });
  it('refuses other JSON and broken text', () => {
    expect(parsePackText('[1,2]')).toMatchObject({ ok: false, reason: 'not_object' });
    expect(parsePackText('null')).toMatchObject({ ok: false, reason: 'not_object' });
    expect(parsePackText('{oops')).toMatchObject({ ok: false, reason: 'not_json' });
  });
});
