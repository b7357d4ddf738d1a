CREATE TABLE job_run (
  id CHAR(36) NOT NULL PRIMARY KEY,
  job_type VARCHAR(100) NOT NULL,
  status VARCHAR(20) NOT NULL,
  parameters VARCHAR(4000) NOT NULL,
  done_units BIGINT NOT NULL,
  total_units BIGINT,
  checkpoint_text VARCHAR(4000),
  started_by VARCHAR(200) NOT NULL,
  schedule_id CHAR(36),
  scheduled_for TIMESTAMP,
  created_at TIMESTAMP NOT NULL,
  started_at TIMESTAMP,
  attempt_started_at TIMESTAMP,
  attempt_start_done BIGINT NOT NULL,
  finished_at TIMESTAMP,
  cancel_requested BOOLEAN NOT NULL,
  attempts INTEGER NOT NULL,
  result_text VARCHAR(4000),
  error_text VARCHAR(4000)
);
CREATE INDEX job_run_status ON job_run (status, created_at);
CREATE INDEX job_run_type ON job_run (job_type, created_at);
CREATE TABLE job_schedule (
  id CHAR(36) NOT NULL PRIMARY KEY,
  job_type VARCHAR(100) NOT NULL,
  cron VARCHAR(200) NOT NULL,
  zone VARCHAR(100) NOT NULL,
  parameters VARCHAR(4000) NOT NULL,
  next_at TIMESTAMP NOT NULL,
  last_at TIMESTAMP,
  created_by VARCHAR(200) NOT NULL,
  created_at TIMESTAMP NOT NULL
);
CREATE INDEX job_schedule_next ON job_schedule (next_at);
