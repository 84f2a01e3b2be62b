import type { Article } from '../content-types';

export const strangeSituation: Article = {
  id: 'strange-situation',
  title: 'The Strange Situation: what watching toddlers taught us',
  summary:
    'What Mary Ainsworth learned by watching one-year-olds part from a parent and meet them again, and what that does and does not tell us about adults.',
  readingMinutes: 3,
  sections: [
    {
      heading: 'A short play in eight scenes',
      paragraphs: [
        'In the 1960s and 1970s, Mary Ainsworth and her colleagues designed a way to watch attachment in action. A parent and a child of about one year old come into a playroom full of toys. Over about twenty minutes, a series of short scenes unfolds. A friendly stranger comes in. The parent leaves for a few minutes and then comes back. Later the child is briefly left alone. If a child becomes very upset, the separation is cut short.',
        'It is called the Strange Situation because the room and the stranger are new to the child. The researchers were most interested in the reunions. What does the child do when the parent walks back in? That moment shows how the child uses the parent for comfort.',
      ],
    },
    {
      heading: 'The patterns Ainsworth described',
      paragraphs: [
        'Many children missed the parent and showed it. When the parent came back, they went to them, settled fairly quickly and returned to play. Ainsworth called this pattern secure.',
        'Some children seemed to take little notice when the parent left or returned. They kept busy with the toys. Ainsworth called this pattern avoidant. Researchers think this calm was often a way of coping, not a sign that the child did not care.',
        'Other children became very upset. When the parent returned, they wanted to be held but also pushed away, and they were hard to settle. This pattern was called ambivalent or resistant.',
        'Each pattern made sense as a way to stay close to the particular adult the child had. In Ainsworth’s home visits, the secure pattern went with parents who noticed their baby’s signals and responded fairly reliably.',
      ],
    },
    {
      heading: 'A fourth group',
      paragraphs: [
        'Later, Mary Main and Judith Solomon looked closely at children who did not fit any of the three patterns. Some froze, or moved towards the parent and then stopped. Some seemed confused or afraid in the parent’s presence. Main and Solomon described these children as disorganized. Later research linked this with care that was frightening, or with parents who were themselves still frightened by their own past.',
        'This is a description of how a child behaved for a few minutes under stress. It is not a diagnosis, and it does not mean that the child, or the parent, is bad.',
      ],
    },
    {
      heading: 'What it does and does not tell us about adults',
      paragraphs: [
        'The Strange Situation was designed for children aged about one to one and a half. It looks at one relationship at one moment. A child may look secure with one parent and not with another.',
        'It cannot tell us what kind of adult someone will become. Studies that followed children for many years found only a modest link between infant patterns and adult patterns. Later relationships, life events and support all shape us along the way. The way the patterns are spread also differs between countries and cultures. Adult attachment is measured in other ways, such as interviews and questionnaires.',
        'If reading about early care brings up painful memories, you can stop here. Ground yourself with a few slow breaths, and talk about it with your clinician. In an emergency, use the crisis contacts in your safety plan or call your local emergency services.',
      ],
    },
  ],
  reflect: [
    'Which ideas in this article fit with your own experience, and which do not?',
    'If you know a little about how you were comforted as a small child, how might that show up in how you look for comfort now?',
  ],
  references: [
    {
      authors: 'Ainsworth, M. D. S., Blehar, M. C., Waters, E., & Wall, S.',
      year: 1978,
      title: 'Patterns of Attachment: A Psychological Study of the Strange Situation',
      source: 'Lawrence Erlbaum Associates',
    },
    {
      authors: 'Main, M., & Solomon, J.',
      year: 1990,
      title:
        'Procedures for identifying infants as disorganized/disoriented during the Ainsworth Strange Situation',
      source:
        'In M. T. Greenberg, D. Cicchetti, & E. M. Cummings (Eds.), Attachment in the Preschool Years: Theory, Research, and Intervention (pp. 121–160). University of Chicago Press',
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
      authors: 'van IJzendoorn, M. H., & Kroonenberg, P. M.',
      year: 1988,
      title: 'Cross-cultural patterns of attachment: A meta-analysis of the Strange Situation',
      source: 'Child Development, 59(1), 147–156',
      doi: '10.2307/1130396',
    },
    {
      authors: 'Fraley, R. C.',
      year: 2002,
      title:
        'Attachment stability from infancy to adulthood: Meta-analysis and dynamic modeling of developmental mechanisms',
      source: 'Personality and Social Psychology Review, 6(2), 123–151',
      doi: '10.1207/S15327957PSPR0602_03',
    },
  ],
};
