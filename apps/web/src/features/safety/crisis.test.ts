import { describe, expect, it } from 'vitest';
import { splitContact } from './crisis';

describe('splitContact', () => {
  it('links each phone number and keeps the words', () => {
    expect(splitContact('Call 116 123')).toEqual([
      { kind: 'text', text: 'Call ' },
      { kind: 'phone', text: '116 123', tel: '116123' },
    ]);
    expect(splitContact('Call or text 988')).toEqual([
      { kind: 'text', text: 'Call or text ' },
      { kind: 'phone', text: '988', tel: '988' },
    ]);
  });
  it('finds several numbers in one line', () => {
    const phones = splitContact('112 (Europe), 911 (US and Canada), 999 (UK)').filter(
      (part) => part.kind === 'phone',
    );
    expect(phones.map((p) => p.tel)).toEqual(['112', '911', '999']);
  });
  it('leaves text without numbers alone', () => {
    expect(splitContact('Text SHOUT to the service')).toEqual([
      { kind: 'text', text: 'Text SHOUT to the service' },
    ]);
    expect(splitContact('+44 20 7123 4567')).toEqual([
      { kind: 'phone', text: '+44 20 7123 4567', tel: '+442071234567' },
    ]);
  });
});
