import type { Kysely } from 'kysely';
import type { Config } from '../config';
import type { Database, Role } from '../db/schema';
import type { Clock } from './clock';

/** Who is acting: resolved from the session by the auth plugin. */
export interface Actor {
  userId: string;
  practiceId: string;
  role: Role;
  displayName: string;
}

export interface RequestMeta {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
}

/** What every service function receives first. */
export interface ServiceContext {
  db: Kysely<Database>;
  clock: Clock;
  config: Config;
  meta: RequestMeta;
  actor: Actor | null;
}

export interface SignedInContext extends ServiceContext {
  actor: Actor;
}

export const nowIso = (clock: Clock): string => clock.now().toISOString();
