import { MulterModule } from '@nestjs/platform-express';
import { Environment } from '../../config/environment';

/** Uploads are read into memory (Nest's default without a folder) (checked, scanned, then stored), one file at a time, no larger than DOCUMENT_MAX_BYTES (413 otherwise). */
export const DocumentUploads = MulterModule.registerAsync({
  inject: [Environment],
  useFactory: (env: Environment) => ({ limits: { fileSize: env.DOCUMENT_MAX_BYTES, files: 1, fields: 10 } }),
});
