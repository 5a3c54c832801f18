import "server-only";
import { createHash } from "node:crypto";
import { AwsClient } from "aws4fetch";

// A small S3 client for the three calls documents need (PUT, GET, DELETE of one object), signed with
// AWS Signature Version 4 by aws4fetch. Works with any S3-compatible server (MinIO, Ceph, SeaweedFS,
// a cloud's object storage) through path-style URLs: <endpoint>/<bucket>/<key>. Decision 19.

export interface S3Config {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/** A failed S3 call: the status only, never the response body (it can name the bucket or the key). */
export class S3Error extends Error {
  constructor(readonly operation: string, readonly status: number) {
    super(`S3 ${operation} failed with status ${status}`);
    this.name = "S3Error";
  }
}

const amzDate = (d: Date) => d.toISOString().replace(/[:-]|\.\d{3}/g, "");

export class S3Client {
  private readonly aws: AwsClient;
  constructor(private readonly cfg: S3Config, private readonly now: () => Date = () => new Date()) {
    this.aws = new AwsClient({ accessKeyId: cfg.accessKeyId, secretAccessKey: cfg.secretAccessKey, service: "s3", region: cfg.region, retries: 2 });
  }

  /** The object's path-style URL; each key segment percent-encoded once. */
  objectUrl(key: string): string {
    return `${this.cfg.endpoint.replace(/\/+$/, "")}/${encodeURIComponent(this.cfg.bucket)}/${key.split("/").map(encodeURIComponent).join("/")}`;
  }

  private call(method: string, key: string, init: { body?: Uint8Array; headers?: Record<string, string> } = {}) {
    return this.aws.fetch(this.objectUrl(key), { method, body: init.body as BodyInit | undefined, headers: init.headers, aws: { datetime: amzDate(this.now()) } });
  }

  async putObject(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    // The payload's hash is signed, so the server refuses a body altered on the way.
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const res = await this.call("PUT", key, { body: bytes, headers: { "Content-Type": contentType, "X-Amz-Content-Sha256": sha256 } });
    await res.arrayBuffer().catch(() => undefined);
    if (!res.ok) throw new S3Error("PUT", res.status);
  }

  /** The object's bytes, or null when it does not exist. */
  async getObject(key: string): Promise<Uint8Array | null> {
    const res = await this.call("GET", key);
    if (res.status === 404) return null;
    if (!res.ok) throw new S3Error("GET", res.status);
    return new Uint8Array(await res.arrayBuffer());
  }

  async deleteObject(key: string): Promise<void> {
    const res = await this.call("DELETE", key);
    await res.arrayBuffer().catch(() => undefined);
    if (!res.ok && res.status !== 404) throw new S3Error("DELETE", res.status);
  }
}
