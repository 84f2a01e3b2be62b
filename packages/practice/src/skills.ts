/**
 * Between-session regulation skills: short, concrete things a client can do when something
 * stirs. Our own wording; every skill is optional and the client can stop at any time.
 * Pure data, no I/O.
 */
import type { Reference, RegulationSkill } from './content-types';

const LINEHAN_2015: Reference = {
  authors: 'Linehan, M. M.',
  year: 2015,
  title: 'DBT Skills Training Manual (2nd ed.)',
  source: 'Guilford Press',
};

const MIKULINCER_SHAVER_2007_BOOK: Reference = {
  authors: 'Mikulincer, M., & Shaver, P. R.',
  year: 2007,
  title: 'Attachment in Adulthood: Structure, Dynamics, and Change',
  source: 'Guilford Press',
};

export const REGULATION_SKILLS: readonly RegulationSkill[] = [
  {
    id: 'name-the-feeling',
    title: 'Name the feeling',
    summary:
      'Put a simple word to what you feel, such as sad, scared or angry. Naming a feeling can take a little of its heat away and helps you choose what to do next.',
    steps: [
      'Pause for a moment and notice that something is stirring in you.',
      'Ask yourself: what am I feeling right now?',
      'Choose one or two plain words, such as hurt, scared, angry, lonely or ashamed. Close enough is fine.',
      'Say it quietly or in your head: I am noticing sadness.',
      'Notice where you feel it in your body, and how strong it is from zero to ten.',
      'If you like, write it in your emotion log, with what was happening at the time.',
    ],
    why: 'When you put a feeling into words, the alarm response in the brain tends to settle a little, and the thinking parts of the brain join in. In one brain-imaging study, choosing a word for the emotion on a face lowered activity in the amygdala, an area involved in sensing threat. Naming does not make the feeling go away, and it does not have to. It gives you a little room to choose what to do.',
    references: [
      {
        authors:
          'Lieberman, M. D., Eisenberger, N. I., Crockett, M. J., Tom, S. M., Pfeifer, J. H., & Way, B. M.',
        year: 2007,
        title:
          'Putting feelings into words: Affect labeling disrupts amygdala activity in response to affective stimuli',
        source: 'Psychological Science, 18(5), 421–428',
        doi: '10.1111/j.1467-9280.2007.01916.x',
      },
    ],
  },
  {
    id: 'slow-breath',
    title: 'Slow breathing',
    summary:
      'Breathe a little slower than usual, with the out-breath longer than the in-breath. It can help your body settle when you feel tense, anxious or on edge.',
    steps: [
      'Sit or stand in a way that feels steady. You can keep your eyes open.',
      'Breathe in gently through your nose for a count of about four.',
      'Breathe out slowly, through your nose or softly pursed lips, for a count of about six.',
      'Keep the breath easy, not forced or extra deep. If you feel light-headed, go back to breathing normally.',
      'Stay with this rhythm, about six breaths a minute, until the timer ends.',
      'If focusing on your breath feels uncomfortable, stop and try grounding through your senses instead.',
    ],
    timerSeconds: 180,
    why: 'Breathing slowly, at around six breaths a minute with a longer out-breath, tends to engage the calming branch of the nervous system. Reviews of the research link slow breathing with a steadier heart rhythm, more relaxation and less anxiety for many people. It is a way of helping your body, not a test you can fail.',
    references: [
      {
        authors:
          'Zaccaro, A., Piarulli, A., Laurino, M., Garbella, E., Menicucci, D., Neri, B., & Gemignani, A.',
        year: 2018,
        title:
          'How breath-control can change your life: A systematic review on psycho-physiological correlates of slow breathing',
        source: 'Frontiers in Human Neuroscience, 12, 353',
        doi: '10.3389/fnhum.2018.00353',
      },
      {
        authors: 'Lehrer, P. M., & Gevirtz, R.',
        year: 2014,
        title: 'Heart rate variability biofeedback: How and why does it work?',
        source: 'Frontiers in Psychology, 5, 756',
        doi: '10.3389/fpsyg.2014.00756',
      },
    ],
  },
  {
    id: 'grounding-senses',
    title: '5-4-3-2-1 grounding',
    summary:
      'Bring your attention back to the here and now through your senses. It helps when a memory, a worry or a feeling starts to sweep you away.',
    steps: [
      'Look around and name five things you can see.',
      'Notice four things you can feel, such as your feet on the floor or the fabric of your clothes.',
      'Listen for three things you can hear, near or far.',
      'Find two things you can smell, or think of two smells you like.',
      'Notice one thing you can taste, or take a sip of water.',
      'Tell yourself where you are and what day it is. You are here, now.',
      'Go as slowly as you like, and repeat any step that helps.',
    ],
    timerSeconds: 120,
    why: 'Strong feelings and memories can pull the mind into the past or the future. Grounding gently steers your attention to what your senses can find right now, which reminds your body that this moment is here and now. Grounding is widely used in trauma-informed care, for example in the Seeking Safety programme.',
    references: [
      {
        authors: 'Najavits, L. M.',
        year: 2002,
        title: 'Seeking Safety: A Treatment Manual for PTSD and Substance Abuse',
        source: 'Guilford Press',
      },
    ],
  },
  {
    id: 'self-soothing',
    title: 'Kind touch, kind voice',
    summary:
      'Offer yourself the kind of care you would offer a good friend: warmth, a gentle touch, a soft voice. It helps when you feel hurt, ashamed or alone.',
    steps: [
      'Notice that this is a hard moment. You might say to yourself: this hurts right now.',
      'If it feels okay, rest a hand on your chest, your arm or your cheek, or hold one hand in the other.',
      'Remind yourself that other people feel this too. You are not the only one.',
      'Speak to yourself in the tone you would use with someone you care about: it makes sense that you feel this way.',
      'Add some warmth if you can: a blanket, a hot drink, a soft texture or music you like.',
      'If kindness towards yourself feels strange or uncomfortable, that is common. Try a little, and stop whenever you want.',
    ],
    why: 'Harsh self-criticism can keep the body on alert. Self-compassion means meeting your own pain with kindness, remembering that suffering is part of being human, and holding painful feelings without being swept away by them. Compassion-focused therapy suggests that warmth, gentle touch and a soothing voice can switch on the part of us that settles when we feel cared for.',
    references: [
      {
        authors: 'Neff, K. D.',
        year: 2003,
        title:
          'Self-compassion: An alternative conceptualization of a healthy attitude toward oneself',
        source: 'Self and Identity, 2(2), 85–101',
        doi: '10.1080/15298860309032',
      },
      {
        authors: 'Gilbert, P.',
        year: 2010,
        title: 'Compassion Focused Therapy: Distinctive Features',
        source: 'Routledge',
      },
    ],
  },
  {
    id: 'reach-out',
    title: 'Reach out to someone safe',
    summary:
      'Contact a person who tends to help you feel a bit safer, and let them know you are having a hard time. Feelings are often easier to carry together.',
    steps: [
      'Think of one or two people who usually feel safe and kind to you: a friend, a relative, a partner or a support line.',
      'Choose a way that feels manageable: a message, a call, or simply sitting near them.',
      "Say it simply, for example: I'm having a hard evening. Could we talk for a few minutes?",
      'Ask for what would help: listening, company, a distraction or a hug.',
      'If they cannot answer right now, that says nothing about your worth. Try someone else, or turn to another skill.',
      'Afterwards, notice what helped, even a little.',
      'If you are in danger or thinking of harming yourself, open your safety plan or contact crisis support now.',
    ],
    why: "People are built to settle together. Being close to someone we trust can calm the threat response of the body. In one study, holding a trusted partner's hand lowered brain responses to threat, and more so in closer relationships. Attachment theory calls this a safe haven. Reaching out is a skill, not a weakness.",
    references: [
      {
        authors: 'Coan, J. A., Schaefer, H. S., & Davidson, R. J.',
        year: 2006,
        title: 'Lending a hand: Social regulation of the neural response to threat',
        source: 'Psychological Science, 17(12), 1032–1039',
        doi: '10.1111/j.1467-9280.2006.01832.x',
      },
      MIKULINCER_SHAVER_2007_BOOK,
    ],
  },
  {
    id: 'pause-before-reacting',
    title: 'Pause before reacting',
    summary:
      'When you feel a strong urge to act, such as sending an angry message, chasing for an answer or walking out, wait ten slow breaths first. Urges often change when you give them a little time.',
    steps: [
      'If you are unsafe, getting to safety comes first. You do not need to wait.',
      'Notice the urge and name it to yourself, for example: I want to send that message right now.',
      'Keep your hands still, put the phone down, or take a step back.',
      'Breathe slowly and count ten breaths. If you lose count, simply start again.',
      'Watch the urge rise, peak and change, like a wave.',
      'Ask yourself: what do I really need right now, and what would help me get it?',
      'Then choose what to do. You can still act, now with more of you in charge.',
    ],
    timerSeconds: 60,
    why: 'Strong feelings come with strong urges, and acting on them at once can hurt the relationships we care about. Urges tend to rise and fall like a wave when we do not act on them straight away. A short pause gives the thoughtful part of you time to join in. This idea appears in mindfulness-based work with urges and in the skills of dialectical behaviour therapy.',
    references: [
      {
        authors: 'Bowen, S., & Marlatt, G. A.',
        year: 2009,
        title: 'Surfing the urge: Brief mindfulness-based intervention for college student smokers',
        source: 'Psychology of Addictive Behaviors, 23(4), 666–671',
        doi: '10.1037/a0017127',
      },
      LINEHAN_2015,
    ],
  },
  {
    id: 'safe-place-imagery',
    title: 'A safe place, a safe person',
    summary:
      'Bring to mind a place where you feel at ease, or someone who is warm and steady with you. It can help you feel more settled and less alone.',
    steps: [
      'Sit comfortably. You can keep your eyes open and rest your gaze on one spot.',
      'Bring to mind a place, real or imagined, where you feel at ease. If no place feels fully safe, choose one that feels a little calmer.',
      'Or bring to mind a person, a pet or a figure who is kind and steady with you.',
      'Notice what you might see, hear and feel there: the light, the sounds, the warmth.',
      'If it is a person, imagine them near you, looking at you kindly. What might they say to you now?',
      'If anything unpleasant comes up, open your eyes, look around the room and let the image go. You can try another place another time.',
      'Before you finish, choose a word or image that can help you come back here later.',
    ],
    timerSeconds: 180,
    why: 'Attachment research shows that bringing to mind people who care for us, even briefly, can ease distress, lift mood and make us more open to others. Researchers call this security priming. Over time, the felt sense of a secure base can become something you carry inside you.',
    references: [
      MIKULINCER_SHAVER_2007_BOOK,
      {
        authors: 'Mikulincer, M., & Shaver, P. R.',
        year: 2007,
        title:
          'Boosting attachment security to promote mental health, prosocial values, and inter-group tolerance',
        source: 'Psychological Inquiry, 18(3), 139–156',
      },
    ],
  },
  {
    id: 'opposite-action',
    title: 'A small step the other way',
    summary:
      'When a feeling pushes you towards something that tends to make things worse, such as hiding away or lashing out, try a small step in the other direction. Use it only when you are safe.',
    steps: [
      'Name the feeling and the urge that comes with it, for example: shame, and the urge to hide.',
      'Ask yourself: does acting on this urge help me, or my relationship, right now?',
      'If it does not, choose a small step the other way. If you want to hide, send one short message. If you want to attack, speak more softly and slowly.',
      'Let your voice, face and posture take the step too, as far as feels okay.',
      'Notice what happens to the feeling afterwards, without judging yourself.',
      'If the feeling fits a real danger, trust it and look after your safety instead.',
    ],
    why: 'Feelings and actions feed each other. Following the urge that comes with a feeling often keeps the feeling going, while acting differently can slowly change it. This skill comes from dialectical behaviour therapy. It is not about pretending or forcing yourself. It is about choosing, gently, when the urge does not serve you.',
    references: [LINEHAN_2015],
  },
];

export function skillById(id: string): RegulationSkill | undefined {
  return REGULATION_SKILLS.find((skill) => skill.id === id);
}
