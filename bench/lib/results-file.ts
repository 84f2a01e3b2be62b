import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';

export const RESULTS_PATH = fileURLToPath(new URL('../RESULTS.md', import.meta.url));

export function machineLine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpu}, ${String(cpus().length)} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
}

/** Replaces (or appends) the `## <title>` section of bench/RESULTS.md. */
export function writeSection(title: string, body: string): void {
  const heading = `## ${title}`;
  const current = existsSync(RESULTS_PATH)
    ? readFileSync(RESULTS_PATH, 'utf8')
    : '# Benchmark results\n';
  const start = current.indexOf(`${heading}\n`);
  const section = `${heading}\n\n${body.trim()}\n`;
  if (start === -1) {
    writeFileSync(RESULTS_PATH, `${current.trimEnd()}\n\n${section}`);
    return;
  }
  const next = current.indexOf('\n## ', start + heading.length);
  const end = next === -1 ? current.length : next + 1;
  writeFileSync(
    RESULTS_PATH,
    `${current.slice(0, start)}${section}${next === -1 ? '' : '\n'}${current.slice(end)}`,
  );
}
