import type { Config } from '../config';
import { parseKeyring } from '../lib/keyring';

/** A complete configuration for tests: no files read, no mail server, a fixed key. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    publicUrl: 'https://securebase.test',
    database: { kind: 'sqlite', file: ':memory:' },
    demo: false,
    encryptionKey: Buffer.alloc(32, 7),
    notesKeyring: parseKeyring(`test-1 ${Buffer.alloc(32, 9).toString('base64')}`),
    notesKeyringFile: '/nonexistent/notes.keyring',
    smtp: undefined,
    mailFrom: 'Secure Base <no-reply@securebase.test>',
    trustProxy: false,
    requireStaffSecondFactor: true,
    logLevel: 'silent',
    ...overrides,
  };
}
