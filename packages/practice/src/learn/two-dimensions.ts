import type { Article } from '../content-types';

export const twoDimensions: Article = {
  id: 'two-dimensions',
  title: 'Two dimensions, four patterns',
  summary:
    'Why researchers now describe adult attachment as a point on two sliding scales, anxiety and avoidance, rather than as a fixed type.',
  readingMinutes: 3,
  sections: [
    {
      heading: 'From boxes to sliding scales',
      paragraphs: [
        'In 1987, Cindy Hazan and Phillip Shaver began studying attachment in adult love relationships. They asked people to pick which of three short descriptions fitted them best. Over the next ten years, researchers created many different questionnaires. In 1998, Kelly Brennan, Catherine Clark and Phillip Shaver brought these together. They found that two broad dimensions lay underneath almost all of them. In 2000, Chris Fraley, Niels Waller and Kelly Brennan refined a questionnaire that measures these two dimensions, and it is still widely used.',
        'The first is attachment anxiety. This is how much you worry that people you are close to will leave, reject you or not love you enough. It often comes with a strong wish for reassurance. The second is attachment avoidance. This is how uneasy you feel with closeness and with depending on others. It often comes with a wish to keep some distance and to handle things alone.',
      ],
    },
    {
      heading: 'A map with two lines',
      paragraphs: [
        'Picture a map with two lines crossing in the middle. One line runs from low to high anxiety. The other runs from low to high avoidance. Your answers to a questionnaire place you at one point on this map. Everyone has a place somewhere on it.',
        'In 1991, Kim Bartholomew and Leonard Horowitz described four patterns of adult attachment. Today these are usually placed in the four corners of the map. Secure is the area of low anxiety and low avoidance. People here tend to feel fairly at ease with closeness and with time on their own. Preoccupied is the area of higher anxiety and lower avoidance. People here tend to want closeness very much, and to worry that it will not last. Dismissing is the area of lower anxiety and higher avoidance. People here tend to value independence and play down their need for others. Fearful is the area of higher anxiety and higher avoidance. People here tend to want closeness but fear being hurt by it, so they may move towards others and then pull back.',
      ],
    },
    {
      heading: 'Positions, not labels',
      paragraphs: [
        'Studies by Chris Fraley and colleagues suggest that these differences are a matter of degree. There are no sharp borders between the patterns. Most people sit somewhere between the corners, and a point near the middle is not clearly any one pattern. The four names are a handy shorthand for areas of the map, not boxes that people belong in.',
        'A pattern is not a diagnosis, and it says nothing about your worth as a person. It describes ways of handling closeness that once made sense, given what you lived through.',
      ],
    },
    {
      heading: 'Your place on the map can change',
      paragraphs: [
        'Your position can be different in different relationships. You might feel quite secure with a friend and much more anxious with a partner. It can also change over time. New relationships, life events and therapy can all move it.',
        'If you have filled in an attachment questionnaire here, your clinician may show you where your answers place you. Think of it as a starting point for curious conversation, not a final verdict. The two of you can look at what fits, what does not, and what you would like to change.',
      ],
    },
  ],
  reflect: [
    'Do the two scales, worry about closeness and unease with closeness, fit how you experience relationships?',
    'Is your place on the map different with different people in your life?',
    'What might a small step towards the secure corner look like for you this week?',
  ],
  references: [
    {
      authors: 'Hazan, C., & Shaver, P.',
      year: 1987,
      title: 'Romantic love conceptualized as an attachment process',
      source: 'Journal of Personality and Social Psychology, 52(3), 511–524',
      doi: '10.1037/0022-3514.52.3.511',
    },
    {
      authors: 'Bartholomew, K., & Horowitz, L. M.',
      year: 1991,
      title: 'Attachment styles among young adults: A test of a four-category model',
      source: 'Journal of Personality and Social Psychology, 61(2), 226–244',
      doi: '10.1037/0022-3514.61.2.226',
    },
    {
      authors: 'Brennan, K. A., Clark, C. L., & Shaver, P. R.',
      year: 1998,
      title: 'Self-report measurement of adult attachment: An integrative overview',
      source:
        'In J. A. Simpson & W. S. Rholes (Eds.), Attachment Theory and Close Relationships (pp. 46–76). Guilford Press',
    },
    {
      authors: 'Fraley, R. C., Waller, N. G., & Brennan, K. A.',
      year: 2000,
      title: 'An item response theory analysis of self-report measures of adult attachment',
      source: 'Journal of Personality and Social Psychology, 78(2), 350–365',
      doi: '10.1037/0022-3514.78.2.350',
    },
    {
      authors: 'Fraley, R. C., Hudson, N. W., Heffernan, M. E., & Segal, N.',
      year: 2015,
      title:
        'Are adult attachment styles categorical or dimensional? A taxometric analysis of general and relationship-specific attachment orientations',
      source: 'Journal of Personality and Social Psychology, 109(2), 354–368',
      doi: '10.1037/pspp0000027',
    },
  ],
};
