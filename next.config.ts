import type { NextConfig } from "next";
import { STATIC_CSP } from "./lib/security/csp";

// HSTS only where the app is served over https (APP_URL), so a local trial on http is not pinned.
const https = (process.env.APP_URL ?? process.env.NEXTAUTH_URL ?? "").startsWith("https://");

const nextConfig: NextConfig = {
  // Separate build folders let several checkouts or test runs build side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  experimental: {
    // The proxy buffers request bodies up to this size; a document upload is up to 10 MB plus its
    // form fields (the route refuses anything larger from Content-Length, before reading it).
    proxyClientMaxBodySize: "11mb",
  },
  // Native modules and the pg driver stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "@react-pdf/renderer", "pg-boss"],
  // Browsers and tools still ask for /favicon.ico; the icon is app/icon.svg.
  async redirects() {
    return [{ source: "/favicon.ico", destination: "/icon.svg", permanent: true }];
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self)" },
          { key: "Content-Security-Policy", value: STATIC_CSP },
          ...(https ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
        ],
      },
    ];
  },
};

export default nextConfig;
