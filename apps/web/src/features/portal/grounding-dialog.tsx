import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import '../../ui/dialog.css';

const SENSES = ['see', 'touch', 'hear', 'smell', 'taste'] as const;

/**
 * A short 5-4-3-2-1 grounding exercise in a modal: the native <dialog> keeps focus inside and
 * Escape closes it; focus goes back to the button that opened it.
 */
export function GroundingDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      // Start at the top (the title), not at the button at the end of a long exercise.
      heading.current?.focus();
    }
    if (!open && dialog.open) {
      dialog.close();
      opener.current?.focus();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="sb-dialog sb-grounding"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-lead`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 ref={heading} id={`${id}-title`} tabIndex={-1} className="sb-dialog__title">
        {t('history.grounding.title')}
      </h2>
      <p id={`${id}-lead`}>{t('history.grounding.lead')}</p>
      <ol className="sb-grounding__steps">
        {SENSES.map((sense, index) => (
          <li key={sense}>
            <span className="sb-grounding__count" aria-hidden="true">
              {5 - index}
            </span>
            <span>{t(`history.grounding.senses.${sense}`)}</span>
          </li>
        ))}
      </ol>
      <p>{t('history.grounding.breath')}</p>
      <p className="sb-small">{t('history.grounding.after')}</p>
      <div className="sb-dialog__actions">
        <Button onClick={onClose} block>
          {t('history.grounding.close')}
        </Button>
      </div>
    </dialog>
  );
}

/** A button that opens the grounding exercise; on every step of "My story". */
export function GroundingButton({ className }: { className?: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="secondary"
        className={className}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('history.grounding.open')}
      </Button>
      <GroundingDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
