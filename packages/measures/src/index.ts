export { describeInstrument, getInstrument, instruments } from './catalogue';
export type { InstrumentDescription } from './catalogue';
export { score } from './engine/score';
export { ECR_RS_TARGETS } from './instruments/ecr-rs';
export type { EcrRsTarget } from './instruments/ecr-rs';
export type * from './types';
