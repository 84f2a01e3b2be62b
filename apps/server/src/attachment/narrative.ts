/**
 * The words that go with the attachment picture: a clinician reading with its references, and a
 * plain-language reading the clinician may share with the client. Pure; tentative by design.
 */
import type { GeneralAttachment, PrototypeRatings, RelationshipMap } from '@securebase/contracts';

export interface AttachmentReading {
  clinician: string[];
  client: string[];
  references: string[];
}

const REFS = {
  ecrR: 'Fraley, R. C., Waller, N. G., & Brennan, K. A. (2000). An item response theory analysis of self-report measures of adult attachment. Journal of Personality and Social Psychology, 78(2), 350-365.',
  dimensional:
    'Fraley, R. C., Hudson, N. W., Heffernan, M. E., & Segal, N. (2015). Are adult attachment styles categorical or dimensional? Journal of Personality and Social Psychology, 109(2), 354-368.',
  regions:
    'Bartholomew, K., & Horowitz, L. M. (1991). Attachment styles among young adults: A test of a four-category model. Journal of Personality and Social Psychology, 61(2), 226-244.',
  brennan:
    'Brennan, K. A., Clark, C. L., & Shaver, P. R. (1998). Self-report measurement of adult attachment: An integrative overview. In J. A. Simpson & W. S. Rholes (Eds.), Attachment theory and close relationships (pp. 46-76). Guilford Press.',
  models:
    'Sibley, C. G., Fischer, R., & Liu, J. H. (2005). Reliability and validity of the revised Experiences in Close Relationships (ECR-R) self-report measure of adult romantic attachment. Personality and Social Psychology Bulletin, 31(11), 1524-1536.',
  ecrRs:
    'Fraley, R. C., Heffernan, M. E., Vicary, A. M., & Brumbaugh, C. C. (2011). The Experiences in Close Relationships-Relationship Structures questionnaire. Psychological Assessment, 23(3), 615-625.',
  rq: 'Griffin, D., & Bartholomew, K. (1994). Models of the self and other: Fundamental dimensions underlying measures of adult attachment. Journal of Personality and Social Psychology, 67(3), 430-445.',
  rci: 'Jacobson, N. S., & Truax, P. (1991). Clinical significance: A statistical approach to defining meaningful change in psychotherapy research. Journal of Consulting and Clinical Psychology, 59(1), 12-19.',
};

const REGION_WORDS: Record<string, string> = {
  secure: 'secure',
  preoccupied: 'preoccupied',
  dismissing: 'dismissing',
  fearful: 'fearful',
};

const fixed = (value: number) => (Math.round(value * 100) / 100).toString();
const day = (iso: string) => iso.slice(0, 10);

/** Plain words for where a score sits on the 1-7 scale. */
function level(value: number): 'low' | 'middle' | 'high' {
  if (value < 3) return 'low';
  if (value > 5) return 'high';
  return 'middle';
}

const CLIENT_ANXIETY = {
  low: 'you may not often worry about whether the people close to you will be there for you',
  middle:
    'you may sometimes worry about whether the people close to you will be there for you, or about being too much for them',
  high: 'you may often worry about whether the people close to you will be there for you, and about being let down or left',
};
const CLIENT_AVOIDANCE = {
  low: 'you seem fairly comfortable being close to others and leaning on them',
  middle:
    'being close to others and leaning on them may feel comfortable at some times and uneasy at others',
  high: 'being close to others and leaning on them may often feel uneasy, so you may prefer to rely on yourself',
};

