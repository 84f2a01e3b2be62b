import { describe, expect, it } from 'vitest';
import base from './en.json';
import exercises from './exercises.en.json';
import practiceClinic from './practice-clinic.en.json';
import practice from './practice.en.json';
import repair from './repair.en.json';
import timed from './timed.en.json';
import { en } from './index';

function leaves(node: unknown, path = ''): [string, unknown][] {
  if (typeof node !== 'object' || node === null) return [[path, node]];
  return Object.entries(node).flatMap(([key, value]) =>
    leaves(value, path ? `${path}.${key}` : key),
  );
}

describe('English strings', () => {
  const all = leaves(en);

  it('are all non-empty text', () => {
    for (const [path, value] of all) {
      expect(typeof value, path).toBe('string');
      expect(String(value).trim(), path).not.toBe('');
    }
  });

  it('give every singular a plural', () => {
    const keys = new Set(all.map(([path]) => path));
    for (const key of keys) {
      if (key.endsWith('_one')) expect(keys.has(key.replace(/_one$/, '_other')), key).toBe(true);
    }
  });

  it('come from files that never define the same top-level key twice', () => {
    const keys = [base, practice, exercises, timed, repair, practiceClinic].flatMap((file) =>
      Object.keys(file),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('say plainly that Secure Base is not an emergency service', () => {
    expect(en.app.emergency).toMatch(/not an emergency service/);
    expect(en.crisis.message).toMatch(/not an emergency service/);
  });
});
