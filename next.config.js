/** @type {import('next').NextConfig} */
const nextConfig = {
  // Every page is rendered at build time into out/, served by any static host.
  output: 'export',
  trailingSlash: false,
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
};

export default nextConfig;
