import { readFile } from 'node:fs/promises';

/** Where a command writes and reads; tests pass their own, the CLI passes `nodeIo`. */
export interface ScoringIo {
  /** Writes the text as given (commands end their lines with a newline). */
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
}

export const nodeIo: ScoringIo = {
  stdout: (text) => {
    process.stdout.write(text);
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
  readFile: (path) => readFile(path, 'utf8'),
};
