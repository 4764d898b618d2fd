// The jobs module's public surface: the runner, and what a job is.
export { JobRunner, type ScheduledJob } from './job-runner';
