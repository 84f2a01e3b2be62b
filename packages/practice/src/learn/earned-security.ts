import type { Article } from '../content-types';

export const earnedSecurity: Article = {
  id: 'earned-security',
  title: 'How therapy helps: earned security',
  summary:
    'Attachment patterns can change: what researchers call earned security, and how a therapy relationship can help it grow.',
  readingMinutes: 3,
  sections: [
    {
      heading: 'Patterns can change',
      paragraphs: [
        'Early relationships matter, but they do not set your path in stone. Mary Main and her colleagues developed the Adult Attachment Interview, which asks adults about their childhood relationships. In this interview, what marks someone as secure is not whether their childhood was easy. It is whether they can now tell their story in a clear, balanced way, with room for both the good and the painful parts.',
        'Researchers noticed that some adults had gone through hard early relationships and yet spoke about them in this open, thoughtful way. They seemed secure now. This became known as earned security. It is a hopeful idea. Security is not only something you are given. It can also be built.',
      ],
    },
    {
      heading: 'What the research says',
      paragraphs: [
        'Glenn Roisman and colleagues used a study in Minnesota that had followed people from birth into their twenties. Some of them had looked insecure as babies but were secure as young adults. These young adults tended to have warm, well-functioning romantic relationships. Change was real, and it could be seen over many years.',
        'Therapy can be part of this change. Peter Taylor and colleagues reviewed studies that measured attachment before and after psychological therapy. Across different kinds of therapy, attachment security tended to increase and attachment anxiety tended to decrease. The results for avoidance were less clear, and the authors called for more controlled trials to be sure.',
      ],
    },
    {
      heading: 'Therapy as a new kind of relationship',
      paragraphs: [
        'Bowlby saw the therapist’s role as offering a secure base. From there, a client can explore painful experiences and then come back to safety. A steady, honest and caring therapy relationship can offer a different experience from the one you expected. You might expect criticism and find interest instead. You might expect to be dropped and find your therapist still there next week. You might find that a misunderstanding can be talked about and repaired.',
        'Experiences like these, repeated over time, can slowly update your working models of yourself and others. What you learn in the therapy room can then be tried out in other relationships.',
      ],
    },
    {
      heading: 'What helps change happen',
      paragraphs: [
        'Some things tend to help. Coming regularly helps, and so does saying what is true, even when it is hard, including about the therapy itself. Practising between sessions helps, as does noticing small changes and leaning on other supportive people in your life. Change is rarely a straight line. Setbacks are a normal part of the path, not a sign that you are failing.',
        'The questionnaires you fill in along the way help you and your clinician see how things are moving. If looking back at hard times brings up a lot, you can stop, ground yourself and talk to your clinician. In an emergency, use the crisis contacts in your safety plan or call your local emergency services.',
      ],
    },
  ],
  reflect: [
    'What would feeling a little more secure look like in your daily life?',
    'Has any relationship helped you trust people a little more? What made the difference?',
    'What would you like your clinician to know about what helps you feel safe in sessions?',
  ],
  references: [
    {
      authors: 'Main, M., Kaplan, N., & Cassidy, J.',
      year: 1985,
      title: 'Security in infancy, childhood, and adulthood: A move to the level of representation',
      source: 'Monographs of the Society for Research in Child Development, 50(1–2), 66–104',
    },
    {
      authors: 'Roisman, G. I., Padrón, E., Sroufe, L. A., & Egeland, B.',
      year: 2002,
      title: 'Earned-secure attachment status in retrospect and prospect',
      source: 'Child Development, 73(4), 1204–1219',
      doi: '10.1111/1467-8624.t01-1-00458',
    },
    {
      authors: 'Taylor, P., Rietzschel, J., Danquah, A., & Berry, K.',
      year: 2015,
      title: 'Changes in attachment representations during psychological therapy',
      source: 'Psychotherapy Research, 25(2), 222–238',
      doi: '10.1080/10503307.2014.886791',
    },
    {
      authors: 'Bowlby, J.',
      year: 1988,
      title: 'A Secure Base: Parent-Child Attachment and Healthy Human Development',
      source: 'Basic Books',
    },
  ],
};
