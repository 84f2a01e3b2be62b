import { useQuery } from '@tanstack/react-query';
import type { Formulation } from '@securebase/contracts';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../lib/format';
import { Button } from '../../ui/button';
import { LoadError } from '../../ui/load-error';
import { Notice } from '../../ui/notice';
import { Spinner } from '../../ui/spinner';
import { resultsQuery } from '../assessments/queries';
import type { VersionRow } from './history-section';
import { clusterKey, type ThemePart } from './labels';
import { useLinkText } from './linked-scores';
import { formulationQuery } from './queries';
import { scoreChoices } from './score-choices';
import { ThemesTables } from './themes-tables';

export interface ReadOnlyVersionProps {
  caseId: string;
  memberId: string;
  version: VersionRow;
  onBack: () => void;
  bannerRef: Ref<HTMLDivElement>;
}

/** One saved version, read as it stood when it was saved; nothing here can be edited. */
export function ReadOnlyVersion({
  caseId,
  memberId,
  version,
  onBack,
  bannerRef,
}: ReadOnlyVersionProps) {
  const { t, i18n } = useTranslation();
  const past = useQuery(formulationQuery(caseId, memberId, version.savedAt));
  const back = (
    <Button variant="secondary" onClick={onBack}>
      {t('formulation.readOnly.back')}
    </Button>
  );
  return (
    <div className="sb-formulation__past">
      <Notice
        ref={bannerRef}
        tone="info"
        title={t('formulation.readOnly.banner', {
          version: version.version,
          date: formatDateTime(version.savedAt, i18n.language),
          who: version.savedBy,
        })}
      >
        {version.note ? <p>{t('formulation.readOnly.note', { note: version.note })}</p> : null}
        {back}
      </Notice>
      {past.isPending ? <Spinner label={t('app.loading')} /> : null}
      {past.error ? <LoadError error={past.error} onRetry={() => void past.refetch()} /> : null}
      {past.data ? <PastContent formulation={past.data} /> : null}
      {past.data ? <div className="sb-formulation__actions">{back}</div> : null}
    </div>
  );
}

function Statement({ label, text }: { label: string; text: string }) {
  const { t } = useTranslation();
  return (
    <div>
      <dt>{label}</dt>
      <dd>{text || <span className="sb-muted">{t('formulation.readOnly.empty')}</span>}</dd>
    </div>
  );
}

function Lines({ label, lines }: { label: string; lines: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {lines.length === 0 ? (
          <span className="sb-muted">{t('formulation.readOnly.empty')}</span>
        ) : (
          <ul>
            {lines.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        )}
      </dd>
    </div>
  );
}

/** The content of a past version, laid out to read. */
export function PastContent({ formulation }: { formulation: Formulation }) {
  const { t, i18n } = useTranslation();
  const results = useQuery(resultsQuery(formulation.caseId));
  const choices = results.data
    ? scoreChoices(results.data.measures, formulation.memberId, i18n.language)
    : null;
  const linkText = useLinkText(choices);
  const { workingModels, episodes, clientSummary } = formulation.content;
  const category = (part: ThemePart, value: string | undefined) => {
    if (!value) return null;
    const key = clusterKey(part, value);
    return t('formulation.readOnly.category', { category: key ? t(key) : value });
  };
  const withCategory = (text: string, part: ThemePart, value: string | undefined) =>
    [text, category(part, value)].filter(Boolean).join(' ');

  return (
    <>
      <section className="sb-formulation__section">
        <h3>{t('formulation.models.title')}</h3>
        {workingModels.length === 0 ? (
          <p className="sb-formulation__none">{t('formulation.models.none')}</p>
        ) : null}
        {workingModels.map((model, index) => (
          <div key={`${model.relationship}-${String(index)}`} className="sb-formulation__group">
            <h4>
              {t('formulation.models.legend', {
                relationship: t(`formulation.relationships.${model.relationship}`),
              })}
            </h4>
            <dl className="sb-formulation__read">
              <Statement label={t('formulation.models.self')} text={model.modelOfSelf} />
              <Statement label={t('formulation.models.others')} text={model.modelOfOthers} />
              <Lines label={t('formulation.evidence.for')} lines={model.evidenceFor} />
              <Lines label={t('formulation.evidence.against')} lines={model.evidenceAgainst} />
              <Lines
                label={t('formulation.scores.legend')}
                lines={model.linkedScores.map(linkText)}
              />
            </dl>
          </div>
        ))}
      </section>
      <section className="sb-formulation__section">
        <h3>{t('formulation.episodes.title')}</h3>
        {episodes.length === 0 ? (
          <p className="sb-formulation__none">{t('formulation.episodes.none')}</p>
        ) : null}
        {episodes.map((episode, index) => (
          <div key={index} className="sb-formulation__group">
            <h4>
              {t('formulation.episodes.legendWho', { n: index + 1, who: episode.who })}
              {episode.when ? ` · ${formatDate(`${episode.when}T12:00:00`, i18n.language)}` : ''}
            </h4>
            <dl className="sb-formulation__read">
              <Statement
                label={t('formulation.episodes.whatHappened')}
                text={episode.whatHappened}
              />
              <Statement
                label={t('formulation.parts.wish')}
                text={withCategory(episode.wish, 'wish', episode.wishCluster)}
              />
              <Statement
                label={t('formulation.parts.other')}
                text={withCategory(
                  episode.responseOfOther,
                  'other',
                  episode.responseOfOtherCluster,
                )}
              />
              <Statement
                label={t('formulation.parts.self')}
                text={withCategory(episode.responseOfSelf, 'self', episode.responseOfSelfCluster)}
              />
            </dl>
          </div>
        ))}
        <ThemesTables themes={formulation.themes} />
      </section>
      <section className="sb-formulation__section">
        <h3>{t('formulation.clientSummary.title')}</h3>
        <p className="sb-formulation__summary-text">
          {clientSummary || <span className="sb-muted">{t('formulation.readOnly.empty')}</span>}
        </p>
      </section>
    </>
  );
}
