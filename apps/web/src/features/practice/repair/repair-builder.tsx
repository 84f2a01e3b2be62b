import type { ContentProblem } from '@securebase/practice';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Tabs } from '../../../ui/tabs';
import type { ExerciseFormProps } from '../exercise-form';
import { RepairAfter } from './repair-after';
import { isPrepareField, RepairPrepare } from './repair-prepare';
import { RepairRehearsal } from './repair-rehearsal';
import './repair.css';

type Mode = 'prepare' | 'rehearse';

const needsPrepare = (problem: ContentProblem | null): boolean =>
  problem !== null && isPrepareField(problem.field);

/**
 * The repair conversation: Prepare it, Rehearse it turn by turn, and note how the real one
 * went. A controlled form: the exercise page loads, saves, shares and finishes the entry.
 */
export function RepairBuilder({
  value,
  onChange,
  settings,
  problem,
  isDraft,
}: ExerciseFormProps<'repair'>) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('prepare');
  const [seenProblem, setSeenProblem] = useState(problem);
  // When the server refuses something written in Prepare, show Prepare so the message is seen.
  if (problem !== seenProblem) {
    setSeenProblem(problem);
    if (needsPrepare(problem)) setMode('prepare');
  }
  const tabs = [
    { id: 'prepare', label: t('repair.modes.prepare') },
    { id: 'rehearse', label: t('repair.modes.rehearse') },
  ];
  const form = { value, onChange, settings, problem, isDraft };
  return (
    <div className="sb-repair">
      <Tabs
        label={t('repair.modes.label')}
        tabs={tabs}
        selected={mode}
        onSelect={(id) => setMode(id === 'rehearse' ? 'rehearse' : 'prepare')}
      >
        {mode === 'prepare' ? (
          <RepairPrepare {...form} />
        ) : (
          <RepairRehearsal {...form} onPrepare={() => setMode('prepare')} />
        )}
      </Tabs>
      <RepairAfter {...form} />
    </div>
  );
}