function generalReading(name: string, general: GeneralAttachment, out: AttachmentReading) {
  const latest = general.points.at(-1);
  if (!latest) return;
  const between = latest.clearlyInRegion
    ? ''
    : general.uncertainty
      ? ' Its band of measurement error reaches across a boundary, so it is best read as between regions.'
      : ' Without a published standard error for the ECR-R the distance to a boundary cannot be judged, so the region is a rough guide only.';
  out.clinician.push(
    `On the ECR-R (Fraley, Waller & Brennan, 2000), ${name}'s answers of ${day(latest.submittedAt)} give attachment anxiety ${fixed(latest.anxiety)} and avoidance ${fixed(latest.avoidance)} (item means, 1-7), in the ${REGION_WORDS[latest.region] ?? latest.region} region of the plane.${between} The regions follow Bartholomew & Horowitz (1991) and Brennan, Clark & Shaver (1998); the evidence favours two continuous dimensions over types (Fraley et al., 2015), so this is a position for formulation, not a category or a diagnosis.`,
  );
  out.clinician.push(
    'Anxiety relates to the model of self (worth, fear of rejection) and avoidance to the model of others (trust in their availability) (Sibley, Fischer & Liu, 2005). Read both against the history and the relationship-specific picture below.',
  );
  if (general.points.length > 1) {
    out.clinician.push(
      `Across ${String(general.points.length)} administrations: ${general.change.map((c) => `${c.dimension} ${fixed(c.previous)} to ${fixed(c.current)}. ${c.meaning}`).join(' ')}`,
    );
  }
  out.client.push(
    `Your answers on ${day(latest.submittedAt)} suggest that ${CLIENT_ANXIETY[level(latest.anxiety)]}, and that ${CLIENT_AVOIDANCE[level(latest.avoidance)]}.`,
  );
  if (general.points.length > 1) {
    const first = general.points[0];
    if (first) {
      const calmer = latest.anxiety < first.anxiety || latest.avoidance < first.avoidance;
      out.client.push(
        calmer
          ? 'Compared with when you first answered, your answers have moved towards feeling more settled in close relationships. Small changes can come and go; your therapist can talk through what they might mean.'
          : 'Your answers have moved since you first answered. Changes like this are common during therapy and are worth talking through with your therapist.',
      );
    }
  }
  out.references.push(REFS.ecrR, REFS.regions, REFS.brennan, REFS.dimensional, REFS.models);
  if (general.points.length > 1) out.references.push(REFS.rci);
}

function relationshipReading(map: RelationshipMap, out: AttachmentReading) {
  const targets = map.targets.filter(
    (t) => t.target !== 'global' && t.anxiety !== null && t.avoidance !== null,
  );
  if (targets.length === 0) return;
  const most = (key: 'anxiety' | 'avoidance') =>
    [...targets].sort((a, b) => (b[key] ?? 0) - (a[key] ?? 0))[0];
  const anxious = most('anxiety');
  const avoidant = most('avoidance');
  if (!anxious || !avoidant) return;
  out.clinician.push(
    `On the ECR-RS (Fraley, Heffernan, Vicary & Brumbaugh, 2011) of ${day(map.submittedAt)}, anxiety is highest with the ${anxious.target} (${fixed(anxious.anxiety ?? 0)}) and avoidance with the ${avoidant.target} (${fixed(avoidant.avoidance ?? 0)}): working models can differ from one relationship to another.`,
  );
  out.client.push(
    `How you feel can differ from one relationship to another: your answers suggest most worry with your ${anxious.target}, and most unease about closeness with your ${avoidant.target}.`,
  );
  out.references.push(REFS.ecrRs);
}

function prototypeReading(rq: PrototypeRatings, out: AttachmentReading) {
  const sign = (value: number) => (value > 0 ? `+${String(value)}` : String(value));
  out.clinician.push(
    `On the RQ of ${day(rq.submittedAt)}, the model-of-self score is ${sign(rq.selfModel)} and the model-of-other score ${sign(rq.otherModel)} (Griffin & Bartholomew, 1994). The RQ's authors do not validate it for individual assessment; use it as a prompt for conversation.`,
  );
  out.references.push(REFS.rq);
}

/** Both readings for one member, from whatever attachment measures they have. */
export function attachmentReading(
  name: string,
  general: GeneralAttachment | null,
  relationships: RelationshipMap | null,
  prototypes: PrototypeRatings | null,
): AttachmentReading {
  const out: AttachmentReading = { clinician: [], client: [], references: [] };
  if (general) generalReading(name, general, out);
  if (relationships) relationshipReading(relationships, out);
  if (prototypes) prototypeReading(prototypes, out);
  if (out.client.length > 0) {
    out.client.push(
      'These are starting points for conversation, not labels or a diagnosis. The ways we feel in close relationships can change, and therapy is one of the places where they often do.',
    );
  }
  out.references = [...new Set(out.references)];
  return out;
}
