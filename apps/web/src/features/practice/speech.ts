/**
 * A thin, never-throwing wrapper around the browser's speech synthesis, used to read guidance
 * aloud. Feature-detected: some browsers (and headless ones) have none, or no voices at all.
 * Nothing leaves the device: the browser speaks locally or not at all.
 */

/** A calm pace: a little slower than the default. */
export const CALM_RATE = 0.9;

type SpeechHost = Partial<
  Pick<Window & typeof globalThis, 'speechSynthesis' | 'SpeechSynthesisUtterance'>
>;

/** The page's window, or the global scope where there is none (workers, tests). */
function host(): SpeechHost {
  return typeof window === 'undefined' ? globalThis : window;
}

function synthesis(): SpeechSynthesis | null {
  const found = host();
  const speech = found.speechSynthesis;
  if (
    !speech ||
    typeof speech.speak !== 'function' ||
    typeof speech.cancel !== 'function' ||
    typeof found.SpeechSynthesisUtterance !== 'function'
  ) {
    return null;
  }
  return speech;
}

/** Whether this browser can read text aloud. */
export function speechAvailable(): boolean {
  try {
    return synthesis() !== null;
  } catch {
    return false;
  }
}

/**
 * Reads `text` aloud in `lang`, cutting off anything still being read. Returns whether it was
 * handed to the browser; false (never an error) when speech is unavailable or refuses.
 */
export function speak(text: string, lang: string): boolean {
  try {
    const speech = synthesis();
    const Utterance = host().SpeechSynthesisUtterance;
    if (!speech || !Utterance || text.trim() === '') return false;
    speech.cancel();
    const utterance = new Utterance(text);
    utterance.lang = lang;
    utterance.rate = CALM_RATE;
    speech.speak(utterance);
    return true;
  } catch {
    return false;
  }
}

/** Stops any reading at once. Safe to call when speech is unavailable. */
export function stopSpeaking(): void {
  try {
    synthesis()?.cancel();
  } catch {
    // Nothing to stop.
  }
}
