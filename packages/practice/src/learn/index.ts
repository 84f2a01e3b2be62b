/**
 * The Learn library: plain-language psychoeducation for clients, with references a clinician
 * can look up. Our own wording; pure data, no I/O. Order is the suggested reading order.
 */
import type { Article } from '../content-types';
import { attachmentAndEmotions } from './attachment-and-emotions';
import { couplesNegativeCycle } from './couples-negative-cycle';
import { earnedSecurity } from './earned-security';
import { mentalizing } from './mentalizing';
import { parenting } from './parenting';
import { ruptureAndRepair } from './rupture-and-repair';
import { secureBase } from './secure-base';
import { strangeSituation } from './strange-situation';
import { traumaAndLoss } from './trauma-and-loss';
import { twoDimensions } from './two-dimensions';
import { windowOfTolerance } from './window-of-tolerance';
import { workingModels } from './working-models';

export const ARTICLES: readonly Article[] = [
  secureBase,
  strangeSituation,
  twoDimensions,
  workingModels,
  attachmentAndEmotions,
  windowOfTolerance,
  mentalizing,
  ruptureAndRepair,
  couplesNegativeCycle,
  traumaAndLoss,
  parenting,
  earnedSecurity,
];

const BY_ID: ReadonlyMap<string, Article> = new Map(ARTICLES.map((a) => [a.id, a]));

/** The article with this id, or undefined. */
export function articleById(id: string): Article | undefined {
  return BY_ID.get(id);
}
