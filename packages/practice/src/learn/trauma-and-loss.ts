import type { Article } from '../content-types';

export const traumaAndLoss: Article = {
  id: 'trauma-and-loss',
  title: 'Attachment after trauma and loss',
  summary:
    'A gentle look at how loss and frightening experiences can affect our bonds with others, and how healing can happen in safe relationships.',
  readingMinutes: 3,
  sections: [
    {
      heading: 'Before you read',
      paragraphs: [
        'Content note: this article talks about grief, loss and traumatic experiences, including harm in childhood. Please read it at your own pace. You can stop at any point and come back later, or read it together with your clinician. If it brings up a lot, pause and ground yourself. For example, feel your feet on the floor and name a few things you can see. Then talk to your clinician. In an emergency, use the crisis contacts in your safety plan or call your local emergency services.',
      ],
    },
    {
      heading: 'Grief is a form of love',
      paragraphs: [
        'John Bowlby wrote a whole book about loss. He saw grief as what happens when the attachment system reaches for someone who is no longer there. It can bring shock and numbness, yearning and searching, and times of deep despair. Over time, most people slowly find a new way to live with the loss.',
        'Grief often comes in waves, and it can include anger, guilt or numbness. Many people move back and forth between facing the loss and turning towards daily life. Many also keep an inner bond with the person who died. There is no right way to grieve, and no timetable.',
      ],
    },
    {
      heading: 'When a loss or trauma stays unresolved',
      paragraphs: [
        'Sometimes a loss or a frightening experience is too much to take in. This is more likely when it happens early in life, or when no one is there to help. Attachment researchers call a loss or trauma unresolved when it still unsettles a person’s thinking whenever the subject comes up. For example, someone might lose their train of thought, fall silent, or speak as if a person who died were still alive. In daily life, it can feel as if the past is happening now, or you may go blank.',
        'Harm from the very people who were meant to protect us is especially confusing. The person you would turn to for comfort is also a source of fear. This can leave a pull towards closeness and a push away at the same time. If you recognize this, it is an understandable response to an impossible situation, not a flaw in you.',
      ],
    },
    {
      heading: 'How healing can happen',
      paragraphs: [
        'Trauma-informed care puts safety, trust, choice and working together at the centre. In practice, this means that you set the pace. You can pause at any time. No one should push you to share details before you are ready, and your clinician will explain what you are doing together and why.',
        'Judith Herman described recovery in broad stages. The first is building safety and stability. Later comes remembering and mourning, when you are ready. After that comes reconnecting with people and with life. These stages overlap, and many people move back and forth between them.',
      ],
    },
    {
      heading: 'Where to get help',
      paragraphs: [
        'Your clinician is the first person to talk to about anything this article brings up. Your safety plan lists people and services you can contact when things feel too much. Your doctor, local bereavement services and support groups can also help. If you are in danger now, call your local emergency number.',
      ],
    },
  ],
  reflect: [
    'What helps you feel a little safer when memories or grief come up?',
    'Is there anything about the pace of your sessions that you would like to tell your clinician?',
    'Who in your life, now or in the past, has helped you carry something heavy?',
  ],
  references: [
    {
      authors: 'Bowlby, J.',
      year: 1980,
      title: 'Attachment and Loss: Vol. 3. Loss: Sadness and Depression',
      source: 'Basic Books',
    },
    {
      authors: 'Main, M., & Hesse, E.',
      year: 1990,
      title:
        'Parents’ unresolved traumatic experiences are related to infant disorganized attachment status: Is frightened and/or frightening parental behavior the linking mechanism?',
      source:
        'In M. T. Greenberg, D. Cicchetti, & E. M. Cummings (Eds.), Attachment in the Preschool Years: Theory, Research, and Intervention (pp. 161–182). University of Chicago Press',
    },
    {
      authors: 'Stroebe, M., & Schut, H.',
      year: 1999,
      title: 'The dual process model of coping with bereavement: Rationale and description',
      source: 'Death Studies, 23(3), 197–224',
      doi: '10.1080/074811899201046',
    },
    {
      authors: 'Klass, D., Silverman, P. R., & Nickman, S. L. (Eds.)',
      year: 1996,
      title: 'Continuing Bonds: New Understandings of Grief',
      source: 'Taylor & Francis',
    },
    {
      authors: 'Herman, J. L.',
      year: 1992,
      title: 'Trauma and Recovery',
      source: 'Basic Books',
    },
    {
      authors: 'Substance Abuse and Mental Health Services Administration',
      year: 2014,
      title: 'SAMHSA’s Concept of Trauma and Guidance for a Trauma-Informed Approach',
      source:
        'HHS Publication No. (SMA) 14-4884. Substance Abuse and Mental Health Services Administration',
    },
  ],
};
