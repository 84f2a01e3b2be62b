import type {
  FormulationContent,
  ModelRelationship,
  RelationshipEpisode,
  ThemeSummary,
  WorkingModel,
} from '@securebase/contracts';
import type { OtherCluster, SelfCluster, WishCluster } from './labels';

/** The contract's limits, so the form stops where the server would refuse. */
export const LIMITS = {
  workingModels: 20,
  episodes: 100,
  evidence: 30,
  linkedScores: 20,
  statement: 1000,
  evidenceText: 500,
  who: 200,
  whatHappened: 2000,
  component: 500,
  clientSummary: 4000,
  note: 500,
} as const;

/** A line of an editable list; the key keeps React's inputs stable as lines come and go. */
export interface Line {
  key: string;
  text: string;
}

export interface LinkedScoreForm {
  responseId: string;
  score: string;
}

export interface WorkingModelForm {
  key: string;
  relationship: ModelRelationship;
  modelOfSelf: string;
  modelOfOthers: string;
  evidenceFor: Line[];
  evidenceAgainst: Line[];
  linkedScores: LinkedScoreForm[];
}

export interface EpisodeForm {
  key: string;
  who: string;
  /** `YYYY-MM-DD` or empty. */
  when: string;
  whatHappened: string;
  wish: string;
  wishCluster: WishCluster | '';
  responseOfOther: string;
  responseOfOtherCluster: OtherCluster | '';
  responseOfSelf: string;
  responseOfSelfCluster: SelfCluster | '';
}

export interface FormulationForm {
  workingModels: WorkingModelForm[];
  episodes: EpisodeForm[];
  clientSummary: string;
}

let counter = 0;
/** A key unique within this page's life (never sent to the server). */
export function newKey(prefix: string): string {
  counter += 1;
  return `${prefix}${String(counter)}`;
}

const lines = (texts: readonly string[]): Line[] =>
  texts.map((text) => ({ key: newKey('l'), text }));

export function emptyWorkingModel(relationship: ModelRelationship): WorkingModelForm {
  return {
    key: newKey('m'),
    relationship,
    modelOfSelf: '',
    modelOfOthers: '',
    evidenceFor: [],
    evidenceAgainst: [],
    linkedScores: [],
  };
}

export function emptyEpisode(): EpisodeForm {
  return {
    key: newKey('e'),
    who: '',
    when: '',
    whatHappened: '',
    wish: '',
    wishCluster: '',
    responseOfOther: '',
    responseOfOtherCluster: '',
    responseOfSelf: '',
    responseOfSelfCluster: '',
  };
}

/** What the server holds → what the form edits. */
export function toForm(content: FormulationContent): FormulationForm {
  return {
    workingModels: content.workingModels.map((model) => ({
      key: newKey('m'),
      relationship: model.relationship,
      modelOfSelf: model.modelOfSelf,
      modelOfOthers: model.modelOfOthers,
      evidenceFor: lines(model.evidenceFor),
      evidenceAgainst: lines(model.evidenceAgainst),
      linkedScores: model.linkedScores.map((link) => ({ ...link })),
    })),
    episodes: content.episodes.map((episode) => ({
      ...emptyEpisode(),
      who: episode.who,
      when: episode.when ?? '',
      whatHappened: episode.whatHappened,
      wish: episode.wish,
      wishCluster: episode.wishCluster ?? '',
      responseOfOther: episode.responseOfOther,
      responseOfOtherCluster: episode.responseOfOtherCluster ?? '',
      responseOfSelf: episode.responseOfSelf,
      responseOfSelfCluster: episode.responseOfSelfCluster ?? '',
    })),
    clientSummary: content.clientSummary,
  };
}

const texts = (list: readonly Line[]) => list.map((l) => l.text.trim()).filter(Boolean);

function toModel(model: WorkingModelForm): WorkingModel {
  return {
    relationship: model.relationship,
    modelOfSelf: model.modelOfSelf.trim(),
    modelOfOthers: model.modelOfOthers.trim(),
    evidenceFor: texts(model.evidenceFor),
    evidenceAgainst: texts(model.evidenceAgainst),
    linkedScores: model.linkedScores.map(({ responseId, score }) => ({ responseId, score })),
  };
}

