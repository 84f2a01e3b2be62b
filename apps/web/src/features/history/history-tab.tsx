import { useQuery } from '@tanstack/react-query';
import type { CaseMember, CaseSummary } from '@securebase/contracts';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../ui/card';
import { EmptyState } from '../../ui/empty-state';
import { RadioGroup } from '../../ui/field';
import { LoadError } from '../../ui/load-error';
import { Spinner } from '../../ui/spinner';
import { EntryForm } from './entry-form';
import { HistoryTable } from './history-table';
import { Lifeline } from './lifeline';
import { inTimeOrder } from './lifeline-scale';
import { caseHistoryQuery } from './queries';
import './history.css';

/** Today where the clinician is, as `YYYY-MM-DD`. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The case's History tab: each member's attachment lifeline, the table behind it, and a form. */
export function HistoryTab({ summary }: { summary: CaseSummary }) {
  const { t } = useTranslation();
  const name = useId();
  const [memberId, setMemberId] = useState(summary.members[0]?.id ?? '');
  const member = summary.members.find((m) => m.id === memberId) ?? summary.members[0];
  if (!member) return <p>{t('history.noMembers')}</p>;
  return (
    <div className="sb-history">
      <p className="sb-history__intro">{t('history.intro')}</p>
      {summary.members.length > 1 ? (
        <RadioGroup
          legend={t('history.whose')}
          name={`${name}-member`}
          inline
          value={member.id}
          onChange={setMemberId}
          options={summary.members.map((m) => ({
            value: m.id,
            label: t('caseload.memberWithRole', {
              name: m.displayName,
              role: t(`memberRoles.${m.memberRole}`),
            }),
          }))}
        />
      ) : null}
      <MemberHistory key={member.id} caseId={summary.id} member={member} />
    </div>
  );
}

function MemberHistory({ caseId, member }: { caseId: string; member: CaseMember }) {
  const { t } = useTranslation();
  const history = useQuery(caseHistoryQuery(caseId, member.id));
  const today = localToday();
  const entries = useMemo(
    () => (history.data ? inTimeOrder(history.data.entries, member.birthYear, today) : []),
    [history.data, member.birthYear, today],
  );
  return (
    <>
      <Card title={t('history.lifeline.title', { name: member.displayName })}>
        {history.isPending ? <Spinner label={t('app.loading')} /> : null}
        {history.error ? (
          <LoadError error={history.error} onRetry={() => void history.refetch()} />
        ) : null}
        {history.data && entries.length === 0 ? (
          <EmptyState
            headingLevel={3}
            title={t('history.empty.title', { name: member.displayName })}
          >
            <p>{t('history.empty.body')}</p>
          </EmptyState>
        ) : null}
        {entries.length > 0 ? (
          <>
            <Lifeline
              entries={entries}
              memberName={member.displayName}
              birthYear={member.birthYear}
              today={today}
            />
            <p className="sb-history__privacy">{t('history.privacyNote')}</p>
            <HistoryTable
              entries={entries}
              memberName={member.displayName}
              birthYear={member.birthYear}
            />
          </>
        ) : null}
      </Card>
      <EntryForm caseId={caseId} memberId={member.id} memberName={member.displayName} />
    </>
  );
}
