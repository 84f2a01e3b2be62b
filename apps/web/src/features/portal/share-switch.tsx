import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Let my clinician see this": a switch (a checkbox a screen reader calls a switch), off by
 * default, with what it means right under it. `about` names the entry for screen readers.
 */
export function ShareSwitch({
  checked,
  onChange,
  about,
  busy = false,
  describedBy,
}: {
  checked: boolean;
  onChange: (next: boolean) => void;
  about?: string;
  busy?: boolean;
  /** More words on what sharing means. */
  describedBy?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="sb-share">
      <label className="sb-share__control" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          role="switch"
          className="sb-share__input"
          checked={checked}
          disabled={busy}
          aria-busy={busy || undefined}
          aria-describedby={[`${id}-state`, describedBy].filter(Boolean).join(' ')}
          onChange={(event) => onChange(event.target.checked)}
        />
        <span className="sb-share__track" aria-hidden="true">
          <span className="sb-share__thumb" />
        </span>
        <span className="sb-share__label">
          {t('history.story.share.toggle')}
          {about ? <span className="sb-visually-hidden">{`: ${about}`}</span> : null}
        </span>
      </label>
      <p
        id={`${id}-state`}
        className={checked ? 'sb-share__state sb-share__state--on' : 'sb-share__state'}
      >
        {checked ? t('history.story.share.isShared') : t('history.story.share.isPrivate')}
      </p>
    </div>
  );
}
