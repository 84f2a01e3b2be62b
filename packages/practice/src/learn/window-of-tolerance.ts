import type { Article } from '../content-types';

export const windowOfTolerance: Article = {
  id: 'window-of-tolerance',
  title: 'The window of tolerance',
  summary:
    'A simple picture of the zone where feelings are manageable, what happens when we leave it, and ways to come back.',
  readingMinutes: 3,
  sections: [
    {
      heading: 'A zone where you can think and feel',
      paragraphs: [
        'The psychiatrist Dan Siegel described a window of tolerance. It is the range of arousal in which you can feel your emotions and still think, listen and make choices. Inside the window, feelings can be strong, but they are workable. You can be upset and still know where you are and what you want to do.',
        'The size of the window differs from person to person, and from day to day. Stress, poor sleep, illness, hunger and reminders of past hurt can all make it narrower. Feeling safe and supported tends to make it wider.',
      ],
    },
    {
      heading: 'Above and below the window',
      paragraphs: [
        'Pat Ogden and her colleagues describe two ways of leaving the window. Above it, the body goes into high gear. You might notice a racing heart, fast breathing, panic, anger or racing thoughts. You may feel flooded, or have a strong urge to fight or run.',
        'Below it, the body goes into low gear. You might feel numb, flat, foggy, heavy or far away. It can be hard to move, speak or think. Some people move quickly from one state to the other.',
        'Both are your nervous system trying to protect you. They are not signs of weakness, and they are not your fault.',
      ],
    },
    {
      heading: 'Coming back into the window',
      paragraphs: [
        'What helps depends on which way you have left. If you are above the window, try to slow things down. Breathe out for longer than you breathe in. Feel your feet pressing into the floor. Hold something cool, or run cool water over your hands. Name five things you can see around you. A short walk can also help to use up some of the energy.',
        'If you are below the window, try to gently wake the body up. Sit up straight or stand and stretch. Press your hands together or push against a wall. Notice a strong taste or smell, such as mint or coffee. Look around and name the colours you can see. Say a few words out loud.',
        'Other people can help too. Being near someone calm and trusted can steady the body. Researchers call this co-regulation. It is one of the ways a safe haven works.',
      ],
    },
    {
      heading: 'Widening the window over time',
      paragraphs: [
        'With practice and with safe relationships, the window can slowly grow wider. In sessions, your clinician will watch for signs that you are leaving the window, and will slow down when that happens. You can always say that you need a pause.',
        'If reading this or trying these ideas brings up a lot, you can stop. Ground yourself in the room around you, and talk it through with your clinician. In an emergency, use the crisis contacts in your safety plan or call your local emergency services.',
      ],
    },
  ],
  reflect: [
    'What are your own early signs that you are moving above or below your window?',
    'What has helped you come back into the window before, even a little?',
    'Who or what helps you feel steadier when things get intense?',
  ],
  references: [
    {
      authors: 'Siegel, D. J.',
      year: 1999,
      title: 'The Developing Mind: Toward a Neurobiology of Interpersonal Experience',
      source: 'Guilford Press',
    },
    {
      authors: 'Ogden, P., Minton, K., & Pain, C.',
      year: 2006,
      title: 'Trauma and the Body: A Sensorimotor Approach to Psychotherapy',
      source: 'W. W. Norton',
    },
    {
      authors: 'Coan, J. A., Schaefer, H. S., & Davidson, R. J.',
      year: 2006,
      title: 'Lending a hand: Social regulation of the neural response to threat',
      source: 'Psychological Science, 17(12), 1032–1039',
      doi: '10.1111/j.1467-9280.2006.01832.x',
    },
  ],
};
