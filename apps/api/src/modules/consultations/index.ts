// The consultations module's public surface: what her portal uses to list consultations and take her answer, and
// the results reader for the modules that show results (findings, "You said, we did").
// For tests of other modules that answer a public link as a browser would.
export { solveChallenge } from './proof-of-work';
export { ConsultationResultsReader } from './consultation-results.reader';
export { checkAnswers } from './consultation-answers';
export { findConsultation, findQuestions, findQuestionsOf, listOpenForHer, storeAnswer } from './consultation.repository';
export { AnswerConsultationDto } from './dto/consultation.dto';
export { ANSWER_REFUSED, CONSULTATION_NOT_FOUND, questionView } from './consultations.service';
export { advocateFeedbackTrendFor } from './feedback/appointment-feedback.service';
