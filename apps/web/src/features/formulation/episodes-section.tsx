import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import { EpisodeFieldset } from './episode-fieldset';
import {
  emptyEpisode,
  LIMITS,
  patchAt,
  removeAt,
  themesOf,
  type EpisodeForm,
  type FormulationForm,
} from './form-state';
import { ThemesTables } from './themes-tables';
import type { FocusTarget } from './use-field-focus';

export interface EpisodesSectionProps {
  form: FormulationForm;
  today: string;
  onChange: (episodes: EpisodeForm[]) => void;
  focusLater: (target: FocusTarget) => void;
  errors: Readonly<Record<string, string>>;
}

/** Relationship episodes (CCRT) and the themes counted across them, as the form stands. */
export function EpisodesSection({
  form,
  today,
  onChange,
  focusLater,
  errors,
}: EpisodesSectionProps) {
  const { t } = useTranslation();
  const id = useId();
  const episodes = form.episodes;
  const full = episodes.length >= LIMITS.episodes;

  return (
    <section className="sb-formulation__section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('formulation.episodes.title')}</h3>
      <p className="sb-formulation__lead">{t('formulation.episodes.lead')}</p>
      {episodes.length === 0 ? (
        <p className="sb-formulation__none">{t('formulation.episodes.none')}</p>
      ) : null}
      {episodes.map((episode, index) => (
        <EpisodeFieldset
          key={episode.key}
          episode={episode}
          index={index}
          today={today}
          onChange={(patch) => onChange(patchAt(episodes, index, patch))}
          onRemove={() => {
            onChange(removeAt(episodes, index));
            focusLater('content.episodes');
          }}
          errors={errors}
        />
      ))}
      <Button
        variant="secondary"
        data-field="content.episodes"
        disabled={full}
        onClick={() => {
          onChange([...episodes, emptyEpisode()]);
          focusLater(`content.episodes.${String(episodes.length)}.who`);
        }}
      >
        {t('formulation.episodes.add')}
      </Button>
      {full ? <p className="sb-field__hint">{t('formulation.episodes.full')}</p> : null}
      <p className="sb-formulation__source">{t('formulation.clusters.source')}</p>
      <ThemesTables themes={themesOf(form)} />
    </section>
  );
}
