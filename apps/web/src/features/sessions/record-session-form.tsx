import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  SESSION_MODALITIES,
  type CaseSummary,
  type SessionModality,
  type SessionSummary,
} from '@securebase/contracts';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { splitError } from '../../lib/form-errors';
import { useDescribeError } from '../../lib/use-describe-error';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { Checkbox, RadioGroup, TextField } from '../../ui/field';
import { ErrorNotice } from '../../ui/notice';
import { recordSession, sessionsKey } from './queries';
import { nowInputs, sessionBody, type SessionProblem } from './session-input';

function problemMessage(t: TFunction, problem: SessionProblem): string {
  switch (problem.field) {
    case 'date':
      return t(`sessions.record.problems.date.${problem.problem}`);
    case 'time':
      return t('sessions.record.problems.time.missing');
    case 'duration':
      return t('sessions.record.problems.duration.range');
    case 'attendeeIds':
      return t('sessions.record.problems.attendeeIds.none');
  }
}

/** Records a session that was held; everyone in the case is ticked as attending to start with. */
export function RecordSessionForm({
  summary,
  onRecorded,
}: {
  summary: CaseSummary;
  onRecorded: (session: SessionSummary) => void;
}) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const client = useQueryClient();
  const name = useId();
  const [start] = useState(() => nowInputs(new Date()));
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState(start.time);
  const [duration, setDuration] = useState('50');
  const [modality, setModality] = useState<SessionModality>('in_person');
  const [attendeeIds, setAttendeeIds] = useState(() => summary.members.map((m) => m.id));
  const [problems, setProblems] = useState<SessionProblem[]>([]);
  const mutation = useMutation({
    mutationFn: (body: Parameters<typeof recordSession>[1]) => recordSession(summary.id, body),
    onSuccess: async (session) => {
      await client.invalidateQueries({ queryKey: sessionsKey(summary.id) });
      onRecorded(session);
    },
  });
  const server = splitError(mutation.error, ['heldAt', 'durationMinutes', 'attendeeIds'], describe);
  const problemText = (field: SessionProblem['field']): string | undefined => {
    const found = problems.find((p) => p.field === field);
    return found ? problemMessage(t, found) : undefined;
  };

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const result = sessionBody({ date, time, duration, modality, attendeeIds }, new Date());
    setProblems(result.ok ? [] : result.problems);
    if (result.ok) mutation.mutate(result.body);
  }

  return (
    <Card title={t('sessions.record.title')}>
      <form noValidate onSubmit={submit} className="sb-sessions__record">
        {server.form ? <ErrorNotice>{server.form}</ErrorNotice> : null}
        <div className="sb-sessions__when">
          <TextField
            type="date"
            label={t('sessions.record.date')}
            value={date}
            max={start.date}
            onChange={(event) => setDate(event.target.value)}
            error={problemText('date') ?? server.fields.heldAt}
          />
          <TextField
            type="time"
            label={t('sessions.record.time')}
            value={time}
            onChange={(event) => setTime(event.target.value)}
            error={problemText('time')}
          />
          <TextField
            type="number"
            inputMode="numeric"
            min={5}
            max={480}
            step={5}
            label={t('sessions.record.duration')}
            value={duration}
            onChange={(event) => setDuration(event.target.value)}
            error={problemText('duration') ?? server.fields.durationMinutes}
          />
        </div>
        <RadioGroup
          legend={t('sessions.record.modality')}
          name={`${name}-modality`}
          inline
          value={modality}
          onChange={(value) => setModality(value as SessionModality)}
          options={SESSION_MODALITIES.map((value) => ({
            value,
            label: t(`sessions.modalities.${value}`),
          }))}
        />
        <fieldset className="sb-sessions__attendees">
          <legend className="sb-field__label">{t('sessions.record.attendees')}</legend>
          {(problemText('attendeeIds') ?? server.fields.attendeeIds) ? (
            <p className="sb-field__error">
              {problemText('attendeeIds') ?? server.fields.attendeeIds}
            </p>
          ) : null}
          {summary.members.map((member) => (
            <Checkbox
              key={member.id}
              label={t('caseload.memberWithRole', {
                name: member.displayName,
                role: t(`memberRoles.${member.memberRole}`),
              })}
              checked={attendeeIds.includes(member.id)}
              onChange={(event) => {
                const on = event.target.checked;
                setAttendeeIds((current) =>
                  on ? [...current, member.id] : current.filter((id) => id !== member.id),
                );
              }}
            />
          ))}
        </fieldset>
        <Button type="submit" busy={mutation.isPending}>
          {t('sessions.record.submit')}
        </Button>
      </form>
    </Card>
  );
}
