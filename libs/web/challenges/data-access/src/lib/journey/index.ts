export * from './challenges-api';
export * from './downloaded-file';
export * from './fetch-file';
export * from './journey-challenges.store';
export * from './challenge-letters.store';
export * from './journey-documents.store';
export * from './journey-statement.store';
