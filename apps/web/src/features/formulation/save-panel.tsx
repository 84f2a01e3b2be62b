import type { Formulation } from '@securebase/contracts';
import { useId, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { useDescribeError } from '../../lib/use-describe-error';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/dialog';
import { TextAreaField } from '../../ui/field';
import { Notice } from '../../ui/notice';
import { ErrorSummary, type SummaryItem } from './error-summary';
import { LIMITS } from './form-state';
import type { SaveOutcome } from './save-state';

export interface SavePanelProps {
  memberId: string;
  saved: Formulation;
  dirty: boolean;
  outcome: SaveOutcome;
  problems: readonly SummaryItem[];
  note: string;
  onNote: (note: string) => void;
  busy: boolean;
  loading: boolean;
  onSaveMine: () => void;
  onLoadNewest: () => void;
  onGo: (path: string) => void;
  noticeRef: Ref<HTMLDivElement>;
  summaryRef: Ref<HTMLDivElement>;
}

/** Where the formulation stands, what happened to the last save, the note, and the button. */
export function SavePanel(props: SavePanelProps) {
  const { saved, dirty, outcome, problems, note, onNote, busy, noticeRef } = props;
  const { t, i18n } = useTranslation();
  const id = useId();
  const describe = useDescribeError();
  const location = useLocation();
  const [confirming, setConfirming] = useState(false);
  const newest = `${location.pathname}?tab=formulation&member=${encodeURIComponent(props.memberId)}`;

  return (
    <section className="sb-formulation__save" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('formulation.save.title')}</h3>
      <p className="sb-formulation__status">
        {saved.version === 0
          ? t('formulation.save.nothingYet')
          : t('formulation.save.current', {
              version: saved.version,
              date: formatDateTime(saved.savedAt, i18n.language),
              who: saved.savedBy ?? '',
            })}{' '}
        {dirty ? <Badge tone="attention">{t('formulation.save.unsaved')}</Badge> : null}
      </p>
      <ErrorSummary ref={props.summaryRef} items={problems} onGo={props.onGo} />
      {outcome.kind === 'saved' ? (
        <Notice ref={noticeRef} tone="success" live="status">
          {t('formulation.save.saved', { version: outcome.version })}
        </Notice>
      ) : null}
      {outcome.kind === 'loaded' ? (
        <Notice ref={noticeRef} tone="info" live="status">
          {t('formulation.save.loaded', { version: outcome.version })}
        </Notice>
      ) : null}
      {outcome.kind === 'failed' ? (
        <Notice ref={noticeRef} tone="attention" live="alert" title={t('formulation.save.failed')}>
          <p>{describe(outcome.error)}</p>
        </Notice>
      ) : null}
      {outcome.kind === 'conflict' ? (
        <Notice
          ref={noticeRef}
          tone="attention"
          live="alert"
          title={t('formulation.conflict.title', { version: outcome.currentVersion })}
        >
          <p>{t('formulation.conflict.body')}</p>
          <p>
            <a href={newest} target="_blank" rel="noopener noreferrer">
              {t('formulation.conflict.open', { version: outcome.currentVersion })}
            </a>
          </p>
          <div className="sb-formulation__actions">
            <Button variant="primary" busy={busy} onClick={props.onSaveMine}>
              {t('formulation.conflict.saveMine')}
            </Button>
            <Button variant="secondary" busy={props.loading} onClick={() => setConfirming(true)}>
              {t('formulation.conflict.loadNewest')}
            </Button>
          </div>
        </Notice>
      ) : null}
      <TextAreaField
        label={t('formulation.save.note')}
        hint={t('formulation.save.noteHint')}
        rows={2}
        maxLength={LIMITS.note}
        data-field="note"
        value={note}
        onChange={(event) => onNote(event.target.value)}
      />
      <div className="sb-formulation__actions">
        <Button type="submit" busy={busy}>
          {t('formulation.save.button')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('formulation.conflict.confirmTitle', {
          version: outcome.kind === 'conflict' ? outcome.currentVersion : saved.version,
        })}
        confirmLabel={t('formulation.conflict.confirm')}
        cancelLabel={t('formulation.conflict.keepMine')}
        danger
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          props.onLoadNewest();
        }}
      >
        <p>{t('formulation.conflict.confirmBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
