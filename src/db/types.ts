/**
 * Table shapes for Kysely. Columns are snake_case; presenters convert to camelCase for the API.
 * Portable choices so one migration set serves SQLite and PostgreSQL: ids are text UUIDs,
 * timestamps are ISO-8601 text, dates are 'YYYY-MM-DD' text, flags are integers 0/1, JSON is text.
 */
import type { Generated } from 'kysely';

export type ProvinceTable = {
  code: string;
  period: string;
  name: string;
  kind: string;
  valid_from: string | null;
  valid_to: string | null;
  merged_from: string;
  source: string;
};

export type OrganisationTable = {
  id: string;
  code: string;
  name: string;
  short_name: string | null;
  kind: string;
  parent_id: string | null;
  province_code: string | null;
  province_period: string | null;
  province_name: string | null;
  valid_from: string | null;
  valid_to: string | null;
  name_uncertain: number;
  source: string | null;
  note: string | null;
  created_at: string;
  updated_at: string;
};

export type OrganisationSuccessionTable = {
  predecessor_id: string;
  successor_id: string;
  effective_date: string;
};

export type OrgUnitTable = {
  id: string;
  organisation_id: string;
  name: string;
  kind: string;
  uncertain: number;
  created_at: string;
};

export type UserTable = {
  id: string;
  organisation_id: string;
  unit_id: string | null;
  email: string;
  full_name: string;
  title: string | null;
  role: string;
  password_hash: string;
  active: number;
  failed_logins: number;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
};

export type SessionTable = {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
};

export type AuditLogTable = {
  id: Generated<number>;
  at: string;
  actor_user_id: string | null;
  actor_org_id: string | null;
  organisation_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
  request_id: string | null;
};

export type JobTable = {
  id: string;
  name: string;
  payload: string;
  status: string;
  attempts: number;
  max_attempts: number;
  run_at: string;
  locked_at: string | null;
  locked_by: string | null;
  last_error: string | null;
  result: string | null;
  organisation_id: string | null;
  created_at: string;
  updated_at: string;
};

export type DB = {
  provinces: ProvinceTable;
  organisations: OrganisationTable;
  organisation_successions: OrganisationSuccessionTable;
  org_units: OrgUnitTable;
  users: UserTable;
  sessions: SessionTable;
  audit_log: AuditLogTable;
  jobs: JobTable;
};
