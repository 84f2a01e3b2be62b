import { describe, expect, it } from 'vitest';
import {
  EMPTY_SAFETY_PLAN,
  isEmptySafetyPlan,
  isPhoneNumber,
  SAFETY_PLAN_SECTION_KIND,
  SAFETY_PLAN_SECTIONS,
  SafetyPlanContent,
  telUri,
} from './safety-plan';

describe('safety plan phone numbers', () => {
  it.each([
    ['988', 'tel:988'],
    ['116 123', 'tel:116123'],
    ['+44 (0)20 7946 0000', 'tel:+442079460000'],
    ['(020) 7946-0000', 'tel:02079460000'],
    ['  +1 555 010 9999 ', 'tel:+15550109999'],
  ])('dials %s as %s', (phone, uri) => {
    expect(isPhoneNumber(phone)).toBe(true);
    expect(telUri(phone)).toBe(uri);
  });

  it.each([
    ['letters', 'call Sam'],
    ['too few digits', '12'],
    ['an extension word', '0161 496 0000 ext 4'],
    ['a plus sign alone', '+'],
    ['nothing', ''],
    ['more than the limit', '1'.repeat(41)],
  ])('refuses %s', (_why, phone) => {
    expect(isPhoneNumber(phone)).toBe(false);
  });
});

describe('safety plan sections', () => {
  it('list every property of the content, each with its kind, in the order of the steps', () => {
    expect([...SAFETY_PLAN_SECTIONS].sort()).toEqual(
      Object.keys(SafetyPlanContent.properties).sort(),
    );
    expect(Object.keys(SAFETY_PLAN_SECTION_KIND)).toEqual([...SAFETY_PLAN_SECTIONS]);
    expect(SAFETY_PLAN_SECTIONS[0]).toBe('warningSigns');
    expect(SAFETY_PLAN_SECTIONS.at(-1)).toBe('reasonsForLiving');
  });

  it('know an empty plan from one with a single line', () => {
    expect(isEmptySafetyPlan(EMPTY_SAFETY_PLAN)).toBe(true);
    expect(isEmptySafetyPlan({ ...EMPTY_SAFETY_PLAN, reasonsForLiving: ['My sister'] })).toBe(
      false,
    );
  });
});
