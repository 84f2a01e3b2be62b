import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ContentPack, InstallContentPackBody } from '@securebase/contracts';
import { instruments, type InstrumentDefinition } from '@securebase/measures';
import { useRef, useState, type SubmitEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { formatDate, formatDateTime } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { SelectField, TextAreaField } from '../../ui/field';
import { LoadError } from '../../ui/load-error';
import { Notice } from '../../ui/notice';
import { PageHeader } from '../../ui/page-header';
import { Spinner } from '../../ui/spinner';
import { Table } from '../../ui/table';
import { OwnMeasures } from './own-measures';
import { JsonFileField, UploadProblems, useJsonFile } from './json-upload';
import './admin.css';

const PACKS_KEY = ['admin', 'content-packs'] as const;
const FORMATS = ['securebase-json', 'fhir-questionnaire'] as const;
type Format = (typeof FORMATS)[number];
const LICENCES = [
  'public_domain',
  'open_licence',
  'free_clinical',
  'author_distributed',
  'licence_required',
] as const;

/**
 * The catalogue (from the instrument definitions, which the web app bundles) with this
 * practice's installed packs, and a form to install licensed wording.
 */
export function MeasuresPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.measures.title'));
  const packs = useQuery({
    queryKey: PACKS_KEY,
    queryFn: () => api.get<{ packs: ContentPack[] }>('/api/admin/content-packs'),
  });
  return (
    <>
      <PageHeader title={t('admin.measures.title')} description={t('admin.measures.description')} />
      {packs.isPending ? <Spinner label={t('app.loading')} /> : null}
      {packs.error ? <LoadError error={packs.error} onRetry={() => void packs.refetch()} /> : null}
      {packs.data ? (
        <>
          <CatalogueTable packs={packs.data.packs} />
          <PacksTable packs={packs.data.packs} />
          <InstallForm />
          <OwnMeasures />
        </>
      ) : null}
    </>
  );
}

function licenceText(definition: InstrumentDefinition, t: TFunction) {
  const status = LICENCES.find((l) => l === definition.licence.status);
  return status ? t(`measures.licenceStatus.${status}`) : definition.licence.status;
}

function CatalogueTable({ packs }: { packs: readonly ContentPack[] }) {
  const { t } = useTranslation();
  return (
    <Card title={t('admin.measures.catalogueTitle')}>
      <Table<InstrumentDefinition>
        caption={t('admin.measures.catalogueCaption')}
        captionHidden
        rows={instruments}
        rowKey={(row) => row.id}
        columns={[
          {
            key: 'name',
            header: t('admin.measures.instrument'),
            rowHeader: true,
            cell: (row) => row.name,
          },
          {
            key: 'licence',
            header: t('admin.measures.licence'),
            cell: (row) => (
              <>
                {licenceText(row, t)}
                <span className="sb-small">{row.licence.note}</span>
              </>
            ),
          },
          {
            key: 'text',
            header: t('admin.measures.itemText'),
            cell: (row) => {
              if (row.itemTextShipped) return t('admin.measures.shipped');
              const pack = packs.find((p) => p.instrumentId === row.id);
              if (!pack) return t('admin.measures.missing');
              return pack.placeholder ? (
                <Badge tone="attention">{t('admin.measures.placeholder')}</Badge>
              ) : (
                t('admin.measures.installed')
              );
            },
          },
          {
            key: 'availability',
            header: t('admin.measures.availability'),
            cell: (row) =>
              row.itemTextShipped || packs.some((p) => p.instrumentId === row.id) ? (
                <Badge tone="success">{t('admin.measures.ready')}</Badge>
              ) : (
                <Badge tone="neutral">{t('admin.measures.needsLicensedText')}</Badge>
              ),
          },
        ]}
      />
    </Card>
  );
}

function formatText(format: string, t: TFunction) {
  const known = FORMATS.find((f) => f === format);
  return known ? t(`admin.measures.formats.${known}`) : format;
}

