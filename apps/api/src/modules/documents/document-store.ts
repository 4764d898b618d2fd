import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { ServiceUnavailableException } from '@nestjs/common';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Environment } from '../../config/environment';

/** Where document contents live: an S3-compatible store, or a local folder by default. Keys are ours (random ids), never a file name. */
export abstract class DocumentStore {
  abstract put(key: string, content: Buffer, contentType: string): Promise<void>;
  abstract get(key: string): Promise<Buffer>;
  abstract remove(key: string): Promise<void>;
}

export const STORAGE_DOWN = 'File storage cannot be reached just now: nothing was saved. Try again in a minute (the same Idempotency-Key is safe to send again).';

/** Any failure of the store is a 503 in plain words; what failed goes to the log only. */
async function orUnavailable<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw new ServiceUnavailableException(STORAGE_DOWN, { cause: e });
  }
}

const KEY = /^[0-9a-f-]{36}$/;
function checked(key: string): string {
  if (!KEY.test(key)) throw new Error(`not a document key: ${key}`);
  return key;
}

export class LocalFolderStore extends DocumentStore {
  private readonly root: string;

  constructor(folder: string) {
    super();
    this.root = resolve(folder);
  }

  put(key: string, content: Buffer): Promise<void> {
    return orUnavailable(async () => {
      await mkdir(this.root, { recursive: true, mode: 0o700 });
      await writeFile(join(this.root, checked(key)), content, { mode: 0o600, flag: 'wx' });
    });
  }

  get(key: string): Promise<Buffer> {
    return orUnavailable(() => readFile(join(this.root, checked(key))));
  }

  remove(key: string): Promise<void> {
    return orUnavailable(() => rm(join(this.root, checked(key)), { force: true }));
  }
}

export class S3Store extends DocumentStore {
  private readonly client: S3Client;

  constructor(
    endpoint: string,
    private readonly bucket: string,
    region: string,
    credentials: { accessKeyId: string; secretAccessKey: string },
  ) {
    super();
    // Path-style addressing and checksums only when required: what S3-compatible servers (MinIO and others) all accept.
    this.client = new S3Client({
      endpoint,
      region,
      credentials,
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: 2,
    });
  }

  put(key: string, content: Buffer, contentType: string): Promise<void> {
    return orUnavailable(async () => {
      await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: checked(key), Body: content, ContentType: contentType }));
    });
  }

  get(key: string): Promise<Buffer> {
    return orUnavailable(async () => {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: checked(key) }));
      if (!object.Body) throw new Error(`document ${key} has no content in the store`);
      return Buffer.from(await object.Body.transformToByteArray());
    });
  }

  remove(key: string): Promise<void> {
    return orUnavailable(async () => {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: checked(key) }));
    });
  }
}

export function documentStoreFor(env: Environment): DocumentStore {
  if (env.S3_ENDPOINT) {
    return new S3Store(env.S3_ENDPOINT, env.S3_BUCKET, env.S3_REGION, { accessKeyId: env.S3_ACCESS_KEY_ID ?? '', secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? '' });
  }
  return new LocalFolderStore(env.DOCUMENTS_DIR);
}
