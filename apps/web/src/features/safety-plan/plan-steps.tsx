import {
  SAFETY_PLAN_SECTIONS,
  type SafetyPlan,
  type SafetyPlanContent,
} from '@securebase/contracts';
import { PlanStep } from './plan-step';

export interface PlanStepsProps {
  plan: SafetyPlan;
  editable: boolean;
  headingLevel: 2 | 3;
  frame: 'card' | 'plain';
  save: (content: SafetyPlanContent, baseVersion: number) => Promise<SafetyPlan>;
  onSaved: (plan: SafetyPlan) => void;
  reload: () => Promise<unknown>;
}

/** The six steps of the plan in order, then the reasons for living. */
export function PlanSteps(props: PlanStepsProps) {
  return (
    <>
      {SAFETY_PLAN_SECTIONS.map((section, index) => (
        <PlanStep
          key={section}
          section={section}
          number={section === 'reasonsForLiving' ? null : index + 1}
          {...props}
        />
      ))}
    </>
  );
}
