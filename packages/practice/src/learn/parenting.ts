import type { Article } from '../content-types';

export const parenting: Article = {
  id: 'parenting',
  title: 'Attachment and parenting',
  summary:
    'What helps children feel secure, why good enough really is good enough, and why repair matters more than getting it right every time.',
  readingMinutes: 3,
  sections: [
    {
      heading: 'What children need from us',
      paragraphs: [
        'Children need what adults need, only more so: a safe haven to come back to and a secure base to go out from. The Circle of Security programme, developed by Glen Cooper, Kent Hoffman, Bert Powell and Robert Marvin, draws this as a circle.',
        'On the top half of the circle, the child goes out to explore. They need the parent to watch over them, enjoy them and help when needed. On the bottom half, the child comes back in. They need the parent to welcome them, protect and comfort them, and help them make sense of their feelings. Throughout, the parent’s job is to be the kind, steady person in charge.',
      ],
    },
    {
      heading: 'Sensitivity, not perfection',
      paragraphs: [
        'Researchers often talk about sensitivity. This means noticing a child’s signals, making sense of them and responding in a way that fits, often enough. A large review of studies found that sensitivity is clearly linked with secure attachment. It also found that sensitivity is one important factor among several, not the whole story.',
        'No parent is sensitive all the time. The paediatrician and psychoanalyst Donald Winnicott wrote about the good enough mother. He meant a parent who meets the baby’s needs closely at first, and then, bit by bit, in small and manageable ways, does not. Those small gaps help a child grow. Good enough is not second best. It is what children actually need.',
      ],
    },
    {
      heading: 'Repair with children',
      paragraphs: [
        'Every parent misreads their child sometimes, loses their temper or is too busy to notice. Research with babies and parents shows that falling out of step is common, even in loving families. What matters most is coming back.',
        'A repair with a child can be simple. First calm yourself, so you can be the steady one. Then reconnect. Name what happened in plain words, for example: I shouted, and that was scary. It was not your fault. Listen to your child’s side. Take responsibility without drowning in guilt, and then do something ordinary together. Repair teaches children that relationships can survive upsets.',
      ],
    },
    {
      heading: 'Looking after yourself too',
      paragraphs: [
        'Your own history can make some of your child’s needs harder to meet. For example, a child’s tears or clinginess may stir up old feelings of your own. You do not need a perfect childhood to be a secure base for your child. Reflecting on your own story, with support, can help. Studies show that programmes focused on parents’ sensitivity can help children feel more secure.',
        'Asking for help is a strength, not a failure. If you are ever worried about your own or your child’s safety, talk to your clinician or local services straight away. In an emergency, use the crisis contacts in your safety plan or call your local emergency services.',
      ],
    },
  ],
  reflect: [
    'When your child is upset, what feelings come up in you?',
    'Which half of the circle feels easier for you: supporting your child to explore, or welcoming them back for comfort?',
    'Think of a recent small repair with your child. What helped?',
  ],
  references: [
    {
      authors: 'Powell, B., Cooper, G., Hoffman, K., & Marvin, B.',
      year: 2014,
      title:
        'The Circle of Security Intervention: Enhancing Attachment in Early Parent-Child Relationships',
      source: 'Guilford Press',
    },
    {
      authors: 'Winnicott, D. W.',
      year: 1953,
      title:
        'Transitional objects and transitional phenomena: A study of the first not-me possession',
      source: 'International Journal of Psycho-Analysis, 34, 89–97',
    },
    {
      authors: 'De Wolff, M. S., & van IJzendoorn, M. H.',
      year: 1997,
      title:
        'Sensitivity and attachment: A meta-analysis on parental antecedents of infant attachment',
      source: 'Child Development, 68(4), 571–591',
    },
    {
      authors: 'Bakermans-Kranenburg, M. J., van IJzendoorn, M. H., & Juffer, F.',
      year: 2003,
      title:
        'Less is more: Meta-analyses of sensitivity and attachment interventions in early childhood',
      source: 'Psychological Bulletin, 129(2), 195–215',
      doi: '10.1037/0033-2909.129.2.195',
    },
    {
      authors: 'Tronick, E. Z.',
      year: 1989,
      title: 'Emotions and emotional communication in infants',
      source: 'American Psychologist, 44(2), 112–119',
      doi: '10.1037/0003-066X.44.2.112',
    },
  ],
};
