/** The researcher commands: `securebase score …` and `securebase instruments …`. */
export { instrumentsCommand, INSTRUMENTS_USAGE } from './instruments-command';
export { nodeIo } from './io';
export type { ScoringIo } from './io';
export { scoreCommand, SCORE_USAGE } from './score-command';
