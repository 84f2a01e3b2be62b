import { expect, type Page } from '@playwright/test';

/** The PHQ-9's answer options, by value. */
export const PHQ9_OPTIONS = [
  'Not at all',
  'Several days',
  'More than half the days',
  'Nearly every day',
] as const;

export const PHQ9 = 'Patient Health Questionnaire-9 (PHQ-9)';

/** Clinician, on a case page: assign questionnaires to the member who answers. */
export async function assignMeasures(
  page: Page,
  instruments: readonly string[],
  who: string,
): Promise<void> {
  await page.getByRole('tab', { name: 'Measures' }).click();
  const picker = page.getByRole('group', { name: 'Questionnaires' });
  for (const name of instruments) await picker.getByRole('checkbox', { name }).check();
  await page.getByLabel('Who answers').selectOption({ label: who });
  await page.getByRole('button', { name: 'Assign', exact: true }).click();
  const count = instruments.length;
  await expect(
    page.getByText(
      `Assigned ${String(count)} questionnaire${count === 1 ? '' : 's'} to ${who.replace(/ \(.*\)$/, '')}.`,
    ),
  ).toBeVisible();
}

export interface AnswerOptions {
  /** Answer labels in item order. */
  answers: readonly string[];
  /** Called on each question once its answer is chosen (1-based), for checks and screenshots. */
  onQuestion?: (number: number) => Promise<void>;
  /** Called on the pause offered before a risk question. */
  onPause?: () => Promise<void>;
}

/**
 * Client, on a questionnaire's introduction: Start, one question at a time (going on past the
 * gentle pause before a risk question), then to the review. Does not send.
 */
export async function answerQuestionnaire(page: Page, options: AnswerOptions): Promise<void> {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  const total = options.answers.length;
  for (const [index, label] of options.answers.entries()) {
    const number = index + 1;
    const pause = page.getByRole('heading', { name: 'A moment before the next question' });
    const question = page.getByText(`Question ${String(number)} of ${String(total)}`);
    await expect(pause.or(question)).toBeVisible();
    if (await pause.isVisible()) {
      await expect(pause).toBeFocused();
      await options.onPause?.();
      await page.getByRole('button', { name: 'Go to the question' }).click();
      await expect(question).toBeVisible();
    }
    await page.getByRole('radio', { name: label, exact: true }).check();
    await options.onQuestion?.(number);
    await page.getByRole('button', { name: number === total ? 'Review answers' : 'Next' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeVisible();
}
