import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./errors";

describe("isDatabaseUnavailable", () => {
  const prismaUnreachable = Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), {
    code: "P1001",
    meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 } } },
  });
  it.each([
    ["Prisma P1001", prismaUnreachable],
    ["Prisma pool timeout P2024", { code: "P2024", message: "Timed out fetching a new connection" }],
    ["adapter: connection closed", { code: "P2010", meta: { driverAdapterError: { cause: { kind: "ConnectionClosed" } } } }],
    ["pg: admin shutdown 57P01", { code: "57P01", message: "terminating connection due to administrator command" }],
    ["pg: starting up 57P03", { code: "57P03" }],
    ["adapter P2039 with the server's 57P01 (a restart)", { code: "P2039", meta: { driverAdapterError: { cause: { originalCode: "57P01", kind: "postgres" } } } }],
    ["pg: a pooled client broken by the restart", new Error("Client has encountered a connection error and is not queryable")],
    ["socket refused, nested", { message: "x", cause: { code: "ECONNREFUSED" } }],
  ])("%s: unavailable", (_name, e) => {
    expect(isDatabaseUnavailable(e)).toBe(true);
  });
  it.each([
    ["unique violation", { code: "P2002", message: "Unique constraint failed" }],
    ["syntax error 42601", { code: "42601" }],
    ["plain error", new Error("boom")],
    ["null", null],
  ])("%s: not an outage", (_name, e) => {
    expect(isDatabaseUnavailable(e)).toBe(false);
  });
});
