import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import { SelectField, TextAreaField, TextField } from '../../ui/field';
import { LIMITS, type EpisodeForm } from './form-state';
import { clusterKey, CLUSTERS_OF, type ThemePart } from './labels';

export interface EpisodeFieldsetProps {
  episode: EpisodeForm;
  index: number;
  today: string;
  onChange: (patch: Partial<EpisodeForm>) => void;
  onRemove: () => void;
  errors: Readonly<Record<string, string>>;
}

const PARTS = [
  { part: 'wish', text: 'wish', cluster: 'wishCluster' },
  { part: 'other', text: 'responseOfOther', cluster: 'responseOfOtherCluster' },
  { part: 'self', text: 'responseOfSelf', cluster: 'responseOfSelfCluster' },
] as const satisfies readonly {
  part: ThemePart;
  text: keyof EpisodeForm;
  cluster: keyof EpisodeForm;
}[];

/** One relationship episode and its three parts: the wish, the other's response, the self's. */
export function EpisodeFieldset(props: EpisodeFieldsetProps) {
  const { episode, index, today, onChange, onRemove, errors } = props;
  const { t } = useTranslation();
  const path = `content.episodes.${String(index)}`;
  const n = index + 1;

  return (
    <fieldset className="sb-formulation__group" data-field={path} tabIndex={-1}>
      <legend className="sb-formulation__legend">
        {episode.who.trim()
          ? t('formulation.episodes.legendWho', { n, who: episode.who.trim() })
          : t('formulation.episodes.legend', { n })}
      </legend>
      <div className="sb-formulation__pair">
        <TextField
          label={t('formulation.episodes.who')}
          hint={t('formulation.episodes.whoHint')}
          required
          maxLength={LIMITS.who}
          data-field={`${path}.who`}
          value={episode.who}
          error={errors[`${path}.who`]}
          onChange={(event) => onChange({ who: event.target.value })}
        />
        <TextField
          type="date"
          label={t('formulation.episodes.when')}
          hint={t('formulation.episodes.whenHint')}
          max={today}
          data-field={`${path}.when`}
          value={episode.when}
          error={errors[`${path}.when`]}
          onChange={(event) => onChange({ when: event.target.value })}
        />
      </div>
      <TextAreaField
        label={t('formulation.episodes.whatHappened')}
        hint={t('formulation.episodes.whatHappenedHint')}
        rows={3}
        maxLength={LIMITS.whatHappened}
        data-field={`${path}.whatHappened`}
        value={episode.whatHappened}
        error={errors[`${path}.whatHappened`]}
        onChange={(event) => onChange({ whatHappened: event.target.value })}
      />
      <div className="sb-formulation__parts">
        {PARTS.map(({ part, text, cluster }) => (
          <div key={part} className="sb-formulation__part">
            <TextAreaField
              label={t(`formulation.parts.${part}`)}
              hint={t(`formulation.parts.${part}Hint`)}
              rows={3}
              maxLength={LIMITS.component}
              data-field={`${path}.${text}`}
              value={episode[text]}
              error={errors[`${path}.${text}`]}
              onChange={(event) => onChange({ [text]: event.target.value })}
            />
            <SelectField
              label={t(`formulation.parts.${part}Cluster`)}
              data-field={`${path}.${cluster}`}
              value={episode[cluster]}
              error={errors[`${path}.${cluster}`]}
              onChange={(event) => onChange({ [cluster]: event.target.value })}
              options={[
                { value: '', label: t('formulation.clusters.none') },
                ...CLUSTERS_OF[part].map((value) => ({
                  value,
                  label: t(clusterKey(part, value) ?? 'formulation.clusters.none'),
                })),
              ]}
            />
          </div>
        ))}
      </div>
      <div className="sb-formulation__group-actions">
        <Button variant="quiet" onClick={onRemove}>
          {t('formulation.episodes.remove', { n })}
        </Button>
      </div>
    </fieldset>
  );
}