function PacksTable({ packs }: { packs: readonly ContentPack[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Card title={t('admin.measures.packsTitle')}>
      {packs.length === 0 ? <p>{t('admin.measures.noPacks')}</p> : null}
      {packs.length > 0 ? (
        <Table<ContentPack>
          caption={t('admin.measures.packsCaption')}
          captionHidden
          rows={packs}
          rowKey={(row) => row.id}
          columns={[
            {
              key: 'name',
              header: t('admin.measures.instrument'),
              rowHeader: true,
              cell: (row) => (
                <>
                  {row.instrumentName}
                  {row.placeholder ? (
                    <>
                      {' '}
                      <Badge tone="attention">{t('admin.measures.placeholder')}</Badge>
                    </>
                  ) : null}
                </>
              ),
            },
            {
              key: 'format',
              header: t('admin.measures.format'),
              cell: (row) => formatText(row.format, t),
            },
            { key: 'by', header: t('admin.measures.installedBy'), cell: (row) => row.installedBy },
            {
              key: 'at',
              header: t('admin.measures.installedAt'),
              className: 'sb-nowrap',
              cell: (row) => (
                <time
                  dateTime={row.installedAt}
                  title={formatDateTime(row.installedAt, i18n.language)}
                >
                  {formatDate(row.installedAt, i18n.language)}
                </time>
              ),
            },
            {
              key: 'attestation',
              header: t('admin.measures.attestation'),
              cell: (row) => <span className="sb-attestation">{row.attestation}</span>,
            },
          ]}
        />
      ) : null}
    </Card>
  );
}

function InstallForm() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const candidates = instruments.filter((definition) => !definition.itemTextShipped);
  const [instrumentId, setInstrumentId] = useState(candidates[0]?.id ?? '');
  const [format, setFormat] = useState<Format>('securebase-json');
  const upload = useJsonFile();
  const [attestation, setAttestation] = useState('');
  const [attestationError, setAttestationError] = useState('');
  const [installed, setInstalled] = useState<string | null>(null);
  const attestRef = useRef<HTMLTextAreaElement>(null);

  const install = useMutation({
    mutationFn: (body: InstallContentPackBody) =>
      api.post<ContentPack>('/api/admin/content-packs', body),
    onSuccess: async (pack) => {
      setInstalled(pack.instrumentName);
      setAttestation('');
      upload.reset();
      await client.invalidateQueries({ queryKey: PACKS_KEY });
    },
  });

  function submit(event: SubmitEvent) {
    event.preventDefault();
    setInstalled(null);
    const short = attestation.trim().length < 20 ? t('admin.measures.attestationShort') : '';
    setAttestationError(short);
    if (upload.check()) return;
    if (short) return attestRef.current?.focus();
    if (upload.content) {
      install.mutate({
        instrumentId,
        format,
        content: upload.content,
        attestation: attestation.trim(),
      });
    }
  }

  return (
    <Card title={t('admin.measures.installTitle')}>
      <p>{t('admin.measures.installIntro')}</p>
      {installed ? (
        <Notice tone="success" live="status">
          {t('admin.measures.installed_done', { name: installed })}
        </Notice>
      ) : null}
      {candidates.length === 0 ? (
        <p>{t('admin.measures.noInstruments')}</p>
      ) : (
        <form noValidate onSubmit={submit} className="sb-form-narrow">
          {install.error ? (
            <UploadProblems error={install.error} title={t('admin.measures.problemsTitle')} />
          ) : null}
          <div className="sb-form-grid">
            <SelectField
              label={t('admin.measures.instrument')}
              value={instrumentId}
              onChange={(event) => setInstrumentId(event.target.value)}
              options={candidates.map((d) => ({ value: d.id, label: d.name }))}
            />
            <SelectField
              label={t('admin.measures.format')}
              value={format}
              onChange={(event) =>
                setFormat(FORMATS.find((f) => f === event.target.value) ?? 'securebase-json')
              }
              options={FORMATS.map((f) => ({ value: f, label: formatText(f, t) }))}
            />
          </div>
          <JsonFileField upload={upload} label={t('admin.measures.file')} />
          <TextAreaField
            ref={attestRef}
            label={t('admin.measures.attestationLabel')}
            hint={t('admin.measures.attestationHint')}
            value={attestation}
            maxLength={2000}
            onChange={(event) => setAttestation(event.target.value)}
            error={attestationError || null}
          />
          <div className="sb-form-actions">
            <Button type="submit" busy={install.isPending}>
              {t('admin.measures.install')}
            </Button>
          </div>
        </form>
      )}
    </Card>
  );
}
