/**
 * Scoring throughput: for each instrument, score N seeded random valid answer sets with the
 * engine's `score()` (median of 5 timed passes after warm-up), then the whole
 * `securebase score` path (CSV in, CSV out) for two instruments. Prints a Markdown table and
 * records it under "## Scoring" in bench/RESULTS.md.
 *
 *   npx tsx bench/scoring/run.ts [--responses 20000] [--rows 20000] [--runs 5] [--no-write]
 */
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { getInstrument, instruments, score } from '@securebase/measures';
import { scoreCommand, type ScoringIo } from '../../apps/server/src/scoring-cli/index';
import { answersCsv, randomAnswerSets, seededRandom } from './answers';
import { RESULTS_PATH, writeSection } from '../lib/results-file';
import { markdownTable, thousands } from './table';
import { time, type Timing } from './timing';

const SEED = 20240601;

function options() {
  const { values } = parseArgs({
    options: {
      responses: { type: 'string', default: '20000' },
      rows: { type: 'string', default: '20000' },
      runs: { type: 'string', default: '5' },
      'no-write': { type: 'boolean', default: false },
    },
  });
  return {
    responses: Number(values.responses),
    rows: Number(values.rows),
    runs: Number(values.runs),
    write: !values['no-write'],
  };
}

function row(label: string, count: number, timing: Timing, extra: string): string[] {
  return [
    label,
    extra,
    thousands(count),
    thousands(timing.perSecond),
    timing.microseconds.toFixed(2),
    `${thousands(Math.min(...timing.runs))}–${thousands(Math.max(...timing.runs))}`,
  ];
}

async function engineRows(responses: number, runs: number): Promise<string[][]> {
  const random = seededRandom(SEED);
  const rows: string[][] = [];
  for (const instrument of instruments) {
    const sets = randomAnswerSets(instrument, responses, random);
    const timing = await time(responses, runs, () => {
      let complete = 0;
      for (const answers of sets)
        if (score(instrument, answers).status === 'complete') complete += 1;
      if (complete !== responses) throw new Error(`${instrument.id}: a valid set did not score`);
      return complete;
    });
    rows.push(row(`\`${instrument.id}\``, responses, timing, String(instrument.items.length)));
  }
  return rows;
}

async function cliRows(count: number, runs: number): Promise<string[][]> {
  const rows: string[][] = [];
  for (const id of ['phq-9', 'ecr-rs']) {
    const instrument = getInstrument(id);
    if (instrument === undefined) throw new Error(`no instrument ${id}`);
    const csv = answersCsv(instrument, randomAnswerSets(instrument, count, seededRandom(SEED)));
    let written = 0;
    const io: ScoringIo = {
      stdout: (text) => void (written += text.length),
      stderr: () => undefined,
      readFile: async () => csv,
    };
    const args = ['--instrument', id, '--input', 'answers.csv'];
    const timing = await time(count, runs, () => scoreCommand(args, io));
    if (written === 0) throw new Error('the command wrote nothing');
    rows.push(row(`\`securebase score\` ${id}`, count, timing, String(instrument.items.length)));
  }
  return rows;
}

function machine(): string {
  const cpu = cpus();
  const model = cpu[0]?.model.trim() ?? 'unknown CPU';
  const date = new Date().toISOString().slice(0, 10);
  return `Machine: ${model}, ${cpu.length} cores, Node ${process.version}. Date: ${date}.`;
}

async function main(): Promise<void> {
  const { responses, rows, runs, write } = options();
  const header = ['what', 'items', 'responses', 'responses / s', 'µs / response', 'runs (resp./s)'];
  const align = ['l', 'r', 'r', 'r', 'r', 'r'] as const;
  const engine = markdownTable(header, align, await engineRows(responses, runs));
  const cli = markdownTable(header, align, await cliRows(rows, runs));
  const body = [
    machine(),
    'The machine may be shared (other jobs running), so the slowest and fastest of the timed runs are given too; compare medians, and only on the same machine.',
    `\`score()\` over ${thousands(responses)} seeded random valid answer sets per instrument (seed ${SEED}), two warm-up passes, median of ${runs} timed passes (\`npx tsx bench/scoring/run.ts\`):`,
    engine,
    `The whole \`securebase score\` command in memory (parse CSV, score, write CSV), ${thousands(rows)} rows:`,
    cli,
  ].join('\n\n');
  console.log(body);
  if (write) {
    writeSection('Scoring', body);
    console.log(`\nRecorded in ${RESULTS_PATH}`);
  }
}

await main();
