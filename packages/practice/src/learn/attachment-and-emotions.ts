import type { Article } from '../content-types';

export const attachmentAndEmotions: Article = {
  id: 'attachment-and-emotions',
  title: 'Attachment and emotions: turning feelings up and down',
  summary:
    'How people learn to turn distress up to be noticed, or turn it down to stay self-reliant, and what a more flexible middle way can look like.',
  readingMinutes: 3,
  sections: [
    {
      heading: 'Feelings and closeness are linked',
      paragraphs: [
        'When something feels threatening, an alarm goes off inside us and we look for comfort and support. Mario Mikulincer and Phillip Shaver have studied what happens next. If comfort is there, the alarm settles. Over time we learn that hard feelings can be shared, and that they pass. This makes it easier to notice feelings, name them, ask for help and calm down.',
        'When comfort was not reliably there, people learn other ways to cope. Mikulincer and Shaver describe two main strategies. Both make sense as ways to manage feelings when comfort is uncertain. Both can also cost a lot.',
      ],
    },
    {
      heading: 'Turning it up',
      paragraphs: [
        'If comfort came sometimes but not reliably, a child may learn that louder signals work better. In adults, this can look like strong and long-lasting worry, checking for signs of rejection, needing a lot of reassurance, or replaying conversations again and again. Researchers call this a hyperactivating strategy, because it keeps the alarm turned up. It tends to go with attachment anxiety.',
        'It is an understandable way of making sure that someone notices you. The cost is that feelings can become very intense and hard to settle, even when the danger has passed.',
      ],
    },
    {
      heading: 'Turning it down',
      paragraphs: [
        'If reaching out often led to being pushed away or told off, a child may learn to keep needs quiet. In adults, this can look like pushing feelings aside, staying busy, relying only on yourself, or feeling uneasy when others get emotional. Researchers call this a deactivating strategy, because it turns the alarm down. It tends to go with attachment avoidance.',
        'The feelings do not disappear. They may show up in the body, as tiredness or tension, or burst out suddenly. Many people use both strategies at different times or in different relationships. Some people swing between them.',
      ],
    },
    {
      heading: 'Finding a middle way',
      paragraphs: [
        'The aim is not to get rid of these strategies. It is to widen your choices. A more flexible middle way might mean noticing a feeling and giving it a name. You let it be there for a while, and then decide what to do. It might mean reaching out clearly, with words, rather than through protest or silence. It might also mean soothing yourself, so you can think about what you need.',
        'The skills exercises in this app and your sessions can help you practise this, one small step at a time. If thinking about your feelings brings up a lot, you can stop. Ground yourself by noticing what you can see and hear around you, and talk to your clinician. In an emergency, use the crisis contacts in your safety plan or call your local emergency services.',
      ],
    },
  ],
  reflect: [
    'When you feel hurt or worried in a relationship, do you tend to turn the feeling up, turn it down, or both?',
    'What did you learn growing up about showing your feelings to others?',
    'What helps you feel an emotion without being swept away by it or shutting it off?',
  ],
  references: [
    {
      authors: 'Mikulincer, M., & Shaver, P. R.',
      year: 2016,
      title: 'Attachment in Adulthood: Structure, Dynamics, and Change (2nd ed.)',
      source: 'Guilford Press',
    },
    {
      authors: 'Mikulincer, M., Shaver, P. R., & Pereg, D.',
      year: 2003,
      title:
        'Attachment theory and affect regulation: The dynamics, development, and cognitive consequences of attachment-related strategies',
      source: 'Motivation and Emotion, 27(2), 77–102',
      doi: '10.1023/A:1024515519160',
    },
  ],
};
