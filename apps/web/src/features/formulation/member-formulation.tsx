import { useQuery } from '@tanstack/react-query';
import type { CaseMember } from '@securebase/contracts';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../ui/load-error';
import { Spinner } from '../../ui/spinner';
import { FormulationEditor } from './formulation-editor';
import { HistorySection, type VersionRow } from './history-section';
import { formulationQuery } from './queries';
import { ReadOnlyVersion } from './read-only-version';
import { useFieldFocus } from './use-field-focus';

/**
 * One member's formulation: the editor, or a past version read-only in its place (the editor
 * stays mounted underneath, so nothing typed is lost), and the history of versions below.
 */
export function MemberFormulation({ caseId, member }: { caseId: string; member: CaseMember }) {
  const { t } = useTranslation();
  const id = useId();
  const rootRef = useRef<HTMLElement>(null);
  const bannerRef = useRef<HTMLDivElement>(null);
  const focusLater = useFieldFocus(rootRef);
  const current = useQuery(formulationQuery(caseId, member.id));
  const [viewing, setViewing] = useState<VersionRow | null>(null);

  // Start from a fresh read, not a cached one, so the base version is the newest we can know.
  const fresh = current.isFetchedAfterMount || !current.isFetching;
  const data = fresh ? current.data : undefined;

  return (
    <section ref={rootRef} className="sb-formulation__member" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('formulation.title', { name: member.displayName })}</h2>
      {current.error && !current.data ? (
        <LoadError error={current.error} onRetry={() => void current.refetch()} />
      ) : null}
      {!data && !current.error ? <Spinner label={t('app.loading')} /> : null}
      {data ? (
        <>
          {viewing ? (
            <ReadOnlyVersion
              caseId={caseId}
              memberId={member.id}
              version={viewing}
              bannerRef={bannerRef}
              onBack={() => {
                setViewing(null);
                focusLater(`history.${String(viewing.version)}`);
              }}
            />
          ) : null}
          <div hidden={viewing !== null}>
            <FormulationEditor caseId={caseId} member={member} initial={data} />
          </div>
          <HistorySection
            caseId={caseId}
            memberId={member.id}
            viewing={viewing?.version ?? null}
            onView={(version) => {
              setViewing(version);
              focusLater(bannerRef);
            }}
          />
        </>
      ) : null}
    </section>
  );
}
