import type { PortalHome } from '@securebase/contracts';
import { openTasksFor } from '../assessments/assign-service';
import { audit, deny } from '../audit/service';
import { casesOfMember } from '../cases/service';
import type { SignedInContext } from '../lib/context';

/** A client's or caregiver's home: the cases they belong to and what is theirs to do. */
export async function portalHome(ctx: SignedInContext): Promise<PortalHome> {
  if (ctx.actor.role !== 'client' && ctx.actor.role !== 'caregiver') {
    return deny(
      ctx,
      { action: 'portal.read' },
      'forbidden',
      'The portal is for clients and caregivers.',
    );
  }
  return ctx.db.transaction().execute(async (trx) => {
    const cases = await casesOfMember(ctx, trx);
    await audit(ctx, trx, { action: 'portal.read', details: { cases: cases.length } });
    return {
      displayName: ctx.actor.displayName,
      cases,
      tasks: await openTasksFor(trx, ctx.actor.userId, ctx.actor.practiceId),
    };
  });
}
