export * from './my-challenges-api';
export * from './my-challenges.store';
export * from './my-documents.store';
export * from './my-statement.store';
export * from './file-download';
export * from './upload-problem';
