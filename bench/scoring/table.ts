/** A Markdown table; numbers are right-aligned by the `---:` markers. */
export function markdownTable(
  header: readonly string[],
  align: readonly ('l' | 'r')[],
  rows: readonly (readonly string[])[],
): string {
  const marker = align.map((side) => (side === 'r' ? '---:' : '---'));
  return [header, marker, ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

export function thousands(value: number): string {
  return Math.round(value).toLocaleString('en-GB');
}
