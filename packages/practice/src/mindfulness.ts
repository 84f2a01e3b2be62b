/**
 * Guided mindfulness practices for the client portal. A timer runs for the chosen length; each
 * cue is shown (and optionally spoken by the browser's speech synthesis) at its fraction of that
 * length, and the closing when the timer ends. Cue and closing text is written to be spoken:
 * short sentences, no abbreviations, no symbols. Our own wording; the client can open their eyes,
 * move or stop at any time. Pure data, no I/O.
 */
import type { MindfulnessPractice, Reference } from './content-types';

const KABAT_ZINN_1990: Reference = {
  authors: 'Kabat-Zinn, J.',
  year: 1990,
  title:
    'Full Catastrophe Living: Using the Wisdom of Your Body and Mind to Face Stress, Pain, and Illness',
  source: 'Delacorte Press',
};

const SEGAL_WILLIAMS_TEASDALE_2013: Reference = {
  authors: 'Segal, Z. V., Williams, J. M. G., & Teasdale, J. D.',
  year: 2013,
  title: 'Mindfulness-Based Cognitive Therapy for Depression (2nd ed.)',
  source: 'Guilford Press',
};

const TRELEAVEN_2018: Reference = {
  authors: 'Treleaven, D. A.',
  year: 2018,
  title: 'Trauma-Sensitive Mindfulness: Practices for Safe and Transformative Healing',
  source: 'W. W. Norton & Company',
};

