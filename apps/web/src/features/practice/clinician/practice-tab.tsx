import { useQuery } from '@tanstack/react-query';
import type { CaseMember, CaseSummary, PracticeEntry } from '@securebase/contracts';
import { useTranslation } from 'react-i18next';
import { Card } from '../../../ui/card';
import { LoadError } from '../../../ui/load-error';
import { Spinner } from '../../../ui/spinner';
import { casePracticeQuery } from '../queries';
import { PracticeTrendsView } from '../trends/trends-chart';
import { AssignExerciseForm } from './assign-exercise-form';
import { AssignmentList } from './assignment-list';
import { SharedEntry } from './shared-entry';
import './practice-tab.css';

/** Newest first: by the day the entry is about, then when it was finished. */
function newestFirst(entries: readonly PracticeEntry[]): PracticeEntry[] {
  const key = (e: PracticeEntry) => `${e.localDate} ${e.completedAt ?? e.updatedAt}`;
  return [...entries].sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0));
}

/**
 * The case's Practice tab: what the client chose to share (to read and comment on) first, the
 * trends drawn from shared entries only, how much of each exercise is done, and giving a new one.
 */
export function PracticeTab({ summary }: { summary: CaseSummary }) {
  const { t } = useTranslation();
  const practice = useQuery(casePracticeQuery(summary.id));
  return (
    <div className="sb-practice-clinic">
      <p className="sb-practice-clinic__intro">{t('practiceClinic.intro')}</p>
      {practice.isPending ? <Spinner label={t('app.loading')} /> : null}
      {practice.error ? (
        <LoadError error={practice.error} onRetry={() => void practice.refetch()} />
      ) : null}
      {practice.data ? (
        <>
          <Card title={t('practiceClinic.shared.title')}>
            <SharedList
              caseId={summary.id}
              entries={practice.data.sharedEntries}
              members={summary.members}
            />
          </Card>
          <Card title={t('practiceClinic.trends.title')}>
            <PracticeTrendsView trends={practice.data.trends} audience="clinician" />
          </Card>
          <Card title={t('practiceClinic.given.title')}>
            <AssignmentList caseId={summary.id} assignments={practice.data.assignments} />
          </Card>
        </>
      ) : null}
      <Card title={t('practiceClinic.form.title')}>
        <AssignExerciseForm caseId={summary.id} members={summary.members} />
      </Card>
    </div>
  );
}

function SharedList(props: {
  caseId: string;
  entries: readonly PracticeEntry[];
  members: readonly CaseMember[];
}) {
  const { t } = useTranslation();
  const nameOf = (memberId: string) =>
    props.members.find((m) => m.id === memberId)?.displayName ?? '';
  return (
    <>
      <p className="sb-practice-clinic__lede">{t('practiceClinic.shared.intro')}</p>
      {props.entries.length === 0 ? (
        <p className="sb-practice-clinic__none">{t('practiceClinic.shared.none')}</p>
      ) : (
        <ul className="sb-practice-clinic__list">
          {newestFirst(props.entries).map((entry) => (
            <li key={entry.id} className="sb-practice-clinic__item">
              <SharedEntry
                caseId={props.caseId}
                entry={entry}
                memberName={nameOf(entry.memberId)}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
