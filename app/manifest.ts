import type { MetadataRoute } from "next";

// The installable field app: opens on the officer's home (caseload and today's work).
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "Bimbing: pembimbingan klien Bapas",
    short_name: "Bimbing",
    description: "Catat kunjungan dan kontak bimbingan, juga tanpa sinyal.",
    lang: "id",
    start_url: "/",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    background_color: "#f8fafc",
    theme_color: "#174a9c",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
}
