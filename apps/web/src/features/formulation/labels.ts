import { OTHER_CLUSTERS, SELF_CLUSTERS, WISH_CLUSTERS } from '@securebase/contracts';
import type { ModelRelationship, RelationshipEpisode } from '@securebase/contracts';

/** The relationships a working model can be about, in the order a clinician tends to ask. */
export const RELATIONSHIPS = [
  'partner',
  'mother',
  'father',
  'other_caregiver',
  'sibling',
  'child',
  'friend',
  'therapist',
  'others_in_general',
] as const satisfies readonly ModelRelationship[];

export type WishCluster = NonNullable<RelationshipEpisode['wishCluster']>;
export type OtherCluster = NonNullable<RelationshipEpisode['responseOfOtherCluster']>;
export type SelfCluster = NonNullable<RelationshipEpisode['responseOfSelfCluster']>;

/** The standard CCRT clusters (Barber, Crits-Christoph & Luborsky 1990), from the contract. */
export { OTHER_CLUSTERS, SELF_CLUSTERS, WISH_CLUSTERS };

/** The three parts of a relationship theme, as named in the strings (`formulation.parts.*`). */
export type ThemePart = 'wish' | 'other' | 'self';

export const CLUSTERS_OF: Record<ThemePart, readonly string[]> = {
  wish: WISH_CLUSTERS,
  other: OTHER_CLUSTERS,
  self: SELF_CLUSTERS,
};

/**
 * "Experiences in Close Relationships – Revised (ECR-R)" → "ECR-R": the short name in the
 * trailing brackets, or the whole name when there is none.
 */
export function shortInstrumentName(name: string): string {
  const match = /\(([^()]+)\)\s*$/.exec(name);
  return match?.[1]?.trim() ?? name;
}

/** A score's machine name in words: `anxiety` → "anxiety", `mother.avoidance` → "mother avoidance". */
export function scoreWords(score: string): string {
  return score.replace(/[._]+/g, ' ').trim();
}

/** A score value as read in a sentence: at most two decimals, no trailing zeros. */
export function formatScoreValue(value: number | string | null | undefined): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'string') return value;
  return String(Math.round(value * 100) / 100);
}

/** "Nov 23" this year, "Nov 23, 2024" another year: short enough for a chip. */
export function shortDate(iso: string, locale: string, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const sameYear = date.getFullYear() === now.getFullYear();
  return new Intl.DateTimeFormat(locale, {
    month: 'short',
    day: 'numeric',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(date);
}

/** The strings key of a category's readable label. */
export type ClusterKey =
  | `formulation.clusters.wish.${WishCluster}`
  | `formulation.clusters.other.${OtherCluster}`
  | `formulation.clusters.self.${SelfCluster}`;

/** The key of a category's label, or null for a value this app does not know. */
export function clusterKey(part: ThemePart, value: string): ClusterKey | null {
  return CLUSTERS_OF[part].includes(value)
    ? (`formulation.clusters.${part}.${value}` as ClusterKey)
    : null;
}
