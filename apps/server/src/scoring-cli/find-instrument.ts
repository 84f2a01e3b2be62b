import { getInstrument, instruments, type InstrumentDefinition } from '@securebase/measures';
import { UsageError } from './usage-error';

/** The instrument with this id, or a usage error listing the ids there are. */
export function requireInstrument(id: string | undefined): InstrumentDefinition {
  if (id === undefined) throw new UsageError('--instrument <id> is required');
  const instrument = getInstrument(id);
  if (instrument !== undefined) return instrument;
  const known = instruments.map((candidate) => candidate.id).join(', ');
  throw new UsageError(`unknown instrument "${id}" (known: ${known})`);
}
