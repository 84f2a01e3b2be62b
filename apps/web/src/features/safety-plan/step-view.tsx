import {
  SAFETY_PLAN_SECTION_KIND,
  telUri,
  type SafetyContact,
  type SafetyPlanContent,
  type SafetyPlanSection,
} from '@securebase/contracts';
import { useTranslation } from 'react-i18next';

function PhoneIcon() {
  return (
    <svg className="sb-plan__call-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.46.57 3.6a1 1 0 0 1-.25 1z"
        fill="currentColor"
      />
    </svg>
  );
}

/** A person, place or service, with its number as a link that starts a call. */
function Contact({ contact }: { contact: SafetyContact }) {
  const { t } = useTranslation();
  return (
    <li className="sb-plan__contact">
      <span className="sb-plan__contact-text">
        <span className="sb-plan__contact-name">{contact.name}</span>
        {contact.note ? <span className="sb-plan__contact-note">{contact.note}</span> : null}
      </span>
      {contact.phone ? (
        <a
          className="sb-plan__call"
          href={telUri(contact.phone)}
          aria-label={t('safetyPlan.callNamed', { name: contact.name, phone: contact.phone })}
        >
          <PhoneIcon />
          <span>{contact.phone}</span>
        </a>
      ) : null}
    </li>
  );
}

/** What one step says, as the client reads it. */
export function StepView({
  content,
  section,
}: {
  content: SafetyPlanContent;
  section: SafetyPlanSection;
}) {
  const { t } = useTranslation();
  if (content[section].length === 0) {
    return <p className="sb-plan__empty">{t('safetyPlan.empty')}</p>;
  }
  if (SAFETY_PLAN_SECTION_KIND[section] === 'lines') {
    return (
      <ul className="sb-plan__lines">
        {(content[section] as readonly string[]).map((line, index) => (
          <li key={`${String(index)}-${line}`}>{line}</li>
        ))}
      </ul>
    );
  }
  return (
    <ul className="sb-plan__contacts">
      {(content[section] as readonly SafetyContact[]).map((contact, index) => (
        <Contact key={`${String(index)}-${contact.name}`} contact={contact} />
      ))}
    </ul>
  );
}
