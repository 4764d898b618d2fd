// The jobs module's public surface: the runner, and what a job is.
export { Job, JobRunner, type ScheduledJob } from './job-runner';
