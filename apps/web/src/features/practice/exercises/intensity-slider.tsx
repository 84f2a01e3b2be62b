import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { toRating } from './edits';
import { ids } from './support';
import './intensity-slider.css';

export interface IntensitySliderProps {
  /** Names the slider, e.g. "How strong: anxious". */
  label: string;
  value: number;
  onChange: (intensity: number) => void;
  error?: string | null;
}

/** A 0–10 slider (a native range input) with its number shown beside it and the scale below. */
export function IntensitySlider({ label, value, onChange, error }: IntensitySliderProps) {
  const { t } = useTranslation();
  const id = useId();
  const shown = toRating(value);
  return (
    <div className={error ? 'sb-ex-slider sb-ex-slider--invalid' : 'sb-ex-slider'}>
      <label className="sb-ex-slider__label" htmlFor={id}>
        {label}
      </label>
      {error ? (
        <p className="sb-field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div className="sb-ex-slider__row">
        <input
          id={id}
          type="range"
          min={0}
          max={10}
          step={1}
          className="sb-ex-slider__input"
          value={shown}
          aria-valuetext={t('exercises.intensity.valueText', { value: shown })}
          aria-invalid={error ? true : undefined}
          aria-describedby={ids(error && `${id}-error`, `${id}-scale`)}
          onChange={(event) => onChange(toRating(event.target.value))}
        />
        <output className="sb-ex-slider__value" htmlFor={id} aria-hidden="true">
          {shown}
        </output>
      </div>
      <p className="sb-ex-slider__scale" id={`${id}-scale`}>
        <span>{t('exercises.intensity.low')}</span>
        <span>{t('exercises.intensity.high')}</span>
      </p>
    </div>
  );
}
