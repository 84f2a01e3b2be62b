import type { RelationshipMap } from '@securebase/contracts';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { Card } from '../../ui/card';
import { Table } from '../../ui/table';
import { AttachmentPlane } from './attachment-plane';
import {
  num,
  regionName,
  relationshipSummary,
  scoredTargets,
  type RelationshipTarget,
} from './attachment-text';
import { regionOf, type PlaneScale } from './plane-scale';

/** The latest ECR-RS: one point per relationship on a smaller plane, and the table behind it. */
export function RelationshipsCard({
  map,
  memberName,
  scale,
}: {
  map: RelationshipMap;
  memberName: string;
  scale: PlaneScale;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const date = formatDate(map.submittedAt, locale);
  const scored = scoredTargets(map.targets);
  const noScore = <span className="sb-muted">{t('attachment.relationships.noScore')}</span>;

  return (
    <Card
      title={t('attachment.relationships.title')}
      headingLevel={3}
      className="sb-attachment__card"
    >
      <p className="sb-attachment__instrument">
        {t('attachment.relationships.instrument', { date })}
      </p>
      <div className="sb-attachment__pair sb-attachment__pair--small">
        <AttachmentPlane
          size="small"
          scale={scale}
          label={t('attachment.relationships.planeLabel', { name: memberName })}
          summary={relationshipSummary(map, scale.boundary, locale, t)}
          marks={scored.map((target) => ({
            key: target.target,
            anxiety: target.anxiety,
            avoidance: target.avoidance,
            label: t(`attachment.targets.${target.target}`),
          }))}
          legend={[{ kind: 'point', text: t('attachment.legend.relationship') }]}
        />
        <div className="sb-attachment__numbers">
          <Table<RelationshipTarget>
            caption={t('attachment.relationships.tableCaption', { name: memberName, date })}
            rows={map.targets}
            rowKey={(row) => row.target}
            columns={[
              {
                key: 'target',
                header: t('attachment.columns.relationship'),
                rowHeader: true,
                cell: (row) => t(`attachment.targets.${row.target}`),
              },
              {
                key: 'anxiety',
                header: t('attachment.columns.anxiety'),
                cell: (row) => (row.anxiety === null ? noScore : num(row.anxiety, locale)),
              },
              {
                key: 'avoidance',
                header: t('attachment.columns.avoidance'),
                cell: (row) => (row.avoidance === null ? noScore : num(row.avoidance, locale)),
              },
              {
                key: 'region',
                header: t('attachment.columns.region'),
                cell: (row) =>
                  row.anxiety === null || row.avoidance === null
                    ? '—'
                    : regionName(
                        regionOf(
                          { anxiety: row.anxiety, avoidance: row.avoidance },
                          scale.boundary,
                        ),
                        t,
                      ),
              },
            ]}
          />
          <p className="sb-small">{t('attachment.relationships.globalNote')}</p>
          <p className="sb-small">{t('attachment.relationships.noBandNote')}</p>
        </div>
      </div>
      <p className="sb-small">{t('attachment.source', { source: map.citation })}</p>
    </Card>
  );
}
