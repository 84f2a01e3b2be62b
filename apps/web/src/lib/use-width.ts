import { useEffect, useRef, useState } from 'react';

/**
 * The drawn width of an element in CSS pixels, kept within [min, max], so a picture's text is
 * true size on a phone and on a desktop. `fallback` is used before the first measurement.
 */
export function useWidth(fallback: number, min: number, max: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.round(entry?.contentRect.width ?? 0);
      if (next > 0) setWidth(next);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width: Math.min(max, Math.max(min, width)) };
}
