// The documents module's public surface: her portal uploads and reads her own documents through the same checks.
export { DocumentsService, documentView, type UploadedFile } from './documents.service';
export { findHerDocuments, findDocument, challengeOnJourney } from './document.repository';
export { DocumentUploads } from './document-upload';
export { HerUploadDto } from './dto/document.dto';
export { sendDocument, UPLOAD_ANSWERS } from './documents.controller';
export { DocumentStore, documentStoreFor } from './document-store';
