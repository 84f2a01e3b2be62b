import type { PrototypeRatings } from '@securebase/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { Card } from '../../ui/card';
import { modelSign, num, ratingFraction, rqRange, signed } from './attachment-text';

const PROTOTYPES = ['secure', 'fearful', 'preoccupied', 'dismissing'] as const;
const TRACK = 120;

/** The latest RQ: how well each of four descriptions fits, and the models of self and others. */
export function PrototypesCard({ ratings }: { ratings: PrototypeRatings }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const listId = useId();
  const rating = rqRange('secure');
  const self = rqRange('self_model');
  const other = rqRange('other_model');
  const models = [
    { key: 'self', value: ratings.selfModel, range: self },
    { key: 'other', value: ratings.otherModel, range: other },
  ] as const;

  return (
    <Card title={t('attachment.prototypes.title')} headingLevel={3} className="sb-attachment__card">
      <p id={listId}>
        {t('attachment.prototypes.intro', {
          min: rating.min,
          max: rating.max,
          date: formatDate(ratings.submittedAt, locale),
        })}
      </p>
      <ul className="sb-plain-list sb-rq" aria-labelledby={listId}>
        {PROTOTYPES.map((prototype) => {
          const value = ratings[prototype];
          return (
            <li key={prototype} className="sb-rq__row">
              <span className="sb-rq__name">{t(`attachment.prototypes.names.${prototype}`)}</span>
              <svg
                className="sb-rq__bar"
                viewBox={`0 0 ${String(TRACK)} 12`}
                aria-hidden="true"
                focusable="false"
                preserveAspectRatio="none"
              >
                <rect x={0} y={2} width={TRACK} height={8} rx={4} className="sb-rq__track" />
                <rect
                  x={0}
                  y={2}
                  width={TRACK * ratingFraction(value, rating)}
                  height={8}
                  rx={4}
                  className="sb-rq__fill"
                />
              </svg>
              <span className="sb-rq__value">
                {t('attachment.prototypes.value', { value: num(value, locale), max: rating.max })}
              </span>
            </li>
          );
        })}
      </ul>
      <dl className="sb-rq-models">
        {models.map((model) => (
          <div key={model.key} className="sb-rq-models__item">
            <dt>{t(`attachment.prototypes.${model.key}Model`)}</dt>
            <dd>
              <strong>{signed(model.value, locale)}</strong>{' '}
              <span className="sb-muted">
                {t('attachment.prototypes.modelRange', {
                  min: signed(model.range.min, locale),
                  max: signed(model.range.max, locale),
                })}
              </span>
              <span className="sb-rq-models__meaning">
                {t(`attachment.prototypes.${model.key}Meaning.${modelSign(model.value)}`)}
              </span>
              <span className="sb-small">{t(`attachment.prototypes.${model.key}Formula`)}</span>
            </dd>
          </div>
        ))}
      </dl>
      <p className="sb-small">{t('attachment.prototypes.caution')}</p>
      <p className="sb-small">{t('attachment.source', { source: ratings.citation })}</p>
    </Card>
  );
}
