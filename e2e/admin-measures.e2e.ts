import { expect, test } from '@playwright/test';
import { E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD } from './support/constants';
import { expectAccessible, shot, signInStaff } from './support/people';

const ITEM_WEIGHT = 'http://hl7.org/fhir/StructureDefinition/itemWeight';

/** A practice's own three-question check-in as a FHIR R4 Questionnaire with item weights. */
function checkIn(options: { withValues: boolean }) {
  const scale = ['Not at all', 'A little', 'A lot'];
  return {
    resourceType: 'Questionnaire',
    title: 'Harbour Weekly Check-in',
    status: 'active',
    item: ['Felt on edge', 'Felt alone', 'Felt able to ask for help'].map((text, index) => ({
      linkId: `q${String(index + 1)}`,
      type: 'choice',
      text,
      answerOption: scale.map((display, value) => ({
        valueCoding: {
          code: display.toLowerCase().replace(/ /g, '-'),
          display,
          ...(options.withValues ? { extension: [{ url: ITEM_WEIGHT, valueDecimal: value }] } : {}),
        },
      })),
    })),
  };
}

function jsonFile(name: string, content: object) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)) };
}

test('an admin imports a practice measure from a FHIR Questionnaire, after a refused one names its problem', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInStaff(page, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  await page.goto('/admin/measures');
  await expect(page.getByRole('heading', { name: 'Measures', level: 1 })).toBeVisible();
  const form = page.getByRole('form', { name: 'Import a measure' });
  const file = form.getByLabel('FHIR Questionnaire file (JSON)');
  const attestation = form.getByLabel('Your attestation');

  // Answers without values cannot be summed: the server names the first such option.
  await file.setInputFiles(jsonFile('no-values.json', checkIn({ withValues: false })));
  await attestation.fill('We wrote this check-in ourselves and use it with our clients.');
  await form.getByRole('button', { name: 'Import measure' }).click();
  await expect(form.getByText('The Questionnaire cannot be used as a measure')).toBeVisible();
  await expect(form.getByText('item[0].answerOption[0]', { exact: true })).toBeVisible();

  await file.setInputFiles(jsonFile('check-in.json', checkIn({ withValues: true })));
  await form.getByLabel('What a higher total means').selectOption({
    label: 'higher means more difficulty',
  });
  await form.getByRole('button', { name: 'Import measure' }).click();
  await expect(
    form.getByText('Imported Harbour Weekly Check-in, version 1. Clinicians can now assign it.'),
  ).toBeVisible();
  const table = page.getByRole('table', { name: "Your practice's own measures" });
  const row = table.getByRole('row', { name: /Harbour Weekly Check-in/ });
  await expect(row).toContainText('3');
  await expect(row).toContainText('0–6');
  await shot(page, 'admin-measures');
  await expectAccessible(page);
});
