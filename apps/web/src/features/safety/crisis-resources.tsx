import { useQuery } from '@tanstack/react-query';
import type { CrisisResources } from '@securebase/contracts';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { splitContact } from './crisis';
import { crisisResourcesQuery } from './queries';
import './safety.css';

/** The practice default, shipped in the bundle so it shows with no network at all. */
export function defaultCrisisResources(t: TFunction): CrisisResources {
  return {
    message: t('crisis.message'),
    resources: [
      { name: t('crisis.emergencyName'), contact: t('crisis.emergencyContact') },
      {
        name: t('crisis.lifelineName'),
        contact: t('crisis.lifelineContact'),
        note: t('crisis.anyTimeFree'),
      },
      {
        name: t('crisis.samaritansName'),
        contact: t('crisis.samaritansContact'),
        note: t('crisis.anyTimeFree'),
      },
    ],
  };
}

/** The practice's crisis resources: the bundled default at once, the practice's own when loaded. */
export function useCrisisResources(): CrisisResources {
  const { t } = useTranslation();
  const loaded = useQuery(crisisResourcesQuery);
  return loaded.data ?? defaultCrisisResources(t);
}

/** A contact line with each phone number as a tap-to-call link. */
export function ContactLine({ contact }: { contact: string }) {
  const { t } = useTranslation();
  return (
    <>
      {splitContact(contact).map((part, index) =>
        part.kind === 'phone' ? (
          <a
            key={index}
            href={`tel:${part.tel}`}
            className="sb-crisis-phone"
            aria-label={t('crisis.callNumber', { number: part.text })}
          >
            {part.text}
          </a>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}

/** The message and the list of people to contact. */
export function CrisisResourcesBody({ resources }: { resources: CrisisResources }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="sb-crisis-message">{resources.message}</p>
      <ul className="sb-crisis-resources" aria-label={t('crisis.listLabel')}>
        {resources.resources.map((resource, index) => (
          <li key={`${resource.name}-${String(index)}`} className="sb-crisis-resource">
            <span className="sb-crisis-resource__name">{resource.name}</span>
            <span className="sb-crisis-resource__contact">
              <ContactLine contact={resource.contact} />
            </span>
            {resource.note ? (
              <span className="sb-crisis-resource__note">{resource.note}</span>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
