import type { AnswerMap } from '@securebase/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../api/client';
import { retryDelayMs } from '../assessments/submit-key';
import { saveDraft } from '../assessments/queries';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'retrying' | 'stopped';

const DEBOUNCE_MS = 800;

/** A refusal that retrying will not fix (already submitted, not theirs); 408/429 are retried. */
function isFinal(error: unknown): boolean {
  return isApiError(error) && error.status < 500 && error.status !== 408 && error.status !== 429;
}

/**
 * Saves answers as a draft a moment after each change. The answers live in the page's memory
 * (never in browser storage); a failed save is retried with back-off, always with the latest
 * answers, until it succeeds or the server refuses for good.
 */
export function useDraftSaver(assignmentId: string) {
  const [status, setStatus] = useState<SaveStatus>('idle');
  const latest = useRef<AnswerMap | null>(null);
  const dirty = useRef(false);
  const inFlight = useRef(false);
  const attempt = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stopped = useRef(false);

  const clearTimer = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };

  const isDirty = () => dirty.current;
  const isStopped = () => stopped.current;

  const flush = useCallback(async (): Promise<void> => {
    clearTimer();
    if (stopped.current || !dirty.current || latest.current === null) return;
    if (inFlight.current) return;
    inFlight.current = true;
    dirty.current = false;
    setStatus('saving');
    try {
      await saveDraft(assignmentId, latest.current);
      attempt.current = 0;
      inFlight.current = false;
      // A change may have arrived while this save was on its way (refs change outside React).
      if (isDirty()) {
        await flush();
        return;
      }
      setStatus('saved');
    } catch (error) {
      inFlight.current = false;
      if (isStopped()) return;
      dirty.current = true;
      if (isFinal(error)) {
        stopped.current = true;
        setStatus('stopped');
        return;
      }
      attempt.current += 1;
      setStatus('retrying');
      timer.current = setTimeout(() => void flush(), retryDelayMs(attempt.current));
    }
  }, [assignmentId]);

  const schedule = useCallback(
    (answers: AnswerMap) => {
      if (stopped.current) return;
      latest.current = answers;
      dirty.current = true;
      // While a retry is waiting, keep its back-off; otherwise save after a short pause.
      if (attempt.current > 0 && timer.current !== null) return;
      clearTimer();
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [flush],
  );

  /** Before submitting: no more draft saves. */
  const stop = useCallback(() => {
    stopped.current = true;
    clearTimer();
  }, []);

  useEffect(
    () => () => {
      // Leaving the page: send what is pending at once rather than lose it.
      if (dirty.current && !stopped.current && latest.current !== null && !inFlight.current) {
        clearTimer();
        void saveDraft(assignmentId, latest.current).catch(() => undefined);
      } else clearTimer();
    },
    [assignmentId],
  );

  return { status, schedule, flush, stop };
}
