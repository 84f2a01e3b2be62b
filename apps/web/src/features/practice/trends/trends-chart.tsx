import type { PracticeTrends } from '@securebase/contracts';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmotionChart } from './emotion-chart';
import { HelpedBars, PracticeWeeks } from './trends-bars';
import './trends.css';

export type TrendsAudience = 'client' | 'clinician';

function Section(props: {
  heading: string;
  level: 2 | 3 | 4;
  empty: string | null;
  children: ReactNode;
}) {
  const id = useId();
  const Heading = props.level === 2 ? 'h2' : props.level === 3 ? 'h3' : 'h4';
  return (
    <section className="sb-trends__section" aria-labelledby={id}>
      <Heading id={id} className="sb-trends__heading">
        {props.heading}
      </Heading>
      {props.empty !== null ? <p className="sb-trends__empty">{props.empty}</p> : props.children}
    </section>
  );
}

/**
 * How between-session practice has gone, week by week: how strong feelings ran and how strong
 * afterwards, what helped, and minutes of practice. The client sees all their own entries; the
 * care team sees only what the client shared, and is told so.
 */
export function PracticeTrendsView({
  trends,
  audience,
  headingLevel = 3,
}: {
  trends: PracticeTrends;
  audience: TrendsAudience;
  /** The level of each part's heading (one below the heading the view sits under). */
  headingLevel?: 2 | 3 | 4;
}) {
  const { t } = useTranslation();
  const { emotionWeeks, helped, practiceWeeks } = trends;
  return (
    <div className="sb-trends">
      {audience === 'clinician' ? (
        <p className="sb-trends__note">{t('practiceClinic.trends.clinicianNote')}</p>
      ) : null}
      <Section
        heading={t('practiceClinic.trends.emotion.title')}
        level={headingLevel}
        empty={
          emotionWeeks.length === 0 ? t(`practiceClinic.trends.emotion.empty.${audience}`) : null
        }
      >
        <EmotionChart weeks={emotionWeeks} />
      </Section>
      <Section
        heading={t('practiceClinic.trends.helped.title')}
        level={headingLevel}
        empty={helped.length === 0 ? t(`practiceClinic.trends.helped.empty.${audience}`) : null}
      >
        <HelpedBars helped={helped} />
      </Section>
      <Section
        heading={t('practiceClinic.trends.practice.title')}
        level={headingLevel}
        empty={
          practiceWeeks.length === 0 ? t(`practiceClinic.trends.practice.empty.${audience}`) : null
        }
      >
        <PracticeWeeks weeks={practiceWeeks} />
      </Section>
    </div>
  );
}
