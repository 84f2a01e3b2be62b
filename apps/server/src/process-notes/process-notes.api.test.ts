import { existsSync, readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseKeyring } from '../lib/keyring';
import {
  build,
  buildClient,
  buildClinician,
  buildPractice,
  joinCareTeam,
  signIn,
  type Caller,
  type Harness,
} from '../test/harness';
import { testDialect } from '../test/test-db';
import { resealProcessNotes } from './service';

const SECRET = 'Countertransference: I felt the pull to rescue her, as her mother never did';

describe(`process notes on ${testDialect()}`, () => {
  let h: Harness;
  let author: Caller;
  let colleague: Caller;
  let client: Caller;
  let caseId: string;
  let noteId: string;
  beforeAll(async () => {
    h = await build();
    const practiceId = await buildPractice(h);
    const lead = await buildClinician(h, practiceId);
    author = await signIn(h, lead);
    const c = await buildClient(h, practiceId, lead.id);
    client = await signIn(h, c.user);
    caseId = c.theCase.id;
    const other = await buildClinician(h, practiceId);
    colleague = await signIn(h, other);
    // The colleague is on the same care team: they read the record, never the author's notes.
    await joinCareTeam(h, caseId, other);
  });
  afterAll(async () => h.close());

  it('lets only the author read a note; the client and colleagues get 404', async () => {
    const written = await author.post(`/api/cases/${caseId}/process-notes`, { text: SECRET });
    expect(written.statusCode).toBe(201);
    noteId = written.json<{ id: string }>().id;
    expect((await author.get(`/api/process-notes/${noteId}`)).json()).toMatchObject({
      text: SECRET,
    });
    expect((await colleague.get(`/api/process-notes/${noteId}`)).statusCode).toBe(404);
    expect(
      (
        await colleague.request({
          method: 'PUT',
          url: `/api/process-notes/${noteId}`,
          payload: { text: 'overwritten' },
        })
      ).statusCode,
    ).toBe(404);
    // The client gets the same 404 as anyone else who is not the author.
    expect((await client.get(`/api/process-notes/${noteId}`)).statusCode).toBe(404);
    const theirs = await colleague.get(`/api/cases/${caseId}/process-notes`);
    expect(theirs.json()).toEqual({ notes: [] });
    const mine = await author.get(`/api/cases/${caseId}/process-notes`);
    expect(mine.json<{ notes: { text: string }[] }>().notes.map((n) => n.text)).toEqual([SECRET]);
  });

  it('never stores or audits the text in the clear', async () => {
    const row = await h.db.db
      .selectFrom('process_notes')
      .selectAll()
      .where('id', '=', noteId)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain('rescue');
    const audit = await h.db.db.selectFrom('audit_events').selectAll().execute();
    expect(JSON.stringify(audit)).not.toContain('rescue');
    if (testDialect() === 'sqlite') {
      // The database file itself (and its write-ahead log) never holds the words.
      await sql`pragma wal_checkpoint(FULL)`.execute(h.db.db);
      for (const file of [h.db.location, `${h.db.location}-wal`]) {
        if (!existsSync(file)) continue;
        const bytes = readFileSync(file);
        expect(bytes.includes(Buffer.from('rescue')), file).toBe(false);
        expect(bytes.includes(Buffer.from('Countertransference')), file).toBe(false);
      }
    }
  });

  it('refuses bad input naming the field, and a session of another case', async () => {
    const blank = await author.post(`/api/cases/${caseId}/process-notes`, { text: '  ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json<{ details: { field: string } }>().details.field).toBe('body.text');
    const stray = await author.post(`/api/cases/${caseId}/process-notes`, {
      text: 'x',
      sessionId: 'no-such-session',
    });
    expect(stray.statusCode).toBe(400);
    expect(stray.json<{ details: { field: string } }>().details.field).toBe('body.sessionId');
  });

  it('re-seals every note under a new key; the old key is then no longer needed', async () => {
    const old = h.config.notesKeyring;
    const oldKey = old.keys.get(old.currentId)?.toString('base64') ?? '';
    const fresh = Buffer.alloc(32, 42).toString('base64');
    const both = parseKeyring(`${old.currentId} ${oldKey}\nrotated ${fresh}`);
    expect(await resealProcessNotes(h.db.db, both, 1)).toBeGreaterThanOrEqual(1);
    const keys = await h.db.db.selectFrom('process_notes').select('key_id').execute();
    expect(new Set(keys.map((k) => k.key_id))).toEqual(new Set(['rotated']));
    expect(await resealProcessNotes(h.db.db, both)).toBe(0);
    // Served with only the new key, the note still reads as written.
    h.config.notesKeyring = parseKeyring(`rotated ${fresh}`);
    expect((await author.get(`/api/process-notes/${noteId}`)).json()).toMatchObject({
      text: SECRET,
    });
  });
});
