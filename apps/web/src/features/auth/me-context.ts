import type { Me } from '@securebase/contracts';
import { createContext, useContext } from 'react';

/**
 * The signed-in person, provided by the signed-in guard from the last complete session. Pages
 * read it from here rather than from the session query, so they keep rendering calmly while a
 * sign-out is on its way.
 */
export const MeContext = createContext<Me | null>(null);

export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe is only for pages inside the signed-in guard');
  return me;
}
