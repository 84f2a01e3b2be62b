import type { Role } from '../db/schema';

const ROLE_WORDS: Record<Role, string> = {
  admin: 'a practice administrator',
  clinician: 'a clinician',
  researcher: 'a researcher',
  client: 'a client',
  caregiver: 'a caregiver',
};

export function invitationMail(input: {
  displayName: string;
  practiceName: string;
  inviterName: string;
  role: Role;
  link: string;
  expiresAt: string;
}): { subject: string; text: string } {
  const forClients = input.role === 'client' || input.role === 'caregiver';
  const intro = forClients
    ? `${input.inviterName} at ${input.practiceName} has invited you to your private space on Secure Base. There you can answer questionnaires and practise between sessions. Only your care team sees what you share.`
    : `${input.inviterName} has invited you to join ${input.practiceName} on Secure Base as ${ROLE_WORDS[input.role]}.`;
  return {
    subject: forClients
      ? `${input.practiceName}: your invitation to Secure Base`
      : `Join ${input.practiceName} on Secure Base`,
    text: [
      `Hello ${input.displayName},`,
      '',
      intro,
      '',
      'To accept, open this link and choose a password:',
      input.link,
      '',
      `The link works once and until ${input.expiresAt.slice(0, 10)}.`,
      'If you did not expect this, you can ignore it.',
      '',
      'Secure Base is not an emergency service. If you are in danger, call your local emergency number.',
    ].join('\n'),
  };
}

/**
 * The daily practice reminder. It says only that something is waiting: no exercise names, no
 * clinical words, since a mailbox may be read by others.
 */
export function practiceReminderMail(input: {
  displayName: string;
  open: number;
  link: string;
  localTime: string;
}): { subject: string; text: string } {
  const things = input.open === 1 ? 'one thing' : `${String(input.open)} things`;
  return {
    subject: 'A gentle reminder from Secure Base',
    text: [
      `Hello ${input.displayName},`,
      '',
      `You have ${things} to practise today. Open your space when it suits you:`,
      input.link,
      '',
      `You asked for this reminder at ${input.localTime}; you can change the time or turn it off there.`,
      '',
      'Secure Base is not an emergency service. If you are in danger, call your local emergency number.',
    ].join('\n'),
  };
}
