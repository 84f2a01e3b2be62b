/** Test helpers: an io that records what a command writes, and CSV fixtures in temp files. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScoringIo } from './io';

export interface RecordingIo extends ScoringIo {
  readonly out: () => string;
  readonly err: () => string;
  /** stderr split into lines, without the trailing empty one. */
  readonly errLines: () => string[];
}

export function recordingIo(): RecordingIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    readFile: (path) => readFile(path, 'utf8'),
    out: () => out.join(''),
    err: () => err.join(''),
    errLines: () => err.join('').split('\n').slice(0, -1),
  };
}

const dir = mkdtempSync(join(tmpdir(), 'securebase-score-'));
let written = 0;

/** Writes the text (exactly as given) to a new temp file and returns its path. */
export function csvFile(text: string): string {
  written += 1;
  const path = join(dir, `answers-${written}.csv`);
  writeFileSync(path, text, 'utf8');
  return path;
}

/** Lines joined with `\n`, ending with one. */
export function lines(...rows: string[]): string {
  return `${rows.join('\n')}\n`;
}
