-- 020: accounts (who may write), their sessions and API tokens, and login attempts for lock-out. Written by
-- src/lib/server/auth/ (see its README); none of these tables is data, so writing them never bumps data_version.

-- A person who may write. role: admin (everything, users) | analyst (the data of `provinces`, 2-digit codes) |
-- officer (the reports of `orgs`, DLA codes). password_hash: 'scrypt$N$r$p$<salt b64>$<key b64>' (auth/password.ts).
CREATE TABLE app_user (
  id                    VARCHAR PRIMARY KEY,          -- random, never reused
  login                 VARCHAR NOT NULL UNIQUE,      -- lower case
  display_name          VARCHAR NOT NULL,
  role                  VARCHAR NOT NULL CHECK (role IN ('admin', 'analyst', 'officer')),
  provinces             VARCHAR[] NOT NULL,
  orgs                  VARCHAR[] NOT NULL,
  password_hash         VARCHAR NOT NULL,
  disabled              BOOLEAN NOT NULL DEFAULT false,
  created               TIMESTAMP NOT NULL,
  must_change_password  BOOLEAN NOT NULL DEFAULT false
);

-- A signed-in browser. id_hash is the SHA-256 of the cookie's value: a copy of the database holds no usable cookie.
CREATE TABLE app_session (
  id_hash    VARCHAR PRIMARY KEY,
  user_id    VARCHAR NOT NULL,
  created    TIMESTAMP NOT NULL,
  expires    TIMESTAMP NOT NULL,
  last_seen  TIMESTAMP NOT NULL,
  ip         VARCHAR
);

-- A user's token for scripts (the CLI beside a running dashboard), sent as `Authorization: Bearer …`.
-- token_hash is the SHA-256 of the token; the token itself is shown once, when it is made.
CREATE TABLE api_token (
  id          VARCHAR PRIMARY KEY,
  user_id     VARCHAR NOT NULL,
  name        VARCHAR NOT NULL,
  token_hash  VARCHAR NOT NULL UNIQUE,
  created     TIMESTAMP NOT NULL,
  last_used   TIMESTAMP,
  revoked     TIMESTAMP
);

-- Every sign-in attempt, kept for the lock-out (failures per login and per address within a window).
CREATE TABLE login_attempt (
  login         VARCHAR NOT NULL,
  ip            VARCHAR,
  attempted_at  TIMESTAMP NOT NULL,  -- "at" is a keyword in DuckDB
  ok            BOOLEAN NOT NULL
);
