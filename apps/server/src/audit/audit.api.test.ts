import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectOf } from '../db/dialect';
import {
  build,
  buildClient,
  buildClinician,
  buildPractice,
  buildUser,
  signIn,
  type Harness,
} from '../test/harness';
import { testDialect } from '../test/test-db';
import { verifyAuditTrail } from './service';

describe(`the audit trail on ${testDialect()}`, () => {
  let h: Harness;
  let practiceId: string;
  beforeAll(async () => {
    h = await build();
    practiceId = await buildPractice(h);
  });
  afterAll(async () => h.close());

  const events = (action: string) =>
    h.db.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', action)
      .orderBy('seq')
      .execute();

  it('records one event per clinical read, with actor, object, time, address and outcome', async () => {
    const clinicianUser = await buildClinician(h, practiceId);
    const { theCase } = await buildClient(h, practiceId, clinicianUser.id);
    const clinician = await signIn(h, clinicianUser);
    const before = (await events('case.read')).length;
    expect((await clinician.get(`/api/cases/${theCase.id}`)).statusCode).toBe(200);
    const after = await events('case.read');
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({
      actor_id: clinicianUser.id,
      actor_role: 'clinician',
      practice_id: practiceId,
      entity_type: 'case',
      entity_id: theCase.id,
      case_id: theCase.id,
      outcome: 'success',
      ip: '127.0.0.1',
      at: h.clock.now().toISOString(),
    });
  });

  it('records denials, and keeps names and clinical words out of the trail', async () => {
    const owner = await buildClinician(h, practiceId);
    const { theCase } = await buildClient(h, practiceId, owner.id);
    const stranger = await buildClinician(h, practiceId);
    const res = await (await signIn(h, stranger)).get(`/api/cases/${theCase.id}`);
    expect(res.statusCode).toBe(404);
    const denied = (await events('case.read')).filter((e) => e.outcome === 'denied');
    expect(denied.at(-1)).toMatchObject({
      actor_id: stranger.id,
      entity_id: theCase.id,
      outcome: 'denied',
    });

    const admin = await signIn(h, await buildUser(h, practiceId, 'admin'));
    expect((await admin.get('/api/cases')).statusCode).toBe(403);
    expect((await events('route.denied')).at(-1)).toMatchObject({
      actor_role: 'admin',
      outcome: 'denied',
    });

    const all = await h.db.db.selectFrom('audit_events').selectAll().execute();
    expect(JSON.stringify(all)).not.toContain('Robin');
    expect(JSON.stringify(all)).not.toContain(owner.password);
  });

  it('lets admins browse and filter their own practice only, and records the browsing', async () => {
    const admin = await signIn(h, await buildUser(h, practiceId, 'admin'));
    const page = await admin.get('/api/audit?action=case.read&outcome=denied&limit=5');
    expect(page.statusCode).toBe(200);
    const body = page.json<{
      events: { action: string; outcome: string }[];
      nextBefore: number | null;
    }>();
    expect(body.events.length).toBeGreaterThan(0);
    for (const e of body.events)
      expect(e).toMatchObject({ action: 'case.read', outcome: 'denied' });
    const bad = await admin.get('/api/audit?outcome=maybe');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      code: 'validation_failed',
      details: { field: 'querystring.outcome' },
    });
    const otherPractice = await buildPractice(h, 'Elsewhere');
    const otherAdmin = await signIn(h, await buildUser(h, otherPractice, 'admin'));
    const theirs = await otherAdmin.get('/api/audit?action=case.read');
    expect(theirs.json<{ events: unknown[] }>().events).toEqual([]);
    expect((await events('audit.browse')).length).toBeGreaterThanOrEqual(2);
  });

  it('chains every practice’s events so that verification passes, and finds an edited event', async () => {
    const report = await verifyAuditTrail(h.db.db);
    expect(report.breaks).toEqual([]);
    expect(report.events).toBeGreaterThan(10);

    // Tamper as someone with direct database access would: lift the guard, edit, restore.
    const target = (await events('case.read'))[0];
    if (!target) throw new Error('no event to tamper with');
    if (dialectOf(h.db.db) === 'sqlite') {
      await sql`drop trigger audit_events_no_update`.execute(h.db.db);
      await sql`update audit_events set outcome = 'denied' where id = ${target.id}`.execute(
        h.db.db,
      );
    } else {
      await sql`alter table audit_events disable trigger audit_events_no_change`.execute(h.db.db);
      await sql`update audit_events set outcome = 'denied' where id = ${target.id}`.execute(
        h.db.db,
      );
      await sql`alter table audit_events enable trigger audit_events_no_change`.execute(h.db.db);
    }
    const broken = await verifyAuditTrail(h.db.db);
    expect(broken.breaks).toEqual([
      { chainKey: target.chain_key, seq: target.seq, problem: 'hash mismatch' },
    ]);
  });
});
