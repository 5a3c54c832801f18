// The S3 signing checked against AWS's published Signature Version 4 examples (decision 19): the
// "GET Object" example of the S3 API reference (sig-v4-header-based-auth.html, "Example signature
// calculations") and "get-vanilla" of the SigV4 test suite. No S3 server here verifies V4 signatures,
// so these vectors are what proves the signatures; tests/integration/document-storage-s3.test.ts
// round-trips real objects through s3rver.
import { AwsClient } from "aws4fetch";
import { afterEach, describe, expect, it, vi } from "vitest";
import { S3Client, S3Error } from "./s3";

const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

describe("AWS Signature Version 4", () => {
  it("signs the S3 API reference's GET Object example to its published signature", async () => {
    const aws = new AwsClient({ accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", service: "s3", region: "us-east-1" });
    const req = await aws.sign("https://examplebucket.s3.amazonaws.com/test.txt", {
      method: "GET",
      headers: { Range: "bytes=0-9", "x-amz-content-sha256": EMPTY_SHA256 },
      aws: { datetime: "20130524T000000Z", allHeaders: true },
    });
    expect(req.headers.get("Authorization")).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
    );
  });

  it("signs the SigV4 test suite's get-vanilla request to its published signature", async () => {
    const aws = new AwsClient({ accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", service: "service", region: "us-east-1" });
    const req = await aws.sign("https://example.amazonaws.com/", { method: "GET", aws: { datetime: "20150830T123600Z" } });
    expect(req.headers.get("Authorization")).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"
    );
  });
});

describe("S3Client", () => {
  afterEach(() => vi.unstubAllGlobals());
  const cfg = { endpoint: "https://s3.example.go.id/", bucket: "bimbing-dokumen", region: "ap-southeast-3", accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };

  it("puts path-style, signs the payload's hash and the office's clock, and never retries a refusal", async () => {
    const seen: Request[] = [];
    vi.stubGlobal("fetch", async (r: Request) => { seen.push(r); return new Response(null, { status: seen.length === 1 ? 200 : 403 }); });
    const s3 = new S3Client(cfg, () => new Date("2026-12-02T03:04:05Z"));
    await s3.putObject("documents/o1/c1/a b", new TextEncoder().encode("%PDF-1.4"), "application/pdf");
    const put = seen[0];
    expect(put.method).toBe("PUT");
    expect(put.url).toBe("https://s3.example.go.id/bimbing-dokumen/documents/o1/c1/a%20b");
    expect(put.headers.get("x-amz-date")).toBe("20261202T030405Z");
    expect(put.headers.get("x-amz-content-sha256")).toMatch(/^[0-9a-f]{64}$/);
    expect(put.headers.get("Authorization")).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20261202\/ap-southeast-3\/s3\/aws4_request, ?SignedHeaders=[^,]*x-amz-content-sha256;x-amz-date/);
    await expect(s3.getObject("documents/o1/c1/x")).rejects.toBeInstanceOf(S3Error);
    expect(seen).toHaveLength(2);
  });
});
