import type { Article } from '../content-types';

export const secureBase: Article = {
  id: 'secure-base',
  title: 'A safe haven and a secure base',
  summary:
    'How the people we trust help us settle when life is hard, and give us the courage to explore when life is calm.',
  readingMinutes: 3,
  sections: [
    {
      heading: 'Where the idea comes from',
      paragraphs: [
        'John Bowlby was a British psychiatrist. In the years after the Second World War, he worked with children who had been separated from their families. He saw how deeply they suffered when their bond with a caring adult was broken. From this work he built attachment theory, which he set out in a series of books from 1969 onwards.',
        'His central idea is simple. Humans are born ready to bond with a few special people. When we feel frightened, tired, ill or hurt, we look for one of them. Bowlby saw this as part of our biology, not as a weakness. A small child cannot protect themselves, so staying close to a caring adult is how they stay safe.',
      ],
    },
    {
      heading: 'Two jobs a trusted person does',
      paragraphs: [
        'Attachment researchers describe two jobs that a trusted person does for us. The first is to be a safe haven. This is someone to come back to when we are upset, who offers comfort and protection. The second is to be a secure base. This is someone to set out from. When we feel sure they are there, we feel free to play, learn and try new things.',
        'Mary Ainsworth, who worked with Bowlby, watched young children do this. Picture a toddler in a park. She wanders off to look at a dog, glances back at her parent, and carries on. If something startles her, she runs back for a hug. Once she has settled, she sets off again. Comfort and courage are two sides of the same bond.',
      ],
    },
    {
      heading: 'It does not stop in childhood',
      paragraphs: [
        'Bowlby believed that the need for trusted people lasts all our lives. Adults also turn to someone when things are hard. That might be a partner, a close friend, a brother or sister, a parent, or for a while a therapist. Research with adults supports this. In one study, holding the hand of a trusted partner calmed the brain’s response to a threat.',
        'Needing other people is not the opposite of being strong. People who can lean on others when they need to often feel more able to take on challenges by themselves, too.',
      ],
    },
    {
      heading: 'What this might mean for you',
      paragraphs: [
        'Many people did not have a steady safe haven growing up. For some, comfort was hard to find, or came only some of the time. For others, the people who cared for them were also a source of fear. If any of this is true for you, it makes sense that trusting others may feel hard or risky. That is not a flaw in you. It is a way you learned to cope with what was around you.',
        'The hopeful news from attachment research is that new relationships can become a safe haven and a secure base, even later in life. A partner, a friend, a community or your therapist can all play this part. In therapy, your clinician aims to be a steady and reliable presence. That way, you can look at hard things together and then return to a place of safety.',
      ],
    },
  ],
  reflect: [
    'When you are upset, who do you turn to, if anyone? What usually happens when you do?',
    'Is there a person or a place that helps you feel brave enough to try something new?',
    'What makes it easier, or harder, for you to ask for comfort?',
  ],
  references: [
    {
      authors: 'Bowlby, J.',
      year: 1982,
      title: 'Attachment and Loss: Vol. 1. Attachment (2nd ed.)',
      source: 'Basic Books (first edition published 1969)',
    },
    {
      authors: 'Bowlby, J.',
      year: 1988,
      title: 'A Secure Base: Parent-Child Attachment and Healthy Human Development',
      source: 'Basic Books',
    },
    {
      authors: 'Ainsworth, M. D. S., Blehar, M. C., Waters, E., & Wall, S.',
      year: 1978,
      title: 'Patterns of Attachment: A Psychological Study of the Strange Situation',
      source: 'Lawrence Erlbaum Associates',
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
