// The journeys module's public surface: reach to a journey and to its records, and a journey as staff read it.
export { JOURNEY_NOT_FOUND, JourneyAccess, type JourneyAccessKind, type JourneyInScope } from './journey.access';
export { JourneyRecordAccess, type JourneyRecord } from './journey-record.access';
export { journeyListed, JourneyWork, type JourneyTask } from './journey-work';
export { findJourneyDetail, findPlanReviewDate } from './journey.repository';
export { requireActiveAdvocates } from './active-advocates';
