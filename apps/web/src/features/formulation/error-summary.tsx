import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../ui/notice';

export interface SummaryItem {
  /** The field to go to, when the form shows one. */
  path: string | null;
  text: string;
}

/** Every problem in one place above the save button, each a way to the field concerned. */
export function ErrorSummary({
  items,
  onGo,
  ref,
}: {
  items: readonly SummaryItem[];
  onGo: (path: string) => void;
  ref?: Ref<HTMLDivElement>;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <Notice
      ref={ref}
      tone="attention"
      live="alert"
      title={t('formulation.errors.title', { count: items.length })}
    >
      <ul className="sb-formulation__problems">
        {items.map((item, index) => (
          <li key={`${item.path ?? 'form'}-${String(index)}`}>
            {item.path ? (
              <button
                type="button"
                className="sb-formulation__link-button"
                onClick={() => {
                  if (item.path) onGo(item.path);
                }}
              >
                {item.text}
              </button>
            ) : (
              item.text
            )}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
