import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  DEFAULT_FOLLOW_UPS,
  SCHEDULE_KINDS,
  type CaseSummary,
  type ScheduleBody,
  type ScheduleKindName,
} from '@securebase/contracts';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { splitError } from '../../lib/form-errors';
import { useDescribeError } from '../../lib/use-describe-error';
import { Button } from '../../ui/button';
import { Checkbox, RadioGroup, SelectField, TextField } from '../../ui/field';
import { ErrorNotice } from '../../ui/notice';
import { catalogueQuery } from '../assessments/queries';
import { createSchedule, schedulesQuery } from './queries';
import { browserTimeZone } from './schedule-text';

const FIELDS = [
  'memberId',
  'instrumentId',
  'kind',
  'startsOn',
  'intervalWeeks',
  'localTime',
  'timeZone',
  'followUpMonths',
];

export function ScheduleForm({
  summary,
  discharged,
}: {
  summary: CaseSummary;
  discharged: boolean;
}) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const client = useQueryClient();
  const name = useId();
  const catalogue = useQuery(catalogueQuery);
  const ready = (catalogue.data?.instruments ?? []).filter((i) => i.availability === 'ready');
  const kinds = discharged ? SCHEDULE_KINDS.filter((k) => k === 'follow_up') : SCHEDULE_KINDS;
  const [memberId, setMemberId] = useState(summary.members[0]?.id ?? '');
  const [instrumentId, setInstrumentId] = useState('');
  const [kind, setKind] = useState<ScheduleKindName>(discharged ? 'follow_up' : 'every_n_weeks');
  const [intervalWeeks, setIntervalWeeks] = useState('2');
  const [startsOn, setStartsOn] = useState(() => new Date().toISOString().slice(0, 10));
  const [localTime, setLocalTime] = useState('09:00');
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const [months, setMonths] = useState<number[]>([...DEFAULT_FOLLOW_UPS]);
  const mutation = useMutation({
    mutationFn: (body: ScheduleBody) => createSchedule(summary.id, body),
    onSuccess: () => client.invalidateQueries({ queryKey: schedulesQuery(summary.id).queryKey }),
  });
  const errors = splitError(mutation.error, FIELDS, describe);

  function submit(event: SubmitEvent) {
    event.preventDefault();
    mutation.mutate({
      memberId,
      instrumentId: instrumentId || ready[0]?.id || '',
      kind,
      localTime,
      timeZone,
      ...(kind === 'every_n_weeks' ? { startsOn, intervalWeeks: Number(intervalWeeks) } : {}),
      ...(kind === 'follow_up' ? { followUpMonths: months } : {}),
    });
  }

  return (
    <form noValidate onSubmit={submit} className="sb-outcomes__form">
      <h3>{t('outcomes.form.title')}</h3>
      {errors.form ? <ErrorNotice>{errors.form}</ErrorNotice> : null}
      <div className="sb-outcomes__row">
        {summary.members.length > 1 ? (
          <SelectField
            label={t('outcomes.form.member')}
            value={memberId}
            onChange={(event) => setMemberId(event.target.value)}
            options={summary.members.map((m) => ({ value: m.id, label: m.displayName }))}
            error={errors.fields.memberId}
          />
        ) : null}
        <SelectField
          label={t('outcomes.form.measure')}
          value={instrumentId || ready[0]?.id || ''}
          onChange={(event) => setInstrumentId(event.target.value)}
          options={ready.map((i) => ({ value: i.id, label: i.name }))}
          error={errors.fields.instrumentId}
        />
      </div>
      <RadioGroup
        legend={t('outcomes.form.kind')}
        name={`${name}-kind`}
        value={kind}
        onChange={(value) => setKind(value as ScheduleKindName)}
        options={kinds.map((value) => ({ value, label: t(`outcomes.kinds.${value}`) }))}
      />
      {kind === 'every_n_weeks' ? (
        <div className="sb-outcomes__row">
          <TextField
            type="number"
            min={1}
            max={52}
            label={t('outcomes.form.interval')}
            value={intervalWeeks}
            onChange={(event) => setIntervalWeeks(event.target.value)}
            error={errors.fields.intervalWeeks}
          />
          <TextField
            type="date"
            label={t('outcomes.form.startsOn')}
            value={startsOn}
            onChange={(event) => setStartsOn(event.target.value)}
            error={errors.fields.startsOn}
          />
        </div>
      ) : null}
      {kind === 'follow_up' ? (
        <fieldset className="sb-outcomes__months">
          <legend className="sb-field__label">{t('outcomes.form.months')}</legend>
          {errors.fields.followUpMonths ? (
            <p className="sb-field__error">{errors.fields.followUpMonths}</p>
          ) : null}
          {[1, 3, 6, 12, 24].map((m) => (
            <Checkbox
              key={m}
              label={t('outcomes.form.monthsOption', { count: m })}
              checked={months.includes(m)}
              onChange={(event) =>
                setMonths((current) =>
                  event.target.checked
                    ? [...current, m].sort((a, b) => a - b)
                    : current.filter((x) => x !== m),
                )
              }
            />
          ))}
        </fieldset>
      ) : null}
      {kind !== 'every_session' ? (
        <div className="sb-outcomes__row">
          <TextField
            type="time"
            label={t('outcomes.form.time')}
            value={localTime}
            onChange={(event) => setLocalTime(event.target.value)}
            error={errors.fields.localTime}
          />
          <TextField
            label={t('outcomes.form.zone')}
            hint={t('outcomes.form.zoneHint')}
            value={timeZone}
            onChange={(event) => setTimeZone(event.target.value)}
            error={errors.fields.timeZone}
          />
        </div>
      ) : null}
      <Button type="submit" busy={mutation.isPending}>
        {t('outcomes.form.submit')}
      </Button>
    </form>
  );
}
