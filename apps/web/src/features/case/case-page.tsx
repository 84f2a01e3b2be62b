import { useQuery } from '@tanstack/react-query';
import type { CaseSummary } from '@securebase/contracts';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../api/client';
import { formatDate } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { Badge } from '../../ui/badge';
import { ButtonLink } from '../../ui/button';
import { LoadError } from '../../ui/load-error';
import { Notice } from '../../ui/notice';
import { PageHeader } from '../../ui/page-header';
import { Spinner } from '../../ui/spinner';
import { Tabs } from '../../ui/tabs';
import { caseQuery } from '../caseload/queries';
import { MeasuresTab } from '../assessments/measures-tab';
import { AttachmentTab } from '../attachment/attachment-tab';
import { FormulationTab } from '../formulation/formulation-tab';
import { HistoryTab } from '../history/history-tab';
import { SessionsTab } from '../sessions/sessions-tab';
import { OutcomesTab } from '../outcomes/outcomes-tab';
import { CaseOverview } from './case-overview';
import './case.css';
import { PracticeTab } from '../practice/clinician/practice-tab';

export const CASE_TABS = [
  'overview',
  'measures',
  'attachment',
  'formulation',
  'history',
  'sessions',
  'practice',
  'outcomes',
] as const;
export type CaseTab = (typeof CASE_TABS)[number];

export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const found = useQuery(caseQuery(id));
  usePageTitle(found.data?.title ?? t('case.tabs.overview'));

  if (found.isPending) return <Spinner label={t('app.loading')} />;
  if (found.error) {
    if (isApiError(found.error, 404) || isApiError(found.error, 400)) {
      return (
        <>
          <PageHeader title={t('case.notFoundTitle')} description={t('case.notFoundBody')} />
          <ButtonLink to="/caseload" variant="secondary">
            {t('case.back')}
          </ButtonLink>
        </>
      );
    }
    return <LoadError error={found.error} onRetry={() => void found.refetch()} />;
  }
  return <CaseView summary={found.data} />;
}

function CaseView({ summary }: { summary: CaseSummary }) {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const [search, setSearch] = useSearchParams();
  const tabValue = search.get('tab');
  const tab: CaseTab = CASE_TABS.find((candidate) => candidate === tabValue) ?? 'overview';
  const created =
    typeof location.state === 'object' && location.state !== null && 'created' in location.state;
  const lead = summary.careTeam.filter((member) => member.teamRole === 'lead');
  const others = summary.careTeam.filter((member) => member.teamRole !== 'lead');

  return (
    <>
      <p className="sb-back">
        <Link to="/caseload">{t('case.back')}</Link>
      </p>
      {created ? (
        <Notice tone="success" live="status">
          {t('case.created')}
        </Notice>
      ) : null}
      <PageHeader
        title={summary.title}
        eyebrow={
          <span className="sb-case-badges">
            <Badge tone="accent">{t(`caseKinds.${summary.kind}`)}</Badge>
            <Badge>{t(`caseStatus.${summary.status}`)}</Badge>
            <span>{t('case.opened', { date: formatDate(summary.createdAt, i18n.language) })}</span>
          </span>
        }
      >
        <dl className="sb-case-facts">
          <div>
            <dt>{t('case.members')}</dt>
            <dd>
              {summary.members
                .map((member) =>
                  t('caseload.memberWithRole', {
                    name: member.displayName,
                    role: t(`memberRoles.${member.memberRole}`),
                  }),
                )
                .join(', ')}
            </dd>
          </div>
          <div>
            <dt>{t('case.careTeam')}</dt>
            <dd>
              {[
                ...lead.map((member) => t('case.lead', { name: member.displayName })),
                ...others.map((member) => member.displayName),
              ].join(', ')}
            </dd>
          </div>
        </dl>
      </PageHeader>
      <Tabs
        label={t('case.tabsLabel')}
        tabs={CASE_TABS.map((id) => ({ id, label: t(`case.tabs.${id}`) }))}
        selected={tab}
        onSelect={(next) => {
          const params = new URLSearchParams(search);
          if (next === 'overview') params.delete('tab');
          else params.set('tab', next);
          setSearch(params, { replace: true, state: location.state as unknown });
        }}
      >
        <TabView tab={tab} summary={summary} />
      </Tabs>
    </>
  );
}

/** Each tab's view. One line per tab. */
const TAB_VIEWS = {
  overview: CaseOverview,
  measures: MeasuresTab,
  attachment: AttachmentTab,
  formulation: FormulationTab,
  history: HistoryTab,
  sessions: SessionsTab,
  outcomes: OutcomesTab,
  practice: PracticeTab,
} satisfies Record<CaseTab, ComponentType<{ summary: CaseSummary }>>;

function TabView({ tab, summary }: { tab: CaseTab; summary: CaseSummary }) {
  const View = TAB_VIEWS[tab];
  return <View summary={summary} />;
}
