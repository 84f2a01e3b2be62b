import { TEXT_LIMIT, type ContentProblem } from '@securebase/practice';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/button';
import { problemAt, type ExerciseFormProps } from '../exercise-form';
import {
  MOMENT_LISTS,
  MOST_MOMENTS,
  secureBaseEdits,
  shownMoments,
  type MomentList,
} from './edits';
import { AddMore, Group } from './group';
import { useFocusLater } from './support';
import './exercises.css';

type Edits = ReturnType<typeof secureBaseEdits>;

/**
 * Noticing the secure base: short moments when someone was there for me, and when I was there
 * for someone. Two lists of a few words each, up to twelve moments a list.
 */
export function SecureBaseForm({ value, onChange, problem }: ExerciseFormProps<'secure_base'>) {
  const { t } = useTranslation();
  const edit = secureBaseEdits(value, onChange);
  return (
    <div className="sb-ex">
      <div className="sb-ex-intro">
        <p>{t('exercises.secureBase.intro')}</p>
        <p>{t('exercises.secureBase.introTry')}</p>
      </div>
      {MOMENT_LISTS.map((list) => (
        <Moments
          key={list}
          list={list}
          moments={shownMoments(value[list])}
          problem={problem}
          edit={edit}
        />
      ))}
    </div>
  );
}

const lineKey = (index: number) => `moment.${index}`;

interface MomentsProps {
  list: MomentList;
  moments: readonly string[];
  problem: ContentProblem | null;
  edit: Edits;
}

function Moments({ list, moments, problem, edit }: MomentsProps) {
  const { t } = useTranslation();
  const focus = useFocusLater();
  const name = t(`exercises.secureBase.lists.${list}.legend`);

  function remove(index: number) {
    focus.later(lineKey(Math.min(index, moments.length - 2)));
    edit.remove(list, index);
  }

  return (
    <Group
      legend={name}
      hint={t(`exercises.secureBase.lists.${list}.hint`)}
      error={problemAt(problem, list)}
    >
      <ol className="sb-ex-moments">
        {moments.map((moment, index) => (
          <MomentLine
            // Moments have no ids of their own; their place in the list is what names them.
            key={index}
            label={t('exercises.secureBase.moment', { list: name, n: index + 1 })}
            removeLabel={t('exercises.secureBase.removeNamed', { list: name, n: index + 1 })}
            text={moment}
            error={problemAt(problem, `${list}.${index}`)}
            focusRef={focus.ref(lineKey(index))}
            onWrite={(text) => edit.write(list, index, text)}
            onRemove={moments.length > 1 ? () => remove(index) : null}
          />
        ))}
      </ol>
      <AddMore
        label={t('exercises.secureBase.add')}
        accessibleLabel={t('exercises.secureBase.addNamed', { list: name })}
        full={moments.length >= MOST_MOMENTS}
        fullText={t('exercises.secureBase.full', { most: MOST_MOMENTS })}
        onAdd={() => {
          focus.later(lineKey(moments.length));
          edit.add(list);
        }}
      />
    </Group>
  );
}

interface LineProps {
  label: string;
  removeLabel: string;
  text: string;
  error: string | null;
  focusRef: (element: HTMLElement | null) => void;
  onWrite: (text: string) => void;
  onRemove: (() => void) | null;
}

/** One moment: a short text box, and a way to take it away when there is more than one. */
function MomentLine({ label, removeLabel, text, error, focusRef, onWrite, onRemove }: LineProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <li className={error ? 'sb-ex-moment sb-field--invalid' : 'sb-ex-moment'}>
      <label className="sb-visually-hidden" htmlFor={id}>
        {label}
      </label>
      {error ? (
        <p className="sb-field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div className="sb-ex-moment__line">
        <textarea
          ref={focusRef}
          id={id}
          rows={2}
          className="sb-field__control sb-field__textarea sb-ex-moment__text"
          maxLength={TEXT_LIMIT}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => onWrite(event.target.value)}
        />
        {onRemove ? (
          <Button variant="quiet" aria-label={removeLabel} onClick={onRemove}>
            {t('exercises.secureBase.remove')}
          </Button>
        ) : null}
      </div>
    </li>
  );
}
