import type { Article } from '../content-types';

export const ruptureAndRepair: Article = {
  id: 'rupture-and-repair',
  title: 'Rupture and repair',
  summary:
    'Why moments of disconnection are a normal part of every close relationship, and how mending them can make a bond stronger.',
  readingMinutes: 3,
  sections: [
    {
      heading: 'The still-face studies',
      paragraphs: [
        'In the 1970s, Edward Tronick and his colleagues asked mothers of young babies to play with them as usual. Then, for a short time, each mother kept her face still and did not respond. The babies noticed at once. They smiled, made sounds and reached out to bring their mother back. When that did not work, many turned away, became upset or slumped.',
        'When the mothers became warm and responsive again, most babies recovered, though not always straight away. The studies showed that even very young babies are active partners in a relationship. They notice when connection is lost, and they work hard to get it back.',
      ],
    },
    {
      heading: 'Falling out of step is normal',
      paragraphs: [
        'Tronick’s later work showed that everyday play between parents and babies often falls out of step. A parent misreads a signal, or the baby looks away, and then the pair finds each other again. These small breaks and repairs happen all the time in loving relationships.',
        'Babies who go through many small repairs seem to learn something important. Hard moments can be mended, and they can play a part in mending them. Adults are no different. Close relationships are not the ones without ruptures. They are the ones where ruptures get repaired.',
      ],
    },
    {
      heading: 'Ruptures in therapy',
      paragraphs: [
        'Jeremy Safran and Christopher Muran studied ruptures in the relationship between client and therapist. Sometimes a client withdraws: they go quiet, agree without meaning it, or change the subject. Sometimes a client confronts: they feel angry or criticize the therapist or the therapy. Neither is a failure. Both are signals that something needs attention.',
        'A review of many studies found that when ruptures were repaired, clients tended to do better in therapy. So if something in a session did not feel right, it is worth saying so. The ratings you give after sessions help with this too. A drop is a sign that a conversation is needed, not a problem with you.',
      ],
    },
    {
      heading: 'Repair conversations',
      paragraphs: [
        'A repair conversation usually goes better when you are both calm enough to listen. Start gently. Describe what happened from your side, using “I” rather than “you”. Name the feeling, and the need underneath it. Then ask about the other person’s experience, and listen with real curiosity. Own your part, without taking on all the blame. Agree on one small next step.',
        'Not every repair works the first time, and that is all right. You do not have to repair with someone who is harming you or who makes you feel unsafe. The repair conversation builder in this app can help you prepare and rehearse what you want to say.',
      ],
    },
  ],
  reflect: [
    'Think of a time a relationship was mended after a hurt. What helped?',
    'What makes it hard for you to start a repair, or to accept one from someone else?',
    'Is there anything in your sessions that has not felt quite right and that you would like to raise?',
  ],
  references: [
    {
      authors: 'Tronick, E., Als, H., Adamson, L., Wise, S., & Brazelton, T. B.',
      year: 1978,
      title:
        'The infant’s response to entrapment between contradictory messages in face-to-face interaction',
      source: 'Journal of the American Academy of Child Psychiatry, 17(1), 1–13',
      doi: '10.1016/S0002-7138(09)62273-1',
    },
    {
      authors: 'Tronick, E. Z.',
      year: 1989,
      title: 'Emotions and emotional communication in infants',
      source: 'American Psychologist, 44(2), 112–119',
      doi: '10.1037/0003-066X.44.2.112',
    },
    {
      authors: 'Safran, J. D., & Muran, J. C.',
      year: 2000,
      title: 'Negotiating the Therapeutic Alliance: A Relational Treatment Guide',
      source: 'Guilford Press',
    },
    {
      authors: 'Eubanks, C. F., Muran, J. C., & Safran, J. D.',
      year: 2018,
      title: 'Alliance rupture repair: A meta-analysis',
      source: 'Psychotherapy, 55(4), 508–519',
      doi: '10.1037/pst0000185',
    },
  ],
};
