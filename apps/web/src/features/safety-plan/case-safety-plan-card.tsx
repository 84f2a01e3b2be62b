import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseSummary, SafetyPlan } from '@securebase/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { Card } from '../../ui/card';
import { SelectField } from '../../ui/field';
import { LoadError } from '../../ui/load-error';
import { Spinner } from '../../ui/spinner';
import { PlanSteps } from './plan-steps';
import { casePlanKey, casePlanQuery, casePlanVersionsQuery, saveCasePlan } from './queries';
import './safety-plan.css';

/**
 * On the case's Overview: each client member's safety plan, written with them in session and
 * changed a step at a time; the client can change it from their portal too, so every version
 * says who saved it.
 */
export function CaseSafetyPlanCard({ summary }: { summary: CaseSummary }) {
  const { t } = useTranslation();
  const members = summary.members.filter((m) => m.memberRole !== 'caregiver');
  const [chosen, setChosen] = useState<string | null>(null);
  const memberId = chosen ?? members[0]?.id ?? null;
  return (
    <Card title={t('safetyPlan.card.title')} className="sb-case-safety-plan">
      <p className="sb-small">{t('safetyPlan.card.intro')}</p>
      {memberId === null ? <p>{t('safetyPlan.card.none')}</p> : null}
      {members.length > 1 && memberId !== null ? (
        <SelectField
          label={t('safetyPlan.card.whose')}
          value={memberId}
          onChange={(event) => setChosen(event.target.value)}
          options={members.map((m) => ({
            value: m.id,
            label: `${m.displayName} (${t(`memberRoles.${m.memberRole}`)})`,
          }))}
        />
      ) : null}
      {memberId !== null ? (
        <MemberPlan key={memberId} caseId={summary.id} memberId={memberId} />
      ) : null}
    </Card>
  );
}

function MemberPlan({ caseId, memberId }: { caseId: string; memberId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const plan = useQuery(casePlanQuery(caseId, memberId));
  if (plan.isPending) return <Spinner label={t('app.loading')} />;
  if (plan.error) return <LoadError error={plan.error} onRetry={() => void plan.refetch()} />;
  return (
    <>
      <PlanMeta plan={plan.data} />
      <PlanSteps
        plan={plan.data}
        editable
        headingLevel={3}
        frame="plain"
        save={(content, baseVersion) => saveCasePlan(caseId, memberId, baseVersion, content)}
        onSaved={(next) => {
          client.setQueryData(casePlanQuery(caseId, memberId).queryKey, next);
          void client.invalidateQueries({
            queryKey: casePlanVersionsQuery(caseId, memberId).queryKey,
          });
        }}
        reload={() => client.refetchQueries({ queryKey: casePlanKey(caseId, memberId) })}
      />
      <p className="sb-small">{t('safetyPlan.card.crisisNote')}</p>
      {plan.data.version > 1 ? <Versions caseId={caseId} memberId={memberId} /> : null}
    </>
  );
}

function PlanMeta({ plan }: { plan: SafetyPlan }) {
  const { t, i18n } = useTranslation();
  if (plan.version === 0) return <p>{t('safetyPlan.card.empty')}</p>;
  return (
    <p className="sb-safety-plan__meta">
      {t('safetyPlan.card.version', {
        version: plan.version,
        date: formatDateTime(plan.savedAt, i18n.language),
        who: plan.savedBy ?? '',
        role: t(`safetyPlan.card.roles.${plan.savedByRole ?? 'clinician'}`),
      })}
    </p>
  );
}

/** Who saved each version and when (the words of older versions stay in the record). */
function Versions({ caseId, memberId }: { caseId: string; memberId: string }) {
  const { t, i18n } = useTranslation();
  const list = useQuery(casePlanVersionsQuery(caseId, memberId));
  if (!list.data) return null;
  const { versions } = list.data;
  return (
    <details className="sb-disclosure sb-safety-plan__versions">
      <summary>{t('safetyPlan.card.versions', { count: versions.length })}</summary>
      <ul>
        {versions.map((v) => (
          <li key={v.version}>
            {t('safetyPlan.card.versionLine', {
              version: v.version,
              who: v.savedBy,
              role: t(`safetyPlan.card.roles.${v.savedByRole}`),
              date: formatDateTime(v.savedAt, i18n.language),
            })}
          </li>
        ))}
      </ul>
    </details>
  );
}
