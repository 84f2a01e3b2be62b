import type { ResponseResult } from '@securebase/contracts';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/badge';
import { Table } from '../../ui/table';
import { basisText, categoryText, categoryTone } from './change-labels';
import { formatScore } from './chart-scale';
import { itemInfo } from './instrument-info';
import type { ChangeLine, ItemAnswer } from './queries';

type ScoreRow = ResponseResult['scores'][number];

export function ScoresTable({ result }: { result: ResponseResult }) {
  const { t, i18n } = useTranslation();
  const num = (value: number) => formatScore(value, i18n.language);
  return (
    <Table<ScoreRow>
      caption={t('result.scoresCaption')}
      captionHidden
      rows={result.scores}
      rowKey={(row) => row.name}
      columns={[
        { key: 'score', header: t('result.score'), rowHeader: true, cell: (row) => row.label },
        {
          key: 'value',
          header: t('result.value'),
          cell: (row) =>
            row.value === null ? (
              <span className="sb-muted">{t('result.noValue')}</span>
            ) : (
              <strong>{typeof row.value === 'number' ? num(row.value) : row.value}</strong>
            ),
        },
        {
          key: 'range',
          header: t('result.range'),
          className: 'sb-nowrap',
          cell: (row) =>
            row.min !== null && row.max !== null
              ? t('result.rangeValue', { min: num(row.min), max: num(row.max) })
              : '—',
        },
        { key: 'band', header: t('result.band'), cell: (row) => row.band ?? '—' },
        {
          key: 'notes',
          header: t('result.notes'),
          cell: (row) => (row.prorated ? t('result.prorated') : ''),
        },
      ]}
    />
  );
}

export function ChangeTable({ result }: { result: ResponseResult }) {
  const { t, i18n } = useTranslation();
  const num = (value: number) => formatScore(value, i18n.language);
  if (result.changeSincePrevious.length === 0) return <p>{t('result.firstTime')}</p>;
  const label = (name: string) => result.scores.find((s) => s.name === name)?.label ?? name;
  return (
    <Table<ChangeLine>
      caption={t('result.changeCaption')}
      captionHidden
      rows={result.changeSincePrevious}
      rowKey={(row) => row.score}
      columns={[
        {
          key: 'score',
          header: t('result.score'),
          rowHeader: true,
          cell: (row) => label(row.score),
        },
        { key: 'previous', header: t('result.previous'), cell: (row) => num(row.previous) },
        { key: 'current', header: t('result.current'), cell: (row) => num(row.current) },
        {
          key: 'difference',
          header: t('result.difference'),
          cell: (row) => (row.difference > 0 ? `+${num(row.difference)}` : num(row.difference)),
        },
        {
          key: 'reliable',
          header: t('result.reliableChange'),
          cell: (row) =>
            row.reliableChange ? (
              <>
                <Badge tone={categoryTone(row.reliableChange.category)}>
                  {categoryText(row.reliableChange.category, t)}
                </Badge>
                <span className="sb-small">
                  {t(
                    row.reliableChange.thresholdUnit === 'z'
                      ? 'result.thresholdZ'
                      : 'result.thresholdPoints',
                    {
                      threshold: num(row.reliableChange.threshold),
                      basis: basisText(row.reliableChange.basis, t),
                      detail: row.reliableChange.detail,
                      source: row.reliableChange.source,
                    },
                  )}
                </span>
              </>
            ) : (
              <span className="sb-muted">{t('result.noReliableData')}</span>
            ),
        },
      ]}
    />
  );
}

export function ItemsTable({ result }: { result: ResponseResult }) {
  const { t } = useTranslation();
  const anyReverse = result.items.some((item) => item.reverseKeyed);
  const missing = result.items.filter((item) => result.missingItems.includes(item.itemId));
  const items = [...result.items].sort((a, b) => a.position - b.position);
  return (
    <>
      <p>
        {missing.length === 0
          ? t('result.missingNone')
          : t('result.missingList', {
              items: missing.map((item) => String(item.position)).join(', '),
            })}
      </p>
      {anyReverse ? <p className="sb-legend">{t('result.legend')}</p> : null}
      <Table<ItemAnswer>
        caption={t('result.itemsCaption')}
        captionHidden
        rows={items}
        rowKey={(row) => row.itemId}
        columns={[
          {
            key: 'item',
            header: t('result.item'),
            rowHeader: true,
            cell: (row) => {
              const info = itemInfo(result.instrumentId, row.itemId);
              return (
                <span
                  className={
                    row.isRiskItem && result.riskItems.includes(row.itemId)
                      ? 'sb-item-row--risk'
                      : undefined
                  }
                >
                  {t('result.itemNumber', { number: row.position })}
                  {row.reverseKeyed ? (
                    <abbr className="sb-reverse-badge" title={t('result.reverseLabel')}>
                      <span aria-hidden="true">{t('result.reverseBadge')}</span>
                      <span className="sb-visually-hidden">{t('result.reverseLabel')}</span>
                    </abbr>
                  ) : null}
                  {row.isRiskItem ? (
                    <span className="sb-risk-badge">
                      <Badge tone="danger">{t('result.riskBadge')}</Badge>
                    </span>
                  ) : null}
                  {info?.text ? <span className="sb-small">{info.text}</span> : null}
                </span>
              );
            },
          },
          {
            key: 'answer',
            header: t('result.answer'),
            className: 'sb-nowrap',
            cell: (row) => {
              if (row.answer === null) {
                return <Badge tone="attention">{t('questionnaire.notAnswered')}</Badge>;
              }
              const label = itemInfo(result.instrumentId, row.itemId)?.label(row.answer);
              const risky = result.riskItems.includes(row.itemId);
              return (
                <span className={risky ? 'sb-item-row--risk' : undefined}>
                  <strong>{row.answer}</strong>
                  {label ? ` · ${label}` : null}
                </span>
              );
            },
          },
        ]}
      />
    </>
  );
}