function toEpisode(episode: EpisodeForm): RelationshipEpisode {
  return {
    who: episode.who.trim(),
    ...(episode.when ? { when: episode.when } : {}),
    whatHappened: episode.whatHappened.trim(),
    wish: episode.wish.trim(),
    ...(episode.wishCluster ? { wishCluster: episode.wishCluster } : {}),
    responseOfOther: episode.responseOfOther.trim(),
    ...(episode.responseOfOtherCluster
      ? { responseOfOtherCluster: episode.responseOfOtherCluster }
      : {}),
    responseOfSelf: episode.responseOfSelf.trim(),
    ...(episode.responseOfSelfCluster
      ? { responseOfSelfCluster: episode.responseOfSelfCluster }
      : {}),
  };
}

/**
 * The form → what the server stores: text trimmed, empty evidence lines dropped, an unset date
 * or category left out. Episodes keep their positions, so a server error about
 * `episodes.2.when` still points at the third episode on screen.
 */
export function toContent(form: FormulationForm): FormulationContent {
  return {
    workingModels: form.workingModels.map(toModel),
    episodes: form.episodes.map(toEpisode),
    clientSummary: form.clientSummary.trim(),
  };
}

/** Whether the form says something other than `saved` (compared as the server would store it). */
export function hasChanges(form: FormulationForm, saved: FormulationContent): boolean {
  return JSON.stringify(toContent(form)) !== JSON.stringify(toContent(toForm(saved)));
}

/** A problem the form can see before sending; `path` names the field as the server would. */
export interface FormProblem {
  path: string;
  kind: 'whoMissing' | 'whenInvalid' | 'whenFuture';
  episode: number;
}

function validDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y ?? 0, (m ?? 0) - 1, d ?? 0));
  return date.getUTCFullYear() === y && date.getUTCMonth() === (m ?? 0) - 1;
}

/** Checks the form against what the server will refuse; `today` is `YYYY-MM-DD`. */
export function findProblems(form: FormulationForm, today: string): FormProblem[] {
  const problems: FormProblem[] = [];
  form.episodes.forEach((episode, index) => {
    const at = `content.episodes.${String(index)}`;
    if (!episode.who.trim())
      problems.push({ path: `${at}.who`, kind: 'whoMissing', episode: index });
    if (episode.when && !validDate(episode.when)) {
      problems.push({ path: `${at}.when`, kind: 'whenInvalid', episode: index });
    } else if (episode.when && episode.when > today) {
      problems.push({ path: `${at}.when`, kind: 'whenFuture', episode: index });
    }
  });
  return problems;
}

/** Today where the clinician is, as `YYYY-MM-DD` (the most an episode date may be). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

type Counts = ThemeSummary['wishes'];

function count(values: readonly string[]): Counts {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([cluster, n]) => ({ cluster, count: n }));
}

/**
 * The theme counts of the form as it stands (the same rule as the server's summary: each part's
 * categories counted across episodes, most frequent first), so they follow the clinician's edits.
 */
export function themesOf(form: FormulationForm): ThemeSummary {
  return {
    episodes: form.episodes.length,
    wishes: count(form.episodes.map((e) => e.wishCluster)),
    responsesOfOther: count(form.episodes.map((e) => e.responseOfOtherCluster)),
    responsesOfSelf: count(form.episodes.map((e) => e.responseOfSelfCluster)),
  };
}

/** Replaces the item at `index` with `patch` applied (a new array; the rest untouched). */
export function patchAt<T>(list: readonly T[], index: number, patch: Partial<T>): T[] {
  return list.map((item, i) => (i === index ? { ...item, ...patch } : item));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** Relationships that have no working model yet, in the offered order. */
export function unusedRelationships(
  form: FormulationForm,
  all: readonly ModelRelationship[],
): ModelRelationship[] {
  const used = new Set(form.workingModels.map((model) => model.relationship));
  return all.filter((relationship) => !used.has(relationship));
}
