import type { Article } from '../content-types';

export const workingModels: Article = {
  id: 'working-models',
  title: 'Working models: the maps we carry of ourselves and others',
  summary:
    'How our relationships shape what we expect from ourselves and from other people, and how those expectations can be updated.',
  readingMinutes: 3,
  sections: [
    {
      heading: 'Maps made from experience',
      paragraphs: [
        'John Bowlby suggested that, as children, we build inner maps from what happens to us again and again with the people who care for us. He called them internal working models. One part is a model of other people. It answers questions like: Will people be there when I need them? Can I trust them? The other part is a model of ourselves. It answers questions like: Am I worth caring for? Can I cope?',
        'The word working matters. Like a working draft, these maps are in use every day, and they can be revised. They are our best guess from past experience, not the truth about who we are.',
      ],
    },
    {
      heading: 'How the maps guide us',
      paragraphs: [
        'Working models act quickly and mostly outside our awareness. They shape what we notice, what we expect and how we read unclear moments. Imagine that a friend does not reply to your message all day. With one map, you might think: they are busy, they will get back to me. With another, you might think: they are annoyed with me, or I am too much for people. Each reading leads to different feelings and different actions.',
        'Maps can also make themselves come true. If you expect to be let down, you may hold back or test people. Others may then read you as distant and pull back, which seems to confirm the map. None of this is anyone’s fault. It is simply how expectations and relationships shape each other.',
      ],
    },
    {
      heading: 'Self and others',
      paragraphs: [
        'Kim Bartholomew and Leonard Horowitz linked four adult patterns to how positive or negative the two models are. For example, a person may see others as kind but doubt their own worth. Another may trust themselves but expect others to let them down. These summaries are rough. Many people hold several maps, one for a parent, another for a partner, another for friends.',
        'Researchers such as Mary Main showed that working models also live in how we remember and talk about our past. They are not only in what happened, but in how we make sense of it now.',
      ],
    },
    {
      heading: 'Updating the map',
      paragraphs: [
        'Bowlby believed working models stay open to change, even though they can be slow to shift. They were learned for good reasons, often to keep us safe. New experiences, especially repeated ones in close relationships, can gently revise them.',
        'In therapy, you and your clinician may notice a theme that keeps coming back. It often has three parts: what you wish for from someone, how you expect them to respond, and how you then respond yourself. You might also look at a belief about yourself and weigh the evidence for and against it. Small moments that do not fit the old map are worth noticing. They are where a new map begins.',
      ],
    },
  ],
  reflect: [
    'When someone close to you is slow to reply or seems distant, what is the first story your mind tells you?',
    'What belief about yourself shows up most often in your close relationships?',
    'Can you remember a time when someone responded better than you expected? What did that feel like?',
  ],
  references: [
    {
      authors: 'Bowlby, J.',
      year: 1973,
      title: 'Attachment and Loss: Vol. 2. Separation: Anxiety and Anger',
      source: 'Basic Books',
    },
    {
      authors: 'Bretherton, I., & Munholland, K. A.',
      year: 2008,
      title:
        'Internal working models in attachment relationships: Elaborating a central construct in attachment theory',
      source:
        'In J. Cassidy & P. R. Shaver (Eds.), Handbook of Attachment: Theory, Research, and Clinical Applications (2nd ed.). Guilford Press',
    },
    {
      authors: 'Main, M., Kaplan, N., & Cassidy, J.',
      year: 1985,
      title: 'Security in infancy, childhood, and adulthood: A move to the level of representation',
      source: 'Monographs of the Society for Research in Child Development, 50(1–2), 66–104',
    },
    {
      authors: 'Bartholomew, K., & Horowitz, L. M.',
      year: 1991,
      title: 'Attachment styles among young adults: A test of a four-category model',
      source: 'Journal of Personality and Social Psychology, 61(2), 226–244',
      doi: '10.1037/0022-3514.61.2.226',
    },
  ],
};