export const MINDFULNESS_PRACTICES: readonly MindfulnessPractice[] = [
  {
    id: 'breath',
    title: 'Mindful breathing',
    summary:
      'Rest your attention on the breath, and come back kindly whenever the mind wanders. If the breath is not a comfortable place to rest, you can use your feet, your hands or the sounds around you instead.',
    minutes: [3, 5, 10],
    cues: [
      {
        at: 0,
        text: 'Welcome. Find a position that feels steady, sitting, standing or lying down. You can close your eyes, or keep them open and rest your gaze on one spot. You can stop at any time.',
      },
      {
        at: 0.12,
        text: 'Notice where your body is supported. Your feet on the floor. Your weight resting on the chair or the ground.',
      },
      {
        at: 0.24,
        text: 'Now let your attention find the breath, wherever you feel it most easily. Perhaps at the nose, the chest or the belly.',
      },
      {
        at: 0.36,
        text: 'There is no need to change the breath. Simply notice it coming in, and going out.',
      },
      {
        at: 0.48,
        text: 'Your mind will wander. That is what minds do. When you notice it has wandered, gently bring your attention back to the breath.',
      },
      {
        at: 0.6,
        text: 'If the breath feels uncomfortable, you can rest your attention on your hands, your feet, or the sounds around you instead.',
      },
      {
        at: 0.72,
        text: 'Notice each breath as it is. A long breath, a short breath. Each one a little different.',
      },
      {
        at: 0.82,
        text: 'Be kind to yourself here. There is no right way to feel. You are simply here, breathing.',
      },
      {
        at: 0.92,
        text: 'In a moment we will finish. Begin to widen your attention to your whole body, and to the room around you.',
      },
    ],
    closing:
      'The practice has ended. Take a moment before you move on. Notice how you feel now, whatever that is. Thank you for taking this time for yourself.',
    references: [KABAT_ZINN_1990, SEGAL_WILLIAMS_TEASDALE_2013, TRELEAVEN_2018],
  },
  {
    id: 'body-scan',
    title: 'Body scan',
    summary:
      'A slow journey of attention through the body, noticing sensations with curiosity. You are in charge: you can keep your eyes open, skip any part of the body, move whenever you like, and stop at any time.',
    minutes: [5, 10, 15],
    cues: [
      {
        at: 0,
        text: 'Welcome. Find a position that feels comfortable, sitting or lying down. You can keep your eyes open, or close them if that feels safe. You can skip any part of the body, move at any time, and stop whenever you wish.',
      },
      {
        at: 0.08,
        text: 'Begin by noticing your whole body, resting where it is. Feel the places where it touches the chair, the bed or the floor.',
      },
      {
        at: 0.16,
        text: 'Bring your attention to your feet. Notice whatever is there. Warmth or coolness, pressure, tingling, or perhaps nothing much at all. All of it is fine.',
      },
      {
        at: 0.25,
        text: 'Let your attention move up into your lower legs and your knees, then your thighs. Just noticing, without needing anything to change.',
      },
      {
        at: 0.34,
        text: 'Now your hips and your lower back. If any part of the body feels difficult to be with, you can move past it, or come back to your feet.',
      },
      {
        at: 0.43,
        text: 'Bring your attention to your belly. Notice it rising and falling as you breathe.',
      },
      {
        at: 0.52,
        text: 'Move up to your chest and your upper back. Notice the breath here too, and any feeling that is present.',
      },
      {
        at: 0.61,
        text: 'Now your hands. Your fingers, your palms, the backs of your hands. Then up your arms to your shoulders.',
      },
      {
        at: 0.7,
        text: 'Notice your neck and your throat. Then your face. Your jaw, your cheeks, the space around your eyes, and your forehead.',
      },
      {
        at: 0.79,
        text: 'If your mind has wandered, that is completely normal. Gently bring it back to the part of the body you were exploring, or to your feet on the ground.',
      },
      {
        at: 0.87,
        text: 'Now widen your attention to hold the whole body at once, from your head to your feet. Breathing, here, just as you are.',
      },
      {
        at: 0.94,
        text: 'In a moment we will finish. Begin to move your fingers and toes, and look around the room, taking your time.',
      },
    ],
    closing:
      'The body scan has ended. Move or stretch in any way that feels good. Notice how you feel, without needing it to be any particular way. Thank you for taking this time.',
    references: [KABAT_ZINN_1990, SEGAL_WILLIAMS_TEASDALE_2013, TRELEAVEN_2018],
  },
  {
    id: 'present-in-hard-conversation',
    title: 'Staying present in a hard conversation',
    summary:
      'A short rehearsal for staying present when a talk with someone close gets hard. You bring a conversation to mind and practise noticing your body and your urge to pursue or pull away, taking one slow breath, getting curious about the other person and choosing your reply.',
    minutes: [3, 5],
    cues: [
      {
        at: 0,
        text: 'Welcome. In this practice you will bring a hard conversation to mind, and practise staying present in it. You can keep your eyes open, and stop at any time.',
      },
      {
        at: 0.1,
        text: 'Choose a conversation that is hard, but not the hardest. One from the past few days, or one that is coming up. If nothing feels manageable today, you can simply rest with your breath.',
      },
      {
        at: 0.22,
        text: 'Picture the moment it gets difficult. Where are you? What is being said? Now notice your body. Perhaps heat, tightness, a racing heart, or a heavy feeling.',
      },
      {
        at: 0.34,
        text: 'Notice the urge that comes with it. Perhaps to push for an answer, to argue, or to follow them. Or perhaps to go quiet, shut down, or leave. Both are ways of protecting a bond that matters.',
      },
      {
        at: 0.46,
        text: 'You do not have to act on the urge. Just notice it, and name it to yourself.',
      },
      {
        at: 0.56,
        text: 'Now take one slow breath. In through the nose. And a long, gentle breath out.',
      },
      {
        at: 0.66,
        text: 'Turn your curiosity toward the other person. What might they be feeling underneath their words? Perhaps worry, hurt, or a fear of losing you. You do not have to be sure.',
      },
      {
        at: 0.78,
        text: 'Now choose what you would like to say. Something true and gentle about what you feel underneath. For example: I am getting scared, and I want us to be close.',
      },
      {
        at: 0.9,
        text: 'Say your reply quietly to yourself, or just in your mind. Notice how it feels to choose, rather than react.',
      },
    ],
    closing:
      'The practice has ended. Staying present is hard, and every try counts. You might bring what you noticed to your next session, or use it in a repair conversation when you feel ready.',
    references: [
      {
        authors: 'Johnson, S.',
        year: 2008,
        title: 'Hold Me Tight: Seven Conversations for a Lifetime of Love',
        source: 'Little, Brown and Company',
      },
      {
        authors: 'Siegel, D. J.',
        year: 2010,
        title: 'Mindsight: The New Science of Personal Transformation',
        source: 'Bantam Books',
      },
    ],
  },
];

export function practiceById(id: string): MindfulnessPractice | undefined {
  return MINDFULNESS_PRACTICES.find((practice) => practice.id === id);
}
