import type { Article } from '../content-types';

export const mentalizing: Article = {
  id: 'mentalizing',
  title: 'Mentalizing: holding mind in mind',
  summary:
    'The everyday skill of making sense of behaviour through thoughts and feelings, your own and other people’s, and staying curious when you cannot be sure.',
  readingMinutes: 3,
  sections: [
    {
      heading: 'What mentalizing means',
      paragraphs: [
        'Peter Fonagy, Anthony Bateman and their colleagues use the word mentalizing for something we all do. It means making sense of ourselves and others in terms of what is going on inside: feelings, wishes, beliefs and intentions. They describe it as holding mind in mind. When researchers measure it, they often call it reflective functioning.',
        'We mentalize all the time without noticing. You do it when you guess why a friend has gone quiet. You also do it when you realize that you snapped at someone because you were tired and worried.',
      ],
    },
    {
      heading: 'When mentalizing goes offline',
      paragraphs: [
        'Under strong stress, especially in close relationships, mentalizing tends to switch off. This happens to everyone. We may suddenly feel certain that we know what someone else is thinking. For example: she did that on purpose to hurt me. We may judge only by what people do, and stop wondering why. Or we may think in big, general ideas that are cut off from what we actually feel.',
        'Attachment matters here. When we feel threatened or alone, the alarm system takes over and the reflective part of the mind goes quiet. That is why the people we love most can be the hardest to read clearly when things go wrong.',
      ],
    },
    {
      heading: 'The curious stance',
      paragraphs: [
        'At the heart of mentalizing is an attitude of curiosity. Minds are hidden. We cannot see directly into someone else’s head, and we sometimes misread our own feelings too. So it helps to hold our guesses lightly.',
        'One way to do this is to look for more than one reading. Your partner did not call when they said they would. Maybe they are annoyed with you. Maybe their day ran late and they forgot. Maybe they are worried about something they have not told you yet. You may not know which is true until you ask. Asking with real interest often changes the whole conversation.',
        'Mentalizing also means being curious about yourself. What was I feeling just before I shut down? What did I need in that moment?',
      ],
    },
    {
      heading: 'Practising it',
      paragraphs: [
        'The mentalizing journal in this app walks you through a hard moment step by step. First, what you felt and thought. Then, what the other person might have felt and thought. Next, at least two other ways to read what happened. Last, what you might do now. The aim is not to excuse hurtful behaviour or to blame yourself. It is to give you more room to choose.',
        'Your clinician will try to be curious with you, and to say so when they have misunderstood you. Mentalization-based treatment grew out of these ideas and has been tested in clinical trials.',
      ],
    },
  ],
  reflect: [
    'Think of a recent misunderstanding. What are two or three other ways to read what happened?',
    'When do you find it hardest to stay curious about what someone else is thinking or feeling?',
    'What helps you slow down enough to wonder, rather than feel sure?',
  ],
  references: [
    {
      authors: 'Fonagy, P., Gergely, G., Jurist, E. L., & Target, M.',
      year: 2002,
      title: 'Affect Regulation, Mentalization, and the Development of the Self',
      source: 'Other Press',
    },
    {
      authors: 'Allen, J. G., Fonagy, P., & Bateman, A. W.',
      year: 2008,
      title: 'Mentalizing in Clinical Practice',
      source: 'American Psychiatric Publishing',
    },
    {
      authors: 'Bateman, A., & Fonagy, P.',
      year: 2016,
      title: 'Mentalization-Based Treatment for Personality Disorders: A Practical Guide',
      source: 'Oxford University Press',
    },
    {
      authors: 'Fonagy, P., & Allison, E.',
      year: 2014,
      title: 'The role of mentalizing and epistemic trust in the therapeutic relationship',
      source: 'Psychotherapy, 51(3), 372–380',
      doi: '10.1037/a0036505',
    },
  ],
};
