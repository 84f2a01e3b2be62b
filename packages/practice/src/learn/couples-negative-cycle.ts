import type { Article } from '../content-types';

export const couplesNegativeCycle: Article = {
  id: 'couples-negative-cycle',
  title: 'Attachment in couples and the negative cycle',
  summary:
    'How partners become each other’s safe haven, and how the fear of losing connection can trap a couple in a pursue–withdraw dance.',
  readingMinutes: 3,
  sections: [
    {
      heading: 'Partners as a safe haven',
      paragraphs: [
        'In 1987, Cindy Hazan and Phillip Shaver suggested that adult romantic love is, in part, an attachment bond. It works in a similar way to the bond between a child and a parent. A partner often becomes the person we turn to for comfort, and the secure base from which we face the world.',
        'This helps explain why conflict with a partner can feel so threatening. Beneath an argument about chores or money, there is often a deeper question. Are you there for me? Do I matter to you?',
      ],
    },
    {
      heading: 'The negative cycle',
      paragraphs: [
        'Sue Johnson, who developed Emotionally Focused Therapy for couples with Les Greenberg, describes how couples get stuck in repeating patterns. She calls them negative cycles. The most common one is pursue–withdraw. One partner pursues: they protest, criticize or push to talk things through. The other withdraws: they go quiet, defend themselves or leave the room.',
        'Research on this demand and withdraw pattern shows how common it is. Each move sets off the other. The more one partner pursues, the more the other withdraws. The more one withdraws, the more the other pursues. Some couples have other cycles, such as both partners attacking, or both pulling away.',
      ],
    },
    {
      heading: 'What lies underneath',
      paragraphs: [
        'In Emotionally Focused Therapy, the feelings we show first are called reactive, or secondary, emotions. These might be anger, irritation or numbness. Underneath, there are often softer primary emotions, such as fear of losing the other, hurt, loneliness, or shame about not being good enough.',
        'A partner who pursues is often afraid of being alone or unimportant. A partner who withdraws is often afraid of failing, being criticized, or making things worse. Both are trying to protect the relationship in their own way. The cycle is the problem, not either person.',
      ],
    },
    {
      heading: 'Stepping out of the cycle',
      paragraphs: [
        'A first step is to name the cycle together, for example by saying: we are in our loop again. Slowing down helps. So does sharing the softer feeling underneath and asking for what you need in plain words. When your partner reaches out, even clumsily, try to turn towards them.',
        'In therapy, your clinician can help you both trace your cycle: what sets it off, how each of you sees it, what you show on the surface and what you do. Together you look for the softer feeling and the need underneath. The repair conversation builder in this app can help you prepare to share them. Trials of Emotionally Focused Therapy suggest that it helps many couples feel closer and more satisfied.',
        'If there is violence, threats or fear in your relationship, safety comes first. Please talk to your clinician on your own. In an emergency, use the crisis contacts in your safety plan or call your local emergency services.',
      ],
    },
  ],
  reflect: [
    'When things get tense in your relationship, do you tend to move towards your partner or step back?',
    'What softer feeling might sit underneath your first reaction?',
    'What would you most like your partner to understand about your side of the cycle?',
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
      authors: 'Johnson, S. M.',
      year: 2004,
      title: 'The Practice of Emotionally Focused Couple Therapy: Creating Connection (2nd ed.)',
      source: 'Brunner-Routledge',
    },
    {
      authors: 'Christensen, A., & Heavey, C. L.',
      year: 1990,
      title: 'Gender and social structure in the demand/withdraw pattern of marital conflict',
      source: 'Journal of Personality and Social Psychology, 59(1), 73–81',
      doi: '10.1037/0022-3514.59.1.73',
    },
    {
      authors: 'Johnson, S. M., Hunsley, J., Greenberg, L., & Schindler, D.',
      year: 1999,
      title: 'Emotionally focused couples therapy: Status and challenges',
      source: 'Clinical Psychology: Science and Practice, 6(1), 67–79',
    },
  ],
};
