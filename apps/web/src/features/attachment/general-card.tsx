import type { DimensionChange, GeneralAttachment, PlanePoint } from '@securebase/contracts';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/badge';
import { Card } from '../../ui/card';
import { KeepHyphenated } from '../../ui/keep-hyphenated';
import { Table } from '../../ui/table';
import { categoryText, categoryTone } from '../assessments/change-labels';
import { AttachmentPlane } from './attachment-plane';
import type { LegendEntry } from './plane-legend';
import { dateFormats, generalSummary, num, regionCell, signed } from './attachment-text';
import { oldestFirst, percent, type PlaneScale } from './plane-scale';

/** The ECR-R over time: the plane with its dated path and band, the table behind it, the change. */
export function GeneralCard({
  general,
  memberName,
  scale,
  boundaryNote,
}: {
  general: GeneralAttachment;
  memberName: string;
  scale: PlaneScale;
  boundaryNote: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const points = oldestFirst(general.points);
  const dates = dateFormats(
    points.map((p) => p.submittedAt),
    locale,
  );
  const latest = points.at(-1);
  const legend: LegendEntry[] = [];
  if (points.length > 1) legend.push({ kind: 'path', text: t('attachment.legend.path') });
  if (latest) {
    legend.push({
      kind: 'latest',
      text: t('attachment.legend.latest', { date: dates.long(latest.submittedAt) }),
    });
  }
  if (general.uncertainty) {
    legend.push({
      kind: 'band',
      text: t('attachment.legend.band', { percent: percent(general.uncertainty.confidence) }),
      detail: t('attachment.legend.bandDetail', {
        anxiety: num(general.uncertainty.anxiety, locale),
        avoidance: num(general.uncertainty.avoidance, locale),
        basis: general.uncertainty.basis,
        source: general.uncertainty.source,
      }),
    });
  }
  if (general.reference) {
    legend.push({
      kind: 'reference',
      text: t('attachment.legend.reference', { population: general.reference.population }),
      detail: t('attachment.source', { source: general.reference.source }),
    });
  }

  return (
    <Card title={t('attachment.general.title')} headingLevel={3} className="sb-attachment__card">
      <p className="sb-attachment__instrument">
        <KeepHyphenated text={general.instrumentName} />
      </p>
      <div className="sb-attachment__pair">
        <AttachmentPlane
          scale={scale}
          label={t('attachment.general.planeLabel', { name: memberName })}
          summary={generalSummary(general, locale, t)}
          marks={points.map((point) => ({
            key: point.responseId,
            anxiety: point.anxiety,
            avoidance: point.avoidance,
            label: dates.short(point.submittedAt),
          }))}
          joined
          band={general.uncertainty}
          reference={general.reference}
          legend={legend}
        />
        <div className="sb-attachment__numbers">
          <Table<PlanePoint>
            caption={t('attachment.general.tableCaption', { name: memberName })}
            rows={points}
            rowKey={(row) => row.responseId}
            columns={[
              {
                key: 'date',
                header: t('attachment.columns.date'),
                rowHeader: true,
                cell: (row) =>
                  row === latest
                    ? t('attachment.latestDate', { date: dates.long(row.submittedAt) })
                    : dates.long(row.submittedAt),
              },
              {
                key: 'anxiety',
                header: t('attachment.columns.anxiety'),
                cell: (row) => num(row.anxiety, locale),
              },
              {
                key: 'avoidance',
                header: t('attachment.columns.avoidance'),
                cell: (row) => num(row.avoidance, locale),
              },
              {
                key: 'region',
                header: t('attachment.columns.region'),
                cell: (row) => regionCell(row, t),
              },
            ]}
          />
          {points.some((point) => !point.clearlyInRegion) ? (
            <p className="sb-small">
              {general.uncertainty
                ? t('attachment.general.betweenNote')
                : t('attachment.general.betweenNoBandNote')}
            </p>
          ) : null}
          {general.uncertainty === null && general.uncertaintyNote ? (
            <p className="sb-small">{general.uncertaintyNote}</p>
          ) : null}
          <p className="sb-small">{t('attachment.boundaryNote', { note: boundaryNote })}</p>
        </div>
      </div>
      <h4 className="sb-attachment__subhead">{t('attachment.change.title')}</h4>
      <ChangeSinceLastTime changes={general.change} />
      <p className="sb-small">{t('attachment.source', { source: general.citation })}</p>
    </Card>
  );
}

function ChangeSinceLastTime({ changes }: { changes: readonly DimensionChange[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  if (changes.length === 0) return <p>{t('attachment.change.firstTime')}</p>;
  return (
    <Table<DimensionChange>
      caption={t('attachment.change.caption')}
      captionHidden
      rows={changes}
      rowKey={(row) => row.dimension}
      columns={[
        {
          key: 'dimension',
          header: t('attachment.change.dimension'),
          rowHeader: true,
          className: 'sb-nowrap',
          cell: (row) => t(`attachment.dimensions.${row.dimension}`),
        },
        {
          key: 'previous',
          header: t('attachment.change.previous'),
          cell: (row) => num(row.previous, locale),
        },
        { key: 'now', header: t('attachment.change.now'), cell: (row) => num(row.current, locale) },
        {
          key: 'difference',
          header: t('attachment.change.difference'),
          className: 'sb-nowrap',
          cell: (row) => signed(row.difference, locale),
        },
        {
          key: 'meaning',
          header: t('attachment.change.meaning'),
          cell: (row) => (
            <>
              {row.category !== null ? (
                <span className="sb-attachment__category">
                  <Badge tone={categoryTone(row.category)}>{categoryText(row.category, t)}</Badge>
                </span>
              ) : null}
              {row.meaning}
            </>
          ),
        },
      ]}
    />
  );
}
