import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CustomInstrument,
  CustomInstrumentList,
  ImportCustomInstrumentBody,
} from '@securebase/contracts';
import { useRef, useState, type SubmitEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { formatDate, formatDateTime } from '../../lib/format';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { SelectField, TextAreaField } from '../../ui/field';
import { LoadError } from '../../ui/load-error';
import { Notice } from '../../ui/notice';
import { Spinner } from '../../ui/spinner';
import { Table } from '../../ui/table';
import { JsonFileField, UploadProblems, useJsonFile } from './json-upload';

const OWN_KEY = ['admin', 'custom-instruments'] as const;
const DIRECTIONS = ['higher_is_worse', 'higher_is_better', 'not_directional'] as const;
type Direction = (typeof DIRECTIONS)[number];

/** The practice's own summed measures, imported from FHIR R4 Questionnaires. */
export function OwnMeasures() {
  const { t } = useTranslation();
  const list = useQuery({
    queryKey: OWN_KEY,
    queryFn: () => api.get<CustomInstrumentList>('/api/admin/custom-instruments'),
  });
  return (
    <Card title={t('admin.ownMeasures.title')}>
      <p>{t('admin.ownMeasures.intro')}</p>
      {list.isPending ? <Spinner label={t('app.loading')} /> : null}
      {list.error ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data ? <OwnMeasuresTable rows={list.data.instruments} /> : null}
      <ImportForm />
    </Card>
  );
}

function directionText(direction: string, t: TFunction) {
  const known = DIRECTIONS.find((d) => d === direction);
  return known ? t(`admin.ownMeasures.directions.${known}`) : direction;
}

function OwnMeasuresTable({ rows }: { rows: readonly CustomInstrument[] }) {
  const { t, i18n } = useTranslation();
  if (rows.length === 0) return <p>{t('admin.ownMeasures.none')}</p>;
  return (
    <Table<CustomInstrument>
      caption={t('admin.ownMeasures.caption')}
      captionHidden
      rows={rows}
      rowKey={(row) => row.id}
      columns={[
        {
          key: 'name',
          header: t('admin.measures.instrument'),
          rowHeader: true,
          cell: (row) => (
            <>
              {row.name}
              <span className="sb-small">
                {t('admin.ownMeasures.version', { version: row.version })}
              </span>
            </>
          ),
        },
        {
          key: 'items',
          header: t('admin.ownMeasures.questions'),
          cell: (row) => String(row.itemCount),
        },
        {
          key: 'range',
          header: t('admin.ownMeasures.total'),
          className: 'sb-nowrap',
          cell: (row) =>
            t('admin.ownMeasures.range', { min: row.totalMin, max: row.totalMax }) +
            ` · ${directionText(row.direction, t)}`,
        },
        { key: 'by', header: t('admin.measures.installedBy'), cell: (row) => row.importedBy },
        {
          key: 'at',
          header: t('admin.measures.installedAt'),
          className: 'sb-nowrap',
          cell: (row) => (
            <time dateTime={row.importedAt} title={formatDateTime(row.importedAt, i18n.language)}>
              {formatDate(row.importedAt, i18n.language)}
            </time>
          ),
        },
      ]}
    />
  );
}

function ImportForm() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const upload = useJsonFile();
  const [direction, setDirection] = useState<Direction>('higher_is_worse');
  const [attestation, setAttestation] = useState('');
  const [attestationError, setAttestationError] = useState('');
  const [imported, setImported] = useState<CustomInstrument | null>(null);
  const attestRef = useRef<HTMLTextAreaElement>(null);

  const importMeasure = useMutation({
    mutationFn: (body: ImportCustomInstrumentBody) =>
      api.post<CustomInstrument>('/api/admin/custom-instruments', body),
    onSuccess: async (measure) => {
      setImported(measure);
      setAttestation('');
      upload.reset();
      await client.invalidateQueries({ queryKey: OWN_KEY });
      await client.invalidateQueries({ queryKey: ['instruments'] });
    },
  });

  function submit(event: SubmitEvent) {
    event.preventDefault();
    setImported(null);
    const short = attestation.trim().length < 20 ? t('admin.measures.attestationShort') : '';
    setAttestationError(short);
    if (upload.check()) return;
    if (short) return attestRef.current?.focus();
    if (upload.content) {
      importMeasure.mutate({
        questionnaire: upload.content,
        direction,
        attestation: attestation.trim(),
      });
    }
  }

  return (
    <form
      noValidate
      onSubmit={submit}
      className="sb-form-narrow"
      aria-label={t('admin.ownMeasures.formLabel')}
    >
      <h3>{t('admin.ownMeasures.formLabel')}</h3>
      <p className="sb-small">{t('admin.ownMeasures.formIntro')}</p>
      {imported ? (
        <Notice tone="success" live="status">
          {t('admin.ownMeasures.done', { name: imported.name, version: imported.version })}
        </Notice>
      ) : null}
      {importMeasure.error ? (
        <UploadProblems error={importMeasure.error} title={t('admin.ownMeasures.problemsTitle')} />
      ) : null}
      <JsonFileField upload={upload} label={t('admin.ownMeasures.file')} />
      <SelectField
        label={t('admin.ownMeasures.direction')}
        value={direction}
        onChange={(event) =>
          setDirection(DIRECTIONS.find((d) => d === event.target.value) ?? 'not_directional')
        }
        options={DIRECTIONS.map((d) => ({ value: d, label: directionText(d, t) }))}
      />
      <TextAreaField
        ref={attestRef}
        label={t('admin.measures.attestationLabel')}
        hint={t('admin.ownMeasures.attestationHint')}
        value={attestation}
        maxLength={2000}
        onChange={(event) => setAttestation(event.target.value)}
        error={attestationError || null}
      />
      <div className="sb-form-actions">
        <Button type="submit" busy={importMeasure.isPending}>
          {t('admin.ownMeasures.import')}
        </Button>
      </div>
    </form>
  );
}
