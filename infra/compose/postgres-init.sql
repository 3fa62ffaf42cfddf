-- The owner runs the migrations; the application role owns nothing and cannot bypass row-level security.
CREATE ROLE klusterportal_owner LOGIN PASSWORD 'klusterportal';
CREATE ROLE klusterportal_app LOGIN PASSWORD 'klusterportal' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
CREATE DATABASE klusterportal OWNER klusterportal_owner;
CREATE DATABASE keycloak;
