import type { CaseSummary } from '@securebase/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { SelectField } from '../../ui/field';
import { MemberFormulation } from './member-formulation';
import './formulation.css';

/**
 * The case's formulation tab: one formulation per member (a couple has two). A member once
 * opened stays mounted while hidden, so switching between partners never loses what was typed.
 */
export function FormulationTab({ summary }: { summary: CaseSummary }) {
  const { t } = useTranslation();
  const location = useLocation();
  const [search, setSearch] = useSearchParams();
  const asked = search.get('member');
  const memberId =
    summary.members.find((member) => member.id === asked)?.id ?? summary.members[0]?.id ?? '';
  const [opened, setOpened] = useState<string[]>(memberId ? [memberId] : []);
  // A member reached by the address (not the picker) is kept mounted from now on too.
  if (memberId && !opened.includes(memberId)) setOpened([...opened, memberId]);

  function choose(next: string) {
    setOpened((current) => (current.includes(next) ? current : [...current, next]));
    const params = new URLSearchParams(search);
    params.set('member', next);
    setSearch(params, { replace: true, state: location.state as unknown });
  }

  return (
    <div className="sb-formulation">
      <p className="sb-formulation__intro">{t('formulation.intro')}</p>
      {summary.members.length === 0 ? <p>{t('formulation.noMembers')}</p> : null}
      {summary.members.length > 1 ? (
        <SelectField
          fieldClassName="sb-formulation__member-picker"
          label={t('formulation.memberPicker')}
          hint={t('formulation.memberPickerHint')}
          value={memberId}
          onChange={(event) => choose(event.target.value)}
          options={summary.members.map((member) => ({
            value: member.id,
            label: t('caseload.memberWithRole', {
              name: member.displayName,
              role: t(`memberRoles.${member.memberRole}`),
            }),
          }))}
        />
      ) : null}
      {summary.members
        .filter((member) => opened.includes(member.id))
        .map((member) => (
          <div key={member.id} hidden={member.id !== memberId}>
            <MemberFormulation caseId={summary.id} member={member} />
          </div>
        ))}
    </div>
  );
}
