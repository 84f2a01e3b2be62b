import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CaseKind, CaseSummary, CreateCaseBody } from '@securebase/contracts';
import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { splitError } from '../../lib/form-errors';
import { useDescribeError } from '../../lib/use-describe-error';
import { usePageTitle } from '../../lib/use-page-title';
import { Button, ButtonLink } from '../../ui/button';
import { Card } from '../../ui/card';
import { RadioGroup, SelectField, TextField } from '../../ui/field';
import { ErrorNotice } from '../../ui/notice';
import { PageHeader } from '../../ui/page-header';
import {
  checkDraft,
  hasProblems,
  MEMBER_LIMITS,
  memberDraft,
  membersForKind,
  ROLES_BY_KIND,
  toCreateCaseBody,
  type DraftProblems,
  type MemberDraft,
} from './new-case';
import './caseload.css';

const KINDS: readonly CaseKind[] = ['individual', 'couple', 'family'];

export function NewCasePage() {
  const { t } = useTranslation();
  usePageTitle(t('newCase.title'));
  const describe = useDescribeError();
  const navigate = useNavigate();
  const client = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);

  const [kind, setKind] = useState<CaseKind>('individual');
  const [title, setTitle] = useState('');
  const [members, setMembers] = useState<MemberDraft[]>(() => membersForKind('individual', []));
  const [problems, setProblems] = useState<DraftProblems | null>(null);
  const thisYear = new Date().getFullYear();

  const create = useMutation({
    mutationFn: (body: CreateCaseBody) => api.post<CaseSummary>('/api/cases', body),
    onSuccess: async (created) => {
      client.setQueryData(['case', created.id], created);
      await client.invalidateQueries({ queryKey: ['cases'] });
      await navigate(`/cases/${created.id}`, { state: { created: true } });
    },
  });

  const knownFields = [
    'kind',
    'title',
    ...members.flatMap((_, index) => [
      `members.${index}.displayName`,
      `members.${index}.birthYear`,
      `members.${index}.memberRole`,
    ]),
    'members',
  ];
  const server = splitError(create.error, knownFields, describe);

  function fieldError(field: string, local: string | null): string | undefined {
    return local ?? server.fields[field];
  }

  function focusFirstInvalid() {
    requestAnimationFrame(() => {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    });
  }

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const found = checkDraft(kind, title, members, thisYear);
    if (hasProblems(found)) {
      setProblems(found);
      focusFirstInvalid();
      return;
    }
    setProblems(null);
    create.mutate(toCreateCaseBody(kind, title, members), { onError: focusFirstInvalid });
  }

  function changeKind(next: CaseKind) {
    setKind(next);
    setMembers((current) => membersForKind(next, current));
    setProblems(null);
  }

  function updateMember(index: number, patch: Partial<MemberDraft>) {
    setMembers((current) =>
      current.map((member, i) => (i === index ? { ...member, ...patch } : member)),
    );
  }

  const limits = MEMBER_LIMITS[kind];
  const roleOptions = ROLES_BY_KIND[kind].map((role) => ({
    value: role,
    label: t(`memberRoles.${role}`),
  }));

  return (
    <>
      <PageHeader title={t('newCase.title')} description={t('newCase.description')} />
      <form ref={formRef} noValidate onSubmit={submit} className="sb-form-narrow">
        {server.form ? <ErrorNotice>{server.form}</ErrorNotice> : null}
        <Card>
          <RadioGroup
            legend={t('newCase.kind')}
            hint={t('newCase.kindHint')}
            name="kind"
            inline
            value={kind}
            options={KINDS.map((value) => ({ value, label: t(`caseKinds.${value}`) }))}
            onChange={(value) => {
              const next = KINDS.find((candidate) => candidate === value);
              if (next) changeKind(next);
            }}
          />
          <TextField
            label={t('newCase.caseTitle')}
            hint={t('newCase.caseTitleHint')}
            name="title"
            maxLength={120}
            autoComplete="off"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            error={fieldError('title', problems?.title ? t('newCase.titleMissing') : null)}
          />
        </Card>
        <Card title={t('newCase.members')}>
          <p className="sb-muted">{t('newCase.nameHint')}</p>
          {problems?.family ? <ErrorNotice>{t('newCase.familyNeeds')}</ErrorNotice> : null}
          {members.map((member, index) => {
            const number = index + 1;
            const legend =
              kind === 'couple'
                ? t('newCase.partner', { number })
                : t('newCase.member', { number });
            return (
              <fieldset key={member.key} className="sb-member-fieldset">
                <legend>{legend}</legend>
                <div className="sb-member-grid">
                  <TextField
                    label={t('newCase.name')}
                    name={`member-${number}-name`}
                    maxLength={120}
                    autoComplete="off"
                    value={member.displayName}
                    onChange={(event) => updateMember(index, { displayName: event.target.value })}
                    error={fieldError(
                      `members.${index}.displayName`,
                      problems?.names.includes(index) ? t('newCase.nameMissing') : null,
                    )}
                  />
                  {roleOptions.length > 1 ? (
                    <SelectField
                      label={t('newCase.role')}
                      name={`member-${number}-role`}
                      options={roleOptions}
                      value={member.memberRole}
                      onChange={(event) => {
                        const role = ROLES_BY_KIND[kind].find(
                          (value) => value === event.target.value,
                        );
                        if (role) updateMember(index, { memberRole: role });
                      }}
                      error={server.fields[`members.${index}.memberRole`]}
                    />
                  ) : null}
                  <TextField
                    label={t('newCase.birthYear')}
                    name={`member-${number}-birth-year`}
                    inputMode="numeric"
                    maxLength={4}
                    autoComplete="off"
                    value={member.birthYear}
                    onChange={(event) => updateMember(index, { birthYear: event.target.value })}
                    error={fieldError(
                      `members.${index}.birthYear`,
                      problems?.years.includes(index)
                        ? t('newCase.birthYearInvalid', { year: thisYear })
                        : null,
                    )}
                  />
                </div>
                {members.length > limits.min ? (
                  <Button
                    variant="quiet"
                    aria-label={t('newCase.removeMember', { number })}
                    onClick={() => setMembers((current) => current.filter((_, i) => i !== index))}
                  >
                    {t('newCase.remove')}
                  </Button>
                ) : null}
              </fieldset>
            );
          })}
          {members.length < limits.max ? (
            <Button
              variant="secondary"
              onClick={() =>
                setMembers((current) => [
                  ...current,
                  memberDraft(kind === 'family' ? 'child' : 'client'),
                ])
              }
            >
              {t('newCase.addMember')}
            </Button>
          ) : null}
        </Card>
        <div className="sb-form-actions">
          <Button type="submit" busy={create.isPending}>
            {t('newCase.submit')}
          </Button>
          <ButtonLink to="/caseload" variant="secondary">
            {t('newCase.cancel')}
          </ButtonLink>
        </div>
      </form>
    </>
  );
}
