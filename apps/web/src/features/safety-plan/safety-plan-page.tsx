import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { MySafetyPlan, MySafetyPlans, SafetyPlan } from '@securebase/contracts';
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { LoadError } from '../../ui/load-error';
import { Notice } from '../../ui/notice';
import { Spinner } from '../../ui/spinner';
import type { OfflineCopy } from '../../offline/offline-copy';
import { CrisisPanel } from '../portal/crisis-panel';
import { crisisResourcesQuery } from '../safety/queries';
import { PlanSteps } from './plan-steps';
import { MY_PLANS_KEY, myPlansQuery, saveMyPlan, type LoadedPlans } from './queries';
import './safety-plan.css';

/**
 * "My safety plan" on the client's portal: the steps written with the clinician, each changed in
 * place, the crisis lines always on the page. Opened once with a connection, it also opens with
 * none (`signedIn` false: the session could not be checked), read from the copy the service
 * worker kept, and says so.
 */
export function SafetyPlanPage({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  usePageTitle(t('safetyPlan.title'));
  const client = useQueryClient();
  const loaded = useQuery(myPlansQuery);
  const crisis = loaded.data?.plans.crisis;
  // The practice's crisis lines came with the plan: the crisis panel shows them even offline.
  useEffect(() => {
    if (crisis) client.setQueryData(crisisResourcesQuery.queryKey, crisis);
  }, [client, crisis]);
  const offline = loaded.data?.offline ?? null;
  const plans = loaded.data?.plans.plans ?? [];

  return (
    <div className="sb-portal sb-safety-plan">
      {signedIn ? (
        <p className="sb-back">
          <Link to="/portal">{t('safetyPlan.home')}</Link>
        </p>
      ) : null}
      <header className="sb-portal__greeting">
        <h1>{t('safetyPlan.title')}</h1>
        <p>{t('safetyPlan.lead')}</p>
        <p className="sb-portal__crisis-link">
          <a href="#crisis">{t('portal.crisisLink')}</a>
        </p>
      </header>
      {offline ? <OfflineNotice copy={offline} /> : null}
      {loaded.isPending ? <Spinner label={t('app.loading')} /> : null}
      {loaded.error ? (
        <LoadError error={loaded.error} onRetry={() => void loaded.refetch()} />
      ) : null}
      {loaded.data && plans.length === 0 ? <p>{t('safetyPlan.noPlans')}</p> : null}
      {plans.map((plan) => (
        <ClientPlan
          key={plan.memberId}
          plan={plan}
          titled={plans.length > 1}
          editable={signedIn && offline === null}
          reload={() => loaded.refetch()}
          onSaved={(next) => {
            client.setQueryData<LoadedPlans>(MY_PLANS_KEY, (old) =>
              old ? { ...old, plans: replacePlan(old.plans, next) } : old,
            );
            // Read it again, so the copy kept for offline use is the one just saved.
            void client.invalidateQueries({ queryKey: MY_PLANS_KEY });
          }}
        />
      ))}
      {loaded.data && offline === null ? (
        <p className="sb-safety-plan__kept">{t('safetyPlan.keptHint')}</p>
      ) : null}
      <CrisisPanel />
    </div>
  );
}

function replacePlan(list: MySafetyPlans, next: SafetyPlan): MySafetyPlans {
  return {
    ...list,
    plans: list.plans.map((p) => (p.memberId === next.memberId ? { ...p, ...next } : p)),
  };
}

function OfflineNotice({ copy }: { copy: OfflineCopy }) {
  const { t, i18n } = useTranslation();
  return (
    <Notice tone="info" live="status" title={t('safetyPlan.offline.title')}>
      <p>
        {copy.savedAt
          ? t('safetyPlan.offline.body', { date: formatDateTime(copy.savedAt, i18n.language) })
          : t('safetyPlan.offline.bodyUndated')}
      </p>
      <p>{t('safetyPlan.offline.readOnly')}</p>
    </Notice>
  );
}

function ClientPlan(props: {
  plan: MySafetyPlan;
  /** More than one plan on the page: each under its case's name. */
  titled: boolean;
  editable: boolean;
  reload: () => Promise<unknown>;
  onSaved: (plan: SafetyPlan) => void;
}) {
  const { plan } = props;
  const { t, i18n } = useTranslation();
  const id = useId();
  const steps = (
    <>
      <p className="sb-safety-plan__meta">
        {plan.version === 0
          ? t('safetyPlan.nothingYet')
          : t('safetyPlan.lastChanged', {
              date: formatDateTime(plan.savedAt, i18n.language),
              who: plan.savedBy ?? '',
            })}
      </p>
      <PlanSteps
        plan={plan}
        editable={props.editable}
        headingLevel={props.titled ? 3 : 2}
        frame="card"
        save={(content, baseVersion) => saveMyPlan(plan.memberId, baseVersion, content)}
        onSaved={props.onSaved}
        reload={props.reload}
      />
    </>
  );
  if (!props.titled) return steps;
  return (
    <section className="sb-safety-plan__case" aria-labelledby={id}>
      <h2 id={id}>{t('safetyPlan.forCase', { title: plan.caseTitle })}</h2>
      {steps}
    </section>
  );
}
