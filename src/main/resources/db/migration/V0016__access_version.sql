-- Raised whenever an administrator changes an account's roles, places, password or enables/disables it; a signed-in
-- session that started under an older version is ended at its next request.
alter table app_user add column access_version integer not null default 1;
