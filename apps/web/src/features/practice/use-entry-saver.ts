import type { PracticeEntry } from '@securebase/contracts';
import type { ContentProblem } from '@securebase/practice';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { newIdempotencyKey, retryDelayMs } from '../assessments/submit-key';
import { classify, nextRequest, type Request, type Target, type Wanted } from './entry-sync';
import { createEntry, MY_PRACTICE_KEY, updateEntry } from './queries';

export type SyncStatus = 'idle' | 'saving' | 'saved' | 'offline' | 'refused';

const DEBOUNCE_MS = 1200;

function send(request: Request): Promise<PracticeEntry> {
  return request.op === 'create'
    ? createEntry(request.body, request.key)
    : updateEntry(request.entryId, request.body, request.key);
}

/**
 * Keeps one entry in step with the server: drafts a moment after each change, at once on
 * Save or Finish. Content lives in the page's memory, never in browser storage (a phone may be
 * shared). When the network drops, the unanswered request is retried with back-off and as
 * soon as the browser is online again, always with its own Idempotency-Key.
 */
export function useEntrySaver(target: Target, existing: PracticeEntry | null) {
  const client = useQueryClient();
  const [status, setStatus] = useState<SyncStatus>(existing ? 'saved' : 'idle');
  const [saved, setSaved] = useState<PracticeEntry | null>(existing);
  const [refusal, setRefusal] = useState<{ problem: ContentProblem | null; message: string }>();
  const entryId = useRef<string | null>(existing?.id ?? null);
  const wanted = useRef<Wanted | null>(null);
  const dirty = useRef(false);
  const pending = useRef<Request | null>(null);
  const inFlight = useRef(false);
  const attempt = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const targetRef = useRef(target);
  targetRef.current = target;

  const clearTimer = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };

  const pump = useCallback(async (): Promise<void> => {
    clearTimer();
    if (inFlight.current) return;
    if (!pending.current) {
      if (!dirty.current || !wanted.current) return;
      pending.current = nextRequest(
        targetRef.current,
        entryId.current,
        wanted.current,
        newIdempotencyKey,
      );
      dirty.current = false;
    }
    const request = pending.current;
    inFlight.current = true;
    setStatus('saving');
    try {
      const entry = await send(request);
      entryId.current = entry.id;
      pending.current = null;
      attempt.current = 0;
      inFlight.current = false;
      setSaved(entry);
      setRefusal(undefined);
      void client.invalidateQueries({ queryKey: MY_PRACTICE_KEY });
      if (dirty.current) return await pump();
      setStatus('saved');
    } catch (error) {
      inFlight.current = false;
      const failure = classify(error);
      if (failure.kind === 'refused') {
        pending.current = null;
        setRefusal({ problem: failure.problem, message: failure.message });
        setStatus('refused');
        return;
      }
      attempt.current += 1;
      setStatus('offline');
      timer.current = setTimeout(() => void pump(), retryDelayMs(attempt.current));
    }
  }, [client]);

  /** The newest wish; `now` sends at once (Save, Finish), otherwise after a short pause. */
  const want = useCallback(
    (next: Wanted, now: boolean) => {
      wanted.current = next;
      dirty.current = true;
      if (now) {
        void pump();
        return;
      }
      if (attempt.current > 0 && timer.current !== null) return; // keep the back-off
      clearTimer();
      timer.current = setTimeout(() => void pump(), DEBOUNCE_MS);
    },
    [pump],
  );

  useEffect(() => {
    const online = () => {
      if (pending.current || dirty.current) void pump();
    };
    const leaving = (event: BeforeUnloadEvent) => {
      if (pending.current || dirty.current) event.preventDefault();
    };
    window.addEventListener('online', online);
    window.addEventListener('beforeunload', leaving);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('beforeunload', leaving);
      clearTimer();
    };
  }, [pump]);

  return { status, saved, refusal, want };
}
