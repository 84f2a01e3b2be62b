import { describe, expect, it } from 'vitest';
import { getInstrument } from '@securebase/measures';
import { respondentGuide } from './respondent-text';

describe('respondentGuide', () => {
  it('gives the PHQ-9 stem and drops the note about the definition', () => {
    const guide = respondentGuide(getInstrument('phq-9')?.responseScale);
    expect(guide.stem).toBe(
      'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
    );
    expect(guide.scale).toBe('0 = Not at all … 3 = Nearly every day.');
  });

  it('keeps the scale and drops how the engine scores it', () => {
    expect(respondentGuide(getInstrument('core-10')?.responseScale)).toEqual({
      stem: 'Over the last week...',
      scale:
        'Every item is answered on the printed labels 0 = Not at all, 1 = Only occasionally, 2 = Sometimes, 3 = Often, 4 = Most or all of the time.',
    });
    expect(respondentGuide(getInstrument('prfq')?.responseScale)).toEqual({
      stem: null,
      scale: 'Seven-point agreement scale coded 1 (strongly disagree) to 7 (strongly agree).',
    });
    expect(respondentGuide(getInstrument('ace')?.responseScale)).toEqual({
      stem: 'While you were growing up, during your first 18 years of life:',
      scale: '0 = No, 1 = Yes.',
    });
  });

  it('no shipped instrument shows scoring or software notes to a respondent', () => {
    const ids = ['phq-9', 'gad-7', 'core-10', 'pcl-5', 'ace', 'rq', 'rfq-8', 'prfq', 'ders-16'];
    for (const id of ids) {
      const { stem, scale } = respondentGuide(getInstrument(id)?.responseScale);
      expect(`${stem ?? ''} ${scale ?? ''}`).not.toMatch(/engine|definition|revers|scor/i);
    }
  });

  it('passes plain instructions through and copes with none', () => {
    expect(respondentGuide('Answer each question as honestly as you can.')).toEqual({
      stem: null,
      scale: 'Answer each question as honestly as you can.',
    });
    expect(respondentGuide('')).toEqual({ stem: null, scale: null });
    expect(respondentGuide(null)).toEqual({ stem: null, scale: null });
  });
});
