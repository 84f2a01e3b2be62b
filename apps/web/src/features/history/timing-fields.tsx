import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioGroup, TextField } from '../../ui/field';
import type { TimingField, TimingInput, TimingMode } from './entry-input';

export type TimingRefs = Record<TimingField, RefObject<HTMLInputElement | null>>;

/**
 * "When": ages or dates, a start and (for what lasts) an end. The clinician's wording is precise,
 * the client's plain; both say what can be left empty.
 */
export function TimingFields({
  value,
  onChange,
  lasting,
  voice,
  errors,
  refs,
  name,
}: {
  value: TimingInput;
  onChange: (next: TimingInput) => void;
  /** Ask for an end as a span (caregivers, relationships) rather than "if it lasted". */
  lasting: boolean;
  voice: 'clinician' | 'client';
  errors: Partial<Record<TimingField, string>>;
  refs: TimingRefs;
  /** The radio group's name (unique on the page). */
  name: string;
}) {
  const { t } = useTranslation();
  const set = (field: keyof TimingInput, text: string) => onChange({ ...value, [field]: text });
  const words = voice === 'client' ? 'client' : 'clinician';
  const shape = lasting ? 'span' : 'event';
  return (
    <div className="sb-timing">
      <RadioGroup
        legend={t(`history.timing.${words}.legend`)}
        hint={t(`history.timing.${words}.hint`)}
        name={name}
        inline
        value={value.mode}
        onChange={(mode) => onChange({ ...value, mode: mode as TimingMode })}
        options={[
          { value: 'ages', label: t(`history.timing.${words}.ages`) },
          { value: 'dates', label: t(`history.timing.${words}.dates`) },
        ]}
      />
      {value.mode === 'ages' ? (
        <div className="sb-timing__pair">
          <TextField
            ref={refs.ageFrom}
            label={t(`history.timing.${words}.${shape}.ageFrom`)}
            inputMode="numeric"
            autoComplete="off"
            value={value.ageFrom}
            onChange={(event) => set('ageFrom', event.target.value)}
            error={errors.ageFrom}
            fieldClassName="sb-timing__age"
          />
          <TextField
            ref={refs.ageTo}
            label={t(`history.timing.${words}.${shape}.ageTo`)}
            inputMode="numeric"
            autoComplete="off"
            value={value.ageTo}
            onChange={(event) => set('ageTo', event.target.value)}
            error={errors.ageTo}
            fieldClassName="sb-timing__age"
          />
        </div>
      ) : (
        <div className="sb-timing__pair">
          <TextField
            ref={refs.from}
            type="date"
            label={t(`history.timing.${words}.${shape}.from`)}
            value={value.from}
            onChange={(event) => set('from', event.target.value)}
            error={errors.from}
          />
          <TextField
            ref={refs.to}
            type="date"
            label={t(`history.timing.${words}.${shape}.to`)}
            value={value.to}
            onChange={(event) => set('to', event.target.value)}
            error={errors.to}
          />
        </div>
      )}
    </div>
  );
}
