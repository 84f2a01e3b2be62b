import { describe, expect, it } from 'vitest';
import { fieldOf } from './errors';

describe('fieldOf names the field at fault', () => {
  it('joins the request part and the instance path', () => {
    expect(fieldOf('body', { instancePath: '/members/0/displayName' })).toBe(
      'body.members.0.displayName',
    );
  });
  it('names a missing required property', () => {
    expect(fieldOf('body', { instancePath: '', params: { missingProperty: 'email' } })).toBe(
      'body.email',
    );
  });
  it('falls back to the request part', () => {
    expect(fieldOf('querystring', undefined)).toBe('querystring');
  });
});
