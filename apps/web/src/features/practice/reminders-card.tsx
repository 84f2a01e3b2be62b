import type { ReminderSettings } from '@securebase/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { Button } from '../../ui/button';
import { Card } from '../../ui/card';
import { Checkbox, TextField } from '../../ui/field';
import { useSaveReminders } from './queries';

const deviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The client picks the hour of their daily reminder (one mail a day at most), or none. */
export function RemindersCard({ current }: { current: ReminderSettings | null }) {
  const { t } = useTranslation();
  const save = useSaveReminders();
  const [enabled, setEnabled] = useState(current?.enabled ?? false);
  const [localTime, setLocalTime] = useState(current?.localTime ?? '18:00');
  const timeZone = current?.timeZone ?? deviceZone();
  const error = save.error && isApiError(save.error) ? save.error : null;
  return (
    <Card title={t('practice.reminders.title')}>
      <p>{t('practice.reminders.intro')}</p>
      <form
        className="sb-reminders"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({ enabled, localTime, timeZone: deviceZone() });
        }}
      >
        <Checkbox
          label={t('practice.reminders.enabled')}
          checked={enabled}
          onChange={(event) => setEnabled(event.target.checked)}
        />
        <TextField
          label={t('practice.reminders.time')}
          hint={t('practice.reminders.zone', { zone: timeZone })}
          type="time"
          value={localTime}
          required
          error={error?.field === 'localTime' ? error.message : null}
          onChange={(event) => setLocalTime(event.target.value)}
        />
        {error && error.field !== 'localTime' ? <p role="alert">{error.message}</p> : null}
        <Button type="submit" variant="secondary" disabled={save.isPending}>
          {t('practice.reminders.save')}
        </Button>
        {save.isSuccess ? (
          <p role="status">
            {save.data.enabled
              ? t('practice.reminders.savedOn', { time: save.data.localTime })
              : t('practice.reminders.savedOff')}
          </p>
        ) : null}
      </form>
    </Card>
  );
}
